package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundsTest {
  @Test
  void closed_endsIncluded() {
    Bounds b = Bounds.closed("0", "2");

    assertThat(b.contains(BigDecimal.ZERO)).isTrue();
    assertThat(b.contains(new BigDecimal("2.00"))).isTrue();
    assertThat(b.contains(new BigDecimal("-0.0000001"))).isFalse();
    assertThat(b.contains(new BigDecimal("2.0000001"))).isFalse();
    assertThat(b.message("")).isEqualTo("must be in [0, 2]");
  }

  @Test
  void openClosed_lowerExcluded() {
    Bounds b = Bounds.openClosed("0", "600");

    assertThat(b.contains(BigDecimal.ZERO)).isFalse();
    assertThat(b.contains(new BigDecimal("0.000000001"))).isTrue();
    assertThat(b.contains(new BigDecimal("600"))).isTrue();
    assertThat(b.message(" seconds")).isEqualTo("must be in (0, 600] seconds");
  }

  @Test
  void atLeast_noUpperBound() {
    Bounds b = Bounds.atLeast("0");

    assertThat(b.contains(new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.TEN))).isTrue();
    assertThat(b.contains(BigDecimal.valueOf(-1))).isFalse();
    assertThat(b.message("")).isEqualTo("must be >= 0");
  }

  @Test
  void numberValidator_nanAndInfinity_outOfAnyRange() {
    assertThat(InRangeNumberValidator.decimal(Double.NaN)).isNull();
    assertThat(InRangeNumberValidator.decimal(Double.POSITIVE_INFINITY)).isNull();
    assertThat(InRangeNumberValidator.decimal(0.1)).isEqualTo(new BigDecimal("0.1"));
    assertThat(InRangeNumberValidator.decimal(Long.MIN_VALUE))
        .isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE));
  }
}
