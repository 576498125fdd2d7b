package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Business hours as in the reference: an object keyed {@code monday}..{@code sunday}, each day
 * {@code {"open": "09:00", "close": "18:00"}} or {@code {"closed": true}}. Times are written {@code
 * HH:mm} (with seconds only when they are not zero) and read as {@code HH:mm} or {@code HH:mm:ss}.
 * A null day is an absent day. An unknown key is skipped leniently and refused strictly; a
 * duplicate key is refused.
 */
final class BusinessHoursAdapters {
  private BusinessHoursAdapters() {}

  private static final DayOfWeek[] DAYS = DayOfWeek.values();
  private static final JsonReader.Options DAY_NAMES = JsonReader.Options.of(dayNames());
  private static final JsonReader.Options HOURS_NAMES =
      JsonReader.Options.of("open", "close", "closed");

  private static String[] dayNames() {
    String[] names = new String[DAYS.length];
    for (int i = 0; i < DAYS.length; i++) {
      names[i] = DAYS[i].name().toLowerCase(Locale.ROOT);
    }
    return names;
  }

  /** The adapter for {@link BusinessHours}. */
  static JsonAdapter<BusinessHours> businessHours(boolean strict) {
    return new BusinessHoursAdapter(new DayHoursAdapter(strict), strict);
  }

  /** The adapter for {@link DayHours} alone. */
  static JsonAdapter<DayHours> dayHours(boolean strict) {
    return new DayHoursAdapter(strict);
  }

  /**
   * Skips an unknown member (lenient) or refuses it (strict); returns the set of unknown names seen
   * in this object so far, created on the first, so that a repeated one is refused too.
   */
  private static Set<String> unknown(JsonReader reader, boolean strict, @Nullable Set<String> seen)
      throws IOException {
    String name = reader.nextName();
    if (strict) {
      throw new DecodingFailure("Unknown field " + Reading.quote(name), reader.getPath());
    }
    Set<String> names = seen == null ? new HashSet<>() : seen;
    if (!names.add(name)) {
      throw Reading.duplicate(name, reader);
    }
    Reading.skip(reader, 1);
    return names;
  }

  private static final class BusinessHoursAdapter extends JsonAdapter<BusinessHours> {
    private final DayHoursAdapter days;
    private final boolean strict;

    BusinessHoursAdapter(DayHoursAdapter days, boolean strict) {
      this.days = days;
      this.strict = strict;
    }

    @Override
    public @Nullable BusinessHours fromJson(JsonReader reader) throws IOException {
      if (Reading.nextIsNull(reader)) {
        return null;
      }
      Reading.expect(reader, JsonReader.Token.BEGIN_OBJECT);
      reader.beginObject();
      Map<DayOfWeek, DayHours> hours = new EnumMap<>(DayOfWeek.class);
      boolean[] seen = new boolean[DAYS.length];
      Set<String> unknowns = null;
      while (reader.hasNext()) {
        int i = reader.selectName(DAY_NAMES);
        if (i < 0) {
          unknowns = unknown(reader, strict, unknowns);
          continue;
        }
        if (seen[i]) {
          throw new DecodingFailure(
              "Duplicate field '" + DAY_NAMES.strings().get(i) + "'", reader.getPath());
        }
        seen[i] = true;
        DayHours day = days.fromJson(reader);
        if (day != null) {
          hours.put(DAYS[i], day);
        }
      }
      reader.endObject();
      return BusinessHours.of(hours);
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable BusinessHours value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      for (int i = 0; i < DAYS.length; i++) {
        DayHours day = value.days().get(DAYS[i]);
        if (day != null) {
          writer.name(DAY_NAMES.strings().get(i));
          days.toJson(writer, day);
        }
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(BusinessHours)";
    }
  }

  private static final class DayHoursAdapter extends JsonAdapter<DayHours> {
    private final boolean strict;

    DayHoursAdapter(boolean strict) {
      this.strict = strict;
    }

    @Override
    public @Nullable DayHours fromJson(JsonReader reader) throws IOException {
      if (Reading.nextIsNull(reader)) {
        return null;
      }
      Reading.expect(reader, JsonReader.Token.BEGIN_OBJECT);
      reader.beginObject();
      LocalTime open = null;
      LocalTime close = null;
      Boolean closed = null;
      boolean[] seen = new boolean[3];
      Set<String> unknowns = null;
      while (reader.hasNext()) {
        int i = reader.selectName(HOURS_NAMES);
        if (i < 0) {
          unknowns = unknown(reader, strict, unknowns);
          continue;
        }
        if (seen[i]) {
          throw new DecodingFailure(
              "Duplicate field '" + HOURS_NAMES.strings().get(i) + "'", reader.getPath());
        }
        seen[i] = true;
        switch (i) {
          case 0:
            open = time(reader);
            break;
          case 1:
            close = time(reader);
            break;
          default:
            closed = ScalarAdapters.BOOLEAN.fromJson(reader);
            break;
        }
      }
      reader.endObject();
      return new DayHours(open, close, closed);
    }

    private static @Nullable LocalTime time(JsonReader reader) throws IOException {
      if (Reading.nextIsNull(reader)) {
        return null;
      }
      String raw = Reading.string(reader);
      try {
        return ModelAdapterFactory.Times.parseTime(raw);
      } catch (RuntimeException e) {
        throw new DecodingFailure(
            "Invalid time " + Reading.quote(raw), Reading.pathOfLastValue(reader), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable DayHours value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      if (value.open() != null) {
        writer.name("open").value(value.open().toString());
      }
      if (value.close() != null) {
        writer.name("close").value(value.close().toString());
      }
      if (value.closed() != null) {
        writer.name("closed").value(value.closed().booleanValue());
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(DayHours)";
    }
  }
}
