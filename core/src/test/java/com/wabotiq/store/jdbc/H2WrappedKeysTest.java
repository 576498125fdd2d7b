package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.WrappedKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link WrappedKeysContract}, run against JdbcStorage on an in-memory H2 in
 * PostgreSQL mode.
 */
class H2WrappedKeysTest extends WrappedKeysContract {
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
  protected WrappedKeys newStore() {
    return db.emptyStorage().wrappedKeys();
  }
}
