package com.wabotiq.types;

import com.wabotiq.internal.Checks;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure of a document that can be computed from other figures of the same document (an
 * average, a rate, a total), as stated and as computed. Model types derive an absent figure
 * when they are built; validation compares a stated one with its computed value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the figure's snake_case JSON name, e.g. {@code "average_order_value"}
 * @param stated the value the document states, never null
 * @param computed the value computed from the document's inputs, at full precision; null when the
 *     inputs leave it undefined
 * @since 0.1.0
 */
public record DerivedFigure(String field, BigDecimal stated, @Nullable BigDecimal computed) {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * Checks that field and stated value are present.
   *
   * @param field the figure's snake_case JSON name, never null
   * @param stated the value the document states, never null
   * @param computed the value computed from the document's inputs; null when they leave it
   *     undefined
   */
  public DerivedFigure {
    Checks.notNull(field, "field");
    Checks.notNull(stated, "stated");
  }

  /**
   * Whether the stated value agrees with the computed one within the rounding of the stated
   * value: {@code |stated - computed| <= 0.5 * 10^-scale(stated)}, so a stated {@code 0.04}
   * agrees with a computed {@code 0.041666...}. A figure with no computed value agrees.
   *
   * @return true when consistent
   */
  public boolean isConsistent() {
    if (computed == null) {
      return true;
    }
    BigDecimal halfUnit = HALF.scaleByPowerOfTen(-stated.scale());
    return stated.subtract(computed).abs().compareTo(halfUnit) <= 0;
  }
}
