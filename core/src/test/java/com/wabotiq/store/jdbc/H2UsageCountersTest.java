package com.wabotiq.store.jdbc;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit's {@link UsageCountersContract}, run against JdbcStorage on an in-memory H2
 * in PostgreSQL mode.
 */
class H2UsageCountersTest extends UsageCountersContract {
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
  protected UsageCounters newStore() {
    return db.emptyStorage().counters();
  }
}
