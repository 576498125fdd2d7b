package com.wabotiq.analytics;

import com.wabotiq.types.DerivedFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Arithmetic of derived figures, shared by this package. */
final class Figures {
  /** The scale of every division, before a derived value is rounded. */
  static final int DIVISION_SCALE = 10;

  private Figures() {}

  /** {@code numerator / denominator} at scale 10 HALF_EVEN; 0 when the denominator is 0. */
  static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0
        ? BigDecimal.ZERO
        : numerator.divide(denominator, DIVISION_SCALE, RoundingMode.HALF_EVEN);
  }

  /** {@code numerator / denominator} for counts; 0 when the denominator is 0. */
  static BigDecimal ratio(BigDecimal numerator, long denominator) {
    return ratio(numerator, BigDecimal.valueOf(denominator));
  }

  /** A money amount or average as derived: 2 decimals, HALF_EVEN; null stays null. */
  static @Nullable BigDecimal money(@Nullable BigDecimal computed) {
    return computed == null ? null : computed.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** A rate as derived: 4 decimals, HALF_EVEN. */
  static BigDecimal rate(BigDecimal computed) {
    return computed.setScale(4, RoundingMode.HALF_EVEN);
  }

  /** Adds a figure to {@code out} when its stated value is present. */
  static void report(
      List<DerivedFigure> out,
      String field,
      @Nullable BigDecimal stated,
      @Nullable BigDecimal computed) {
    if (stated != null) {
      out.add(new DerivedFigure(field, stated, computed));
    }
  }

  /** {@link #report(List, String, BigDecimal, BigDecimal)} for a count. */
  static void report(List<DerivedFigure> out, String field, @Nullable Long stated, long computed) {
    if (stated != null) {
      out.add(new DerivedFigure(field, BigDecimal.valueOf(stated), BigDecimal.valueOf(computed)));
    }
  }
}
