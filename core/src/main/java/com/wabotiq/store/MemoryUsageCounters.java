package com.wabotiq.store;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Usage counters in the heap. Each tenant's counters sit behind that tenant's own lock, so
 * check-and-add over several counters is one indivisible step, and tenants never contend.
 * Totals never overflow: {@link CounterDelta#fits} admits only sums within a limit, which is at
 * most {@link Long#MAX_VALUE}.
 */
final class MemoryUsageCounters implements UsageCounters {
  private record Key(String metric, String period) {}

  /** One tenant's totals; guarded by its own monitor. Never removed, so the lock is stable. */
  private static final class Totals {
    final Map<Key, Long> used = new HashMap<>();

    long get(Key key) {
      return used.getOrDefault(key, 0L);
    }
  }

  private final ConcurrentHashMap<String, Totals> tenants = new ConcurrentHashMap<>();

  @Override
  public long get(String tenantId, String metric, String period) {
    Key key = new Key(Objects.requireNonNull(metric, "metric == null"),
        Objects.requireNonNull(period, "period == null"));
    Totals totals = tenants.get(Objects.requireNonNull(tenantId, "tenant_id == null"));
    if (totals == null) {
      return 0;
    }
    synchronized (totals) {
      return totals.get(key);
    }
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    List<Key> keys = keys(deltas);
    Totals totals = totals(tenantId);
    synchronized (totals) {
      boolean fits = true;
      for (int i = 0; i < keys.size(); i++) {
        fits &= deltas.get(i).fits(totals.get(keys.get(i)));
      }
      List<Long> after = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        long used = totals.get(keys.get(i));
        if (fits) {
          used += deltas.get(i).amount();
          totals.used.put(keys.get(i), used);
        }
        after.add(used);
      }
      return new AddResult(fits, after);
    }
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    List<Key> keys = keys(deltas);
    Totals totals = totals(tenantId);
    synchronized (totals) {
      for (int i = 0; i < keys.size(); i++) {
        long used = totals.get(keys.get(i));
        totals.used.put(keys.get(i), used - Math.min(used, deltas.get(i).amount()));
      }
    }
  }

  private Totals totals(String tenantId) {
    return tenants.computeIfAbsent(
        Objects.requireNonNull(tenantId, "tenant_id == null"), t -> new Totals());
  }

  /** The deltas' keys, in order; refuses an empty list and a counter named twice. */
  private static List<Key> keys(List<CounterDelta> deltas) {
    Objects.requireNonNull(deltas, "deltas == null");
    if (deltas.isEmpty()) {
      throw new IllegalArgumentException("deltas (" + deltas + ") must not be empty");
    }
    List<Key> keys = new ArrayList<>(deltas.size());
    Set<Key> seen = new HashSet<>();
    for (CounterDelta delta : deltas) {
      Key key = new Key(delta.metric(), delta.period());
      if (!seen.add(key)) {
        throw new IllegalArgumentException("deltas (" + deltas + ") must name each counter once");
      }
      keys.add(key);
    }
    return keys;
  }
}
