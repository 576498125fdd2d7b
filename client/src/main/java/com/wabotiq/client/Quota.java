package com.wabotiq.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One limit of a tenant's tier with its use: how much is used, the limit, what remains and when
 * the count starts again.
 *
 * @param metric the limit's name: {@code monthly_messages}, {@code max_daily_outbound}, {@code
 *     max_campaign_sends}, {@code max_products}, {@code max_services}, or one a newer server added
 * @param used the amount used in the current period (or in all, for counts that never reset)
 * @param limit the tier's limit; null when unlimited
 * @param remaining what is left, never negative; null when unlimited
 * @param resetsAt when the count starts again; null for counts that never reset (products,
 *     services)
 * @since 0.1.0
 */
public record Quota(
    String metric,
    long used,
    @Nullable Long limit,
    @Nullable Long remaining,
    @Nullable Instant resetsAt) {
  /**
   * Checks the metric.
   *
   * @param metric the metric
   * @param used the amount used
   * @param limit the limit, or null
   * @param remaining what is left, or null
   * @param resetsAt the reset, or null
   * @throws NullPointerException if {@code metric} is null
   */
  public Quota {
    Objects.requireNonNull(metric, "metric");
  }

  /**
   * Whether the tier sets no limit on this metric.
   *
   * @return true when unlimited
   */
  public boolean isUnlimited() {
    return limit == null;
  }

  /**
   * What is left, when limited.
   *
   * @return the remaining amount, or empty when unlimited
   */
  public OptionalLong remainingAmount() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /**
   * When the count starts again.
   *
   * @return the instant, or empty when it never resets
   */
  public Optional<Instant> reset() {
    return Optional.ofNullable(resetsAt);
  }
}
