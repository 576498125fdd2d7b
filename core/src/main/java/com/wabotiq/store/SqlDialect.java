package com.wabotiq.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The few things the JDBC adapter says differently to PostgreSQL and to H2: the shipped schema,
 * the atomic counter add, the SQL name of a string array's element type, and the precision of a
 * stored timestamp. Every other statement is shared. Internal: not API.
 *
 * <p>The counter add is the one statement that cannot be portable: PostgreSQL's {@code INSERT
 * ... ON CONFLICT ... DO UPDATE ... WHERE} is rejected by H2, and H2's {@code MERGE ... USING ...
 * WHEN MATCHED AND} inside {@code FINAL TABLE} is not PostgreSQL. Both take the same five
 * parameters in the same order (tenant id, metric, period, amount, headroom = limit - amount) and
 * return one row holding the new total when they added, and no row when the counter stood above
 * its headroom.
 *
 * <p>Implementations are stateless singletons.
 */
abstract class SqlDialect {
  private static final SqlDialect POSTGRESQL = new Postgresql();
  private static final SqlDialect H2 = new H2();

  SqlDialect() {}

  /**
   * PostgreSQL, 12 or later.
   *
   * @return the dialect
   */
  public static SqlDialect postgresql() {
    return POSTGRESQL;
  }

  /**
   * H2 2.x, in any compatibility mode.
   *
   * @return the dialect
   */
  public static SqlDialect h2() {
    return H2;
  }

  /**
   * The dialect's name, for messages.
   *
   * @return e.g. {@code "postgresql"}
   */
  public abstract String name();

  /**
   * The class-path resource holding this dialect's schema.
   *
   * @return an absolute resource name
   */
  public abstract String schemaResource();

  /**
   * The element type name {@link java.sql.Connection#createArrayOf} takes for a string array.
   *
   * @return the type name
   */
  public abstract String textArrayType();

  /**
   * The conditional upsert of one counter; see the class comment for its parameters and result.
   *
   * @return the SQL
   */
  public abstract String addToCounterSql();

  /**
   * The {@code ORDER BY} of a locking read of counter rows: binary order of metric then period,
   * the order in which every writer locks them (Java's {@code String} order for the SDK's ASCII
   * names), so that locking reads and writes never deadlock.
   *
   * @return the clause, starting with {@code ORDER BY}
   */
  public abstract String counterLockOrder();

  /**
   * The instant as a column of this database stores it, so the record an adapter returns after a
   * write equals the one it reads back later.
   *
   * @param instant the instant to store
   * @return the instant at the column's precision
   */
  public abstract Instant storable(Instant instant);

  @Override
  public String toString() {
    return name();
  }

  private static final class Postgresql extends SqlDialect {
    /*
     * One statement, one round trip, atomic: the unique index serialises concurrent writers of
     * a row; an existing row is locked, its condition re-checked against the latest committed
     * total (READ COMMITTED), and updated only when used <= limit - amount, which never
     * overflows because amount <= limit is checked before. A row that does not exist yet is
     * inserted with the amount (also checked against the limit before). RETURNING yields the
     * new total, or nothing when the WHERE refused.
     */
    private static final String ADD =
        "INSERT INTO wabotiq_usage_counter AS u (tenant_id, metric, period, used)"
            + " VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (tenant_id, metric, period)"
            + " DO UPDATE SET used = u.used + EXCLUDED.used WHERE u.used <= ?"
            + " RETURNING u.used";

    @Override
    public String name() {
      return "postgresql";
    }

    @Override
    public String schemaResource() {
      return "/com/wabotiq/store/schema-postgresql.sql";
    }

    @Override
    public String textArrayType() {
      return "text";
    }

    @Override
    public String counterLockOrder() {
      return "ORDER BY metric COLLATE \"C\", period COLLATE \"C\"";
    }

    @Override
    public String addToCounterSql() {
      return ADD;
    }

    /** TIMESTAMPTZ keeps microseconds; the driver would round the rest, so cut it here. */
    @Override
    public Instant storable(Instant instant) {
      return instant.truncatedTo(ChronoUnit.MICROS);
    }
  }

  private static final class H2 extends SqlDialect {
    /*
     * H2 rejects ON CONFLICT ... DO UPDATE; MERGE with a conditional WHEN MATCHED does the same
     * in one statement, and FINAL TABLE returns the row it wrote, or none when the condition
     * refused. Two sessions inserting the same new row race to a unique violation, which the
     * runner retries (the retry then matches the row).
     */
    private static final String ADD =
        "SELECT used FROM FINAL TABLE (MERGE INTO wabotiq_usage_counter u"
            + " USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS BIGINT), CAST(? AS BIGINT))) v(tenant_id, metric, period, amount, headroom)"
            + " ON u.tenant_id = v.tenant_id AND u.metric = v.metric AND u.period = v.period"
            + " WHEN MATCHED AND u.used <= v.headroom THEN UPDATE SET used = u.used + v.amount"
            + " WHEN NOT MATCHED THEN INSERT (tenant_id, metric, period, used)"
            + " VALUES (v.tenant_id, v.metric, v.period, v.amount))";

    @Override
    public String name() {
      return "h2";
    }

    @Override
    public String schemaResource() {
      return "/com/wabotiq/store/schema-h2.sql";
    }

    @Override
    public String textArrayType() {
      return "VARCHAR";
    }

    @Override
    public String counterLockOrder() {
      return "ORDER BY metric, period"; // H2 compares strings as Java does
    }

    @Override
    public String addToCounterSql() {
      return ADD;
    }

    /** TIMESTAMP(9) WITH TIME ZONE keeps nanoseconds, as Instant does. */
    @Override
    public Instant storable(Instant instant) {
      return instant;
    }
  }
}
