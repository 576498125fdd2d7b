package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.crypto.WrappedDataKey;
import com.wabotiq.spi.storage.CounterDelta;
import org.junit.jupiter.api.Test;

/** The storage SPI's value types name the field, the value and the rule of a bad argument. */
class SpiArgumentMessagesTest {

  @Test
  void counterDelta_blankMetricOrPeriod_namesTheField() {
    assertThatThrownBy(() -> new CounterDelta(" ", "2025-11", 1, CounterDelta.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric (\" \") must not be blank");
    assertThatThrownBy(() -> new CounterDelta("monthly_messages", "", 1, CounterDelta.UNLIMITED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period (\"\") must not be blank");
    assertThatThrownBy(() -> new CounterDelta("monthly_messages", "2025-11", -1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount (-1) must be >= 0");
  }

  @Test
  void wrappedDataKey_badKeyId_namesItsLengthNeverItsText() {
    String unprintable = "k\n1";
    assertThatThrownBy(() -> new WrappedDataKey(unprintable, new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key_id (a string of 3 characters) must be 1 to 255 printable ASCII characters");
    assertThatThrownBy(() -> new WrappedDataKey("k1", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ciphertext must not be empty");
  }
}
