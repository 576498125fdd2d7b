package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link UsageCountersContract}, run against JdbcStorage on a real
 * PostgreSQL (embedded, one database for this class). The class is the example of {@code
 * docs/adapters.md}, which AdaptersDocSnippetsTest keeps equal to it.
 */
// [snippet:postgres-kit]
class PostgresUsageCountersTest extends UsageCountersContract {
  private static JdbcDatabase db;

  @BeforeAll
  static void openDatabase() {
    db = JdbcDatabase.postgres();   // a new database on the shared embedded server
  }

  @AfterAll
  static void closeDatabase() {
    db.close();                     // closes the HikariCP pools
  }

  @Override
  protected UsageCounters newStore() {
    return db.emptyStorage().counters();   // DELETE FROM each table: a few milliseconds
  }
}
// [end]
