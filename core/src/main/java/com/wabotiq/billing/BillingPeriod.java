package com.wabotiq.billing;

import com.wabotiq.internal.Checks;
import java.time.LocalDate;

/**
 * One billing period of a subscription: the half-open range of tenant-local dates {@code [start,
 * end)}. Period {@code k} of a {@link BillingSchedule} starts on the subscription's start date
 * plus {@code k} months (monthly) or {@code k} years (yearly), clamped to the month's end, and
 * ends where period {@code k + 1} starts; {@code end} is also the period's next billing date.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param index the period's index {@code k}, zero for the first period
 * @param start the first day of the period, inclusive, never null
 * @param end the first day after the period (the next period's start), exclusive, never null
 * @since 0.1.0
 */
public record BillingPeriod(long index, LocalDate start, LocalDate end) {

  /**
   * Checks that the index is not negative and that the period holds at least one day.
   *
   * @param index the period's index {@code k}, zero or more
   * @param start the first day of the period, inclusive, never null
   * @param end the first day after the period, exclusive, never null and after {@code start}
   * @throws NullPointerException if {@code start} or {@code end} is null
   * @throws IllegalArgumentException if {@code index} is negative or {@code end} is not after
   *     {@code start}
   */
  public BillingPeriod {
    Checks.argument(index >= 0, "index (%d) must be zero or more", index);
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    Checks.argument(end.isAfter(start), "end (%s) must be after start (%s)", end, start);
  }

  /**
   * Whether {@code date} lies in this period: on or after {@link #start()} and before {@link
   * #end()}. The last day of a period belongs to it; its end date belongs to the next period.
   *
   * @param date a tenant-local date, never null
   * @return true when {@code start <= date < end}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Checks.notNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }

  /**
   * The key under which per-period counters of this period are stored: the ISO-8601 form of
   * {@link #start()}, e.g. {@code "2025-11-01"}. Counters start at zero in each period because
   * each period has its own key.
   *
   * @return the start date as {@link LocalDate#toString()} writes it
   */
  public String key() {
    return start.toString();
  }
}
