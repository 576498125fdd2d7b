package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.storage.KeyActivity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link KeyActivityContract}, run against JdbcStorage on an in-memory H2 in
 * PostgreSQL mode.
 */
class H2KeyActivityTest extends KeyActivityContract {
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
  protected KeyActivity newStore() {
    return db.emptyStorage().keyActivity();
  }
}
