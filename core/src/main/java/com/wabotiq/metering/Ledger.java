package com.wabotiq.metering;

import com.wabotiq.spi.storage.StorageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a meter owes its store while the store is down: units admitted from the local allowance
 * (to be added), and refunds the store could not take (to be taken back). Each is kept per
 * counter (tenant, metric, period) until a reconciliation hands it to the store; a counter's
 * unreconciled local units never exceed the allowance. Thread-safe.
 */
final class Ledger {
  private record Counter(String tenantId, int metric, String period) {}

  private final long allowance;
  private final Object lock = new Object();
  private final ReentrantLock reconciling = new ReentrantLock();

  /** Guarded by {@link #lock}. */
  private final Map<Counter, Long> owedAdds = new HashMap<>();

  /** Guarded by {@link #lock}. */
  private final Map<Counter, Long> owedRefunds = new HashMap<>();

  /** Whether anything is owed; read without the lock as a hint. */
  private volatile boolean owing;

  /** A ledger whose counters may each hold up to {@code allowance} unreconciled local units. */
  Ledger(long allowance) {
    this.allowance = allowance;
  }

  /** Whether anything may be owed to the store; a cheap hint for the hot path. */
  boolean owing() {
    return owing;
  }

  /**
   * Admits the charge from the local allowance if every touched counter's unreconciled units stay
   * within it, and none otherwise.
   */
  boolean take(Charge charge) {
    synchronized (lock) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amount(m);
        if (amount != 0) {
          long owed = owedAdds.getOrDefault(counter(charge, m), 0L);
          if (amount > allowance || owed > allowance - amount) {
            return false;
          }
        }
      }
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amount(m);
        if (amount != 0) {
          owedAdds.merge(counter(charge, m), amount, Long::sum);
        }
      }
      owing = true;
      return true;
    }
  }

  /**
   * Gives back a locally admitted charge: first from the units still owed, and queues as a refund
   * whatever was already reconciled.
   */
  void giveBack(Charge charge) {
    synchronized (lock) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amount(m);
        if (amount != 0) {
          Counter counter = counter(charge, m);
          long owed = owedAdds.getOrDefault(counter, 0L);
          long covered = Math.min(owed, amount);
          put(owedAdds, counter, owed - covered);
          if (amount > covered) {
            owedRefunds.merge(counter, amount - covered, Long::sum);
            owing = true;
          }
        }
      }
    }
  }

  /** Queues a refund the store could not take. */
  void oweRefund(Charge charge) {
    synchronized (lock) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amount(m);
        if (amount != 0) {
          owedRefunds.merge(counter(charge, m), amount, Long::sum);
        }
      }
      owing = true;
    }
  }

  /** The units owed: admitted locally and not reconciled, plus refunds not yet taken. */
  long owedUnits() {
    synchronized (lock) {
      long sum = 0;
      for (long v : owedAdds.values()) {
        sum += v;
      }
      for (long v : owedRefunds.values()) {
        sum += v;
      }
      return sum;
    }
  }

  /**
   * Hands what is owed to the backend, one counter at a time; stops at the first store failure and
   * keeps the rest. Only one reconciliation runs at a time: a call that finds one running returns
   * at once.
   *
   * @return whether nothing is owed any more
   */
  boolean reconcile(CounterBackend backend) {
    if (!reconciling.tryLock()) {
      return false;
    }
    try {
      for (boolean adds : new boolean[] {true, false}) {
        for (Map.Entry<Counter, Long> owed : snapshot(adds)) {
          Counter counter = owed.getKey();
          long amount = owed.getValue();
          Charge charge =
              Charge.single(counter.tenantId(), counter.metric(), counter.period(), amount);
          try {
            if (adds) {
              backend.force(charge);
            } else {
              backend.refund(charge);
            }
          } catch (StorageException down) {
            return false;
          }
          synchronized (lock) {
            Map<Counter, Long> map = adds ? owedAdds : owedRefunds;
            long left = map.getOrDefault(counter, 0L) - amount;
            put(map, counter, left);
            if (left < 0) {
              // Given back while in flight: the store took units it no longer should have.
              owedRefunds.merge(counter, -left, Long::sum);
            }
          }
        }
      }
      synchronized (lock) {
        owing = !owedAdds.isEmpty() || !owedRefunds.isEmpty();
        return !owing;
      }
    } finally {
      reconciling.unlock();
    }
  }

  private List<Map.Entry<Counter, Long>> snapshot(boolean adds) {
    synchronized (lock) {
      return new ArrayList<>(Map.copyOf(adds ? owedAdds : owedRefunds).entrySet());
    }
  }

  private static Counter counter(Charge charge, int metric) {
    return new Counter(charge.tenantId, metric, charge.keys[metric]);
  }

  private static void put(Map<Counter, Long> map, Counter counter, long value) {
    if (value <= 0) {
      map.remove(counter);
    } else {
      map.put(counter, value);
    }
  }
}
