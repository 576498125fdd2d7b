package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.storage.TenantRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link TenantRecordsContract}, run against JdbcStorage on an in-memory H2
 * in PostgreSQL mode.
 */
class H2TenantRecordsTest extends TenantRecordsContract {
  private static JdbcDatabase db;

  @BeforeAll
  static void openDatabase() {
    db = JdbcDatabase.h2();
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected TenantRecords newStore() {
    return db.emptyStorage().tenants();
  }
}
