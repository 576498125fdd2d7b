package com.wabotiq.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The few things the JDBC adapter says differently to PostgreSQL and to H2: the shipped schema,
 * the atomic counter add, the conditional write of an API key's last use, the SQL name of a
 * string array's element type, and the precision and range of a stored timestamp. Every other
 * statement is shared. Internal: not API.
 *
 * <p>The counter add is the one statement that cannot be portable: PostgreSQL's {@code INSERT
 * ... ON CONFLICT ... DO UPDATE ... WHERE} is rejected by H2, and H2's {@code MERGE ... USING ...
 * WHEN MATCHED AND} inside {@code FINAL TABLE} is not PostgreSQL. Both take the same five
 * parameters in the same order (tenant id, metric, period, amount, headroom = limit - amount) and
 * return one row holding the new total when they added, and no row when the counter stood above
 * its headroom.
 *
 * <p>The key-use write is the same kind of statement: one conditional upsert per use, taking four
 * parameters (tenant id, key hash, the use's instant, and the threshold: the latest stored
 * instant the use may replace, or SQL NULL when no stored instant can be that early), whose
 * update count is 1 when it wrote and 0 when it dropped the use.
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
   * The conditional upsert of one API key's last use; see the class comment for its parameters
   * and update count.
   *
   * @return the SQL
   */
  public abstract String recordKeyUseSql();

  /**
   * The earliest instant a timestamp column of this database stores and reads back equal through
   * its driver. The key activity refuses an earlier use, so no stored instant is earlier, and a
   * threshold before it matches nothing.
   *
   * @return the earliest storable instant
   */
  public abstract Instant earliestStorable();

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

    /*
     * One statement per use, atomic for the same reasons: the primary key serialises writers of
     * one key's row, and the WHERE is re-checked against the latest committed instant after the
     * row lock is taken, so of any number of racing writers of one interval only one writes. The
     * update count is 0 when the WHERE refused (or the threshold is NULL).
     */
    private static final String RECORD_USE =
        "INSERT INTO wabotiq_api_key_activity AS a (tenant_id, key_hash, last_used_at)"
            + " VALUES (?, ?, ?)"
            + " ON CONFLICT (tenant_id, key_hash)"
            + " DO UPDATE SET last_used_at = EXCLUDED.last_used_at WHERE a.last_used_at <= ?";

    /*
     * 4713 BC, January 1st (ISO year -4712). PostgreSQL itself goes down to 4714-11-24 BC, but
     * the JDBC driver (42.7) reads every instant before this one back as -infinity: measured on
     * PostgreSQL 18, an instant of 4713-12-01 BC was written and read back as year -1e9.
     */
    private static final Instant EARLIEST = Instant.parse("-4712-01-01T00:00:00Z");

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

    @Override
    public String recordKeyUseSql() {
      return RECORD_USE;
    }

    @Override
    public Instant earliestStorable() {
      return EARLIEST;
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

    /*
     * MERGE with a conditional WHEN MATCHED, as for counters; its update count is 1 when it
     * inserted or updated and 0 when the condition refused. Two sessions inserting the same new
     * row race to a unique violation, which the runner retries (the retry then matches the row).
     */
    private static final String RECORD_USE =
        "MERGE INTO wabotiq_api_key_activity a"
            + " USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS TIMESTAMP(9) WITH TIME ZONE), CAST(? AS TIMESTAMP(9) WITH TIME ZONE)))"
            + " v(tenant_id, key_hash, used_at, threshold)"
            + " ON a.tenant_id = v.tenant_id AND a.key_hash = v.key_hash"
            + " WHEN MATCHED AND a.last_used_at <= v.threshold"
            + " THEN UPDATE SET last_used_at = v.used_at"
            + " WHEN NOT MATCHED THEN INSERT (tenant_id, key_hash, last_used_at)"
            + " VALUES (v.tenant_id, v.key_hash, v.used_at)";

    /** H2's lowest timestamp: year -999,999,999. */
    private static final Instant EARLIEST = Instant.parse("-999999999-01-01T00:00:00Z");

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

    @Override
    public String recordKeyUseSql() {
      return RECORD_USE;
    }

    @Override
    public Instant earliestStorable() {
      return EARLIEST;
    }

    /** TIMESTAMP(9) WITH TIME ZONE keeps nanoseconds, as Instant does. */
    @Override
    public Instant storable(Instant instant) {
      return instant;
    }
  }
}
