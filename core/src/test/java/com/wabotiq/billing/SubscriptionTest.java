package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
  /** The reference's subscription example. */
  private static Subscription.Builder reference() {
    return Subscription.builder()
        .id(SubscriptionId.of("3f1e2d4c-0000-4000-8000-000000000001"))
        .tenantId(TenantId.of("3f1e2d4c-0000-4000-8000-000000000002"))
        .tierId(SubscriptionTier.GROWTH.id())
        .billingCycle(BillingCycle.MONTHLY)
        .status(SubscriptionStatus.ACTIVE)
        .startDate(LocalDate.of(2025, 11, 1))
        .nextBillingDate(LocalDate.of(2025, 12, 1))
        .currentPeriodStart(LocalDate.of(2025, 11, 1))
        .currentPeriodEnd(LocalDate.of(2025, 12, 1))
        .messagesSentThisPeriod(450)
        .campaignsSentThisPeriod(5)
        .createdAt(Instant.parse("2025-11-01T00:00:00Z"))
        .updatedAt(Instant.parse("2025-11-20T10:30:00Z"));
  }

  @Test
  void builder_referenceExample_holdsEveryField() {
    Subscription s = reference().build();
    assertThat(s.id().value()).isEqualTo("3f1e2d4c-0000-4000-8000-000000000001");
    assertThat(s.tenantId().value()).isEqualTo("3f1e2d4c-0000-4000-8000-000000000002");
    assertThat(s.tierId()).isEqualTo(SubscriptionTier.GROWTH.id());
    assertThat(s.billingCycle()).isSameAs(BillingCycle.MONTHLY);
    assertThat(s.status()).isSameAs(SubscriptionStatus.ACTIVE);
    assertThat(s.startDate()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(s.nextBillingDate()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(s.canceledAt()).isNull();
    assertThat(s.cancellationReason()).isNull();
    assertThat(s.currentPeriodStart()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(s.currentPeriodEnd()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(s.messagesSentThisPeriod()).isEqualTo(450);
    assertThat(s.campaignsSentThisPeriod()).isEqualTo(5);
    assertThat(s.createdAt()).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
    assertThat(s.updatedAt()).isEqualTo(Instant.parse("2025-11-20T10:30:00Z"));
  }

  @Test
  void toBuilder_roundTrips() {
    Subscription s = reference().cancellationReason("too expensive").build();
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.toBuilder().status(SubscriptionStatus.CANCELED).build().status())
        .isSameAs(SubscriptionStatus.CANCELED);
  }

  @Test
  void nextBillingDate_absent_isCurrentPeriodEnd() {
    Subscription s =
        reference().nextBillingDate(null).currentPeriodEnd(LocalDate.of(2026, 1, 31)).build();
    assertThat(s.nextBillingDate()).isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void nextBillingDate_stated_isKeptEvenIfDifferent() {
    Subscription s = reference().nextBillingDate(LocalDate.of(2025, 12, 5)).build();
    assertThat(s.nextBillingDate()).isEqualTo(LocalDate.of(2025, 12, 5));
    assertThat(s.currentPeriodEnd()).isEqualTo(LocalDate.of(2025, 12, 1));
  }

  @Test
  void nextBillingDate_absentWithoutPeriodEnd_staysNull() {
    Subscription s = reference().nextBillingDate(null).currentPeriodEnd(null).build();
    assertThat(s.nextBillingDate()).isNull();
  }

  @Test
  void build_missingRequiredPart_throwsNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> reference().id(null).build())
        .withMessage("id == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().tenantId(null).build())
        .withMessage("tenant_id == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().tierId(null).build())
        .withMessage("tier_id == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().billingCycle(null).build())
        .withMessage("billing_cycle == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().status(null).build())
        .withMessage("status == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().startDate(null).build())
        .withMessage("start_date == null");
  }

  @Test
  void constructor_missingRequiredPart_throwsNamingField() {
    Subscription s = reference().build();
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Subscription(
                    s.id(),
                    s.tenantId(),
                    s.tierId(),
                    s.billingCycle(),
                    s.status(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    0,
                    null,
                    null))
        .withMessage("start_date == null");
  }
}
