package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.TierLimits;
import org.junit.jupiter.api.Test;

/** Each metric reads its own limit, named as in a tier's JSON; null stays unlimited. */
class MetricTest {
  @Test
  void limitIn_readsEachMetricsOwnField() {
    TierLimits limits = new TierLimits(1L, 2L, 3L, 4L, 5L);
    assertThat(Metric.MONTHLY_MESSAGES.limitIn(limits)).isEqualTo(1L);
    assertThat(Metric.MAX_PRODUCTS.limitIn(limits)).isEqualTo(2L);
    assertThat(Metric.MAX_SERVICES.limitIn(limits)).isEqualTo(3L);
    assertThat(Metric.MAX_CAMPAIGN_SENDS.limitIn(limits)).isEqualTo(4L);
    assertThat(Metric.MAX_DAILY_OUTBOUND.limitIn(limits)).isEqualTo(5L);
    for (Metric metric : Metric.values()) {
      assertThat(metric.limitIn(TierLimits.UNLIMITED)).as(metric.limitName()).isNull();
    }
  }

  @Test
  void limitName_isTheJsonName() {
    assertThat(Metric.values())
        .extracting(Metric::limitName)
        .containsExactly("monthly_messages", "max_daily_outbound", "max_campaign_sends",
            "max_products", "max_services");
  }
}
