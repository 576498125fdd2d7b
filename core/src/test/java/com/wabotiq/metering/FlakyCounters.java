package com.wabotiq.metering;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.ForwardingUsageCounters;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counters that fail on demand: they throw a plain exception (as a driver would), return garbage
 * (a totals list of the wrong size, a negative total) or null, and never reach the store while
 * they do. {@link #downAfter(int)} lets a number of calls through first, to fail in the middle of
 * a reconciliation. The meter's guard turns every fault into a StorageException.
 */
final class FlakyCounters extends ForwardingUsageCounters {
  enum Fault {
    THROW,
    GARBAGE,
    NULL
  }

  private volatile Fault fault;
  private final AtomicInteger callsLeft = new AtomicInteger(Integer.MAX_VALUE);
  private final AtomicInteger calls = new AtomicInteger();

  FlakyCounters(UsageCounters delegate) {
    super(delegate);
  }

  /** Fails every call from now on. */
  FlakyCounters down(Fault how) {
    callsLeft.set(0);
    fault = how;
    return this;
  }

  /** Lets {@code calls} more calls through, then fails every call by throwing. */
  FlakyCounters downAfter(int calls) {
    fault = Fault.THROW;
    callsLeft.set(calls);
    return this;
  }

  /** Serves every call again. */
  FlakyCounters up() {
    callsLeft.set(Integer.MAX_VALUE);
    return this;
  }

  /** The calls made to these counters so far, served or not. */
  int calls() {
    return calls.get();
  }

  /** The fault of this call, or null when it is served. */
  private Fault failing() {
    calls.incrementAndGet();
    return callsLeft.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0
        ? null : fault;
  }

  private static IllegalStateException injected() {
    return new IllegalStateException("injected: connection refused");
  }

  @Override
  public long get(String tenantId, String metric, String period) {
    Fault f = failing();
    if (f == null) {
      return super.get(tenantId, metric, period);
    }
    if (f == Fault.THROW) {
      throw injected();
    }
    return -1; // garbage: a negative total (a long cannot be null)
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    Fault f = failing();
    if (f == null) {
      return super.addIfWithinLimits(tenantId, deltas);
    }
    return switch (f) {
      case THROW -> throw injected();
      case GARBAGE -> new AddResult(true, List.of()); // no totals for its deltas
      case NULL -> null;
    };
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    if (failing() == null) {
      super.refund(tenantId, deltas);
    } else {
      throw injected(); // a refund returns nothing: no garbage to give
    }
  }
}
