package com.wabotiq.metering;

import com.wabotiq.billing.TierLimits;
import com.wabotiq.internal.Checks;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counters in this JVM's heap, made for speed, without locks on the common path.
 *
 * <p>Each counter (tenant, metric, period) is one {@link Cell}, made once and never replaced, so
 * whoever holds it updates the one true total. A charge on a single counter (a reply, creating
 * products) is one compare-and-set on its cell. A charge on several counters (a notification, a
 * campaign) <em>freezes</em> its cells one by one in metric order (a frozen cell carries its
 * total with the sign bit set; only its freezer may change it), checks every total, then writes
 * each new total, which also unfreezes it: so the check and the add are one indivisible step for
 * every counter, and no single-counter update can slip in between. Others wait for a frozen cell
 * by spinning briefly, then yielding the processor. Totals never exceed {@link Long#MAX_VALUE}, so
 * the sign bit is free.
 *
 * <p>Each tenant's table keeps the cells of the keys last used per metric in an immutable snapshot
 * read without a lock; a period not in the snapshot is found or made under the table's monitor,
 * which only such look-ups take. Every period's cell is kept.
 */
final class MemoryBackend implements CounterBackend, UsageCounters {
  private static final int SIZE = Charge.SIZE;
  private static final Metric[] METRICS = Metric.values();
  private static final long FROZEN = Long.MIN_VALUE;
  private static final int SPINS_BEFORE_YIELD = 64;

  /** Cache-line padding before a cell's total, so that no neighbour shares its line. */
  @SuppressWarnings("unused")
  private abstract static class PadBefore {
    long p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16;
  }

  /** The contended total, alone between two pads. */
  private abstract static class Total extends PadBefore {
    /** The total, or the total with {@link #FROZEN} set while a charge holds it. */
    volatile long value;
  }

  /** Cache-line padding after a cell's total. */
  @SuppressWarnings("unused")
  private abstract static class PadAfter extends Total {
    long q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16;
  }

  /** One counter's total. */
  static final class Cell extends PadAfter {
    private static final VarHandle VALUE;

    static {
      try {
        VALUE = MethodHandles.lookup().findVarHandle(Total.class, "value", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    long raw() {
      return value;
    }

    boolean swap(long expected, long next) {
      return VALUE.compareAndSet(this, expected, next);
    }

    void set(long next) {
      VALUE.setVolatile(this, next);
    }

    /** The total once no charge holds the cell. */
    long total() {
      int spins = 0;
      long v;
      while ((v = value) < 0) {
        spins = pause(spins);
      }
      return v;
    }

    /** Freezes the cell for the caller and returns its total. */
    long freeze() {
      int spins = 0;
      while (true) {
        long v = value;
        if (v >= 0 && swap(v, v | FROZEN)) {
          return v;
        }
        spins = pause(spins);
      }
    }
  }

  @SuppressWarnings("ThreadPriorityCheck") // yield only after many failed spins: bounded back-off
  private static int pause(int spins) {
    if (spins < SPINS_BEFORE_YIELD) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
    return spins + 1;
  }

  /** The cells of the keys last used per metric; immutable. */
  private static final class Snapshot {
    final @Nullable String[] keys;
    final @Nullable Cell[] cells;

    Snapshot(@Nullable String[] keys, @Nullable Cell[] cells) {
      this.keys = keys;
      this.cells = cells;
    }
  }

  /** The SPI name of each metric, by ordinal: the name its cells are kept under. */
  private static final String[] NAMES = new String[SIZE];

  static {
    for (int i = 0; i < METRICS.length; i++) {
      NAMES[i] = METRICS[i].limitName();
    }
  }

  /** A counter of a tenant: any metric name (the meter's are {@link Metric#limitName()}s). */
  private record Key(String metric, String period) {}

  /** One tenant's cells. */
  private static final class Table {
    private volatile Snapshot snapshot = new Snapshot(new String[SIZE], new Cell[SIZE]);

    /** Every cell ever made; guarded by this table's monitor. */
    private final Map<Key, Cell> cells = new HashMap<>();

    Cell cell(int metric, String period) {
      Snapshot s = snapshot;
      if (period.equals(s.keys[metric])) {
        Cell hit = s.cells[metric];
        if (hit != null) {
          return hit;
        }
      }
      synchronized (this) {
        Cell cell = cells.computeIfAbsent(new Key(NAMES[metric], period), k -> new Cell());
        Snapshot now = snapshot;
        @Nullable String[] keys = now.keys.clone();
        @Nullable Cell[] held = now.cells.clone();
        keys[metric] = period;
        held[metric] = cell;
        snapshot = new Snapshot(keys, held);
        return cell;
      }
    }

    /** The cell of any counter, made when missing; the storage SPI's way in. */
    synchronized Cell cell(Key key) {
      return cells.computeIfAbsent(key, k -> new Cell());
    }

    /** The cell of any counter, or null when it was never made. */
    synchronized @Nullable Cell existing(Key key) {
      return cells.get(key);
    }
  }

  private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

  /** This backend's table for a tenant: a meter keeps it at hand and passes it in its charges. */
  @Override
  public Object slot(String tenantId) {
    Table table = tables.get(tenantId);
    return table != null ? table : tables.computeIfAbsent(tenantId, t -> new Table());
  }

  private Table table(Charge charge) {
    Object slot = charge.slot;
    return slot instanceof Table table ? table : (Table) slot(charge.tenantId);
  }

  private static boolean fits(long used, long amount, long limit) {
    return amount <= limit && used <= limit - amount;
  }

  private static long plus(long used, long amount) {
    return used + Math.min(Long.MAX_VALUE - used, amount);
  }

  private static long minus(long used, long amount) {
    return used - Math.min(used, amount);
  }

  @Override
  public long tryAddOne(
      String tenantId,
      @Nullable Object slot,
      int metric,
      String[] keys,
      Usage request,
      TierLimits limits) {
    Table table = slot instanceof Table held ? held : (Table) slot(tenantId);
    return addOne(table.cell(metric, keys[metric]), request.requested(METRICS[metric]),
        Charge.limitOf(limits, metric));
  }

  /** One compare-and-set: the total before when added, {@code -1 - total} when refused. */
  private static long addOne(Cell cell, long amount, long limit) {
    int spins = 0;
    while (true) {
      long used = cell.raw();
      if (used < 0) {
        spins = pause(spins);
      } else if (!fits(used, amount, limit)) {
        return -1 - used;
      } else if (cell.swap(used, used + amount)) {
        return used;
      }
    }
  }

  @Override
  public boolean tryAdd(Charge charge) {
    Table table = table(charge);
    int touched = charge.touched;
    if (Integer.bitCount(touched) == 1) {
      int m = Integer.numberOfTrailingZeros(touched);
      long r = addOne(table.cell(m, charge.keys[m]), charge.amount(m), charge.limit(m));
      charge.setBefore(m, r >= 0 ? r : -1 - r);
      return r >= 0;
    }
    Cell[] cells = cellsOf(table, charge);
    boolean fits = true;
    for (int bits = touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      long used = cells[m].freeze();
      charge.setBefore(m, used);
      fits &= fits(used, charge.amount(m), charge.limit(m));
    }
    for (int bits = touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      long used = charge.before(m);
      cells[m].set(fits ? used + charge.amount(m) : used);
    }
    return fits;
  }

  @Override
  public void read(Charge charge) {
    Table table = table(charge);
    for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      charge.setBefore(m, table.cell(m, charge.keys[m]).total());
    }
  }

  @Override
  public void force(Charge charge) {
    change(table(charge), charge, true);
  }

  @Override
  public void refund(Charge charge) {
    change(table(charge), charge, false);
  }

  /** Adds (saturating) or takes back (never below zero) the charge's amounts, whatever the limits. */
  private static void change(Table table, Charge charge, boolean add) {
    Cell[] cells = cellsOf(table, charge);
    for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      charge.setBefore(m, cells[m].freeze());
    }
    for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      long used = charge.before(m);
      long amount = charge.amount(m);
      cells[m].set(add ? plus(used, amount) : minus(used, amount));
    }
  }

  /** The cells of the charge's touched counters, by metric ordinal. */
  private static Cell[] cellsOf(Table table, Charge charge) {
    Cell[] cells = new Cell[SIZE];
    for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
      int m = Integer.numberOfTrailingZeros(bits);
      cells[m] = table.cell(m, charge.keys[m]);
    }
    return cells;
  }

  // The storage SPI on the same cells: what TenantSdk.usageCounters() reads and writes when the
  // facade meters in the heap. Not the hot path; a call freezes its cells in the one global order
  // (see FREEZE_ORDER), so it never deadlocks with a charge or with another call.

  /** This table as the storage SPI sees it: the same cells the meter counts in. */
  @Override
  public UsageCounters counters() {
    return this;
  }

  /**
   * The one order in which cells are frozen: the meter's metrics by ordinal, then any other metric
   * name, then by name and period. A charge touches one period per metric, in ordinal order, so
   * it freezes in this order too.
   */
  private static final Comparator<Key> FREEZE_ORDER =
      Comparator.comparingInt((Key k) -> rank(k.metric()))
          .thenComparing(Key::metric)
          .thenComparing(Key::period);

  private static int rank(String metric) {
    for (int m = 0; m < SIZE; m++) {
      if (NAMES[m].equals(metric)) {
        return m;
      }
    }
    return SIZE;
  }

  @Override
  public long get(String tenantId, String metric, String period) {
    Checks.notNull(tenantId, "tenant_id");
    Key key = new Key(Checks.notNull(metric, "metric"),
        Checks.notNull(period, "period"));
    Table table = tables.get(tenantId);
    Cell cell = table == null ? null : table.existing(key);
    return cell == null ? 0 : cell.total();
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    Cell[] cells = frozen(tenantId, deltas);
    long[] used = new long[cells.length];
    boolean fits = true;
    for (int i = 0; i < cells.length; i++) {
      used[i] = cells[i].raw() & ~FROZEN;
      fits &= deltas.get(i).fits(used[i]);
    }
    List<Long> totals = new ArrayList<>(cells.length);
    for (int i = 0; i < cells.length; i++) {
      long total = fits ? used[i] + deltas.get(i).amount() : used[i];
      cells[i].set(total);
      totals.add(total);
    }
    return new AddResult(fits, totals);
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    Cell[] cells = frozen(tenantId, deltas);
    for (int i = 0; i < cells.length; i++) {
      long used = cells[i].raw() & ~FROZEN;
      cells[i].set(minus(used, deltas.get(i).amount()));
    }
  }

  /**
   * The deltas' cells, in the deltas' order, each frozen for the caller (in {@link #FREEZE_ORDER}).
   *
   * @throws IllegalArgumentException if {@code deltas} is empty or names a counter twice
   */
  private Cell[] frozen(String tenantId, List<CounterDelta> deltas) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(deltas, "deltas");
    if (deltas.isEmpty()) {
      throw new IllegalArgumentException("deltas (" + deltas + ") must not be empty");
    }
    Key[] keys = new Key[deltas.size()];
    for (int i = 0; i < keys.length; i++) {
      CounterDelta delta = Checks.notNull(deltas.get(i), "deltas[" + i + "]");
      keys[i] = new Key(delta.metric(), delta.period());
    }
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> FREEZE_ORDER.compare(keys[a], keys[b]));
    for (int i = 1; i < order.length; i++) {
      if (keys[order[i]].equals(keys[order[i - 1]])) {
        Key twice = keys[order[i]];
        throw new IllegalArgumentException(
            "deltas (" + deltas + ") must name each counter once (" + twice.metric() + ", "
                + twice.period() + " appears twice)");
      }
    }
    Table table = (Table) slot(tenantId);
    Cell[] cells = new Cell[keys.length];
    for (int i : order) {
      cells[i] = table.cell(keys[i]);
      cells[i].freeze();
    }
    return cells;
  }
}
