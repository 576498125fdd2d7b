package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.CAMPAIGNS;
import static com.wabotiq.metering.MeterFixtures.DAILY;
import static com.wabotiq.metering.MeterFixtures.MESSAGES;
import static com.wabotiq.metering.MeterFixtures.reply;
import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.tenant.Tenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * {@link UsageMeter#inMemory()} under 16 racing threads released by one start gate: a limit of
 * 1,000 admits exactly 1,000; multi-counter campaigns take from all their counters or none and
 * never pass a limit; consume/refund races end at admitted minus refunded; a consumption refunded
 * by many threads at once is refunded exactly once; and many tenants metered in parallel never see
 * each other's units. The counters are read back through the meter itself (a probe refused on the
 * request alone reads them without consuming), independently of the racing consumptions.
 */
class InMemoryMeterConcurrencyTest {
  private static final int THREADS = 16;

  @Test
  void replies_sixteenThreads_admitExactlyTheLimit() throws Exception {
    UsageMeter meter = UsageMeter.inMemory();
    MeterRaces.repliesAdmitExactlyTheLimit(THREADS, 3_000, t -> meter, MeterRaces.probing(meter));
  }

  @Test
  void campaigns_randomSizesOnThreeCounters_neverPassALimitAndStayInStep() throws Exception {
    UsageMeter meter = UsageMeter.inMemory();
    MeterRaces.campaignsKeepEveryCounterInStep(
        THREADS, 4_000, t -> meter, MeterRaces.probing(meter));
  }

  @Test
  void consumeAndRefund_racing_counterEndsAtAdmittedMinusRefunded() throws Exception {
    UsageMeter meter = UsageMeter.inMemory();
    MeterRaces.consumesAndRefundsEndAtAdmittedMinusRefunded(
        THREADS, 6_000, t -> meter, MeterRaces.probing(meter));
  }

  @Test
  void refund_sixteenThreadsRefundingTheSameConsumptions_eachRefundedExactlyOnce()
      throws Exception {
    UsageMeter meter = UsageMeter.inMemory();
    SubscriptionTier tier = tier(null, null, null);
    Tenant tenant = tenant("Double Refund");
    List<Consumption> made = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      made.add(meter.consume(tenant, Usage.at(MeterFixtures.NOON)
          .send(SendKind.CAMPAIGN, 3).tier(tier).build()));
    }
    MeterRaces.Counters counters = MeterRaces.probing(meter);
    assertThat(counters.used(tenant, CAMPAIGNS)).isEqualTo(3_000);
    AtomicInteger refunds = new AtomicInteger();
    AtomicInteger refusals = new AtomicInteger();
    Race.run(THREADS, thread -> {
      List<Consumption> mine = new ArrayList<>(made);
      Collections.shuffle(mine, new Random(thread));
      for (Consumption c : mine) {
        try {
          meter.refund(c);
          refunds.incrementAndGet();
        } catch (IllegalStateException e) {
          assertThat(e).hasMessageContaining("already refunded");
          refusals.incrementAndGet();
        }
      }
    });
    assertThat(refunds).hasValue(1_000);
    assertThat(refusals).hasValue((THREADS - 1) * 1_000);
    assertThat(counters.used(tenant, MESSAGES)).isZero();
    assertThat(counters.used(tenant, DAILY)).isZero();
    assertThat(counters.used(tenant, CAMPAIGNS)).isZero();
  }

  /**
   * Forty tenants, each on a tier of its own limit (10 to 49 messages), are metered by sixteen
   * threads in a shuffled stream of three times each tenant's limit: every tenant gets exactly its
   * own limit, and a tenant nobody metered reads zero, so no unit landed on another tenant.
   */
  @Test
  void manyTenants_inParallel_neverSeeEachOthersUnits() throws Exception {
    UsageMeter meter = UsageMeter.inMemory();
    int tenants = 40;
    List<Tenant> all = new ArrayList<>();
    List<SubscriptionTier> tiers = new ArrayList<>();
    List<Integer> work = new ArrayList<>();
    for (int i = 0; i < tenants; i++) {
      all.add(tenant("Tenant " + i));
      tiers.add(tier(10L + i, null, null));
      for (int k = 0; k < 3 * (10 + i); k++) {
        work.add(i);
      }
    }
    Collections.shuffle(work, new Random(7));
    Queue<Integer> queue = new ConcurrentLinkedQueue<>(work);
    AtomicIntegerArray admitted = new AtomicIntegerArray(tenants);
    Race.run(THREADS, thread -> {
      Integer i;
      while ((i = queue.poll()) != null) {
        Consumption c = meter.consume(all.get(i), reply(tiers.get(i)));
        if (c.isAllowed()) {
          admitted.incrementAndGet(i);
          assertThat(c.remaining(Metric.MONTHLY_MESSAGES).getAsLong())
              .isBetween(0L, 9L + i);
        }
      }
    });
    MeterRaces.Counters counters = MeterRaces.probing(meter);
    for (int i = 0; i < tenants; i++) {
      assertThat(admitted.get(i)).as("admitted for tenant %d", i).isEqualTo(10 + i);
      assertThat(counters.used(all.get(i), MESSAGES)).as("counter of tenant %d", i)
          .isEqualTo(10 + i);
    }
    Tenant bystander = tenant("Bystander");
    assertThat(counters.used(bystander, MESSAGES)).isZero();
  }
}
