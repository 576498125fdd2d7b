package com.wabotiq.store.jdbc;

import com.wabotiq.store.JdbcStorage;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A database of its own on the shared embedded PostgreSQL server, for tests outside this package
 * (the metering tests): opens {@link JdbcDatabase#postgres()} and hands out storages, each on a
 * HikariCP pool of its own, as separate application instances would have.
 */
public final class MeterPostgres implements AutoCloseable {
  private final JdbcDatabase db;

  private MeterPostgres(JdbcDatabase db) {
    this.db = db;
  }

  /** A new database, its schema applied. */
  public static MeterPostgres open() {
    return new MeterPostgres(JdbcDatabase.postgres());
  }

  /** Another pool on the database, closed with it. */
  public HikariDataSource newPool(int size) {
    return db.newPool(size);
  }

  /** A storage on a pool of its own. */
  public JdbcStorage newStorage(int poolSize) {
    return JdbcStorage.postgresql(db.newPool(poolSize));
  }

  /** Reads one number with plain SQL, bypassing the adapter. */
  public long queryLong(String sql) {
    return db.queryLong(sql);
  }

  @Override
  public void close() {
    db.close();
  }
}
