package com.wabotiq.metering;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An unlimited counter cannot go past {@link Long#MAX_VALUE}: the request that would take it there
 * is refused on the store's basis with a reason saying so, on both kinds of meter, and nothing is
 * added; the total stays exactly where it was.
 */
class UsageMeterOverflowTest {
  private static final Instant AT = Instant.parse("2025-11-20T09:00:00Z");
  private static final long HALF = 1L << 62;

  static Stream<UsageMeter> meters() {
    return Stream.of(
        UsageMeter.inMemory(),
        UsageMeter.builder().counters(InMemoryStorage.create().counters()).build());
  }

  @ParameterizedTest
  @MethodSource("meters")
  void unlimitedCounter_refusesTheRequestThatWouldPassLongMax(UsageMeter meter) {
    SubscriptionTier unlimited =
        new SubscriptionTier(
            null,
            "Unlimited",
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            SubscriptionTier.STARTER.currency(),
            TierLimits.UNLIMITED,
            new TierFeatures(true, BigDecimal.ONE, 3, true, true, ApiAccessLevel.FULL));
    Tenant tenant =
        Tenant.builder()
            .id(TenantId.random())
            .name("Big")
            .slug("big")
            .status(TenantStatus.ACTIVE)
            .timezone(ZoneOffset.UTC)
            .build();
    Usage half = Usage.at(AT).tier(unlimited).send(SendKind.CAMPAIGN, HALF).build();

    Consumption first = meter.consume(tenant, half);
    Consumption second = meter.consume(tenant, half);

    assertThat(first.isAllowed()).isTrue();
    assertThat(second.outcome()).isSameAs(Decision.Outcome.REFUSED);
    assertThat(second.basis()).isSameAs(Consumption.Basis.STORE);
    assertThat(second.isConsumed()).isFalse();
    assertThat(second.reasons()).isEqualTo("a counter's total would pass " + Long.MAX_VALUE);
    assertThat(second.decision().violations()).isEmpty();
    assertThat(second.decision().usage().messagesThisPeriod()).isEqualTo(HALF);

    // The first half is still all there is: one less than half more fits exactly.
    Consumption rest = meter.consume(tenant,
        Usage.at(AT).tier(unlimited).send(SendKind.CAMPAIGN, Long.MAX_VALUE - HALF).build());
    assertThat(rest.isAllowed()).as(rest.reasons()).isTrue();
    assertThat(rest.decision().usage().messagesThisPeriod()).isEqualTo(HALF);
    assertThat(List.of(Metric.MONTHLY_MESSAGES, Metric.MAX_DAILY_OUTBOUND))
        .allSatisfy(m -> assertThat(rest.remaining(m)).isEmpty());
  }
}
