package com.wabotiq.client;

import com.wabotiq.types.TierId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's current use of its tier's limits, in its current billing period.
 *
 * @param tierId the tier whose limits apply
 * @param periodStart the current billing period's start, inclusive
 * @param periodEnd its end, exclusive (the next billing date)
 * @param quotas each limit with its use, immutable
 * @since 0.1.0
 */
public record UsageReport(TierId tierId, Instant periodStart, Instant periodEnd, List<Quota> quotas) {
  /**
   * Checks the parts and copies the quotas.
   *
   * @param tierId the tier
   * @param periodStart the period's start
   * @param periodEnd the period's end
   * @param quotas the quotas
   * @throws NullPointerException if a part is null
   */
  public UsageReport {
    Objects.requireNonNull(tierId, "tier_id");
    Objects.requireNonNull(periodStart, "period_start");
    Objects.requireNonNull(periodEnd, "period_end");
    quotas = List.copyOf(Objects.requireNonNull(quotas, "quotas"));
  }

  /**
   * One metric's quota.
   *
   * @param metric e.g. {@code monthly_messages}
   * @return the quota, or empty when the report has none for it
   */
  public Optional<Quota> quota(String metric) {
    return quotas.stream().filter(q -> q.metric().equals(metric)).findFirst();
  }
}
