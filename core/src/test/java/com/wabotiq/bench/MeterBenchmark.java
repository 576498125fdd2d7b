package com.wabotiq.bench;

import com.wabotiq.TenantSdk;
import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory {@link UsageMeter}'s consume against Bucket4j's local {@code tryConsume(1)}, in
 * one run, on one thread and on two threads sharing one tenant (one bucket): each side takes one
 * unit from one shared budget that never runs out during the run. The meter's request is a REPLY
 * from an active tenant, which checks the tenant's status, tier and quiet hours and takes one unit
 * of {@code monthly_messages} atomically.
 *
 * <p>{@code facadeInMemoryConsume} is what a newcomer gets by default: {@code TenantSdk.inMemory()
 * .usageMeter()}. The meter on an {@code InMemoryStorage}'s SPI counters (what a facade built on
 * an {@code InMemoryStorage} passed to its builder uses) and the check the meter makes first
 * ({@code Limits.check} alone) run beside them for information. Target: the in-memory consume,
 * the facade's included, no slower than Bucket4j (ratio at most 1.0), on one thread and on two.
 *
 * <p>Run: {@code mvn -B -Pbench -pl core -am verify -DskipTests -Djmh.args="MeterBenchmark -foe
 * true -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MeterBenchmark {
  private static final long BUDGET = 1_000_000_000_000_000L;

  private Tenant tenant;
  private Usage reply;
  private UsageMeter meter;
  private UsageMeter spiMeter;
  private UsageMeter facadeMeter;
  private Bucket bucket;

  @Setup
  public void setUp() {
    SubscriptionTier tier =
        new SubscriptionTier(
            SubscriptionTier.STARTER.id(),
            "Bench",
            SubscriptionTier.STARTER.monthlyPrice(),
            SubscriptionTier.STARTER.yearlyPrice(),
            SubscriptionTier.STARTER.currency(),
            new TierLimits(BUDGET, BUDGET, BUDGET, BUDGET, BUDGET),
            new TierFeatures(true, BigDecimal.ONE, 1, false, true, ApiAccessLevel.FULL));
    tenant =
        Tenant.builder()
            .id(TenantId.random())
            .name("Acme Electronics")
            .slug("acme-electronics")
            .status(TenantStatus.ACTIVE)
            .subscriptionTierId(tier.id())
            .timezone(ZoneId.of("Africa/Nairobi"))
            .build();
    reply = Usage.at(Instant.parse("2025-11-20T09:00:00Z")).tier(tier).send(SendKind.REPLY).build();
    meter = UsageMeter.inMemory();
    spiMeter = UsageMeter.builder().counters(InMemoryStorage.create().counters()).build();
    facadeMeter = TenantSdk.inMemory().usageMeter();
    if (!meter.consume(tenant, reply).isAllowed()
        || !spiMeter.consume(tenant, reply).isAllowed()
        || !facadeMeter.consume(tenant, reply).isAllowed()) {
      throw new IllegalStateException("the benchmark's request must be allowed");
    }
    bucket =
        Bucket.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(BUDGET)
                    .refillGreedy(1_000_000_000L, Duration.ofSeconds(1))
                    .build())
            .build();
  }

  @Benchmark
  @Threads(1)
  public boolean bucket4jTryConsume() {
    return bucket.tryConsume(1);
  }

  @Benchmark
  @Threads(1)
  public Consumption meterConsume() {
    return meter.consume(tenant, reply);
  }

  /** The default: {@code TenantSdk.inMemory().usageMeter()}. */
  @Benchmark
  @Threads(1)
  public Consumption facadeInMemoryConsume() {
    return facadeMeter.consume(tenant, reply);
  }

  @Benchmark
  @Threads(2)
  public Consumption facadeInMemoryConsume2Threads() {
    return facadeMeter.consume(tenant, reply);
  }

  @Benchmark
  @Threads(2)
  public boolean bucket4jTryConsume2Threads() {
    return bucket.tryConsume(1);
  }

  @Benchmark
  @Threads(2)
  public Consumption meterConsume2Threads() {
    return meter.consume(tenant, reply);
  }

  /** The check the meter makes first, alone: the share of a consume that is not counting. */
  @Benchmark
  @Threads(1)
  public Decision limitsCheckOfTheSameRequest() {
    return Limits.check(tenant, reply);
  }

  @Benchmark
  @Threads(1)
  public Consumption spiMeterConsume() {
    return spiMeter.consume(tenant, reply);
  }
}
