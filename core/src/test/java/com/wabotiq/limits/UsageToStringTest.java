package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link Usage#toString()} reads as what the usage asks for, with or without a send. */
class UsageToStringTest {
  private static final Instant AT = Instant.parse("2025-11-20T09:00:00Z");

  @Test
  void toString_withoutASend_saysNone() {
    String text = Usage.at(AT).messagesThisPeriod(3).createProducts(2).build().toString();

    assertThat(text)
        .startsWith("Usage[at=2025-11-20T09:00:00Z, messagesThisPeriod=3,")
        .contains(", send=none,")
        .contains(", createProducts=2,")
        .doesNotContain("null");
  }

  @Test
  void toString_withASend_namesItsKindAndRecipients() {
    assertThat(Usage.at(AT).send(SendKind.REPLY).build().toString()).contains(", send=REPLY x 1,");
    assertThat(Usage.at(AT).send(SendKind.CAMPAIGN, 250).build().toString())
        .contains(", send=CAMPAIGN x 250,");
  }
}
