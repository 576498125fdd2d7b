package com.wabotiq.billing;

import com.wabotiq.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The anniversary-based billing periods of a subscription that started on {@code start} and is
 * billed every {@code cycle}.
 *
 * <p>Period {@code k} begins on {@code start.plusMonths(k)} (monthly) or {@code start.plusYears(k)}
 * (yearly): computed from {@code start} every time, never chained from the previous period, and
 * clamped to the month's end. A monthly subscription started on January 31 therefore renews on
 * February 28 (29 in leap years), March 31, April 30...; a yearly one started on February 29 renews
 * on February 28, and on February 29 in leap years. Period {@code k} is {@code [start k, start
 * k+1)}; consecutive periods tile the calendar from {@code start} on with no gap or overlap.
 *
 * <p>Finding the period of a date takes constant time. Indexes are limited by {@link
 * LocalDate#MAX}: a period whose end would lie beyond it is refused.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param start the subscription's start date, the first day of period 0, never null
 * @param cycle the billing cycle, never null and known (monthly or yearly)
 * @since 0.1.0
 */
public record BillingSchedule(LocalDate start, BillingCycle cycle) {

  /**
   * Checks that both parts are present and the cycle is one this SDK can compute.
   *
   * @param start the subscription's start date, the first day of period 0, never null
   * @param cycle the billing cycle, never null; monthly or yearly
   * @throws NullPointerException if {@code start} or {@code cycle} is null
   * @throws IllegalArgumentException if {@code cycle} is an unknown value, naming {@code
   *     billing_cycle}
   */
  public BillingSchedule {
    Checks.notNull(start, "start_date");
    Checks.notNull(cycle, "billing_cycle");
    Checks.argument(
        cycle.isKnown(),
        "billing_cycle (%s) must be monthly or yearly to compute billing periods",
        cycle);
  }

  /**
   * The schedule of a subscription: its {@code start_date} and {@code billing_cycle}.
   *
   * @param subscription the subscription, never null
   * @return the subscription's schedule
   * @throws NullPointerException if {@code subscription} is null
   * @throws IllegalArgumentException if the subscription's billing cycle is unknown
   */
  public static BillingSchedule of(Subscription subscription) {
    Checks.notNull(subscription, "subscription");
    return new BillingSchedule(subscription.startDate(), subscription.billingCycle());
  }

  /**
   * Period {@code k}: from the start of period {@code k} to the start of period {@code k + 1}.
   *
   * @param k the period's index, zero for the first period
   * @return the period, never null
   * @throws IllegalArgumentException if {@code k} is negative, or so large that the period's end
   *     would lie beyond {@link LocalDate#MAX}
   */
  public BillingPeriod period(long k) {
    Checks.argument(k >= 0, "k (%d) must be zero or more", k);
    long max = maxIndex();
    Checks.argument(
        k <= max,
        "k (%d) must be at most %d: a later period of a %s schedule starting %s would end"
            + " beyond what LocalDate supports",
        k,
        max,
        cycle,
        start);
    return new BillingPeriod(k, startOf(k), startOf(k + 1));
  }

  /**
   * The period containing a tenant-local date. The last day of a period belongs to it; the period's
   * end date belongs to the next period.
   *
   * @param date a tenant-local date, never null, on or after {@link #start()}
   * @return the period whose range holds {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code date} is before {@link #start()} (the message names
   *     both), or its period would end beyond {@link LocalDate#MAX}
   */
  public BillingPeriod periodContaining(LocalDate date) {
    Checks.notNull(date, "date");
    Checks.argument(
        !date.isBefore(start),
        "date (%s) must be on or after the start_date (%s) of the schedule",
        date,
        start);
    // Period "estimate" starts in the same month (monthly) or year (yearly) as date, so it holds
    // date unless it starts after it; then the previous period, which starts a step earlier, does.
    long estimate = stepsFromStart(date.getYear(), date.getMonthValue());
    long k = estimate > 0 && startOf(estimate).isAfter(date) ? estimate - 1 : estimate;
    return period(k);
  }

  /**
   * The period containing an instant, by the instant's date in the tenant's zone.
   *
   * @param at the instant, never null
   * @param zone the tenant's zone, never null
   * @return the period holding the tenant-local date of {@code at}
   * @throws NullPointerException if {@code at} or {@code zone} is null
   * @throws IllegalArgumentException if that local date is before {@link #start()}, or its period
   *     would end beyond {@link LocalDate#MAX}
   */
  public BillingPeriod periodContaining(Instant at, ZoneId zone) {
    Checks.notNull(at, "at");
    Checks.notNull(zone, "zone");
    return periodContaining(LocalDate.ofInstant(at, zone));
  }

  /**
   * The next billing date as of a tenant-local date: the end of the period containing it.
   *
   * @param today the tenant-local date, never null, on or after {@link #start()}
   * @return the first day after the current period
   * @throws NullPointerException if {@code today} is null
   * @throws IllegalArgumentException as {@link #periodContaining(LocalDate)}
   */
  public LocalDate nextBillingDate(LocalDate today) {
    return periodContaining(today).end();
  }

  /** The start of period {@code k}, computed from {@link #start()}; k must be in range. */
  private LocalDate startOf(long k) {
    return switch (cycle.value()) {
      case MONTHLY -> start.plusMonths(k);
      case YEARLY -> start.plusYears(k);
      case UNKNOWN -> throw unknownCycle();
    };
  }

  /** The largest index whose period ends on or before {@link LocalDate#MAX}; -1 if none. */
  private long maxIndex() {
    return stepsFromStart(LocalDate.MAX.getYear(), LocalDate.MAX.getMonthValue()) - 1;
  }

  /**
   * Whole cycle steps from the start's month (monthly) or year (yearly) to the given month or year:
   * the index of the period that starts in that month or year.
   */
  private long stepsFromStart(int year, int month) {
    return switch (cycle.value()) {
      case MONTHLY ->
          Math.subtractExact(
              monthCount(year, month), monthCount(start.getYear(), start.getMonthValue()));
      case YEARLY -> Math.subtractExact((long) year, (long) start.getYear());
      case UNKNOWN -> throw unknownCycle();
    };
  }

  /** The months from year 0 to the given month, exactly. */
  private static long monthCount(int year, int month) {
    return Math.addExact(Math.multiplyExact((long) year, 12L), (long) month - 1);
  }

  private IllegalArgumentException unknownCycle() {
    return new IllegalArgumentException(
        "billing_cycle (" + cycle + ") must be monthly or yearly to compute billing periods");
  }
}
