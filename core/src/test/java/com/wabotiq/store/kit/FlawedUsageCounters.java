package com.wabotiq.store.kit;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A usage counter store that is correct except for one deliberate {@link Flaw}, to show that
 * the kit catches it. With {@link Flaw#NONE} it passes the whole kit.
 */
final class FlawedUsageCounters implements UsageCounters {
  /** The deliberate bugs. */
  enum Flaw {
    /** No bug: the control. */
    NONE,
    /** Reads the totals, then writes them after a pause, without holding a lock. */
    RACY_READ_THEN_WRITE,
    /** Adds the deltas that fit even when another does not. */
    PARTIAL_APPLY,
    /** Checks {@code used + amount <= limit}, which wraps past Long.MAX_VALUE. */
    OVERFLOWS,
    /** Refunds below zero. */
    NEGATIVE_REFUND,
    /** Counters are keyed by metric and period only: tenants share them. */
    IGNORES_TENANT,
    /** Accepts an empty list and a counter named twice. */
    ACCEPTS_REPEATED,
    /** A refused add reports the totals it would have reached. */
    REPORTS_ATTEMPTED_TOTALS
  }

  private final Flaw flaw;
  private final Map<String, Long> totals = new ConcurrentHashMap<>();

  FlawedUsageCounters(Flaw flaw) {
    this.flaw = flaw;
  }

  @Override
  public long get(String tenantId, String metric, String period) {
    return totals.getOrDefault(key(tenantId, metric, period), 0L);
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    check(deltas);
    synchronized (lock()) {
      List<Long> used = read(tenantId, deltas);
      boolean fits = true;
      List<Boolean> each = new ArrayList<>();
      for (int i = 0; i < deltas.size(); i++) {
        CounterDelta d = deltas.get(i);
        boolean ok = flaw == Flaw.OVERFLOWS
            ? used.get(i) + d.amount() <= d.limit()
            : d.fits(used.get(i));
        each.add(ok);
        fits &= ok;
      }
      List<Long> after = new ArrayList<>();
      for (int i = 0; i < deltas.size(); i++) {
        boolean write = fits || (flaw == Flaw.PARTIAL_APPLY && each.get(i));
        long total = used.get(i) + deltas.get(i).amount();
        if (write) {
          totals.put(key(tenantId, deltas.get(i).metric(), deltas.get(i).period()), total);
        }
        after.add(fits || flaw == Flaw.REPORTS_ATTEMPTED_TOTALS || write ? total : used.get(i));
      }
      return new AddResult(fits, after);
    }
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    check(deltas);
    synchronized (lock()) {
      List<Long> used = read(tenantId, deltas);
      for (int i = 0; i < deltas.size(); i++) {
        CounterDelta d = deltas.get(i);
        long left = flaw == Flaw.NEGATIVE_REFUND
            ? used.get(i) - d.amount()
            : used.get(i) - Math.min(used.get(i), d.amount());
        totals.put(key(tenantId, d.metric(), d.period()), left);
      }
    }
  }

  private Object lock() {
    return flaw == Flaw.RACY_READ_THEN_WRITE ? new Object() : this;
  }

  private List<Long> read(String tenantId, List<CounterDelta> deltas) {
    List<Long> used = new ArrayList<>();
    for (CounterDelta d : deltas) {
      used.add(get(tenantId, d.metric(), d.period()));
    }
    if (flaw == Flaw.RACY_READ_THEN_WRITE) {
      FlawedTenantRecords.pause();
    }
    return used;
  }

  private void check(List<CounterDelta> deltas) {
    if (flaw == Flaw.ACCEPTS_REPEATED) {
      return;
    }
    if (deltas.isEmpty()) {
      throw new IllegalArgumentException("deltas must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (CounterDelta d : deltas) {
      if (!seen.add(d.metric() + "\n" + d.period())) {
        throw new IllegalArgumentException("a counter is named twice");
      }
    }
  }

  private String key(String tenantId, String metric, String period) {
    String counter = metric + "\n" + period;
    return flaw == Flaw.IGNORES_TENANT ? counter : tenantId + "\n" + counter;
  }
}
