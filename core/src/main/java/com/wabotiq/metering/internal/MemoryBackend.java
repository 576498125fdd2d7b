package com.wabotiq.metering.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counters in this JVM's heap, made for speed. Each tenant has a table whose <em>state</em> holds,
 * for each metric, one period key and its total: an immutable object replaced by compare-and-set.
 * A charge whose keys are the state's (the common case: the current period and day) checks every
 * touched total and adds to all of them by one compare-and-set of a new state, so a multi-counter
 * charge is one indivisible step without a lock, and threads contend only on one reference, as in a
 * lock-free token bucket.
 *
 * <p>Totals of other periods live in a side map. A charge on a period the state does not hold
 * takes the table's lock (which only such charges use), swaps that period's total into the state
 * (and the state's old total out to the side map) by compare-and-set, and then makes its own
 * compare-and-set while still holding the lock, so that no other swap can move its keys away.
 * Every period's total is kept.
 */
public final class MemoryBackend implements CounterBackend {
  private static final int SIZE = Charge.SIZE;

  /** Immutable: a period key and its total for each metric; a null key holds nothing yet. */
  private static final class State {
    final @Nullable String[] keys;
    final long used0;
    final long used1;
    final long used2;
    final long used3;
    final long used4;

    State(@Nullable String[] keys, long u0, long u1, long u2, long u3, long u4) {
      this.keys = keys;
      this.used0 = u0;
      this.used1 = u1;
      this.used2 = u2;
      this.used3 = u3;
      this.used4 = u4;
    }

    long used(int m) {
      return switch (m) {
        case 0 -> used0;
        case 1 -> used1;
        case 2 -> used2;
        case 3 -> used3;
        default -> used4;
      };
    }

    /** Whether this state holds each of the charge's touched counters. */
    boolean holds(Charge charge) {
      for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
        int m = Integer.numberOfTrailingZeros(bits);
        String mine = keys[m];
        String theirs = charge.keys[m];
        if (mine != theirs && (mine == null || !mine.equals(theirs))) {
          return false;
        }
      }
      return true;
    }

    /** This state with {@code sign × amount} added to each touched total, saturating at the ends. */
    State plus(Charge charge, int sign) {
      long[] u = {used0, used1, used2, used3, used4};
      for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
        int m = Integer.numberOfTrailingZeros(bits);
        long amount = charge.amount(m);
        u[m] = sign > 0 ? u[m] + Math.min(Long.MAX_VALUE - u[m], amount) : u[m] - Math.min(u[m], amount);
      }
      return new State(keys, u[0], u[1], u[2], u[3], u[4]);
    }

    /** This state with one more on a single touched total; the common reply, without an array. */
    State plusOne(int m, long amount) {
      return new State(
          keys,
          m == 0 ? used0 + amount : used0,
          m == 1 ? used1 + amount : used1,
          m == 2 ? used2 + amount : used2,
          m == 3 ? used3 + amount : used3,
          m == 4 ? used4 + amount : used4);
    }
  }

  private record Cell(int metric, String period) {}

  /** One tenant's counters. */
  private static final class Table {
    private static final VarHandle STATE;

    static {
      try {
        STATE = MethodHandles.lookup().findVarHandle(Table.class, "state", State.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    /** Replaced only by compare-and-set; accessed through {@link #STATE}. */
    @SuppressWarnings("unused")
    private volatile State state = new State(new String[SIZE], 0, 0, 0, 0, 0);

    /** Totals of the periods the state does not hold; guarded by this table's monitor. */
    private final Map<Cell, Long> others = new HashMap<>();

    State state() {
      return (State) STATE.getAcquire(this);
    }

    boolean replace(State expected, State next) {
      return STATE.compareAndSet(this, expected, next);
    }

    /**
     * Makes the state hold each of the charge's touched counters; the caller holds the monitor.
     * Totals move between the side map and the state, never lost: the new state carries the side
     * map's totals for the charge's keys, and the totals it displaces go to the side map once the
     * compare-and-set has succeeded (concurrent lock-free charges may change the state meanwhile;
     * then the swap is worked out again from the newer state).
     */
    State hold(Charge charge) {
      while (true) {
        State current = state();
        if (current.holds(charge)) {
          return current;
        }
        String[] keys = current.keys.clone();
        long[] used = new long[SIZE];
        for (int m = 0; m < SIZE; m++) {
          used[m] = current.used(m);
        }
        for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
          int m = Integer.numberOfTrailingZeros(bits);
          String key = charge.keys[m];
          if (!key.equals(keys[m])) {
            keys[m] = key;
            used[m] = others.getOrDefault(new Cell(m, key), 0L);
          }
        }
        State next = new State(keys, used[0], used[1], used[2], used[3], used[4]);
        if (replace(current, next)) {
          for (int m = 0; m < SIZE; m++) {
            String old = current.keys[m];
            if (old != null && !old.equals(keys[m])) {
              others.put(new Cell(m, old), current.used(m));
            }
            if (keys[m] != null && !keys[m].equals(old)) {
              others.remove(new Cell(m, keys[m]));
            }
          }
          return next;
        }
      }
    }
  }

  /** What one charge does to a state: a new state, or null to leave it (a refusal). */
  private interface Step {
    @Nullable State apply(State state, Charge charge);
  }

  private static final Step ADD_WITHIN_LIMITS =
      (state, charge) -> {
        boolean fits = true;
        for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
          int m = Integer.numberOfTrailingZeros(bits);
          long amount = charge.amount(m);
          long used = state.used(m);
          charge.setBefore(m, used);
          long limit = charge.limit(m);
          fits &= amount <= limit && used <= limit - amount;
        }
        if (!fits) {
          return null;
        }
        if (Integer.bitCount(charge.touched) == 1) {
          int m = Integer.numberOfTrailingZeros(charge.touched);
          return state.plusOne(m, charge.amount(m));
        }
        return state.plus(charge, 1);
      };

  private static final Step FORCE = (state, charge) -> state.plus(charge, 1);

  private static final Step REFUND = (state, charge) -> state.plus(charge, -1);

  private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

  /** This backend's table for a tenant: a meter keeps it at hand and passes it in its charges. */
  @Override
  public Object slot(String tenantId) {
    Table table = tables.get(tenantId);
    return table != null ? table : tables.computeIfAbsent(tenantId, t -> new Table());
  }

  private Table table(Charge charge) {
    Object slot = charge.slot;
    return slot instanceof Table ? (Table) slot : (Table) slot(charge.tenantId);
  }

  /** Applies a step by compare-and-set; true when it changed the state, false when it refused. */
  private static boolean run(Table table, Charge charge, Step step) {
    State state = table.state();
    if (state.holds(charge)) {
      while (true) {
        State next = step.apply(state, charge);
        if (next == null) {
          return false;
        }
        if (table.replace(state, next)) {
          return true;
        }
        state = table.state();
        if (!state.holds(charge)) {
          break;
        }
      }
    }
    synchronized (table) {
      // No other swap can run while the monitor is held, so the keys stay held until done.
      state = table.hold(charge);
      while (true) {
        State next = step.apply(state, charge);
        if (next == null) {
          return false;
        }
        if (table.replace(state, next)) {
          return true;
        }
        state = table.state();
      }
    }
  }

  @Override
  public boolean tryAdd(Charge charge) {
    return run(table(charge), charge, ADD_WITHIN_LIMITS);
  }

  @Override
  public void read(Charge charge) {
    Table table = table(charge);
    State state = table.state();
    if (!state.holds(charge)) {
      synchronized (table) {
        state = table.hold(charge);
      }
    }
    for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      charge.setBefore(m, state.used(m));
    }
  }

  @Override
  public void force(Charge charge) {
    run(table(charge), charge, FORCE);
  }

  @Override
  public void refund(Charge charge) {
    run(table(charge), charge, REFUND);
  }
}
