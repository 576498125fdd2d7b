package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A business's opening hours per day of the week, tenant-local ({@code business_hours}). The JSON
 * form is an object keyed by lower-case English day name, {@code {"monday": {"open": "09:00",
 * "close": "18:00"}, ..., "sunday": {"closed": true}}}; a day missing from it has no stated hours.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days the hours of each day that states them, in week order Monday to Sunday; never null,
 *     empty when no day states hours
 * @since 0.1.0
 */
public record BusinessHours(Map<DayOfWeek, DayHours> days) {
  /** No day states hours. */
  public static final BusinessHours EMPTY = new BusinessHours(Map.of());

  /**
   * Copies {@code days} into an immutable map in week order.
   *
   * @param days the hours of each day that states them; null or empty for none
   * @throws NullPointerException naming the day when a key or value is null
   */
  public BusinessHours {
    days = copy(days);
  }

  /**
   * The hours of the given days.
   *
   * @param days the hours per day; null means no day states hours
   * @return the business hours
   * @throws NullPointerException naming the day when a key or value is null
   */
  public static BusinessHours of(@Nullable Map<DayOfWeek, DayHours> days) {
    return new BusinessHours(days == null ? Map.of() : days);
  }

  /**
   * The hours stated for {@code day}.
   *
   * @param day the day of the week
   * @return the day's hours, or empty when the day states none
   * @throws NullPointerException if {@code day} is null
   */
  public Optional<DayHours> on(DayOfWeek day) {
    return Optional.ofNullable(days.get(Checks.notNull(day, "day")));
  }

  /**
   * A copy with {@code day}'s hours set to {@code hours}, replacing any stated before.
   *
   * @param day the day of the week
   * @param hours the day's hours
   * @return the changed copy
   * @throws NullPointerException naming the field when {@code day} or {@code hours} is null
   */
  public BusinessHours with(DayOfWeek day, DayHours hours) {
    Map<DayOfWeek, DayHours> changed = new EnumMap<>(DayOfWeek.class);
    changed.putAll(days);
    changed.put(nonNullDay(day), nonNullHours(day, hours));
    return new BusinessHours(changed);
  }

  private static Map<DayOfWeek, DayHours> copy(@Nullable Map<DayOfWeek, DayHours> days) {
    if (days == null || days.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<DayOfWeek, DayHours> copy = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<DayOfWeek, DayHours> e : days.entrySet()) {
      DayOfWeek day = nonNullDay(e.getKey());
      copy.put(day, nonNullHours(day, e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static DayOfWeek nonNullDay(@Nullable DayOfWeek day) {
    if (day == null) {
      throw new NullPointerException("business_hours has a null day");
    }
    return day;
  }

  private static DayHours nonNullHours(DayOfWeek day, @Nullable DayHours hours) {
    if (hours == null) {
      throw new NullPointerException(
          "business_hours." + day.name().toLowerCase(Locale.ROOT) + " == null");
    }
    return hours;
  }
}
