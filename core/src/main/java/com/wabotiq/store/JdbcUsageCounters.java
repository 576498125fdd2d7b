package com.wabotiq.store;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Usage counters in {@code wabotiq_usage_counter}, a row per tenant, metric and period holding a
 * plain {@code used} number. A row that does not exist reads 0.
 *
 * <p>Atomicity comes from the database, never from a read-modify-write in Java: each counter is
 * changed by one conditional upsert ({@link SqlDialect#addToCounterSql()}) that checks and adds
 * in the same statement, under the row's lock.
 *
 * <ul>
 *   <li>One counter: that statement alone, in auto-commit: one round trip when it adds, two when
 *       it refuses (the refusal reads the total it reports).
 *   <li>Several counters: one transaction running the statement per counter in (metric, period)
 *       order, so two multi-counter adds lock shared rows in the same order and cannot deadlock;
 *       the first refusal rolls everything back. Round trips: n + 1 (commit) when all fit; at a
 *       refusal of the k-th, k + 1 (rollback) + 1 (one read of all totals).
 *   <li>A delta whose amount exceeds its limit cannot fit whatever the total: refused without a
 *       write, one read.
 *   <li>Refund: {@code used = GREATEST(used - amount, 0)}, one statement per counter; several
 *       counters go as one batch in one transaction (two round trips).
 *   <li>A refusal is settled under row locks: one transaction reads the named counters {@code
 *       FOR UPDATE}; if one of them still cannot take its amount, that is the refusal and its
 *       totals (nobody can change them until it ends); if a refund made room since the first
 *       attempt, the amounts are added in that same transaction. So a refusal's totals are always
 *       as they stood when it was decided, and a refusal is never stale. A refusal costs that one
 *       extra transaction; an add that fits costs what it did.
 * </ul>
 */
final class JdbcUsageCounters implements UsageCounters {
  private static final String GET =
      "SELECT used FROM wabotiq_usage_counter WHERE tenant_id = ? AND metric = ? AND period = ?";
  private static final String REFUND =
      "UPDATE wabotiq_usage_counter SET used = GREATEST(used - ?, 0)"
          + " WHERE tenant_id = ? AND metric = ? AND period = ?";
  /**
   * Attempts to settle a refusal under locks; only a counter row that did not exist when it was
   * read, and that another transaction made meanwhile, can need a second.
   */
  private static final int SETTLE_ATTEMPTS = 3;

  private static final Comparator<CounterDelta> LOCK_ORDER =
      Comparator.comparing(CounterDelta::metric).thenComparing(CounterDelta::period);

  private record Key(String metric, String period) {}

  private final JdbcRunner runner;

  JdbcUsageCounters(JdbcRunner runner) {
    this.runner = runner;
  }

  @Override
  public long get(String tenantId, String metric, String period) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(metric, "metric == null");
    Objects.requireNonNull(period, "period == null");
    return runner.autoCommit("usage counter get", c -> {
      try (PreparedStatement ps = c.prepareStatement(GET)) {
        ps.setString(1, tenantId);
        ps.setString(2, metric);
        ps.setString(3, period);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : 0L;
        }
      }
    });
  }

  @Override
  public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    checkDistinct(deltas);
    String operation = "usage counter add";
    if (deltas.stream().anyMatch(d -> d.amount() > d.limit())) {
      // Never fits, whatever the totals: a plain read gives them.
      return runner.autoCommit(operation, c -> read(c, tenantId, deltas, false));
    }
    if (deltas.size() == 1) {
      CounterDelta delta = deltas.get(0);
      Optional<Long> total =
          runner.autoCommit(operation, c -> Optional.ofNullable(add(c, tenantId, delta)));
      return total.isPresent()
          ? new AddResult(true, List.of(total.get()))
          : settle(tenantId, deltas);
    }
    List<CounterDelta> ordered = new ArrayList<>(deltas);
    ordered.sort(LOCK_ORDER);
    Map<Key, Long> totals = runner.transaction(operation, tx -> addAll(tx, tenantId, ordered));
    return totals.isEmpty() ? settle(tenantId, deltas) : applied(deltas, totals);
  }

  /**
   * Adds every delta, in lock order, in the transaction; the new totals, or an empty map (the
   * transaction then rolls back) when one counter cannot take its amount.
   */
  private Map<Key, Long> addAll(
      JdbcRunner.Transaction tx, String tenantId, List<CounterDelta> ordered) throws SQLException {
    Map<Key, Long> after = new HashMap<>();
    for (CounterDelta delta : ordered) {
      Long total = add(tx.connection(), tenantId, delta);
      if (total == null) {
        tx.setRollbackOnly();
        return Map.of(); // refused: nothing is kept
      }
      after.put(key(delta), total);
    }
    return after;
  }

  /**
   * Decides a refused add again under row locks, so that the answer and its totals agree: the
   * refusal with the locked totals when one still does not fit; otherwise (a refund made room
   * meanwhile) the add, made in the same transaction.
   */
  private AddResult settle(String tenantId, List<CounterDelta> deltas) {
    List<CounterDelta> ordered = new ArrayList<>(deltas);
    ordered.sort(LOCK_ORDER);
    for (int attempt = 1; attempt <= SETTLE_ATTEMPTS; attempt++) {
      Optional<AddResult> settled = runner.transaction("usage counter add", tx -> {
        AddResult locked = read(tx.connection(), tenantId, deltas, true);
        if (!everyFits(deltas, locked)) {
          return Optional.of(locked);
        }
        Map<Key, Long> after = addAll(tx, tenantId, ordered);
        return after.isEmpty() ? Optional.<AddResult>empty() : Optional.of(applied(deltas, after));
      });
      if (settled.isPresent()) {
        return settled.get();
      }
    }
    // Rows that other transactions made between each locked read and its add kept taking the
    // room: the refusal stands, with the totals as they stand now.
    return runner.autoCommit("usage counter add", c -> read(c, tenantId, deltas, false));
  }

  private static AddResult applied(List<CounterDelta> deltas, Map<Key, Long> totals) {
    List<Long> inOrder = new ArrayList<>(deltas.size());
    for (CounterDelta delta : deltas) {
      inOrder.add(totals.get(key(delta)));
    }
    return new AddResult(true, inOrder);
  }

  private static boolean everyFits(List<CounterDelta> deltas, AddResult result) {
    for (int i = 0; i < deltas.size(); i++) {
      if (!deltas.get(i).fits(result.totals().get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void refund(String tenantId, List<CounterDelta> deltas) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    checkDistinct(deltas);
    if (deltas.size() == 1) {
      runner.autoCommit("usage counter refund", c -> {
        try (PreparedStatement ps = c.prepareStatement(REFUND)) {
          bindRefund(ps, tenantId, deltas.get(0));
          return ps.executeUpdate();
        }
      });
      return;
    }
    List<CounterDelta> ordered = new ArrayList<>(deltas);
    ordered.sort(LOCK_ORDER);
    runner.transaction("usage counter refund", tx -> {
      try (PreparedStatement ps = tx.connection().prepareStatement(REFUND)) {
        for (CounterDelta delta : ordered) {
          bindRefund(ps, tenantId, delta);
          ps.addBatch();
        }
        return ps.executeBatch().length;
      }
    });
  }

  /** Runs the conditional upsert; the new total, or null when the counter cannot take it. */
  private @Nullable Long add(Connection c, String tenantId, CounterDelta delta)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(runner.dialect().addToCounterSql())) {
      ps.setString(1, tenantId);
      ps.setString(2, delta.metric());
      ps.setString(3, delta.period());
      ps.setLong(4, delta.amount());
      ps.setLong(5, delta.limit() - delta.amount()); // >= 0: amount <= limit was checked
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /**
   * A refusal with the totals as they stand: one read of every counter the deltas name, locking
   * the rows that exist when {@code forUpdate}.
   */
  private AddResult read(
      Connection c, String tenantId, List<CounterDelta> deltas, boolean forUpdate)
      throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT metric, period, used FROM wabotiq_usage_counter WHERE tenant_id = ? AND (");
    for (int i = 0; i < deltas.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(metric = ? AND period = ?)");
    }
    sql.append(')');
    if (forUpdate) {
      // Rows are locked as they are returned, so in the order every other writer locks them.
      sql.append(' ').append(runner.dialect().counterLockOrder()).append(" FOR UPDATE");
    }
    Map<Key, Long> used = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      ps.setString(i++, tenantId);
      for (CounterDelta delta : deltas) {
        ps.setString(i++, delta.metric());
        ps.setString(i++, delta.period());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          used.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
        }
      }
    }
    List<Long> totals = new ArrayList<>(deltas.size());
    for (CounterDelta delta : deltas) {
      totals.add(used.getOrDefault(key(delta), 0L));
    }
    return new AddResult(false, totals);
  }

  private static void bindRefund(PreparedStatement ps, String tenantId, CounterDelta delta)
      throws SQLException {
    ps.setLong(1, delta.amount());
    ps.setString(2, tenantId);
    ps.setString(3, delta.metric());
    ps.setString(4, delta.period());
  }

  private static Key key(CounterDelta delta) {
    return new Key(delta.metric(), delta.period());
  }

  /** Refuses a null or empty list, a null delta, and a counter named twice. */
  private static void checkDistinct(List<CounterDelta> deltas) {
    Objects.requireNonNull(deltas, "deltas == null");
    if (deltas.isEmpty()) {
      throw new IllegalArgumentException("deltas (" + deltas + ") must not be empty");
    }
    Set<Key> seen = new HashSet<>();
    for (int i = 0; i < deltas.size(); i++) {
      CounterDelta delta = deltas.get(i);
      if (delta == null) {
        throw new NullPointerException("deltas[" + i + "] == null");
      }
      if (!seen.add(key(delta))) {
        throw new IllegalArgumentException("deltas (" + deltas + ") must name each counter once");
      }
    }
  }
}
