package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link UsageMeter#counters} reads what the meter counted, per period: the day's outbound count
 * starts again the next local day, the billing period's counts at the period's end, products never;
 * another tenant reads zeros; and {@code Limits.check} on the counters read agrees with what
 * {@code consume} decides next.
 */
class UsageMeterCountersTest {
  // Nairobi is UTC+3: 2025-11-30T20:59Z is 23:59 on the 30th; 21:00Z is midnight of Dec 1.
  private static final Instant NOV_29 = Instant.parse("2025-11-29T09:00:00Z");
  private static final Instant NOV_30_LATE = Instant.parse("2025-11-30T20:59:59Z");
  private static final Instant DEC_1 = Instant.parse("2025-11-30T21:00:00Z");
  private static final BillingSchedule MONTHLY =
      new BillingSchedule(LocalDate.of(2025, 1, 1), BillingCycle.MONTHLY);

  static Stream<UsageMeter> meters() {
    return Stream.of(
        UsageMeter.inMemory(),
        UsageMeter.builder().counters(InMemoryStorage.create().counters()).build());
  }

  @ParameterizedTest
  @MethodSource("meters")
  void counters_readWhatWasCountedPerPeriod(UsageMeter meter) {
    SubscriptionTier tier = tier(10L, null, 8L);
    Tenant acme = tenant("Acme");
    assertThat(meter.consume(acme, Usage.at(NOV_29).tier(tier).billing(MONTHLY)
        .send(SendKind.CAMPAIGN, 5).build()).isAllowed()).isTrue();
    assertThat(meter.consume(acme, Usage.at(NOV_30_LATE).tier(tier).billing(MONTHLY)
        .send(SendKind.NOTIFICATION).build()).isAllowed()).isTrue();
    assertThat(meter.consume(acme, Usage.at(NOV_30_LATE).tier(tier).billing(MONTHLY)
        .createProducts(2).build()).isAllowed()).isTrue();

    Usage nov29 = meter.counters(acme, NOV_29, MONTHLY);
    assertThat(nov29.messagesThisPeriod()).isEqualTo(6);
    assertThat(nov29.outboundToday()).isEqualTo(5);
    assertThat(nov29.campaignSendsThisPeriod()).isEqualTo(5);
    assertThat(nov29.products()).isEqualTo(2);
    assertThat(nov29.services()).isZero();
    assertThat(nov29.billing()).isEqualTo(MONTHLY);
    assertThat(nov29.sendKind()).isNull();

    Usage nov30 = meter.counters(acme, NOV_30_LATE, MONTHLY);
    assertThat(nov30.outboundToday()).isEqualTo(1);
    assertThat(nov30.messagesThisPeriod()).isEqualTo(6);

    Usage dec1 = meter.counters(acme, DEC_1, MONTHLY);
    assertThat(dec1.messagesThisPeriod()).as("a new billing period").isZero();
    assertThat(dec1.outboundToday()).as("a new local day").isZero();
    assertThat(dec1.campaignSendsThisPeriod()).isZero();
    assertThat(dec1.products()).as("products count what exists").isEqualTo(2);

    Usage other = meter.counters(tenant("Other"), NOV_29, MONTHLY);
    assertThat(other.messagesThisPeriod() + other.outboundToday() + other.products()).isZero();
  }

  @ParameterizedTest
  @MethodSource("meters")
  void limitsCheckOnTheCountersRead_agreesWithTheNextConsume(UsageMeter meter) {
    SubscriptionTier tier = tier(3L, null, null);
    Tenant acme = tenant("Acme");
    for (int i = 0; i < 4; i++) {
      Usage read = meter.counters(acme, NOV_29, null);
      Decision predicted =
          Limits.check(acme, read.toBuilder().tier(tier).send(SendKind.REPLY).build());
      Consumption consumed =
          meter.consume(acme, Usage.at(NOV_29).tier(tier).send(SendKind.REPLY).build());
      assertThat(consumed.outcome()).as("message " + (i + 1)).isEqualTo(predicted.outcome());
      assertThat(read.messagesThisPeriod()).isEqualTo(Math.min(i, 3));
    }
    assertThat(meter.counters(acme, NOV_29, null).billing()).isEqualTo(UsageMeter.CALENDAR_MONTHS);
  }

  @ParameterizedTest
  @MethodSource("meters")
  void counters_badInput(UsageMeter meter) {
    assertThatThrownBy(() -> meter.counters(null, NOV_29, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tenant");
    assertThatThrownBy(() -> meter.counters(tenant("Acme"), null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("at");
    assertThatThrownBy(() -> meter.counters(tenant("Acme"), Instant.MAX, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
