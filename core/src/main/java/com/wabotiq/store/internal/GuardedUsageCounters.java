package com.wabotiq.store.internal;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.UsageCounters;
import java.util.List;

/**
 * Guards an adapter's {@link UsageCounters}: checks the deltas before the adapter sees them (not
 * empty, no counter twice), wraps every non-storage exception, and refuses results the contract
 * rules out (null, a negative total, a totals list of the wrong size, a total past its limit after
 * an applied add, a refusal although every amount fits).
 *
 * <p>This sits on the metering hot path, so the checks allocate nothing: the duplicate check is a
 * nested loop over what is, in practice, one to three deltas.
 */
final class GuardedUsageCounters implements UsageCounters {
  private final UsageCounters delegate;

  GuardedUsageCounters(UsageCounters delegate) {
    this.delegate = delegate;
  }

  @Override
  public long get(String tenantId, String metric, String period) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(metric, "metric");
    Checks.notNull(period, "period");
    String op = "UsageCounters.get";
    long total = Faults.callLong(op, tenantId, () -> delegate.get(tenantId, metric, period));
    if (total < 0) {
      throw Faults.garbage(op, tenantId, "a negative total (" + total + ")");
    }
    return total;
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    checkArguments(tenantId, deltas);
    String op = "UsageCounters.addIfWithinLimits";
    AddResult result = Faults.call(op, tenantId, () -> delegate.addIfWithinLimits(tenantId, deltas));
    if (result == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    checkResult(op, tenantId, deltas, result);
    return result;
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    checkArguments(tenantId, deltas);
    Faults.run("UsageCounters.refund", tenantId, () -> delegate.refund(tenantId, deltas));
  }

  private static void checkArguments(String tenantId, List<CounterDelta> deltas) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(deltas, "deltas");
    int size = deltas.size();
    Checks.argument(size > 0, "deltas (%s) must not be empty", deltas);
    for (int i = 0; i < size; i++) {
      CounterDelta a = deltas.get(i);
      if (a == null) {
        throw new NullPointerException("deltas[" + i + "] == null");
      }
      for (int j = 0; j < i; j++) {
        CounterDelta b = deltas.get(j);
        if (a.metric().equals(b.metric()) && a.period().equals(b.period())) {
          throw new IllegalArgumentException(
              "deltas[" + i + "] (" + a.metric() + ", " + a.period()
                  + ") must name another counter than deltas[" + j + "]");
        }
      }
    }
  }

  private static void checkResult(
      String op, String tenantId, List<CounterDelta> deltas, AddResult result) {
    List<Long> totals = result.totals();
    if (totals.size() != deltas.size()) {
      throw Faults.garbage(
          op, tenantId, totals.size() + " totals for " + deltas.size() + " deltas");
    }
    boolean someDoesNotFit = false;
    for (int i = 0; i < totals.size(); i++) {
      long total = totals.get(i);
      CounterDelta delta = deltas.get(i);
      if (total < 0) {
        throw Faults.garbage(op, tenantId, "a negative total (" + total + ")");
      }
      if (result.applied() && total > delta.limit()) {
        throw Faults.garbage(op, tenantId, "total " + total + " above its limit " + delta.limit());
      }
      if (result.applied() && total < delta.amount()) {
        throw Faults.garbage(
            op, tenantId, "total " + total + " below the amount " + delta.amount() + " it added");
      }
      someDoesNotFit |= !delta.fits(total);
    }
    if (!result.applied() && !someDoesNotFit) {
      throw Faults.garbage(op, tenantId, "a refusal although every amount fits its limit");
    }
  }
}
