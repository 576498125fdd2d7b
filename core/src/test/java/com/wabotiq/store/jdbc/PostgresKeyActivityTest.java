package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.storage.KeyActivity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link KeyActivityContract}, run against JdbcStorage on a real PostgreSQL
 * (embedded, one database for this class).
 */
class PostgresKeyActivityTest extends KeyActivityContract {
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
  protected KeyActivity newStore() {
    return db.emptyStorage().keyActivity();
  }
}
