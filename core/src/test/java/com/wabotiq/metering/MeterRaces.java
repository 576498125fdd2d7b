package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.CAMPAIGNS;
import static com.wabotiq.metering.MeterFixtures.DAILY;
import static com.wabotiq.metering.MeterFixtures.MESSAGES;
import static com.wabotiq.metering.MeterFixtures.NOON;
import static com.wabotiq.metering.MeterFixtures.reply;
import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.LimitViolation;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.tenant.Tenant;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The races both concurrency tests run, on whatever meters and store they are given: each thread
 * meters through {@code meterOf.apply(thread)}, and the counters are read back afterwards through
 * {@link Counters}, independently of the consumptions.
 */
final class MeterRaces {
  /** Reads one counter of a tenant for {@link MeterFixtures#MONTH} or {@link MeterFixtures#DAY}. */
  @FunctionalInterface
  interface Counters {
    long used(Tenant tenant, String metric);
  }

  /** A consumption with the meter that made it and what it asked for. */
  record Made(UsageMeter meter, SendKind kind, long recipients, Consumption consumption) {}

  private MeterRaces() {}

  /**
   * Counters read through a meter only: a 1-recipient campaign on a tier of zero limits is refused
   * on the request alone, so the meter reads the three send counters and consumes nothing.
   */
  static Counters probing(UsageMeter meter) {
    SubscriptionTier nothing = tier(0L, 0L, 0L);
    return (tenant, metric) -> {
      Consumption probe =
          meter.consume(tenant, Usage.at(NOON).send(SendKind.CAMPAIGN, 1).tier(nothing).build());
      assertThat(probe.isConsumed()).isFalse();
      assertThat(probe.basis()).isEqualTo(Consumption.Basis.STORE);
      return probe.decision().usage().used(metric(metric));
    };
  }

  static Metric metric(String limitName) {
    for (Metric m : Metric.values()) {
      if (m.limitName().equals(limitName)) {
        return m;
      }
    }
    throw new IllegalArgumentException(limitName);
  }

