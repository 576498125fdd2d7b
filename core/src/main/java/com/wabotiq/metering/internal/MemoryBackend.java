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

  @Override
  public boolean tryAdd(Charge charge) {
    Table table = table(charge);
    String[] keys = charge.keys;
    synchronized (table) {
      boolean fits = true;
      for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
        int m = Integer.numberOfTrailingZeros(bits);
        long amount = charge.amount(m);
        long used = table.cell(m, keys[m])[0];
        charge.setBefore(m, used);
        long limit = charge.limit(m);
        fits &= amount <= limit && used <= limit - amount;
      }
      if (fits) {
        for (int bits = charge.touched; bits != 0; bits &= bits - 1) {
          int m = Integer.numberOfTrailingZeros(bits);
          table.cell(m, keys[m])[0] += charge.amount(m);
        }
      }
      return fits;
    }
  }

  @Override
  public void read(Charge charge) {
    Table table = table(charge);
    synchronized (table) {
      for (int m = 0; m < Charge.SIZE; m++) {
        if (charge.amount(m) != 0) {
          charge.setBefore(m, table.cell(m, charge.keys[m])[0]);
        }
      }
    }
  }

  @Override
  public void force(Charge charge) {
    Table table = table(charge);
    synchronized (table) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amount(m);
        if (amount != 0) {
          long[] cell = table.cell(m, charge.keys[m]);
          cell[0] += Math.min(Long.MAX_VALUE - cell[0], amount);
        }
      }
    }
  }

  @Override
  public void refund(Charge charge) {
    Table table = table(charge);
    synchronized (table) {
      for (int m = 0; m < Charge.SIZE; m++) {
        long amount = charge.amount(m);
        if (amount != 0) {
          long[] cell = table.cell(m, charge.keys[m]);
          cell[0] -= Math.min(cell[0], amount);
        }
      }
    }
  }
}
