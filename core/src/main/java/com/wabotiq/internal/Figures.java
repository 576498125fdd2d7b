package com.wabotiq.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The rounding rules of derived figures (ratios at scale 10, money at 2 decimals, rates at 4,
 * HALF_EVEN), shared by {@code analytics} and {@code business} so both round alike. JDK-only.
 * Internal: not API.
 */
public final class Figures {
  /** The scale of every division, before a derived value is rounded. */
  public static final int DIVISION_SCALE = 10;

  private Figures() {}

  /** {@code numerator / denominator} at scale 10 HALF_EVEN; 0 when the denominator is 0. */
  public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0
        ? BigDecimal.ZERO
        : numerator.divide(denominator, DIVISION_SCALE, RoundingMode.HALF_EVEN);
  }

  /** {@code numerator / denominator} for counts; 0 when the denominator is 0. */
  public static BigDecimal ratio(BigDecimal numerator, long denominator) {
    return ratio(numerator, BigDecimal.valueOf(denominator));
  }

  /** A money amount or average as derived: 2 decimals, HALF_EVEN; null stays null. */
  public static @Nullable BigDecimal money(@Nullable BigDecimal computed) {
    return computed == null ? null : computed.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** A rate as derived: 4 decimals, HALF_EVEN. */
  public static BigDecimal rate(BigDecimal computed) {
    return computed.setScale(4, RoundingMode.HALF_EVEN);
  }

  /** The exact sum of two counts, which cannot overflow. */
  public static BigDecimal sum(long a, long b) {
    return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b));
  }
}
