package com.wabotiq.metering.internal;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters in this JVM's heap, made for speed: one table per tenant behind that tenant's own lock
 * (so a multi-counter charge is one indivisible step and tenants never contend), and for each
 * metric the cell of the period last used kept at hand, so that a steady stream of requests finds
 * its cell without hashing or allocating. Every period's cell is kept.
 */
public final class MemoryBackend implements CounterBackend {
  /** One metric's cells by period key. */
  private static final class Cells extends HashMap<String, long[]> {}

  /** One tenant's counters; every field guarded by the table's own monitor. */
  private static final class Table {
    final Cells[] cells = new Cells[Charge.SIZE];

    final String[] lastKey = new String[Charge.SIZE];
    final long[][] lastCell = new long[Charge.SIZE][];

    long[] cell(int metric, String key) {
      String last = lastKey[metric];
      if (last != null && (last == key || last.equals(key))) {
        return lastCell[metric];
      }
      Cells byPeriod = cells[metric];
      if (byPeriod == null) {
        byPeriod = new Cells();
        cells[metric] = byPeriod;
      }
      long[] cell = byPeriod.computeIfAbsent(key, k -> new long[1]);
      lastKey[metric] = key;
      lastCell[metric] = cell;
      return cell;
    }
  }

  private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();

  private Table table(String tenantId) {
    Table table = tables.get(tenantId);
    return table != null ? table : tables.computeIfAbsent(tenantId, t -> new Table());
  }

  @Override
  public boolean tryAdd(Charge charge) {
    Table table = table(charge.tenantId);
    long[] amounts = charge.amounts;
    long[] limits = charge.limits;
    long[] before = charge.before;
    String[] keys = charge.keys;
    synchronized (table) {
      boolean fits = true;
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = amounts[m];
        if (amount != 0) {
          long used = table.cell(m, keys[m])[0];
          before[m] = used;
          fits &= amount <= limits[m] && used <= limits[m] - amount;
        }
      }
      if (fits) {
        for (int m = 0; m < Charge.SIZE; m++) {
          long amount = amounts[m];
          if (amount != 0) {
            table.cell(m, keys[m])[0] += amount;
          }
        }
      }
      return fits;
    }
  }

  @Override
  public void read(Charge charge) {
    Table table = table(charge.tenantId);
    synchronized (table) {
      for (int m = 0; m < Charge.SIZE; m++) {
        if (charge.amounts[m] != 0) {
          charge.before[m] = table.cell(m, charge.keys[m])[0];
        }
      }
    }
  }

  @Override
  public void force(Charge charge) {
    Table table = table(charge.tenantId);
    synchronized (table) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amounts[m];
        if (amount != 0) {
          long[] cell = table.cell(m, charge.keys[m]);
          long room = Long.MAX_VALUE - cell[0];
          cell[0] += Math.min(room, amount);
        }
      }
    }
  }

  @Override
  public void refund(Charge charge) {
    Table table = table(charge.tenantId);
    synchronized (table) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amounts[m];
        if (amount != 0) {
          long[] cell = table.cell(m, charge.keys[m]);
          cell[0] -= Math.min(cell[0], amount);
        }
      }
    }
  }
}
