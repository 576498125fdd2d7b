package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class BillingClosedSetsTest {
  @Test
  void billingCycle_knownValues_areCanonical() {
    assertThat(BillingCycle.values()).containsExactly(BillingCycle.MONTHLY, BillingCycle.YEARLY);
    assertThat(BillingCycle.of("monthly")).isSameAs(BillingCycle.MONTHLY);
    assertThat(BillingCycle.of("yearly")).isSameAs(BillingCycle.YEARLY);
    assertThat(BillingCycle.YEARLY.value()).isEqualTo(BillingCycle.Value.YEARLY);
    assertThat(BillingCycle.MONTHLY.wireValue()).isEqualTo("monthly");
  }

  @Test
  void billingCycle_unknownValue_keptWithRawString() {
    BillingCycle weekly = BillingCycle.of("weekly");
    assertThat(weekly.isKnown()).isFalse();
    assertThat(weekly.value()).isEqualTo(BillingCycle.Value.UNKNOWN);
    assertThat(weekly.wireValue()).isEqualTo("weekly");
    assertThat(weekly).isEqualTo(BillingCycle.of("weekly")).isNotEqualTo(BillingCycle.MONTHLY);
    assertThat(BillingCycle.values()).doesNotContain(weekly);
  }

  @Test
  void subscriptionStatus_knownValues_areCanonical() {
    assertThat(SubscriptionStatus.values())
        .containsExactly(
            SubscriptionStatus.ACTIVE,
            SubscriptionStatus.SUSPENDED,
            SubscriptionStatus.CANCELED,
            SubscriptionStatus.EXPIRED);
    assertThat(SubscriptionStatus.of("active")).isSameAs(SubscriptionStatus.ACTIVE);
    assertThat(SubscriptionStatus.of("suspended")).isSameAs(SubscriptionStatus.SUSPENDED);
    assertThat(SubscriptionStatus.of("canceled")).isSameAs(SubscriptionStatus.CANCELED);
    assertThat(SubscriptionStatus.of("expired")).isSameAs(SubscriptionStatus.EXPIRED);
    assertThat(SubscriptionStatus.of("paused").isKnown()).isFalse();
    assertThat(SubscriptionStatus.of("paused").value()).isEqualTo(SubscriptionStatus.Value.UNKNOWN);
  }

  @Test
  void apiAccessLevel_knownValues_areCanonical() {
    assertThat(ApiAccessLevel.values()).containsExactly(ApiAccessLevel.READ, ApiAccessLevel.FULL);
    assertThat(ApiAccessLevel.of("read")).isSameAs(ApiAccessLevel.READ);
    assertThat(ApiAccessLevel.of("full")).isSameAs(ApiAccessLevel.FULL);
    assertThat(ApiAccessLevel.of("admin").isKnown()).isFalse();
    assertThat(ApiAccessLevel.of("admin").toString()).isEqualTo("admin");
  }

  @Test
  void of_null_throwsNamingValue() {
    assertThatNullPointerException()
        .isThrownBy(() -> BillingCycle.of(null))
        .withMessage("value == null");
    assertThatNullPointerException()
        .isThrownBy(() -> SubscriptionStatus.of(null))
        .withMessage("value == null");
    assertThatNullPointerException()
        .isThrownBy(() -> ApiAccessLevel.of(null))
        .withMessage("value == null");
  }
}
