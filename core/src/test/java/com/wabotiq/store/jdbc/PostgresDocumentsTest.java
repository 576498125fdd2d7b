package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.storage.Documents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link DocumentsContract}, run against JdbcStorage on a real PostgreSQL
 * (embedded, one database for this class).
 */
class PostgresDocumentsTest extends DocumentsContract {
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
  protected Documents newStore() {
    return db.emptyStorage().documents();
  }
}
