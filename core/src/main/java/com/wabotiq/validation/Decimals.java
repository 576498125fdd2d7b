package com.wabotiq.validation;

import com.wabotiq.internal.Checks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimals of any size in bounded time: the size limit every decimal rule applies, and a short
 * rendering. Nothing here builds a plain string or rescales a value by its exponent, so {@code
 * -1E+999999999} or {@code 1E-100000000} cost no more than {@code 1}. ({@link
 * BigDecimal#compareTo} is safe too: it compares signs and adjusted exponents before it aligns
 * scales, and aligns them only when the exponents match.)
 */
final class Decimals {
  /**
   * The most digits, and the largest scale in either direction, of a decimal the rules accept:
   * the model's own bound ({@link Checks#MAX_DECIMAL_DIGITS}, equal to its scale bound), which is
   * also what the JSON codec reads. Beyond it, derived figures are not computed.
   */
  static final int LIMIT = Checks.MAX_DECIMAL_DIGITS;

  /** The message part that states {@link #LIMIT}. */
  static final String LIMIT_TEXT =
      "with at most " + LIMIT + " digits and a scale within ±" + LIMIT + " (not 1E-" + (LIMIT + 1) + " or 1E+" + (LIMIT + 1) + ")";

  /** Renderings longer than this are written in scientific notation. */
  private static final int PLAIN_LENGTH = 40;

  /** The significant digits shown in scientific notation; more are cut and marked "...". */
  private static final int SHOWN_DIGITS = 20;

  private static final MathContext SHOWN = new MathContext(SHOWN_DIGITS, RoundingMode.DOWN);

  private Decimals() {}

  /**
   * Whether a decimal is within {@link #LIMIT}: at most that many digits, scale within ±LIMIT.
   *
   * @param d the decimal
   * @return true when within
   */
  static boolean isWithinLimit(BigDecimal d) {
    return Math.abs((long) d.scale()) <= LIMIT && d.precision() <= LIMIT;
  }

  /**
   * Whether {@code d} has at most {@code digits} decimal places once trailing zeros are removed
   * ({@code 1.50} has 1), without removing them one by one.
   *
   * @param d the decimal
   * @param digits the most decimal places, at least 0
   * @return true when it has no more
   */
  static boolean hasAtMostPlaces(BigDecimal d, int digits) {
    if (d.scale() <= digits || d.signum() == 0) {
      return true;
    }
    long dropped = (long) d.scale() - digits;
    if (dropped >= d.precision()) {
      return false; // a non-zero unscaled value has fewer digits than the zeros it would need
    }
    return d.unscaledValue().mod(BigInteger.TEN.pow((int) dropped)).signum() == 0;
  }

  /**
   * A short rendering: the plain form ({@code 2250000.00}, {@code 0.00000000010}) when it has at
   * most 40 characters, else scientific notation with the exact exponent and at most 20
   * significant digits, cut digits marked {@code ...} ({@code -1E+999999999}, {@code
   * 9.9999999999999999999...E+9999}).
   *
   * @param d the decimal
   * @return at most 40 characters
   */
  static String render(BigDecimal d) {
    int precision = d.precision();
    long scale = d.scale();
    long plainLength = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
    if (plainLength + 1 <= PLAIN_LENGTH) {
      return d.toPlainString();
    }
    boolean cut = precision > SHOWN_DIGITS;
    String digits = (cut ? d.round(SHOWN) : d).unscaledValue().abs().toString();
    long exponent = precision - scale - 1;
    StringBuilder sb = new StringBuilder(PLAIN_LENGTH);
    sb.append(d.signum() < 0 ? "-" : "").append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append(cut ? "..." : "").append('E').append(exponent < 0 ? "" : "+").append(exponent)
        .toString();
  }
}
