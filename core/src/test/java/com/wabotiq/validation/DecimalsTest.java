package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void isWithinLimit_digitsAndScaleUpTo500() {
    assertThat(Decimals.isWithinLimit(new BigDecimal("1E+500"))).isTrue();
    assertThat(Decimals.isWithinLimit(new BigDecimal("1E-500"))).isTrue();
    assertThat(Decimals.isWithinLimit(new BigDecimal("9".repeat(500)))).isTrue();
    assertThat(Decimals.isWithinLimit(new BigDecimal("1E+501"))).isFalse();
    assertThat(Decimals.isWithinLimit(new BigDecimal("1E-501"))).isFalse();
    assertThat(Decimals.isWithinLimit(new BigDecimal("9".repeat(501)))).isFalse();
    assertThat(Decimals.isWithinLimit(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)))
        .isFalse();
  }

  @Test
  void hasAtMostPlaces_ignoresTrailingZeros() {
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("1.50"), 1)).isTrue();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("1.05"), 1)).isFalse();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("1.000000"), 0)).isTrue();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("0.000"), 0)).isTrue();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("1E-100000000"), 2)).isFalse();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("-1E+999999999"), 2)).isTrue();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("12.34" + "0".repeat(10_000)), 2))
        .isTrue();
    assertThat(Decimals.hasAtMostPlaces(new BigDecimal("12.34" + "0".repeat(10_000) + "1"), 2))
        .isFalse();
  }

  @Test
  void render_plainUpTo40CharactersElseScientific() {
    assertThat(Decimals.render(new BigDecimal("0.00000000010"))).isEqualTo("0.00000000010");
    assertThat(Decimals.render(new BigDecimal("1" + "0".repeat(38)))).hasSize(39);
    assertThat(Decimals.render(new BigDecimal("1E+39"))).isEqualTo("1E+39");
    assertThat(Decimals.render(new BigDecimal("1" + "0".repeat(39))))
        .isEqualTo("1.0000000000000000000...E+39");
    assertThat(Decimals.render(new BigDecimal("12345678901234567890123.5E+30")))
        .isEqualTo("1.2345678901234567890...E+52");
    assertThat(Decimals.render(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)))
        .isEqualTo("1E+2147483648");
    assertThat(Decimals.render(new BigDecimal(BigInteger.valueOf(-7), Integer.MAX_VALUE)))
        .isEqualTo("-7E-2147483647");
  }
}
