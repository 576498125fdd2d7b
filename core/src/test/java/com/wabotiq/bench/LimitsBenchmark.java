package com.wabotiq.bench;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Limits.check} on the allowed path (a REPLY, and a NOTIFICATION, by an active Starter
 * tenant with room left, outside quiet hours) against its anchor, Bucket4j's local {@code
 * tryConsume(1)} on a bucket that always has tokens. The target: at most 25 ns/op and 0
 * B/op.
 *
 * <p>Run: {@code mvn -B -Pbench -pl core -am verify -DskipTests
 * -Djmh.args="LimitsBenchmark -foe true -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LimitsBenchmark {
  private Tenant tenant;
  private Usage usage;
  private Usage notification;
  private Bucket bucket;

  /** An active Starter tenant at 500 of 1,000 messages; a bucket that never runs dry. */
  @Setup
  public void setUp() {
    tenant =
        Tenant.builder()
            .id(TenantId.random())
            .name("Acme Electronics")
            .slug("acme-electronics")
            .status(TenantStatus.ACTIVE)
            .subscriptionTierId(SubscriptionTier.STARTER.id())
            .timezone(ZoneId.of("Africa/Nairobi"))
            .quietHoursStart(LocalTime.of(22, 0))
            .quietHoursEnd(LocalTime.of(8, 0))
            .build();
    usage =
        Usage.at(Instant.parse("2025-11-20T09:00:00Z"))
            .messagesThisPeriod(500)
            .outboundToday(10)
            .send(SendKind.REPLY)
            .build();
    notification =
        Usage.at(Instant.parse("2025-11-20T09:00:00Z"))
            .messagesThisPeriod(500)
            .outboundToday(10)
            .send(SendKind.NOTIFICATION)
            .build();
    if (!Limits.check(tenant, usage).isAllowed() || !Limits.check(tenant, notification).isAllowed()) {
      throw new IllegalStateException("the benchmark's request must be allowed");
    }
    bucket =
        Bucket.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(1_000_000_000_000L)
                    .refillGreedy(1_000_000_000L, Duration.ofSeconds(1))
                    .build())
            .build();
  }

  /** The anchor. @return whether a token was taken */
  @Benchmark
  public boolean bucket4jTryConsume() {
    return bucket.tryConsume(1);
  }

  /** The check, as a caller that branches on it uses it. @return whether it is allowed */
  @Benchmark
  public boolean limitsCheckIsAllowed() {
    return Limits.check(tenant, usage).isAllowed();
  }

  /** The check, its decision kept (it escapes, so it is allocated). @return the decision */
  @Benchmark
  public Decision limitsCheckDecision() {
    return Limits.check(tenant, usage);
  }

  /** A notification outside quiet hours: also checks the daily limit and the quiet window. */
  @Benchmark
  public Decision limitsCheckNotification() {
    return Limits.check(tenant, notification);
  }
}
