package com.wabotiq.store.internal;

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
 *   <li>A refusal's totals are read after the refusal, in a statement of their own: when a
 *       concurrent refund made room in between (every total then fits), the refusal is stale and
 *       the add is tried again, up to {@value #STALE_REFUSAL_ATTEMPTS} times in all.
 * </ul>
 */
final class JdbcUsageCounters implements UsageCounters {
  private static final String GET =
      "SELECT used FROM wabotiq_usage_counter WHERE tenant_id = ? AND metric = ? AND period = ?";
  private static final String REFUND =
      "UPDATE wabotiq_usage_counter SET used = GREATEST(used - ?, 0)"
          + " WHERE tenant_id = ? AND metric = ? AND period = ?";
  /** Attempts of an add whose refusal a concurrent refund made stale before its totals were read. */
  private static final int STALE_REFUSAL_ATTEMPTS = 3;

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
    for (int attempt = 1; ; attempt++) {
      AddResult result = tryAdd(tenantId, deltas);
      if (result.applied() || attempt == STALE_REFUSAL_ATTEMPTS || !everyFits(deltas, result)) {
        return result;
      }
      // A refund made room between the refusal and the read of its totals: the refusal is stale,
      // and its totals are not "as it stood when refused". Ask again.
    }
  }

  private static boolean everyFits(List<CounterDelta> deltas, AddResult result) {
    for (int i = 0; i < deltas.size(); i++) {
      if (!deltas.get(i).fits(result.totals().get(i))) {
        return false;
      }
    }
    return true;
  }

  private AddResult tryAdd(String tenantId, List<CounterDelta> deltas) {
    String operation = "usage counter add";
    if (deltas.stream().anyMatch(d -> d.amount() > d.limit())) {
      return runner.autoCommit(operation, c -> refused(c, tenantId, deltas));
    }
    if (deltas.size() == 1) {
      CounterDelta delta = deltas.get(0);
      return runner.autoCommit(operation, c -> {
        Long total = add(c, tenantId, delta);
        return total != null ? new AddResult(true, List.of(total)) : refused(c, tenantId, deltas);
      });
    }
    List<CounterDelta> ordered = new ArrayList<>(deltas);
    ordered.sort(LOCK_ORDER);
    Map<Key, Long> totals = runner.transaction(operation, tx -> {
      Map<Key, Long> after = new HashMap<>();
      for (CounterDelta delta : ordered) {
        Long total = add(tx.connection(), tenantId, delta);
        if (total == null) {
          tx.setRollbackOnly();
          return Map.<Key, Long>of(); // refused: nothing is kept
        }
        after.put(key(delta), total);
      }
      return after;
    });
    if (totals.isEmpty()) {
      return runner.autoCommit(operation, c -> refused(c, tenantId, deltas));
    }
    List<Long> inOrder = new ArrayList<>(deltas.size());
    for (CounterDelta delta : deltas) {
      inOrder.add(totals.get(key(delta)));
    }
    return new AddResult(true, inOrder);
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

  /** A refusal, with the totals as they stand: one read of every counter the deltas name. */
  private static AddResult refused(Connection c, String tenantId, List<CounterDelta> deltas)
      throws SQLException {
    StringBuilder sql = new StringBuilder(
        "SELECT metric, period, used FROM wabotiq_usage_counter WHERE tenant_id = ? AND (");
    for (int i = 0; i < deltas.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(metric = ? AND period = ?)");
    }
    sql.append(')');
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
      throw new IllegalArgumentException("deltas must not be empty");
    }
    Set<Key> seen = new HashSet<>();
    for (CounterDelta delta : deltas) {
      Objects.requireNonNull(delta, "deltas has a null element");
      if (!seen.add(key(delta))) {
        throw new IllegalArgumentException("deltas name the counter (" + delta.metric() + ", "
            + delta.period() + ") twice");
      }
    }
  }
}
