package com.wabotiq.metering;

import com.wabotiq.limits.Metric;
import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.internal.GuardedStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * Counters in a storage adapter, through the SPI's atomic {@link
 * UsageCounters#addIfWithinLimits}: one call per charge, whatever the number of counters it
 * touches. The adapter is guarded, so every fault arrives as a {@link
 * com.wabotiq.spi.storage.StorageException}.
 */
final class StoreBackend implements CounterBackend {
  private static final Metric[] METRICS = Metric.values();

  private final UsageCounters counters;

  /** Meters through {@code counters}, guarding them unless they already are. */
  StoreBackend(UsageCounters counters) {
    this.counters = GuardedStorage.guard(counters);
  }

  @Override
  public UsageCounters counters() {
    return counters;
  }

  /** The deltas of the charge's touched counters, in metric order; the limits as given. */
  private static List<CounterDelta> deltas(Charge charge, boolean withLimits) {
    List<CounterDelta> deltas = new ArrayList<>(Charge.SIZE);
    for (int m = 0; m < Charge.SIZE; m++) {
      long amount = charge.amount(m);
      if (amount != 0) {
        deltas.add(
            new CounterDelta(
                METRICS[m].limitName(),
                charge.keys[m],
                amount,
                withLimits ? charge.limit(m) : CounterDelta.UNLIMITED));
      }
    }
    return deltas;
  }

  @Override
  public boolean tryAdd(Charge charge) {
    AddResult result = counters.addIfWithinLimits(charge.tenantId, deltas(charge, true));
    List<Long> totals = result.totals();
    int i = 0;
    for (int m = 0; m < Charge.SIZE; m++) {
      long amount = charge.amount(m);
      if (amount != 0) {
        long total = totals.get(i++);
        charge.setBefore(m, result.applied() ? total - amount : total);
      }
    }
    return result.applied();
  }

  @Override
  public void read(Charge charge) {
    for (int m = 0; m < Charge.SIZE; m++) {
      if (charge.amount(m) != 0) {
        charge.setBefore(
            m, counters.get(charge.tenantId, METRICS[m].limitName(), charge.keys[m]));
      }
    }
  }

  @Override
  public void force(Charge charge) {
    // Units admitted while the store was down are owed whatever the limit: add them unlimited.
    // A total too close to Long.MAX_VALUE to take them is refused; nothing is lost but overflow.
    counters.addIfWithinLimits(charge.tenantId, deltas(charge, false));
  }

  @Override
  public void refund(Charge charge) {
    counters.refund(charge.tenantId, deltas(charge, false));
  }
}
