package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sixteen threads send notifications dated on three different days (and so three daily counters)
 * at random, as requests straddling midnight would: the in-memory meter keeps one day's counter
 * at hand and swaps the others in and out under contention, and no unit may be lost or admitted
 * twice. Each day admits exactly its daily limit, the month exactly the sum, and counters read
 * afterwards agree with what was admitted; the SPI path is held to the same.
 */
class PeriodSwapRaceTest {
  private static final int THREADS = 16;
  private static final long DAILY_LIMIT = 300;
  private static final Instant[] DAYS = {
    Instant.parse("2025-11-03T10:00:00Z"),
    Instant.parse("2025-11-04T10:00:00Z"),
    Instant.parse("2025-11-05T10:00:00Z"),
  };

  static Stream<UsageMeter> meters() {
    return Stream.of(
        UsageMeter.inMemory(),
        UsageMeter.builder().counters(InMemoryStorage.create().counters()).build());
  }

  @ParameterizedTest
  @MethodSource("meters")
  void notificationsOnThreeDays_eachDayAdmitsExactlyItsLimit(UsageMeter meter) throws Exception {
    SubscriptionTier tier = tier(null, null, DAILY_LIMIT);
    Tenant tenant = tenant("Midnight");
    AtomicLongArray admitted = new AtomicLongArray(DAYS.length);
    Race.run(THREADS, thread -> {
      Random random = new Random(thread);
      for (int i = 0; i < 200; i++) {
        int day = random.nextInt(DAYS.length);
        Consumption c = meter.consume(tenant,
            Usage.at(DAYS[day]).send(SendKind.NOTIFICATION).tier(tier).build());
        assertThat(c.basis()).isSameAs(Consumption.Basis.STORE);
        if (c.isAllowed()) {
          admitted.incrementAndGet(day);
        }
      }
    });
    // 3,200 attempts spread over three days: each day had far more than its 300.
    for (int day = 0; day < DAYS.length; day++) {
      assertThat(admitted.get(day)).as("day " + day).isEqualTo(DAILY_LIMIT);
      Consumption probe = meter.consume(tenant,
          Usage.at(DAYS[day]).send(SendKind.NOTIFICATION).tier(tier).build());
      assertThat(probe.isAllowed()).isFalse();
      assertThat(probe.decision().usage().outboundToday()).as("day " + day).isEqualTo(DAILY_LIMIT);
      assertThat(probe.decision().usage().messagesThisPeriod())
          .as("the month holds every day's units")
          .isEqualTo(DAILY_LIMIT * DAYS.length);
      assertThat(probe.remaining(Metric.MAX_DAILY_OUTBOUND)).hasValue(0);
    }
  }
}
