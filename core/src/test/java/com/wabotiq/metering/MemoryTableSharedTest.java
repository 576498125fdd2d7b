package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.CAMPAIGNS;
import static com.wabotiq.metering.MeterFixtures.DAILY;
import static com.wabotiq.metering.MeterFixtures.DAY;
import static com.wabotiq.metering.MeterFixtures.MESSAGES;
import static com.wabotiq.metering.MeterFixtures.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.TenantSdk;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.tenant.Tenant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The facade's in-memory meter counts in {@link UsageMeter#inMemory()}'s table, and {@link
 * TenantSdk#usageCounters()} reads and writes those very counters: what one side adds the other
 * sees, and racing meter consumes and SPI adds on one counter never pass its limit together.
 */
class MemoryTableSharedTest {
  @Test
  void facadeInMemory_meterAndUsageCounters_shareEveryTotal() {
    TenantSdk sdk = TenantSdk.inMemory();
    UsageMeter meter = sdk.usageMeter();
    UsageCounters counters = sdk.usageCounters();
    Tenant tenant = MeterFixtures.tenant("Shared");
    String id = tenant.id().value();
    SubscriptionTier tier = MeterFixtures.thousandMessages();

    assertThat(meter.consume(tenant, MeterFixtures.reply(tier)).isConsumed()).isTrue();
    assertThat(counters.get(id, MESSAGES, MONTH)).isOne();

    AddResult seeded =
        counters.addIfWithinLimits(id, List.of(new CounterDelta(MESSAGES, MONTH, 998, 1_000)));
    assertThat(seeded.applied()).isTrue();
    assertThat(seeded.totals()).containsExactly(999L);

    Consumption thousandth = meter.consume(tenant, MeterFixtures.reply(tier));
    Consumption refused = meter.consume(tenant, MeterFixtures.reply(tier));
    assertThat(thousandth.isConsumed()).isTrue();
    assertThat(refused.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(refused.reasons()).isEqualTo("monthly_messages limit 1000 used 1000 requested 1");

    meter.refund(thousandth);
    assertThat(counters.get(id, MESSAGES, MONTH)).isEqualTo(999);
    counters.refund(id, List.of(new CounterDelta(MESSAGES, MONTH, 10, CounterDelta.UNLIMITED)));
    assertThat(meter.counters(tenant, MeterFixtures.NOON, null).messagesThisPeriod())
        .isEqualTo(989);
    assertThat(meter.toString()).isEqualTo("UsageMeter[memory, StoreDownPolicy[fail-closed]]");
  }

  @Test
  void meterConsumesAndSpiAdds_racingOnOneCounter_neverPassTheLimit() throws Exception {
    UsageMeter meter = UsageMeter.inMemory();
    UsageCounters counters = meter.usageCounters();
    Tenant tenant = MeterFixtures.tenant("Race");
    String id = tenant.id().value();
    SubscriptionTier tier = MeterFixtures.tier(3_000L, 3_000L, 3_000L);
    AtomicLong admitted = new AtomicLong();

    Race.run(4, thread -> {
      for (int i = 0; i < 2_000; i++) {
        boolean added;
        switch (thread) {
          case 0 -> added = meter.consume(tenant, MeterFixtures.reply(tier)).isConsumed();
          case 1 -> added = meter.consume(tenant, MeterFixtures.campaign(tier, 1)).isConsumed();
          case 2 -> added = counters.addIfWithinLimits(id, List.of(
                  new CounterDelta(MESSAGES, MONTH, 1, 3_000))).applied();
          default -> added = counters.addIfWithinLimits(id, List.of(
                  // the campaign's counters named in the reverse of the meter's order
                  new CounterDelta(CAMPAIGNS, MONTH, 1, 3_000),
                  new CounterDelta(DAILY, DAY, 1, 3_000),
                  new CounterDelta(MESSAGES, MONTH, 1, 3_000))).applied();
        }
        if (added) {
          admitted.incrementAndGet();
        }
      }
    });

    assertThat(admitted.get()).isEqualTo(3_000);
    assertThat(counters.get(id, MESSAGES, MONTH)).isEqualTo(3_000);
    assertThat(counters.get(id, DAILY, DAY)).isEqualTo(counters.get(id, CAMPAIGNS, MONTH));
  }
}
