package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.MESSAGES;
import static com.wabotiq.metering.MeterFixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.TenantSdk;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.NewTenant;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A soft-deleted tenant consumes nothing: from its {@code deleted_at} on, every consume is refused
 * with {@code tenant_deleted} and no counter moves, on the in-memory table, on a storage adapter's
 * counters and through the facade. (The same on PostgreSQL: {@code PostgresMeterConcurrencyTest}.)
 */
class DeletedTenantMeterTest {
  private static final SubscriptionTier TIER = MeterFixtures.tier(1_000L, 500L, 100L);

  /** A meter and the counters it counts in. */
  record Metered(String name, UsageMeter meter, UsageCounters counters) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> meters() {
    UsageMeter memory = UsageMeter.inMemory();
    UsageCounters spi = InMemoryStorage.create().counters();
    TenantSdk sdk = TenantSdk.inMemory();
    return Stream.of(
        Arguments.of(new Metered("UsageMeter.inMemory()", memory, memory.usageCounters())),
        Arguments.of(new Metered("store counters", UsageMeter.builder().counters(spi).build(), spi)),
        Arguments.of(new Metered("TenantSdk.inMemory()", sdk.usageMeter(), sdk.usageCounters())));
  }

  static List<Usage> everyKindOfRequest() {
    return List.of(
        Usage.at(NOON).tier(TIER).send(SendKind.REPLY).build(),
        Usage.at(NOON).tier(TIER).send(SendKind.NOTIFICATION).build(),
        Usage.at(NOON).tier(TIER).send(SendKind.CAMPAIGN, 3).build(),
        Usage.at(NOON).tier(TIER).createProducts(2).build(),
        Usage.at(NOON).tier(TIER).createServices(1).createProducts(1).build(),
        Usage.at(NOON).tier(TIER).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("meters")
  void deletedAtTheRequestsInstant_everyConsumeRefused_nothingCounted(Metered m) {
    Tenant deleted = MeterFixtures.tenant("Gone").toBuilder().deletedAt(NOON).build();

    for (Usage request : everyKindOfRequest()) {
      Consumption c = m.meter().consume(deleted, request);

      assertThat(c.outcome()).as(request::toString).isEqualTo(Decision.Outcome.REFUSED);
      assertThat(c.isConsumed()).as(request::toString).isFalse();
      assertThat(c.decision().statusReason()).as(request::toString).hasValue(Limits.TENANT_DELETED);
      assertThat(c.reasons()).as(request::toString).startsWith("status tenant_deleted");
    }
    assertThat(m.meter().counters(deleted, NOON, null))
        .extracting(Usage::messagesThisPeriod, Usage::outboundToday,
            Usage::campaignSendsThisPeriod, Usage::products, Usage::services)
        .containsOnly(0L);
    assertThat(m.counters().get(deleted.id().value(), MESSAGES, MeterFixtures.MONTH)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("meters")
  void deletedOneNanosecondAfterTheRequest_consumed(Metered m) {
    Tenant deleted = MeterFixtures.tenant("Going").toBuilder().deletedAt(NOON.plusNanos(1)).build();

    Consumption c = m.meter().consume(deleted, Usage.at(NOON).tier(TIER).send(SendKind.REPLY).build());

    assertThat(c.isConsumed()).isTrue();
    assertThat(m.counters().get(deleted.id().value(), MESSAGES, MeterFixtures.MONTH)).isOne();
  }

  @Test
  void facade_afterSoftDelete_theStoredTenantConsumesNothing() {
    Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);
    TenantSdk sdk = TenantSdk.builder().storage(InMemoryStorage.create()).clock(clock).build();
    Tenant tenant = sdk.createTenant(NewTenant.builder("Acme", MeterFixtures.NAIROBI).build());
    Usage reply = Usage.at(NOON).tier(TIER).send(SendKind.REPLY).build();
    assertThat(sdk.usageMeter().consume(tenant, reply).isConsumed()).isTrue();

    Tenant deleted = sdk.softDelete(tenant.id());
    Supplier<Long> counted =
        () -> sdk.usageCounters().get(tenant.id().value(), MESSAGES, MeterFixtures.MONTH);
    Consumption after = sdk.usageMeter().consume(deleted, reply);

    assertThat(after.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(after.decision().statusReason()).hasValue("tenant_deleted");
    assertThat(after.decision().remaining(Metric.MONTHLY_MESSAGES)).hasValue(999);
    assertThat(counted.get()).isOne();
  }
}
