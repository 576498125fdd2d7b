package com.wabotiq.limits;

import com.wabotiq.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's quiet hours: from {@code start} (inclusive) to {@code end} (exclusive), tenant-local.
 * On local date D they are the interval [{@code instantOf(D start)}, {@code instantOf(D' end)})
 * with D' = D when start is before end, and D + 1 when start is after end (across midnight).
 *
 * <p>A notification or campaign at an instant inside the interval of its local date D or of D - 1
 * is deferred to that interval's end ({@link #deferUntil(Instant, TenantTime)}); a reply is never
 * held, which is for the caller to apply. When both ends of the quiet hours fall in one DST gap the
 * end of one interval can be the start of the next, so a deferred message can be quiet again at
 * its new time; a caller that defers until the instant is no longer quiet gets the right answer.
 *
 * <p>Immutable and thread-safe. Never reads a clock.
 *
 * @param start the local start of quiet hours, inclusive
 * @param end the local end of quiet hours, exclusive; different from {@code start}
 * @since 0.1.0
 */
public record QuietHours(LocalTime start, LocalTime end) {
  /**
   * Checks the quiet hours.
   *
   * @param start the local start of quiet hours, inclusive
   * @param end the local end of quiet hours, exclusive
   * @throws NullPointerException naming {@code quiet_hours_start} or {@code quiet_hours_end} when
   *     it is null
   * @throws IllegalArgumentException when {@code start} equals {@code end} (that means no quiet
   *     hours; use {@link #of(LocalTime, LocalTime)})
   */
  public QuietHours {
    Checks.notNull(start, "quiet_hours_start");
    Checks.notNull(end, "quiet_hours_end");
    Checks.argument(
        !start.equals(end),
        "quiet_hours_end (%s) must differ from quiet_hours_start (%s):"
            + " equal times mean no quiet hours",
        end,
        start);
  }

  /**
   * The quiet hours a tenant states, if any: none when either time is absent or both are equal.
   *
   * @param start the tenant's {@code quiet_hours_start}; null when absent
   * @param end the tenant's {@code quiet_hours_end}; null when absent
   * @return the quiet hours, or empty when the tenant has none
   */
  public static Optional<QuietHours> of(@Nullable LocalTime start, @Nullable LocalTime end) {
    if (start == null || end == null || start.equals(end)) {
      return Optional.empty();
    }
    return Optional.of(new QuietHours(start, end));
  }

  /**
   * Whether the quiet hours run across midnight: {@code start} is after {@code end}.
   *
   * @return true when each interval ends on the next local date
   */
  public boolean isAcrossMidnight() {
    return start.isAfter(end);
  }

  /**
   * The end of the quiet interval, of the local date D at {@code at} or of D - 1, that contains
   * {@code at}: the instant a notification or campaign at {@code at} is deferred to.
   *
   * @param at the instant a message would be sent
   * @param time the tenant's local time
   * @return the end of the containing interval, or empty when {@code at} is not in quiet hours
   * @throws NullPointerException if {@code at} or {@code time} is null
   */
  public Optional<Instant> deferUntil(Instant at, TenantTime time) {
    Checks.notNull(at, "at");
    Checks.notNull(time, "time");
    LocalDate date = time.localDate(at);
    for (LocalDate day : new LocalDate[] {date.minusDays(1), date}) {
      Instant from = time.instantOf(day.atTime(start));
      Instant until = time.instantOf((isAcrossMidnight() ? day.plusDays(1) : day).atTime(end));
      if (!at.isBefore(from) && at.isBefore(until)) {
        return Optional.of(until);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code at} is inside quiet hours: in the interval of its local date D or of D - 1.
   *
   * @param at the instant
   * @param time the tenant's local time
   * @return true when {@link #deferUntil(Instant, TenantTime)} would defer
   * @throws NullPointerException if {@code at} or {@code time} is null
   */
  public boolean isQuiet(Instant at, TenantTime time) {
    return deferUntil(at, time).isPresent();
  }
}
