package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.WrappedKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link WrappedKeysContract}, run against JdbcStorage on a real PostgreSQL
 * (embedded, one database for this class).
 */
class PostgresWrappedKeysTest extends WrappedKeysContract {
  private static JdbcDatabase db;

  @BeforeAll
  static void openDatabase() {
    db = JdbcDatabase.postgres();
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
