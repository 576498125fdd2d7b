package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.tier;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reply refused on the meter's single-counter path says which limit it broke and the total it
 * found, on the in-memory table and on a store's counters.
 */
class RefusedReplyReasonsTest {
  private static final Instant AT = Instant.parse("2025-11-29T09:00:00Z");

  static Stream<UsageMeter> meters() {
    return Stream.of(
        UsageMeter.inMemory(),
        UsageMeter.builder().counters(InMemoryStorage.create().counters()).build());
  }

  @ParameterizedTest
  @MethodSource("meters")
  void aReplyPastTheMonthlyLimit_namesTheLimitAndTheTotal(UsageMeter meter) {
    SubscriptionTier tier = tier(3L, null, null);
    Tenant acme = tenant("Acme");
    for (int i = 0; i < 3; i++) {
      assertThat(meter.consume(acme, Usage.at(AT).tier(tier).send(SendKind.REPLY).build())
          .isAllowed()).isTrue();
    }
    Consumption refused =
        meter.consume(acme, Usage.at(AT).tier(tier).send(SendKind.REPLY).build());
    assertThat(refused.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(refused.reasons()).isEqualTo("monthly_messages limit 3 used 3 requested 1");
    assertThat(refused.decision().outcome()).isEqualTo(Decision.Outcome.REFUSED);
  }
}
