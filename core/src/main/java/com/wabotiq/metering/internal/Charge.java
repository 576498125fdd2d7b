package com.wabotiq.metering.internal;

import com.wabotiq.limits.Metric;

/**
 * What one consumption asks of the counters: for each metric (by ordinal) the period key, the
 * amount (zero when the request does not touch it) and the limit ({@code Long.MAX_VALUE} when
 * unlimited). A backend writes each counter's total as it stood before the request into {@link
 * #before}. Confined to the thread that meters; never shared.
 */
public final class Charge {
  /** The number of metrics. */
  public static final int SIZE = Metric.values().length;

  /** The tenant whose counters these are. */
  public final String tenantId;

  /** Period keys by metric ordinal; never written. */
  public final String[] keys;

  /** Amounts by metric ordinal; zero where untouched. */
  public final long[] amounts = new long[SIZE];

  /** Limits by metric ordinal; {@code Long.MAX_VALUE} when unlimited. */
  public final long[] limits = new long[SIZE];

  /** Totals before the request by metric ordinal, as the backend found them. */
  public final long[] before = new long[SIZE];

  /** Makes an empty charge on these period keys, which it never writes. */
  public Charge(String tenantId, String[] keys) {
    this.tenantId = tenantId;
    this.keys = keys;
  }

  /** Whether the charge touches no counter. */
  public boolean isEmpty() {
    for (long amount : amounts) {
      if (amount != 0) {
        return false;
      }
    }
    return true;
  }
}