  /** Racing 1-message replies against a limit of 1,000: exactly 1,000 pass, each on its own total. */
  static void repliesAdmitExactlyTheLimit(
      int threads, int attempts, IntFunction<UsageMeter> meterOf, Counters counters)
      throws Exception {
    SubscriptionTier tier = MeterFixtures.thousandMessages();
    Tenant tenant = tenant("Reply Race " + threads);
    AtomicInteger left = new AtomicInteger(attempts);
    Queue<Consumption> all = new ConcurrentLinkedQueue<>();
    long elapsed = Race.run(threads, thread -> {
      UsageMeter meter = meterOf.apply(thread);
      Usage request = reply(tier);
      while (left.getAndDecrement() > 0) {
        all.add(meter.consume(tenant, request));
      }
    });
    List<Consumption> admitted = all.stream().filter(Consumption::isAllowed).toList();
    List<Consumption> refused = all.stream().filter(c -> !c.isAllowed()).toList();
    System.out.printf("meter reply race: %d attempts, %d threads: %d admitted, %d refused, %d ms%n",
        attempts, threads, admitted.size(), refused.size(), elapsed);

    assertThat(all).hasSize(attempts);
    assertThat(admitted).hasSize(1_000).allSatisfy(c -> {
      assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE);
      assertThat(c.isConsumed()).isTrue();
      assertThat(c.reasons()).isEmpty();
    });
    Set<Long> remaining = admitted.stream()
        .map(c -> c.remaining(Metric.MONTHLY_MESSAGES).getAsLong())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(remaining)
        .as("each admitted reply took its own unit: remaining 999 down to 0, once each")
        .isEqualTo(range(0, 999));
    assertThat(refused).hasSize(attempts - 1_000).allSatisfy(c -> {
      assertThat(c.outcome()).isEqualTo(Decision.Outcome.REFUSED);
      assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE);
      assertThat(c.isConsumed()).isFalse();
      assertThat(c.decision().violations())
          .containsExactly(new LimitViolation(Metric.MONTHLY_MESSAGES, 1_000, 1_000, 1));
      assertThat(c.reasons()).contains("monthly_messages");
    });
    assertThat(counters.used(tenant, MESSAGES)).isEqualTo(1_000);
    assertThat(counters.used(tenant, DAILY)).as("a reply touches no daily count").isZero();
    assertThat(counters.used(tenant, CAMPAIGNS)).isZero();
  }

  /**
   * Campaigns of random sizes (touching all three send counters), notifications (two) and replies
   * (one), one recipient each, race against three limits: no limit is passed, and each counter equals exactly the sum
   * of the admitted requests that touch it, so no refused request left a unit behind and no
   * admitted one missed a counter.
   */
  static void campaignsKeepEveryCounterInStep(
      int threads, int attempts, IntFunction<UsageMeter> meterOf, Counters counters)
      throws Exception {
    // Campaigns exhaust max_campaign_sends first; notifications then exhaust max_daily_outbound,
    // and replies monthly_messages: each limit binds at some point of the race.
    long messagesLimit = 3_500;
    long campaignsLimit = 2_500;
    long dailyLimit = 3_000;
    SubscriptionTier tier = tier(messagesLimit, campaignsLimit, dailyLimit);
    Tenant tenant = tenant("Campaign Race " + threads);
    AtomicInteger left = new AtomicInteger(attempts);
    Queue<Made> all = new ConcurrentLinkedQueue<>();
    long elapsed = Race.run(threads, thread -> {
      UsageMeter meter = meterOf.apply(thread);
      Random random = new Random(1_000 + thread);
      while (left.getAndDecrement() > 0) {
        int dice = random.nextInt(10);
        SendKind kind = dice < 5 ? SendKind.CAMPAIGN
            : dice < 8 ? SendKind.NOTIFICATION : SendKind.REPLY;
        long n = switch (kind) {
          case CAMPAIGN -> 1 + random.nextInt(40);
          case NOTIFICATION, REPLY -> 1; // one recipient each
        };
        Usage request = Usage.at(NOON).send(kind, n).tier(tier).build();
        all.add(new Made(meter, kind, n, meter.consume(tenant, request)));
      }
    });
    long messages = 0;
    long daily = 0;
    long campaigns = 0;
    int refusedCount = 0;
    for (Made made : all) {
      Consumption c = made.consumption();
      if (c.isAllowed()) {
        messages += made.recipients();
        if (made.kind() != SendKind.REPLY) {
          daily += made.recipients();
        }
        if (made.kind() == SendKind.CAMPAIGN) {
          campaigns += made.recipients();
        }
        assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE);
        assertThat(c.decision().violations()).isEmpty();
      } else {
        refusedCount++;
        assertThat(c.outcome()).isEqualTo(Decision.Outcome.REFUSED);
        assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE);
        assertThat(c.isConsumed()).isFalse();
        assertThat(c.decision().violations()).as("a refusal names a limit it really breaks")
            .isNotEmpty()
            .allSatisfy(v -> assertThat(v.used() + v.requested()).isGreaterThan(v.limit()));
      }
    }
    System.out.printf("meter campaign race: %d attempts, %d threads: %d refused; messages %d,"
        + " daily %d, campaign sends %d; %d ms%n", attempts, threads, refusedCount, messages, daily,
        campaigns, elapsed);
    assertThat(all).hasSize(attempts);
    assertThat(refusedCount).as("the limits bound").isPositive();
    assertThat(messages).isLessThanOrEqualTo(messagesLimit);
    assertThat(daily).isLessThanOrEqualTo(dailyLimit);
    assertThat(campaigns).isLessThanOrEqualTo(campaignsLimit);
    assertThat(counters.used(tenant, MESSAGES)).isEqualTo(messages);
    assertThat(counters.used(tenant, DAILY)).isEqualTo(daily);
    assertThat(counters.used(tenant, CAMPAIGNS)).isEqualTo(campaigns);
  }

  /**
   * Threads consume replies and refund about half of what was admitted, often a consumption
   * another thread made (through the meter that made it): every consumption is decided on the
   * store (a refusal racing a refund is still a refusal, not a store failure), the counter ends at
   * admitted minus refunded, never above the limit, and more than the limit was admitted in all.
   */
  static void consumesAndRefundsEndAtAdmittedMinusRefunded(
      int threads, int attempts, IntFunction<UsageMeter> meterOf, Counters counters)
      throws Exception {
    SubscriptionTier tier = tier(500L, null, null);
    Tenant tenant = tenant("Refund Race " + threads);
    AtomicInteger left = new AtomicInteger(attempts);
    AtomicInteger admitted = new AtomicInteger();
    AtomicInteger refunded = new AtomicInteger();
    Queue<Made> toRefund = new ConcurrentLinkedQueue<>();
    long elapsed = Race.run(threads, thread -> {
      UsageMeter meter = meterOf.apply(thread);
      Random random = new Random(2_000 + thread);
      Usage request = reply(tier);
      while (left.getAndDecrement() > 0) {
        Consumption c = meter.consume(tenant, request);
        assertThat(c.basis()).as("decided on the store, never a store failure: %s", c)
            .isEqualTo(Consumption.Basis.STORE);
        assertThat(c.storeFailure()).isEmpty();
        if (c.isAllowed()) {
          admitted.incrementAndGet();
          assertThat(c.remaining(Metric.MONTHLY_MESSAGES).getAsLong()).isBetween(0L, 499L);
          if (random.nextBoolean()) {
            toRefund.add(new Made(meter, SendKind.REPLY, 1, c));
          }
        }
        Made other = toRefund.poll();
        if (other != null) {
          other.meter().refund(other.consumption());
          refunded.incrementAndGet();
        }
      }
    });
    System.out.printf("meter refund race: %d attempts, %d threads: %d admitted, %d refunded,"
        + " %d ms%n", attempts, threads, admitted.get(), refunded.get(), elapsed);
    assertThat(admitted.get()).as("refunds made room for more than the limit")
        .isGreaterThan(500);
    assertThat(admitted.get() - refunded.get()).isBetween(0, 500);
    assertThat(counters.used(tenant, MESSAGES)).isEqualTo(admitted.get() - refunded.get());
  }

  static Set<Long> range(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toCollection(TreeSet::new));
  }
}
