package com.wabotiq.validation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An interval of decimals with open or closed ends, either of which may be missing. Tests values
 * and describes itself for messages: {@code "must be in [0, 2]"}, {@code "must be >= 0"}, {@code
 * "must be in (0, 600] seconds"}.
 *
 * @param min the lower bound, null for none
 * @param max the upper bound, null for none
 * @param minInclusive whether {@code min} itself is inside
 * @param maxInclusive whether {@code max} itself is inside
 */
record Bounds(
    @Nullable BigDecimal min,
    @Nullable BigDecimal max,
    boolean minInclusive,
    boolean maxInclusive) {

  /**
   * The closed interval {@code [min, max]}.
   *
   * @param min the lower bound
   * @param max the upper bound
   * @return the bounds
   */
  static Bounds closed(String min, String max) {
    return new Bounds(new BigDecimal(min), new BigDecimal(max), true, true);
  }

  /**
   * The interval {@code (min, max]}.
   *
   * @param min the excluded lower bound
   * @param max the upper bound
   * @return the bounds
   */
  static Bounds openClosed(String min, String max) {
    return new Bounds(new BigDecimal(min), new BigDecimal(max), false, true);
  }

  /**
   * Every value {@code >= min}.
   *
   * @param min the lower bound
   * @return the bounds
   */
  static Bounds atLeast(String min) {
    return new Bounds(new BigDecimal(min), null, true, true);
  }

  /** The bounds of an {@link InRange} annotation. */
  static Bounds of(InRange range) {
    return new Bounds(
        range.min().isEmpty() ? null : new BigDecimal(range.min()),
        range.max().isEmpty() ? null : new BigDecimal(range.max()),
        range.minInclusive(),
        range.maxInclusive());
  }

  /**
   * Whether {@code value} lies inside.
   *
   * @param value the value
   * @return true when inside
   */
  boolean contains(BigDecimal value) {
    if (min != null) {
      int c = value.compareTo(min);
      if (c < 0 || (c == 0 && !minInclusive)) {
        return false;
      }
    }
    if (max != null) {
      int c = value.compareTo(max);
      return c < 0 || (c == 0 && maxInclusive);
    }
    return true;
  }

  /**
   * The message for a value outside, e.g. {@code "must be in [0, 2]"}.
   *
   * @param unit a unit to append, e.g. {@code " seconds"}, or {@code ""}
   * @return the message
   */
  String message(String unit) {
    if (min != null && max != null) {
      return "must be in "
          + (minInclusive ? "[" : "(")
          + min.toPlainString()
          + ", "
          + max.toPlainString()
          + (maxInclusive ? "]" : ")")
          + unit;
    } else if (min != null) {
      return "must be " + (minInclusive ? ">= " : "> ") + min.toPlainString() + unit;
    } else if (max != null) {
      return "must be " + (maxInclusive ? "<= " : "< ") + max.toPlainString() + unit;
    }
    return "may be any value";
  }
}
