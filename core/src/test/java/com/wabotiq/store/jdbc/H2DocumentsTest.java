package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.storage.Documents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link DocumentsContract}, run against JdbcStorage on an in-memory H2 in
 * PostgreSQL mode.
 */
class H2DocumentsTest extends DocumentsContract {
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
  protected Documents newStore() {
    return db.emptyStorage().documents();
  }
}
