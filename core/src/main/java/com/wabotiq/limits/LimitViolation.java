package com.wabotiq.limits;

import com.wabotiq.internal.Checks;

/**
 * A limit that a request breaks: {@code used + requested > limit}, computed without overflow.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the limit broken, never null
 * @param limit the tier's limit, zero or more
 * @param used the counter as it stands at the request's instant, zero or more
 * @param requested what the request would add, one or more
 * @since 0.1.0
 */
public record LimitViolation(Metric metric, long limit, long used, long requested) {
  /**
   * Checks the violation's parts.
   *
   * @param metric the limit broken, never null
   * @param limit the tier's limit, zero or more
   * @param used the counter as it stands, zero or more
   * @param requested what the request would add, zero or more
   * @throws NullPointerException if {@code metric} is null
   * @throws IllegalArgumentException if a number is negative
   */
  public LimitViolation {
    Checks.notNull(metric, "metric");
    Checks.argument(limit >= 0, "limit (%d) must be zero or more", limit);
    Checks.argument(used >= 0, "used (%d) must be zero or more", used);
    Checks.argument(requested >= 0, "requested (%d) must be zero or more", requested);
  }
}
