package com.wabotiq.spi.storage;

import java.util.Objects;

/**
 * An amount to add to (or refund from) one usage counter of a tenant, with the limit its total
 * must stay within.
 *
 * <p>A counter is keyed by tenant, metric and period: e.g. metric {@code "monthly_messages"} in
 * period {@code "2025-11-01"} (the billing period's first day), or {@code "daily_outbound"} in
 * period {@code "2025-11-20"}. A counter that was never written is 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric's name, not blank
 * @param period the period's key, not blank
 * @param amount how much to add or refund, at least 0
 * @param limit the most the total may reach, at least 0; {@link #UNLIMITED} for no limit
 * @since 0.1.0
 */
public record CounterDelta(String metric, String period, long amount, long limit) {
  /** The limit of a counter without one. */
  public static final long UNLIMITED = Long.MAX_VALUE;

  /**
   * Checks the parts.
   *
   * @param metric the metric's name
   * @param period the period's key
   * @param amount the amount, at least 0
   * @param limit the limit, at least 0
   * @throws NullPointerException naming a missing part
   * @throws IllegalArgumentException naming a blank name or a negative number
   */
  public CounterDelta {
    Objects.requireNonNull(metric, "metric == null");
    Objects.requireNonNull(period, "period == null");
    if (metric.isBlank()) {
      throw new IllegalArgumentException("metric (\"" + metric + "\") must not be blank");
    }
    if (period.isBlank()) {
      throw new IllegalArgumentException("period (\"" + period + "\") must not be blank");
    }
    if (amount < 0) {
      throw new IllegalArgumentException("amount (" + amount + ") must be >= 0");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must be >= 0");
    }
  }

  /**
   * Whether a counter standing at {@code used} can take this amount: {@code used + amount <=
   * limit}, computed without overflow.
   *
   * @param used the counter's current total
   * @return true when the total after adding stays within the limit
   */
  public boolean fits(long used) {
    return amount <= limit && used <= limit - amount;
  }
}
