package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Usage#toString()} names what the usage holds, for every kind of usage, and nothing else. */
class UsageToStringTest {
  private static final Instant AT = Instant.parse("2025-11-20T09:00:00Z");

  static Stream<Arguments> usages() {
    BillingSchedule monthly = new BillingSchedule(LocalDate.of(2025, 11, 1), BillingCycle.MONTHLY);
    return Stream.of(
        Arguments.of(Usage.at(AT).build(), "Usage[at=2025-11-20T09:00:00Z]"),
        Arguments.of(Usage.at(AT).send(SendKind.REPLY).build(),
            "Usage[at=2025-11-20T09:00:00Z, send=REPLY]"),
        Arguments.of(Usage.at(AT).send(SendKind.NOTIFICATION).build(),
            "Usage[at=2025-11-20T09:00:00Z, send=NOTIFICATION]"),
        Arguments.of(Usage.at(AT).send(SendKind.CAMPAIGN, 50).build(),
            "Usage[at=2025-11-20T09:00:00Z, send=CAMPAIGN to 50]"),
        Arguments.of(Usage.at(AT).products(99).createProducts(1).build(),
            "Usage[at=2025-11-20T09:00:00Z, products=99, createProducts=1]"),
        Arguments.of(Usage.at(AT).services(8).createServices(3).build(),
            "Usage[at=2025-11-20T09:00:00Z, services=8, createServices=3]"),
        Arguments.of(
            Usage.at(AT).abVariants(3).enablePayments().enableCustomBranding().apiWrite().build(),
            "Usage[at=2025-11-20T09:00:00Z, abVariants=3, enablePayments, enableCustomBranding,"
                + " apiWrite]"),
        Arguments.of(
            Usage.at(AT)
                .messagesThisPeriod(799)
                .outboundToday(12)
                .campaignSendsThisPeriod(450)
                .send(SendKind.CAMPAIGN, 2)
                .tier(SubscriptionTier.STARTER)
                .billing(monthly)
                .warningShare(0.9)
                .build(),
            "Usage[at=2025-11-20T09:00:00Z, messagesThisPeriod=799, outboundToday=12,"
                + " campaignSendsThisPeriod=450, send=CAMPAIGN to 2, tier=Starter,"
                + " billing=monthly from 2025-11-01, warningShare=0.9]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("usages")
  void toString_namesWhatTheUsageHolds(Usage usage, String expected) {
    assertThat(usage).hasToString(expected);
    assertThat(usage.toString()).doesNotContain("null");
  }
}
