package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.WabotiqException;
import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LimitsTest {
  static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
  /** 13:00 in Nairobi, outside the 21:00 to 07:00 quiet hours. */
  static final Instant NOON = Instant.parse("2025-11-03T10:00:00Z");
  /** 23:00 in Nairobi, inside the quiet hours. */
  static final Instant NIGHT = Instant.parse("2025-11-03T20:00:00Z");
  /** 07:00 in Nairobi on the next day: the end of those quiet hours. */
  static final Instant MORNING = Instant.parse("2025-11-04T04:00:00Z");

  static Tenant.Builder tenant(TenantStatus status, SubscriptionTier tier) {
    return Tenant.builder()
        .id(TenantId.random())
        .name("Acme")
        .slug("acme")
        .status(status)
        .subscriptionTierId(tier.id())
        .timezone(NAIROBI)
        .quietHoursStart(LocalTime.of(21, 0))
        .quietHoursEnd(LocalTime.of(7, 0));
  }

  static Tenant starter() {
    return tenant(TenantStatus.ACTIVE, SubscriptionTier.STARTER).build();
  }

  static Usage.Builder at(Instant at) {
    return Usage.at(at);
  }

  @Test
  void starterReply_999And1000thPass_1001stRefused() {
    Decision d999 = Limits.check(starter(), at(NOON).messagesThisPeriod(998).send(SendKind.REPLY).build());
    assertThat(d999.outcome()).isEqualTo(Decision.Outcome.ALLOWED);
    assertThat(d999.remaining(Metric.MONTHLY_MESSAGES)).hasValue(1);

    Decision d1000 =
        Limits.check(starter(), at(NOON).messagesThisPeriod(999).send(SendKind.REPLY).build());
    assertThat(d1000.isAllowed()).isTrue();
    assertThat(d1000.remaining(Metric.MONTHLY_MESSAGES)).hasValue(0);
    assertThat(d1000.violations()).isEmpty();

    Decision d1001 =
        Limits.check(starter(), at(NOON).messagesThisPeriod(1000).send(SendKind.REPLY).build());
    assertThat(d1001.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(d1001.violations())
        .containsExactly(new LimitViolation(Metric.MONTHLY_MESSAGES, 1000, 1000, 1));
    assertThat(d1001.remaining(Metric.MONTHLY_MESSAGES)).hasValue(0);
    assertThat(d1001.statusReason()).isEmpty();
  }

  @Test
  void notification_hitsMaxDailyOutbound() {
    Decision ok =
        Limits.check(starter(), at(NOON).outboundToday(99).send(SendKind.NOTIFICATION).build());
    assertThat(ok.isAllowed()).isTrue();
    assertThat(ok.remaining(Metric.MAX_DAILY_OUTBOUND)).hasValue(0);
    assertThat(ok.remaining(Metric.MONTHLY_MESSAGES)).hasValue(999);

    Decision over =
        Limits.check(starter(), at(NOON).outboundToday(100).send(SendKind.NOTIFICATION).build());
    assertThat(over.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(over.violations())
        .containsExactly(new LimitViolation(Metric.MAX_DAILY_OUTBOUND, 100, 100, 1));
  }

  @Test
  void reply_doesNotTouchDailyOutbound() {
    Decision d =
        Limits.check(starter(), at(NOON).outboundToday(100).send(SendKind.REPLY).build());
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.remaining(Metric.MAX_DAILY_OUTBOUND)).hasValue(0);
  }

  @Test
  void campaign_countsPerRecipientAgainstCampaignAndDaily() {
    Decision ok =
        Limits.check(
            starter(),
            at(NOON).outboundToday(50).campaignSendsThisPeriod(450).send(SendKind.CAMPAIGN, 50)
                .build());
    assertThat(ok.isAllowed()).isTrue();
    assertThat(ok.remaining(Metric.MAX_DAILY_OUTBOUND)).hasValue(0);
    assertThat(ok.remaining(Metric.MAX_CAMPAIGN_SENDS)).hasValue(0);
    assertThat(ok.remaining(Metric.MONTHLY_MESSAGES)).hasValue(950);

    Decision daily =
        Limits.check(starter(), at(NOON).outboundToday(51).send(SendKind.CAMPAIGN, 50).build());
    assertThat(daily.violations())
        .containsExactly(new LimitViolation(Metric.MAX_DAILY_OUTBOUND, 100, 51, 50));

    Decision campaign =
        Limits.check(
            starter(), at(NOON).campaignSendsThisPeriod(451).send(SendKind.CAMPAIGN, 50).build());
    assertThat(campaign.violations())
        .containsExactly(new LimitViolation(Metric.MAX_CAMPAIGN_SENDS, 500, 451, 50));
    assertThat(campaign.remaining(Metric.MAX_CAMPAIGN_SENDS)).hasValue(49);
  }

  @Test
  void enterprise_unlimitedNeverOverflows() {
    Tenant t = tenant(TenantStatus.ACTIVE, SubscriptionTier.ENTERPRISE).build();
    Decision d =
        Limits.check(
            t,
            at(NOON)
                .messagesThisPeriod(Long.MAX_VALUE)
                .outboundToday(Long.MAX_VALUE)
                .campaignSendsThisPeriod(Long.MAX_VALUE)
                .products(Long.MAX_VALUE)
                .services(Long.MAX_VALUE)
                .send(SendKind.CAMPAIGN, Long.MAX_VALUE)
                .createProducts(Long.MAX_VALUE)
                .createServices(Long.MAX_VALUE)
                .build());
    assertThat(d.isAllowed()).isTrue();
    for (Metric m : Metric.values()) {
      assertThat(d.remaining(m)).isEmpty();
    }
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void nearMaxLimit_comparesWithoutOverflow() {
    SubscriptionTier big =
        custom(new TierLimits(Long.MAX_VALUE, null, null, null, null), true, 10, true,
            ApiAccessLevel.FULL);
    Tenant t = starter();
    Decision fits =
        Limits.check(
            t,
            at(NOON).tier(big).messagesThisPeriod(Long.MAX_VALUE - 1).send(SendKind.REPLY)
                .build());
    assertThat(fits.isAllowed()).isTrue();
    assertThat(fits.remaining(Metric.MONTHLY_MESSAGES)).hasValue(0);
    Decision over =
        Limits.check(
            t,
            at(NOON).tier(big).messagesThisPeriod(Long.MAX_VALUE).send(SendKind.REPLY).build());
    assertThat(over.violations()).extracting(LimitViolation::metric)
        .containsExactly(Metric.MONTHLY_MESSAGES);
    Decision hugeCampaign =
        Limits.check(
            t,
            at(NOON).tier(big).messagesThisPeriod(5).send(SendKind.CAMPAIGN, Long.MAX_VALUE)
                .build());
    assertThat(hugeCampaign.outcome()).isEqualTo(Decision.Outcome.REFUSED);
  }

  @Test
  void productsAndServices_atTheBoundary() {
    assertThat(Limits.check(starter(), at(NOON).products(99).createProducts(1).build()).isAllowed())
        .isTrue();
    assertThat(Limits.check(starter(), at(NOON).products(100).createProducts(1).build())
            .violations())
        .containsExactly(new LimitViolation(Metric.MAX_PRODUCTS, 100, 100, 1));
    assertThat(Limits.check(starter(), at(NOON).products(90).createProducts(10).build())
            .remaining(Metric.MAX_PRODUCTS))
        .hasValue(0);
    assertThat(Limits.check(starter(), at(NOON).services(9).createServices(1).build()).isAllowed())
        .isTrue();
    assertThat(Limits.check(starter(), at(NOON).services(8).createServices(3).build())
            .violations())
        .containsExactly(new LimitViolation(Metric.MAX_SERVICES, 10, 8, 3));
    // Holding more than the limit (say after a downgrade) does not refuse what does not add.
    assertThat(Limits.check(starter(), at(NOON).products(500).send(SendKind.REPLY).build())
            .isAllowed())
        .isTrue();
  }

  @Test
  void featureGates_eachRefusesOnStarter() {
    assertThat(Limits.check(starter(), at(NOON).enablePayments().build()).refusedFeatures())
        .containsExactly(Feature.PAYMENT_FACILITATION);
    assertThat(Limits.check(starter(), at(NOON).abVariants(2).build()).isAllowed()).isTrue();
    assertThat(Limits.check(starter(), at(NOON).abVariants(3).build()).refusedFeatures())
        .containsExactly(Feature.AB_TEST_VARIANTS);
    assertThat(Limits.check(starter(), at(NOON).enableCustomBranding().build()).refusedFeatures())
        .containsExactly(Feature.CUSTOM_BRANDING);
    assertThat(Limits.check(starter(), at(NOON).apiWrite().build()).refusedFeatures())
        .containsExactly(Feature.API_WRITE);
    Decision refused = Limits.check(starter(), at(NOON).apiWrite().build());
    assertThat(refused.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(refused.violations()).isEmpty();
  }

  @Test
  void featureGates_passOnGrowth() {
    Tenant growth = tenant(TenantStatus.ACTIVE, SubscriptionTier.GROWTH).build();
    Decision d =
        Limits.check(
            growth,
            at(NOON).enablePayments().abVariants(5).enableCustomBranding().apiWrite().build());
    assertThat(d.isAllowed()).isTrue();
    assertThat(Limits.check(growth, at(NOON).abVariants(6).build()).refusedFeatures())
        .containsExactly(Feature.AB_TEST_VARIANTS);
  }

  @Test
  void apiWrite_refusedOnUnknownAccessLevel() {
    SubscriptionTier odd =
        custom(TierLimits.UNLIMITED, true, 10, true, ApiAccessLevel.of("partner"));
    assertThat(Limits.check(starter(), at(NOON).tier(odd).apiWrite().build()).refusedFeatures())
        .containsExactly(Feature.API_WRITE);
  }

  @ParameterizedTest
  @EnumSource(SendKind.class)
  void statuses_trialAndActiveSend(SendKind kind) {
    Instant start = Instant.parse("2025-11-01T00:00:00Z");
    Instant end = Instant.parse("2025-11-15T00:00:00Z");
    Tenant trial =
        tenant(TenantStatus.TRIAL, SubscriptionTier.STARTER).trialStartDate(start)
            .trialEndDate(end).build();
    assertThat(Limits.check(trial, at(NOON).send(kind).build()).isAllowed()).isTrue();
    assertThat(Limits.check(trial, at(start).send(kind).build()).statusReason()).isEmpty();
    assertThat(Limits.check(trial, at(end.minusNanos(1)).send(kind).build()).statusReason())
        .isEmpty();

    Decision atEnd = Limits.check(trial, at(end).send(kind).build());
    assertThat(atEnd.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(atEnd.statusReason()).hasValue("trial_expired");

    Tenant waived = trial.toBuilder().subscriptionWaived(true).build();
    Instant later = Instant.parse("2026-03-02T10:00:00Z");
    assertThat(Limits.check(waived, at(later).send(kind).build()).isAllowed()).isTrue();
    // A waived trial still has the tier's limits.
    assertThat(Limits.check(waived, at(later).messagesThisPeriod(1000).send(kind).build())
            .violations())
        .isNotEmpty();

    Tenant active = tenant(TenantStatus.ACTIVE, SubscriptionTier.STARTER).build();
    assertThat(Limits.check(active, at(NOON).send(kind).build()).isAllowed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(SendKind.class)
  void statuses_othersRefuseEveryKind(SendKind kind) {
    for (String status : List.of("trial_expired", "suspended", "canceled", "frozen")) {
      Tenant t = tenant(TenantStatus.of(status), SubscriptionTier.ENTERPRISE).build();
      Decision d = Limits.check(t, at(NIGHT).send(kind).build());
      assertThat(d.outcome()).as(status).isEqualTo(Decision.Outcome.REFUSED);
      assertThat(d.statusReason()).as(status).hasValue(status);
      assertThat(d.deferredUntil()).isEmpty();
    }
  }

  @Test
  void status_doesNotRefuseWhatSendsNothing() {
    Tenant suspended = tenant(TenantStatus.SUSPENDED, SubscriptionTier.STARTER).build();
    Decision d = Limits.check(suspended, at(NOON).createProducts(1).build());
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.statusReason()).isEmpty();
  }

  @Test
  void unknownTier_refused() {
    Tenant none = starter().toBuilder().subscriptionTierId(null).build();
    Tenant other = starter().toBuilder().subscriptionTierId(TierId.random()).build();
    for (Tenant t : List.of(none, other)) {
      Decision d = Limits.check(t, at(NOON).send(SendKind.REPLY).build());
      assertThat(d.outcome()).isEqualTo(Decision.Outcome.REFUSED);
      assertThat(d.statusReason()).hasValue("unknown_tier");
      assertThat(d.remaining(Metric.MONTHLY_MESSAGES)).hasValue(0);
      assertThat(d.warnings()).isEmpty();
    }
    // A tier given in the usage stands in for the tenant's.
    assertThat(Limits.check(other, at(NOON).tier(SubscriptionTier.GROWTH).send(SendKind.REPLY)
            .build()).isAllowed())
        .isTrue();
  }

  @Test
  void precedence_brokenLimitInQuietHoursIsRefused() {
    Decision d =
        Limits.check(starter(), at(NIGHT).outboundToday(100).send(SendKind.NOTIFICATION).build());
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(d.deferredUntil()).isEmpty();
    Decision gated =
        Limits.check(starter(), at(NIGHT).send(SendKind.CAMPAIGN, 1).enablePayments().build());
    assertThat(gated.outcome()).isEqualTo(Decision.Outcome.REFUSED);
  }

  @Test
  void precedence_fineNotificationInQuietHoursDeferredToTheEnd() {
    for (SendKind kind : List.of(SendKind.NOTIFICATION, SendKind.CAMPAIGN)) {
      Decision d = Limits.check(starter(), at(NIGHT).send(kind).build());
      assertThat(d.outcome()).isEqualTo(Decision.Outcome.DEFERRED);
      assertThat(d.isAllowed()).isFalse();
      assertThat(d.deferredUntil()).hasValue(MORNING);
      assertThat(d.remaining(Metric.MAX_DAILY_OUTBOUND)).hasValue(100);
    }
    // The quiet hours end at 07:00 exclusive.
    assertThat(Limits.check(starter(), at(MORNING).send(SendKind.NOTIFICATION).build())
            .isAllowed())
        .isTrue();
    assertThat(Limits.check(starter(), at(MORNING.minusNanos(1)).send(SendKind.NOTIFICATION)
            .build()).deferredUntil())
        .hasValue(MORNING);
  }

  @Test
  void precedence_replyInQuietHoursAllowed() {
    Decision d = Limits.check(starter(), at(NIGHT).send(SendKind.REPLY).build());
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.deferredUntil()).isEmpty();
  }

  @Test
  void noQuietHoursWhenAbsentOrEqual() {
    Tenant absent = starter().toBuilder().quietHoursStart(null).build();
    Tenant equal =
        starter().toBuilder().quietHoursStart(LocalTime.NOON).quietHoursEnd(LocalTime.NOON).build();
    for (Tenant t : List.of(absent, equal)) {
      assertThat(Limits.check(t, at(NIGHT).send(SendKind.NOTIFICATION).build()).isAllowed())
          .isTrue();
    }
  }

  @Test
  void missingZone_treatedAsUtc() {
    Tenant noZone = starter().toBuilder().timezone(null).build();
    // 20:00 UTC is before 21:00: not quiet in UTC (it would be in Nairobi).
    Decision d = Limits.check(noZone, at(NIGHT).send(SendKind.NOTIFICATION).build());
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.zone()).isEqualTo(java.time.ZoneOffset.UTC);
    Decision late =
        Limits.check(
            noZone, at(Instant.parse("2025-11-03T22:00:00Z")).send(SendKind.NOTIFICATION).build());
    assertThat(late.deferredUntil()).hasValue(Instant.parse("2025-11-04T07:00:00Z"));
    assertThat(late.resetsAt(Metric.MAX_DAILY_OUTBOUND))
        .hasValue(Instant.parse("2025-11-04T00:00:00Z"));
  }

  @Test
  void warnings_atExactly80Percent() {
    Decision at80 =
        Limits.check(starter(), at(NOON).messagesThisPeriod(799).send(SendKind.REPLY).build());
    assertThat(at80.warnings()).containsExactly(Metric.MONTHLY_MESSAGES);
    Decision below =
        Limits.check(starter(), at(NOON).messagesThisPeriod(798).send(SendKind.REPLY).build());
    assertThat(below.warnings()).isEmpty();
    Decision daily =
        Limits.check(starter(), at(NOON).outboundToday(79).send(SendKind.NOTIFICATION).build());
    assertThat(daily.warnings()).containsExactly(Metric.MAX_DAILY_OUTBOUND);
    Decision custom =
        Limits.check(
            starter(),
            at(NOON).messagesThisPeriod(899).warningShare(0.9).send(SendKind.REPLY).build());
    assertThat(custom.warnings()).containsExactly(Metric.MONTHLY_MESSAGES);
    // Untouched metrics never warn, however full.
    assertThat(Limits.check(starter(), at(NOON).products(100).send(SendKind.REPLY).build())
            .warnings())
        .isEmpty();
    // 0.7 × 10 is 7 exactly, though 0.7 × 10 in double is 7.000000000000001.
    Decision services =
        Limits.check(starter(), at(NOON).services(6).createServices(1).warningShare(0.7).build());
    assertThat(services.warnings()).containsExactly(Metric.MAX_SERVICES);
  }

  @Test
  void resetsAt_dailyAtNextLocalMidnightAndPeriodEnd() {
    BillingSchedule schedule =
        new BillingSchedule(LocalDate.of(2025, 10, 15), BillingCycle.MONTHLY);
    Decision d =
        Limits.check(starter(), at(NOON).billing(schedule).send(SendKind.REPLY).build());
    assertThat(d.resetsAt(Metric.MAX_DAILY_OUTBOUND))
        .hasValue(Instant.parse("2025-11-03T21:00:00Z"));
    assertThat(d.resetsAt(Metric.MONTHLY_MESSAGES))
        .hasValue(Instant.parse("2025-11-14T21:00:00Z"));
    assertThat(d.resetsAt(Metric.MAX_CAMPAIGN_SENDS))
        .hasValue(Instant.parse("2025-11-14T21:00:00Z"));
    assertThat(d.resetsAt(Metric.MAX_PRODUCTS)).isEmpty();
    assertThat(d.resetsAt(Metric.MAX_SERVICES)).isEmpty();

    Decision noBilling = Limits.check(starter(), at(NOON).send(SendKind.REPLY).build());
    assertThat(noBilling.resetsAt(Metric.MONTHLY_MESSAGES)).isEmpty();
    // 23:30 local on the last day of the period: the reset is half an hour away.
    Decision lastDay =
        Limits.check(
            starter(),
            at(Instant.parse("2025-11-14T20:30:00Z")).billing(schedule).send(SendKind.REPLY)
                .build());
    assertThat(lastDay.resetsAt(Metric.MONTHLY_MESSAGES))
        .hasValue(Instant.parse("2025-11-14T21:00:00Z"));
    // Before the schedule starts, the counters start with its first period.
    Decision early =
        Limits.check(
            starter(),
            at(NOON).billing(new BillingSchedule(LocalDate.of(2025, 12, 1), BillingCycle.YEARLY))
                .build());
    assertThat(early.resetsAt(Metric.MONTHLY_MESSAGES))
        .hasValue(Instant.parse("2025-11-30T21:00:00Z"));
  }

  @Test
  void everyReasonAtOnce() {
    Tenant t =
        tenant(TenantStatus.TRIAL, SubscriptionTier.STARTER)
            .trialEndDate(Instant.parse("2025-11-01T00:00:00Z"))
            .build();
    Usage usage =
        at(NIGHT)
            .messagesThisPeriod(1000)
            .outboundToday(100)
            .campaignSendsThisPeriod(500)
            .products(100)
            .services(10)
            .send(SendKind.CAMPAIGN, 2)
            .createProducts(1)
            .createServices(1)
            .abVariants(3)
            .enablePayments()
            .enableCustomBranding()
            .apiWrite()
            .build();
    Decision d = Limits.check(t, usage);
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(d.statusReason()).hasValue("trial_expired");
    assertThat(d.violations())
        .containsExactly(
            new LimitViolation(Metric.MONTHLY_MESSAGES, 1000, 1000, 2),
            new LimitViolation(Metric.MAX_DAILY_OUTBOUND, 100, 100, 2),
            new LimitViolation(Metric.MAX_CAMPAIGN_SENDS, 500, 500, 2),
            new LimitViolation(Metric.MAX_PRODUCTS, 100, 100, 1),
            new LimitViolation(Metric.MAX_SERVICES, 10, 10, 1));
    assertThat(d.refusedFeatures()).containsExactly(Feature.values());
    assertThat(d.warnings()).containsExactly(Metric.values());
    for (Metric m : Metric.values()) {
      assertThat(d.remaining(m)).hasValue(0);
    }

    assertThatThrownBy(() -> Limits.enforce(t, usage))
        .isInstanceOf(QuotaExceededException.class)
        .isInstanceOf(WabotiqException.class)
        .hasMessageContaining("trial_expired")
        .hasMessageContaining("monthly_messages limit 1000 used 1000 requested 2")
        .hasMessageContaining("max_services")
        .hasMessageContaining("payment_facilitation")
        .hasMessageContaining("api_write")
        .satisfies(e -> assertThat(((QuotaExceededException) e).decision().violations())
            .hasSize(5));
  }

  @Test
  void enforce_returnsAllowedAndDeferred() {
    assertThat(Limits.enforce(starter(), at(NOON).send(SendKind.REPLY).build()).isAllowed())
        .isTrue();
    assertThat(Limits.enforce(starter(), at(NIGHT).send(SendKind.NOTIFICATION).build())
            .deferredUntil())
        .hasValue(MORNING);
  }

  @Test
  void decisionLists_areImmutable() {
    Decision d =
        Limits.check(starter(), at(NOON).messagesThisPeriod(1000).enablePayments()
            .send(SendKind.REPLY).build());
    assertThatThrownBy(() -> d.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.refusedFeatures().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void usage_rejectsBadInput() {
    Usage.Builder b = Usage.at(NOON);
    assertThatThrownBy(() -> b.messagesThisPeriod(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.send(SendKind.REPLY, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.send(SendKind.NOTIFICATION, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.send(SendKind.CAMPAIGN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.warningShare(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.warningShare(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Usage.at(null)).isInstanceOf(NullPointerException.class);
    assertThat(b.build().warningShare()).isEqualTo(0.8);
    assertThat(b.build().at()).isEqualTo(NOON);
    assertThat(Metric.MAX_DAILY_OUTBOUND.limitName()).isEqualTo("max_daily_outbound");
  }

  @Test
  void quietHoursAtAnInstantWithoutALocalDate_isATypedError() {
    for (Instant edge : new Instant[] {Instant.MAX, Instant.MIN}) {
      Usage notification = Usage.at(edge).send(SendKind.NOTIFICATION).build();
      assertThatThrownBy(() -> Limits.check(starter(), notification))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("at (" + edge + ") must have a tenant-local date in Africa/Nairobi");
    }
    // A reply places no quiet hours, so it needs no local date and is decided.
    assertThat(Limits.check(starter(), Usage.at(Instant.MAX).send(SendKind.REPLY).build())
        .isAllowed()).isTrue();
  }

  static SubscriptionTier custom(
      TierLimits limits, boolean payments, int variants, boolean branding, ApiAccessLevel api) {
    return new SubscriptionTier(
        null,
        "Custom",
        BigDecimal.ONE,
        BigDecimal.TEN,
        java.util.Currency.getInstance("USD"),
        limits,
        new TierFeatures(payments, BigDecimal.ZERO, variants, false, branding, api));
  }
}
