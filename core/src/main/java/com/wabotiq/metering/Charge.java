package com.wabotiq.metering;

import com.wabotiq.billing.TierLimits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.Usage;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What one consumption asks of the counters: for each metric (by ordinal) the period key, the
 * amount (zero when untouched) and the limit ({@code Long.MAX_VALUE} when unlimited). A backend
 * writes each touched counter's total as it stood before into {@link #setBefore}. Made and filled
 * by one thread, then only read.
 */
abstract class Charge {
  /** The number of metrics. */
  static final int SIZE = Metric.values().length;

  private static final Metric[] METRICS = Metric.values();

  /** The tenant whose counters these are. */
  final String tenantId;

  /** Period keys by metric ordinal; never written. */
  final String[] keys;

  /** The backend's state for this tenant, when it keeps one; null otherwise. */
  final @Nullable Object slot;

  /** Bit {@code m} is set when the metric with ordinal {@code m} has a non-zero amount. */
  final int touched;

  private long before0;
  private long before1;
  private long before2;
  private long before3;
  private long before4;

  Charge(String tenantId, String[] keys, @Nullable Object slot, int touched) {
    this.tenantId = tenantId;
    this.keys = keys;
    this.slot = slot;
    this.touched = touched;
  }

  /** The charge of a request under a tier's limits. */
  static Charge of(
      String tenantId, String[] keys, @Nullable Object slot, Usage request, TierLimits limits) {
    return new OfRequest(tenantId, keys, slot, touchedBy(request), request, limits);
  }

  /** A charge of one amount on one counter, unlimited (a reconciliation). */
  static Charge single(String tenantId, int metric, String period, long amount) {
    String[] keys = new String[SIZE];
    keys[metric] = period;
    long[] amounts = new long[SIZE];
    amounts[metric] = amount;
    return new Fixed(tenantId, keys, null, amount == 0 ? 0 : 1 << metric, amounts);
  }

  /** A charge that touches every counter by one, to read them all (it is never added). */
  static Charge readAll(String tenantId, String[] keys, @Nullable Object slot) {
    long[] amounts = new long[SIZE];
    Arrays.fill(amounts, 1);
    return new Fixed(tenantId, keys, slot, (1 << SIZE) - 1, amounts);
  }

  /** The touched-metrics mask of a request: bit {@code m} set when metric {@code m} is touched. */
  static int touchedBy(Usage request) {
    int touched = 0;
    for (int m = 0; m < SIZE; m++) {
      if (request.requested(METRICS[m]) != 0) {
        touched |= 1 << m;
      }
    }
    return touched;
  }

  /** The limit of the metric with this ordinal in a tier's limits; {@code Long.MAX_VALUE} when unlimited. */
  static long limitOf(TierLimits limits, int metric) {
    Long limit = METRICS[metric].limitIn(limits);
    return limit == null ? Long.MAX_VALUE : Math.max(0, limit);
  }


  /** The amount on the metric with this ordinal; zero when untouched. */
  abstract long amount(int metric);

  /** The limit of the metric with this ordinal; {@code Long.MAX_VALUE} when unlimited. */
  abstract long limit(int metric);


  /** The total before the request of the metric with this ordinal, as the backend found it. */
  final long before(int metric) {
    return switch (metric) {
      case 0 -> before0;
      case 1 -> before1;
      case 2 -> before2;
      case 3 -> before3;
      default -> before4;
    };
  }

  /** Records the total before the request of the metric with this ordinal. */
  final void setBefore(int metric, long total) {
    switch (metric) {
      case 0 -> before0 = total;
      case 1 -> before1 = total;
      case 2 -> before2 = total;
      case 3 -> before3 = total;
      default -> before4 = total;
    }
  }

  private static final class OfRequest extends Charge {
    private final Usage request;
    private final TierLimits limits;

    OfRequest(
        String tenantId,
        String[] keys,
        @Nullable Object slot,
        int touched,
        Usage request,
        TierLimits limits) {
      super(tenantId, keys, slot, touched);
      this.request = request;
      this.limits = limits;
    }

    @Override
    public long amount(int metric) {
      return request.requested(METRICS[metric]);
    }

    @Override
    public long limit(int metric) {
      return limitOf(limits, metric);
    }

  }

  private static final class Fixed extends Charge {
    private final long[] amounts;

    Fixed(String tenantId, String[] keys, @Nullable Object slot, int touched, long[] amounts) {
      super(tenantId, keys, slot, touched);
      this.amounts = amounts;
    }

    @Override
    public long amount(int metric) {
      return amounts[metric];
    }

    @Override
    public long limit(int metric) {
      return Long.MAX_VALUE;
    }
  }
}
