package com.wabotiq.store.jdbc;

import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.JdbcStorage.Dialect;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A database of its own for one test class: a fresh database on the shared embedded PostgreSQL
 * server, or a fresh in-memory H2 database in PostgreSQL mode, reached through HikariCP pools,
 * with the adapter's schema applied. {@link #emptyStorage()} clears every table, so each test
 * starts from an empty store in a few milliseconds.
 */
final class JdbcDatabase implements AutoCloseable {
  /** Pool size: the kit races 16 threads, and each holds one connection at a time. */
  static final int POOL_SIZE = 20;

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String CLEAR =
      "DELETE FROM wabotiq_tenant_api_key; DELETE FROM wabotiq_tenant;"
          + " DELETE FROM wabotiq_document; DELETE FROM wabotiq_usage_counter;"
          + " DELETE FROM wabotiq_wrapped_key; DELETE FROM wabotiq_api_key_activity";

  private final Dialect dialect;
  private final String url;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final HikariDataSource pool;
  private final JdbcStorage storage;

  private JdbcDatabase(Dialect dialect, String url) {
    this.dialect = dialect;
    this.url = url;
    this.pool = newPool(POOL_SIZE);
    this.storage = JdbcStorage.of(pool, dialect);
    storage.applySchema();
  }

  /** A new database on the JVM's embedded PostgreSQL server. */
  static JdbcDatabase postgres() {
    String name = "wabotiq_test_" + DATABASES.incrementAndGet();
    var server = EmbeddedPostgresServer.get();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new JdbcDatabase(Dialect.POSTGRESQL, server.getJdbcUrl("postgres", name));
  }

  /** A new in-memory H2 database in PostgreSQL mode; it lives while a pool holds it open. */
  static JdbcDatabase h2() {
    return h2("PostgreSQL");
  }

  /** A new in-memory H2 database in the given compatibility mode. */
  static JdbcDatabase h2(String mode) {
    return new JdbcDatabase(Dialect.H2, "jdbc:h2:mem:wabotiq-" + UUID.randomUUID()
        + ";MODE=" + mode + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  Dialect dialect() {
    return dialect;
  }

  /** The pool the storage uses. */
  DataSource pool() {
    return pool;
  }

  /** The storage, with whatever the tables hold. */
  JdbcStorage storage() {
    return storage;
  }

  /** The storage, after deleting every row of every table. */
  JdbcStorage emptyStorage() {
    execute(CLEAR);
    return storage;
  }

  /** Another pool to the same database, closed with this one. */
  HikariDataSource newPool(int size) {
    return newPool(size, null);
  }

  /** Another pool whose connections use an isolation level, e.g. "TRANSACTION_SERIALIZABLE". */
  synchronized HikariDataSource newPool(int size, String isolation) {
    HikariConfig config = new HikariConfig();
    if (isolation != null) {
      config.setTransactionIsolation(isolation);
    }
    config.setJdbcUrl(url);
    if (dialect == Dialect.POSTGRESQL) {
      config.setUsername("postgres");
    }
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setPoolName("test-" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "-"
        + pools.size());
    HikariDataSource created = new HikariDataSource(config);
    pools.add(created);
    return created;
  }

  /** Runs SQL (statements separated by {@code ;}) in auto-commit mode. */
  void execute(String sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql.split(";", -1)) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test SQL failed: " + sql, e);
    }
  }

  /** Reads one number. */
  long queryLong(String sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("test SQL failed: " + sql, e);
    }
  }

  @Override
  public synchronized void close() {
    for (HikariDataSource p : pools) {
      p.close();
    }
  }
}
