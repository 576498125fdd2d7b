package com.wabotiq.business;

import com.wabotiq.internal.Checks;
import java.math.BigDecimal;

/**
 * One customer segment, e.g. {@code {"segment": "VIP", "count": 50, "total_spent": 500000}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segment the segment's name, never null
 * @param count the number of customers in the segment
 * @param totalSpent what the segment's customers have spent in total, never null
 * @since 0.1.0
 */
public record CustomerSegment(String segment, long count, BigDecimal totalSpent) {
  /**
   * Checks that the name and the amount are present.
   *
   * @param segment the segment's name, never null
   * @param count the number of customers in the segment
   * @param totalSpent what the segment's customers have spent in total, never null
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public CustomerSegment {
    Checks.decimal(totalSpent, "total_spent");
    Checks.notNull(segment, "segment");
    Checks.notNull(totalSpent, "total_spent");
  }
}
