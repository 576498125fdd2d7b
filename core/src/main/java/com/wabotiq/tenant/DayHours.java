package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * The opening hours of one day of the week, tenant-local: open from {@code open} to {@code close}
 * (JSON {@code {"open": "09:00", "close": "18:00"}}), or closed all day (JSON {@code {"closed":
 * true}}). The constructor accepts any combination; validation checks that a day is either open
 * with both times or closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param open the local opening time, inclusive; null when absent (closed days)
 * @param close the local closing time, exclusive; null when absent (closed days)
 * @param closed true when the business is closed all day; null when absent
 * @since 0.1.0
 */
public record DayHours(
    @Nullable LocalTime open, @Nullable LocalTime close, @Nullable Boolean closed) {
  private static final DayHours CLOSED_ALL_DAY = new DayHours(null, null, Boolean.TRUE);

  /**
   * A day open from {@code open} to {@code close}.
   *
   * @param open the local opening time, inclusive
   * @param close the local closing time, exclusive
   * @return the day's hours; {@link #closed()} is null
   * @throws NullPointerException naming {@code open} or {@code close} when it is null
   */
  public static DayHours open(LocalTime open, LocalTime close) {
    return new DayHours(Checks.notNull(open, "open"), Checks.notNull(close, "close"), null);
  }

  /**
   * A day the business is closed: {@code {"closed": true}}.
   *
   * @return the shared closed-all-day value
   */
  public static DayHours closedAllDay() {
    return CLOSED_ALL_DAY;
  }

  /**
   * Whether the business is closed all day: {@code closed} is true.
   *
   * @return true only when {@code closed} is {@link Boolean#TRUE}
   */
  public boolean isClosed() {
    return Boolean.TRUE.equals(closed);
  }
}
