package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Edges that mutation testing found unguarded: the exact text of reasons without a status, the
 * quiet-hours ends through {@link Limits#check} on a steady zone and on a fixed-offset zone, and
 * the argument checks of {@link Usage} and {@link LimitViolation}.
 */
class LimitsEdgesTest {
  /** 21:00 in Nairobi: the first instant of the tenant's 21:00 to 07:00 quiet hours. */
  private static final Instant QUIET_START = Instant.parse("2025-11-03T18:00:00Z");

  /** 07:00 in Nairobi: the first instant after them. */
  private static final Instant QUIET_END = Instant.parse("2025-11-04T04:00:00Z");

  @Test
  void reasons_ofAViolationAlone_andOfAFeatureAlone_haveNoLeadingSeparator() {
    Decision over =
        Limits.check(LimitsTest.starter(),
            Usage.at(LimitsTest.NOON).messagesThisPeriod(1000).send(SendKind.REPLY).build());
    Decision gated =
        Limits.check(LimitsTest.starter(), Usage.at(LimitsTest.NOON).enablePayments().build());

    assertThat(over.reasons()).isEqualTo("monthly_messages limit 1000 used 1000 requested 1");
    assertThat(gated.reasons()).isEqualTo("feature payment_facilitation not in tier");
  }

  @Test
  void notification_atTheFirstInstantOfQuietHours_deferred_atTheirEnd_allowed() {
    Tenant tenant = LimitsTest.starter();

    Decision atStart =
        Limits.check(tenant, Usage.at(QUIET_START).send(SendKind.NOTIFICATION).build());
    Decision justBefore =
        Limits.check(tenant, Usage.at(QUIET_START.minusNanos(1)).send(SendKind.NOTIFICATION).build());
    Decision atEnd = Limits.check(tenant, Usage.at(QUIET_END).send(SendKind.NOTIFICATION).build());
    Decision justBeforeEnd =
        Limits.check(tenant, Usage.at(QUIET_END.minusNanos(1)).send(SendKind.NOTIFICATION).build());

    assertThat(atStart.deferredUntil()).contains(QUIET_END);
    assertThat(justBefore.outcome()).isEqualTo(Decision.Outcome.ALLOWED);
    assertThat(atEnd.outcome()).isEqualTo(Decision.Outcome.ALLOWED);
    assertThat(justBeforeEnd.deferredUntil()).contains(QUIET_END);
  }

  @Test
  void fixedOffsetZone_quietHoursInItsWallClock() {
    Tenant tenant =
        LimitsTest.tenant(TenantStatus.ACTIVE, SubscriptionTier.STARTER)
            .timezone(ZoneOffset.ofHours(3))
            .build();

    assertThat(Limits.check(tenant, Usage.at(QUIET_START).send(SendKind.NOTIFICATION).build())
            .deferredUntil())
        .contains(QUIET_END);
    assertThat(Limits.check(tenant,
            Usage.at(LimitsTest.NOON).send(SendKind.NOTIFICATION).build()).outcome())
        .isEqualTo(Decision.Outcome.ALLOWED);
  }

  @Test
  void usage_accessorsReturnWhatWasBuilt() {
    Usage usage =
        Usage.at(LimitsTest.NOON)
            .messagesThisPeriod(1)
            .outboundToday(2)
            .campaignSendsThisPeriod(3)
            .products(4)
            .services(5)
            .send(SendKind.CAMPAIGN, 6)
            .createProducts(7)
            .createServices(8)
            .build();

    assertThat(new long[] {usage.messagesThisPeriod(), usage.outboundToday(),
            usage.campaignSendsThisPeriod(), usage.products(), usage.services(), usage.recipients(),
            usage.createProducts(), usage.createServices()})
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void negativeArguments_refused() {
    assertThatThrownBy(() -> Usage.at(LimitsTest.NOON).abVariants(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ab_variants (-1) must be zero or more");
    assertThatThrownBy(() -> new LimitViolation(Metric.MAX_PRODUCTS, -1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit (-1) must be zero or more");
    assertThatThrownBy(() -> new LimitViolation(Metric.MAX_PRODUCTS, 0, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("used (-1) must be zero or more");
    assertThatThrownBy(() -> new LimitViolation(Metric.MAX_PRODUCTS, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requested (-1) must be zero or more");
    assertThat(new LimitViolation(Metric.MAX_PRODUCTS, 0, 0, 0).limit()).isZero();
  }

  @Test
  void badBuilderArguments_messagesNameTheFieldValueAndRule() {
    assertThatThrownBy(() -> Usage.at(LimitsTest.NOON).products(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("products (-2) must be zero or more");
    assertThatThrownBy(() -> Usage.at(LimitsTest.NOON).send(SendKind.CAMPAIGN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recipients (0) must be at least 1 for a campaign");
    assertThatThrownBy(() -> Usage.at(LimitsTest.NOON).send(SendKind.REPLY, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recipients (2) must be exactly 1 for a REPLY send");
    assertThatThrownBy(() -> Usage.at(LimitsTest.NOON).warningShare(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("warning_share (1.5) must be above 0 and at most 1");
  }
}
