package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.StorageProviderContract;
import com.wabotiq.spi.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link StorageProviderContract}, run against JdbcStorage on an in-memory
 * H2 in PostgreSQL mode.
 */
class H2StorageProviderTest extends StorageProviderContract {
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
  protected StorageProvider newProvider() {
    return db.emptyStorage();
  }
}
