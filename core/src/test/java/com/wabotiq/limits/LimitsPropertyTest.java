package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link Limits#check} with a reference written here independently, in BigInteger
 * arithmetic, on random tiers, counters, requests, statuses, deletion times and dates, outside quiet hours.
 */
@SuppressWarnings("EnumOrdinal") // picks a random send kind by index
class LimitsPropertyTest {
  private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
  /** 09:00 in Nairobi; the random instants fall in the following eight hours. */
  private static final Instant DAY = Instant.parse("2025-11-03T06:00:00Z");

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void checkAgreesWithTheReference(long seed) {
    Random r = new Random(seed);
    Instant at = DAY.plusSeconds(r.nextInt(8 * 3600));

    // The tier: a random one in the usage, a built-in one by id, or none that is known.
    int tierChoice = r.nextInt(10);
    SubscriptionTier tier;
    TierId tenantTierId;
    boolean tierInUsage;
    if (tierChoice < 7) {
      tier = randomTier(r);
      tierInUsage = true;
      tenantTierId = r.nextBoolean() ? TierId.random() : null;
    } else if (tierChoice < 9) {
      tier = SubscriptionTier.builtIns().get(r.nextInt(3));
      tierInUsage = false;
      tenantTierId = tier.id();
    } else {
      tier = null;
      tierInUsage = false;
      tenantTierId = r.nextBoolean() ? TierId.random() : null;
    }

    // The tenant.
    TenantStatus status =
        List.of(
                TenantStatus.TRIAL,
                TenantStatus.TRIAL,
                TenantStatus.ACTIVE,
                TenantStatus.ACTIVE,
                TenantStatus.TRIAL_EXPIRED,
                TenantStatus.SUSPENDED,
                TenantStatus.CANCELED,
                TenantStatus.of("paused"))
            .get(r.nextInt(8));
    Boolean waived = List.of(Boolean.TRUE, Boolean.FALSE).get(r.nextInt(2));
    if (r.nextInt(4) == 0) {
      waived = null;
    }
    Instant trialEnd =
        switch (r.nextInt(4)) {
          case 0 -> null;
          case 1 -> at;
          default -> at.plusSeconds(r.nextInt(200_000) - 100_000L);
        };
    boolean quiet = r.nextBoolean();
    Instant deletedAt =
        switch (r.nextInt(6)) {
          case 0 -> at;
          case 1 -> at.plusSeconds(r.nextInt(200_000) - 100_000L);
          default -> null;
        };
    Tenant tenant =
        Tenant.builder()
            .id(TenantId.random())
            .name("T")
            .slug("t")
            .status(status)
            .subscriptionTierId(tenantTierId)
            .subscriptionWaived(waived)
            .trialStartDate(trialEnd == null ? null : trialEnd.minusSeconds(14 * 86400))
            .trialEndDate(trialEnd)
            .timezone(NAIROBI)
            .quietHoursStart(quiet ? LocalTime.of(22, 0) : null)
            .quietHoursEnd(quiet ? LocalTime.of(6, 0) : null)
            .deletedAt(deletedAt)
            .build();

    // The usage.
    TierLimits limits = tier == null ? TierLimits.UNLIMITED : tier.limits();
    Map<Metric, Long> used = new EnumMap<>(Metric.class);
    used.put(Metric.MONTHLY_MESSAGES, count(r, limits.monthlyMessages()));
    used.put(Metric.MAX_DAILY_OUTBOUND, count(r, limits.maxDailyOutbound()));
    used.put(Metric.MAX_CAMPAIGN_SENDS, count(r, limits.maxCampaignSends()));
    used.put(Metric.MAX_PRODUCTS, count(r, limits.maxProducts()));
    used.put(Metric.MAX_SERVICES, count(r, limits.maxServices()));
    SendKind kind = r.nextInt(5) == 0 ? null : SendKind.values()[r.nextInt(3)];
    long recipients = kind == SendKind.CAMPAIGN ? amount(r) : 1;
    long createProducts = r.nextBoolean() ? 0 : amount(r);
    long createServices = r.nextBoolean() ? 0 : amount(r);
    int abVariants = r.nextBoolean() ? 0 : r.nextInt(13);
    boolean payments = r.nextInt(3) == 0;
    boolean branding = r.nextInt(3) == 0;
    boolean apiWrite = r.nextInt(3) == 0;
    double share = new double[] {0.8, 0.5, 0.9, 1.0, 0.75, 0.333, 0.01}[r.nextInt(7)];

    Usage.Builder builder =
        Usage.at(at)
            .messagesThisPeriod(used.get(Metric.MONTHLY_MESSAGES))
            .outboundToday(used.get(Metric.MAX_DAILY_OUTBOUND))
            .campaignSendsThisPeriod(used.get(Metric.MAX_CAMPAIGN_SENDS))
            .products(used.get(Metric.MAX_PRODUCTS))
            .services(used.get(Metric.MAX_SERVICES))
            .createProducts(createProducts)
            .createServices(createServices)
            .abVariants(abVariants)
            .warningShare(share);
    if (tierInUsage) {
      builder.tier(tier);
    }
    if (kind != null) {
      builder.send(kind, recipients);
    }
    if (payments) {
      builder.enablePayments();
    }
    if (branding) {
      builder.enableCustomBranding();
    }
    if (apiWrite) {
      builder.apiWrite();
    }
    Usage usage = builder.build();

    Decision decision = Limits.check(tenant, usage);

    // The reference.
    Map<Metric, Long> requested = new EnumMap<>(Metric.class);
    requested.put(Metric.MONTHLY_MESSAGES, kind == null ? 0 : recipients);
    requested.put(
        Metric.MAX_DAILY_OUTBOUND,
        kind == SendKind.NOTIFICATION || kind == SendKind.CAMPAIGN ? recipients : 0);
    requested.put(Metric.MAX_CAMPAIGN_SENDS, kind == SendKind.CAMPAIGN ? recipients : 0);
    requested.put(Metric.MAX_PRODUCTS, createProducts);
    requested.put(Metric.MAX_SERVICES, createServices);

    String reason = null;
    if (deletedAt != null && at.compareTo(deletedAt) >= 0) {
      reason = "tenant_deleted";
    } else if (kind != null) {
      boolean expiredByDate =
          status.equals(TenantStatus.TRIAL)
              && !Boolean.TRUE.equals(waived)
              && trialEnd != null
              && at.compareTo(trialEnd) >= 0;
      if (expiredByDate) {
        reason = "trial_expired";
      } else if (!status.equals(TenantStatus.TRIAL) && !status.equals(TenantStatus.ACTIVE)) {
        reason = status.wireValue();
      }
    }

    if (tier == null) {
      assertThat(decision.outcome()).isEqualTo(Decision.Outcome.REFUSED);
      assertThat(decision.statusReason()).hasValue(reason == null ? "unknown_tier" : reason);
      assertThat(decision.violations()).isEmpty();
      assertThat(decision.refusedFeatures()).isEmpty();
      for (Metric m : Metric.values()) {
        assertThat(decision.remaining(m)).hasValue(0);
      }
      return;
    }

    Set<Metric> violated = EnumSet.noneOf(Metric.class);
    for (Metric m : Metric.values()) {
      Long limit = limitOf(limits, m);
      BigInteger after =
          BigInteger.valueOf(used.get(m)).add(BigInteger.valueOf(requested.get(m)));
      if (requested.get(m) > 0 && limit != null && after.compareTo(BigInteger.valueOf(limit)) > 0) {
        violated.add(m);
      }
    }
    TierFeatures f = tier.features();
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    if (payments && !f.paymentFacilitation()) {
      features.add(Feature.PAYMENT_FACILITATION);
    }
    if (abVariants > f.abTestVariants()) {
      features.add(Feature.AB_TEST_VARIANTS);
    }
    if (branding && !f.customBranding()) {
      features.add(Feature.CUSTOM_BRANDING);
    }
    if (apiWrite && !"full".equals(f.apiAccess().wireValue())) {
      features.add(Feature.API_WRITE);
    }
    boolean refused = reason != null || !violated.isEmpty() || !features.isEmpty();

    assertThat(decision.outcome())
        .isEqualTo(refused ? Decision.Outcome.REFUSED : Decision.Outcome.ALLOWED);
    assertThat(decision.deferredUntil()).isEmpty();
    assertThat(decision.statusReason().orElse(null)).isEqualTo(reason);
    List<Metric> violatedMetrics = new ArrayList<>();
    decision.violations().forEach(v -> violatedMetrics.add(v.metric()));
    assertThat(violatedMetrics).containsExactlyElementsOf(violated);
    for (LimitViolation v : decision.violations()) {
      assertThat(v.used()).isEqualTo(used.get(v.metric()));
      assertThat(v.requested()).isEqualTo(requested.get(v.metric()));
      assertThat(v.limit()).isEqualTo(limitOf(limits, v.metric()));
    }
    assertThat(decision.refusedFeatures()).containsExactlyElementsOf(features);

    List<Metric> warnings = new ArrayList<>();
    for (Metric m : Metric.values()) {
      Long limit = limitOf(limits, m);
      OptionalLong remaining = decision.remaining(m);
      if (limit == null) {
        assertThat(remaining).as(m.limitName()).isEmpty();
        continue;
      }
      BigInteger left =
          BigInteger.valueOf(limit)
              .subtract(BigInteger.valueOf(used.get(m)))
              .subtract(BigInteger.valueOf(refused ? 0 : requested.get(m)))
              .max(BigInteger.ZERO);
      assertThat(remaining).as(m.limitName()).hasValue(left.longValueExact());
      BigDecimal after =
          new BigDecimal(BigInteger.valueOf(used.get(m)).add(BigInteger.valueOf(requested.get(m))));
      BigDecimal threshold = new BigDecimal(Double.toString(share)).multiply(BigDecimal.valueOf(limit));
      if (requested.get(m) > 0 && after.compareTo(threshold) >= 0) {
        warnings.add(m);
      }
    }
    assertThat(decision.warnings()).containsExactlyElementsOf(warnings);
  }

