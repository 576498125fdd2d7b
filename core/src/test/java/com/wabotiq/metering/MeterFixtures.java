package com.wabotiq.metering;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** Shared values of the meter tests: tenants, custom tiers, requests and counter keys. */
final class MeterFixtures {
  static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

  /** 13:00 on Monday 2025-11-03 in Nairobi: outside the 21:00 to 07:00 quiet hours. */
  static final Instant NOON = Instant.parse("2025-11-03T10:00:00Z");

  /** 23:00 on 2025-11-03 in Nairobi: inside the quiet hours. */
  static final Instant NIGHT = Instant.parse("2025-11-03T20:00:00Z");

  /** The calendar month of {@link #NOON} in Nairobi: the key of the per-period counters. */
  static final String MONTH = "2025-11-01";

  /** The Nairobi date of {@link #NOON}: the key of the daily outbound counter. */
  static final String DAY = "2025-11-03";

  static final String MESSAGES = Metric.MONTHLY_MESSAGES.limitName();
  static final String DAILY = Metric.MAX_DAILY_OUTBOUND.limitName();
  static final String CAMPAIGNS = Metric.MAX_CAMPAIGN_SENDS.limitName();

  private MeterFixtures() {}

  /** A tier with these limits (null = unlimited), every feature off. */
  static SubscriptionTier tier(
      @Nullable Long monthlyMessages,
      @Nullable Long maxCampaignSends,
      @Nullable Long maxDailyOutbound) {
    return new SubscriptionTier(
        null,
        "Test " + monthlyMessages + "/" + maxCampaignSends + "/" + maxDailyOutbound,
        new BigDecimal("1.00"),
        new BigDecimal("10.00"),
        Currency.getInstance("USD"),
        new TierLimits(monthlyMessages, null, null, maxCampaignSends, maxDailyOutbound),
        new TierFeatures(false, BigDecimal.ZERO, 2, false, false, ApiAccessLevel.READ));
  }

  /** A tier of 1,000 monthly messages and nothing else limited. */
  static SubscriptionTier thousandMessages() {
    return tier(1_000L, null, null);
  }

  /** An active tenant in Nairobi without quiet hours and without a tier of its own. */
  static Tenant tenant(String name) {
    return Tenant.builder()
        .id(TenantId.random())
        .name(name)
        .slug(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
        .status(TenantStatus.ACTIVE)
        .timezone(NAIROBI)
        .build();
  }

  /** An active tenant in Nairobi whose quiet hours run from 21:00 to 07:00. */
  static Tenant quietTenant(String name) {
    return tenant(name).toBuilder()
        .quietHoursStart(LocalTime.of(21, 0))
        .quietHoursEnd(LocalTime.of(7, 0))
        .build();
  }

  /** One reply at {@link #NOON} on a tier. */
  static Usage reply(SubscriptionTier tier) {
    return Usage.at(NOON).send(SendKind.REPLY).tier(tier).build();
  }

  /** A campaign to {@code recipients} at {@link #NOON} on a tier. */
  static Usage campaign(SubscriptionTier tier, long recipients) {
    return Usage.at(NOON).send(SendKind.CAMPAIGN, recipients).tier(tier).build();
  }

  /** A counter of {@link #MONTH} or {@link #DAY}, whichever its metric counts by. */
  static long counter(UsageCounters counters, Tenant tenant, String metric) {
    return counters.get(tenant.id().value(), metric, metric.equals(DAILY) ? DAY : MONTH);
  }
}
