package com.wabotiq.store;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import java.util.List;

/** Usage counters that forward every call; tests override the calls they make hostile. */
public class ForwardingUsageCounters implements UsageCounters {
  /** The store calls go to. */
  protected final UsageCounters delegate;

  /** Forwards to {@code delegate}. */
  public ForwardingUsageCounters(UsageCounters delegate) {
    this.delegate = delegate;
  }

  @Override
  public long get(String tenantId, String metric, String period) {
    return delegate.get(tenantId, metric, period);
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    return delegate.addIfWithinLimits(tenantId, deltas);
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    delegate.refund(tenantId, deltas);
  }
}
