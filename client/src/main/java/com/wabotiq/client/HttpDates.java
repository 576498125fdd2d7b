package com.wabotiq.client;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The three HTTP-date forms a recipient must accept (RFC 9110, section 5.6.7): the IMF-fixdate
 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form ({@code Sunday, 06-Nov-94
 * 08:49:37 GMT}) and ANSI C's asctime ({@code Sun Nov  6 08:49:37 1994}).
 */
final class HttpDates {
  private static final Pattern RFC_850 = Pattern.compile(
      "([A-Za-z]+), (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
  private static final Pattern ASCTIME = Pattern.compile(
      "([A-Za-z]{3}) ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM", Locale.US);

  private HttpDates() {}

  /**
   * Reads an HTTP-date.
   *
   * @param text the header value, trimmed
   * @param now the present, which places RFC 850's two-digit year: one that would be more than 50
   *     years in the future is the most recent past year with those digits
   * @return the instant, or null when the text is none of the three forms
   */
  static @Nullable Instant parse(String text, Instant now) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // not the IMF-fixdate: try the obsolete forms
    }
    Matcher m = RFC_850.matcher(text);
    if (m.matches()) {
      int nowYear = now.atOffset(ZoneOffset.UTC).getYear();
      int year = nowYear - Math.floorMod(nowYear, 100) + Integer.parseInt(m.group(4));
      if (year > nowYear + 50) {
        year -= 100;
      }
      return at(year, m.group(3), m.group(2).strip(), m.group(5), m.group(6), m.group(7),
          m.group(1), TextStyle.FULL);
    }
    m = ASCTIME.matcher(text);
    if (m.matches()) {
      return at(Integer.parseInt(m.group(7)), m.group(2), m.group(3).strip(), m.group(4),
          m.group(5), m.group(6), m.group(1), TextStyle.SHORT);
    }
    return null;
  }

  private static @Nullable Instant at(int year, String month, String day, String hour,
      String minute, String second, String weekday, TextStyle weekdayStyle) {
    try {
      int monthValue = MONTH.parse(capitalized(month)).get(java.time.temporal.ChronoField
          .MONTH_OF_YEAR);
      LocalDateTime time = LocalDateTime.of(year, monthValue, Integer.parseInt(day),
          Integer.parseInt(hour), Integer.parseInt(minute), Integer.parseInt(second));
      DayOfWeek stated = null;
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.getDisplayName(weekdayStyle, Locale.US).equalsIgnoreCase(weekday)) {
          stated = d;
        }
      }
      if (stated != time.getDayOfWeek()) {
        return null;
      }
      return time.toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String capitalized(String month) {
    return month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1).toLowerCase(
        Locale.ROOT);
  }
}