  private static SubscriptionTier randomTier(Random r) {
    TierLimits limits =
        new TierLimits(limit(r), limit(r), limit(r), limit(r), limit(r));
    ApiAccessLevel api =
        List.of(ApiAccessLevel.READ, ApiAccessLevel.FULL, ApiAccessLevel.of("partner"))
            .get(r.nextInt(3));
    TierFeatures features =
        new TierFeatures(r.nextBoolean(), BigDecimal.ZERO, r.nextInt(11), false, r.nextBoolean(), api);
    return new SubscriptionTier(
        null, "Random", BigDecimal.ONE, BigDecimal.TEN, Currency.getInstance("USD"), limits,
        features);
  }

  private static Long limit(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> null;
      case 1 -> 0L;
      case 2 -> Long.MAX_VALUE - r.nextInt(3);
      case 3 -> (long) r.nextInt(1_000_000);
      case 4 -> (long) r.nextInt(200);
      default -> r.nextLong() & Long.MAX_VALUE;
    };
  }

  /** A counter: often near the limit, sometimes far from it, sometimes near Long.MAX_VALUE. */
  private static long count(Random r, Long limit) {
    return switch (r.nextInt(5)) {
      case 0 -> 0;
      case 1 -> Long.MAX_VALUE - r.nextInt(3);
      case 2 -> r.nextInt(300);
      default -> {
        if (limit == null) {
          yield r.nextLong() & Long.MAX_VALUE;
        }
        long near = limit - 3 + r.nextInt(7);
        yield near < 0 ? 0 : near;
      }
    };
  }

  private static long amount(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> 1 + r.nextInt(3);
      case 1 -> Long.MAX_VALUE - r.nextInt(3);
      case 2 -> 1 + (r.nextLong() & (Long.MAX_VALUE - 1)) % Long.MAX_VALUE;
      default -> 1 + r.nextInt(500);
    };
  }

  private static Long limitOf(TierLimits limits, Metric m) {
    return switch (m) {
      case MONTHLY_MESSAGES -> limits.monthlyMessages();
      case MAX_DAILY_OUTBOUND -> limits.maxDailyOutbound();
      case MAX_CAMPAIGN_SENDS -> limits.maxCampaignSends();
      case MAX_PRODUCTS -> limits.maxProducts();
      case MAX_SERVICES -> limits.maxServices();
    };
  }
}
