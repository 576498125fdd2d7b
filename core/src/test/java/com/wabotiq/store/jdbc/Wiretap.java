package com.wabotiq.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link DataSource} wrapper that records what the adapter sends to the database, one event
 * per round trip ({@code "INSERT wabotiq_tenant"}, {@code "commit"}, ...), and can inject faults:
 * a failing execution, commit, or result set that returns garbage.
 *
 * <p>A round trip, as PostgreSQL's driver makes them: each statement execution (a batch counts
 * once), each commit and each rollback. Opening a transaction costs none (the driver sends
 * {@code BEGIN} with the first statement), nor does borrowing a connection from a warm pool.
 */
final class Wiretap {
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate");

  private final DataSource target;
  private final List<String> events = new ArrayList<>();
  private int executions;
  private int failExecution = -1;
  private boolean failCommit;
  private boolean garbageResults;

  Wiretap(DataSource target) {
    this.target = target;
  }

  /** The wrapped data source. */
  DataSource dataSource() {
    return proxy(DataSource.class, target);
  }

  /** The events since the last {@link #reset()}. */
  synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** Forgets the events, and any fault. */
  synchronized void reset() {
    events.clear();
    executions = 0;
    failExecution = -1;
    failCommit = false;
    garbageResults = false;
  }

  /** Makes the n-th execution from now (1-based) throw, as a lost connection would. */
  synchronized void failExecution(int n) {
    executions = 0;
    failExecution = n;
  }

  /** Makes every commit throw. */
  synchronized void failCommits() {
    failCommit = true;
  }

  /** Makes every result set return null for every string and 0 for every number. */
  synchronized void garbageResults() {
    garbageResults = true;
  }

  private synchronized void record(String event) {
    events.add(event);
  }

  private synchronized boolean failsNow() {
    return ++executions == failExecution;
  }

  private synchronized boolean commitFails() {
    return failCommit;
  }

  private synchronized boolean garbage() {
    return garbageResults;
  }

  /**
   * "INSERT wabotiq_tenant" for an INSERT INTO wabotiq_tenant ...: the verb and its table (a
   * SELECT's last FROM table; H2's SELECT ... FROM FINAL TABLE (MERGE INTO ...) is a MERGE).
   */
  static String describe(String sql) {
    String[] words = sql.strip().split("\\s+", -1);
    String verb = sql.contains("MERGE INTO") ? "MERGE" : words[0].toUpperCase(Locale.ROOT);
    String table = null;
    for (int i = 0; i < words.length; i++) {
      boolean mainTable = !verb.equals("SELECT") || (i > 0 && words[i - 1].equals("FROM"));
      if (words[i].startsWith("wabotiq_") && mainTable) {
        table = words[i].replaceAll("[^a-z_]", "");
        if (!verb.equals("SELECT")) {
          break; // the first table an INSERT, UPDATE, DELETE or MERGE names is its target
        }
      }
    }
    return table == null ? verb : verb + " " + table;
  }

  @SuppressWarnings("unchecked")
  private <T> T proxy(Class<T> type, Object target) {
    return (T) Proxy.newProxyInstance(
        Wiretap.class.getClassLoader(), new Class<?>[] {type}, new Handler(target, null));
  }

  private final class Handler implements InvocationHandler {
    private final Object target;
    private final String sql;

    Handler(Object target, String sql) {
      this.target = target;
      this.sql = sql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (target instanceof Connection && name.equals("commit")) {
        record("commit");
        if (commitFails()) {
          throw new SQLException("injected: commit failed", "08006");
        }
      } else if (target instanceof Connection && name.equals("rollback")
          && (args == null || args.length == 0)) {
        record("rollback");
      } else if (target instanceof Statement && EXECUTIONS.contains(name)) {
        String statement = sql != null ? sql : (String) args[0];
        record(describe(statement));
        if (failsNow()) {
          throw new SQLException("injected: connection lost", "08006");
        }
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof Connection c) {
        return wrap(Connection.class, c, null);
      }
      if (result instanceof PreparedStatement ps) {
        return wrap(PreparedStatement.class, ps, (String) args[0]);
      }
      if (result instanceof Statement s) {
        return wrap(Statement.class, s, null);
      }
      if (result instanceof ResultSet rs && Wiretap.this.garbage()) {
        return garbageOf(rs);
      }
      return result;
    }

    private <T> T wrap(Class<T> type, T target, String sql) {
      return type.cast(Proxy.newProxyInstance(
          Wiretap.class.getClassLoader(), new Class<?>[] {type}, new Handler(target, sql)));
    }

    private ResultSet garbageOf(ResultSet rs) {
      return (ResultSet) Proxy.newProxyInstance(Wiretap.class.getClassLoader(),
          new Class<?>[] {ResultSet.class}, (p, m, a) -> {
            Object value;
            try {
              value = m.invoke(rs, a);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            if (m.getName().equals("getString") || m.getName().equals("getArray")
                || m.getName().equals("getBytes")) {
              return null;
            }
            return value;
          });
    }
  }
}
