package com.wabotiq.store;

import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link StorageProvider} over a {@link DataSource}: tenants, documents, usage counters, wrapped
 * keys and API keys' last uses kept in six tables of the host's own PostgreSQL or H2 database.
 *
 * <p>The tables are {@code wabotiq_tenant}, {@code wabotiq_tenant_api_key}, {@code
 * wabotiq_document}, {@code wabotiq_usage_counter}, {@code wabotiq_wrapped_key} and {@code
 * wabotiq_api_key_activity}, with plain
 * readable columns; {@link #schemaSql(Dialect)} gives the schema. The SDK never creates or alters
 * a table on its own: call {@link #applySchema()} once at start-up (it is idempotent), or hand
 * {@code schemaSql} to the host's migration tool (Flyway, Liquibase).
 *
 * <pre>{@code
 * HikariDataSource pool = new HikariDataSource(config); // the host's pool
 * JdbcStorage storage = JdbcStorage.postgresql(pool);
 * storage.applySchema();
 * }</pre>
 *
 * <p>Every write is one statement or one transaction, so it is all or nothing; every connection
 * is given back to the data source before a call returns. Usage counters check and add in one
 * conditional upsert, never a read-modify-write, so any number of threads and processes sharing
 * the database never push a total past its limit; an API key's last use is written the same way,
 * one conditional upsert per use, so of the instances that see a key within an interval only one
 * writes. Failures reach the caller as {@link
 * StorageException}s: a taken unique key as a {@link com.wabotiq.spi.storage.DuplicateKeyException}
 * naming the kind of key, anything the database or the connection could not do with the
 * driver's exception as the cause, never with SQL text or a value in the message.
 *
 * <p>Thread-safe: holds no state but the data source. Passes the conformance kit of {@code
 * wabotiq-spi} on PostgreSQL and on H2.
 *
 * @since 0.1.0
 */
public final class JdbcStorage implements StorageProvider {
  /**
   * The databases the adapter speaks to.
   *
   * @since 0.1.0
   */
  public enum Dialect {
    /** PostgreSQL 12 or later. */
    POSTGRESQL,
    /** H2 2.x, in any compatibility mode. */
    H2;

    SqlDialect sql() {
      return this == POSTGRESQL ? SqlDialect.postgresql() : SqlDialect.h2();
    }
  }

  private final Dialect dialect;
  private final JdbcAdapter adapter;

  private JdbcStorage(DataSource dataSource, Dialect dialect) {
    this.dialect = dialect;
    this.adapter = new JdbcAdapter(dataSource, dialect.sql());
  }

  /**
   * A store in a PostgreSQL database. Opens no connection until first used.
   *
   * @param dataSource the host's data source, a connection pool in production
   * @return the store
   * @throws NullPointerException if {@code dataSource} is null
   * @since 0.1.0
   */
  public static JdbcStorage postgresql(DataSource dataSource) {
    return of(dataSource, Dialect.POSTGRESQL);
  }

  /**
   * A store in an H2 database. Opens no connection until first used.
   *
   * @param dataSource the host's data source
   * @return the store
   * @throws NullPointerException if {@code dataSource} is null
   * @since 0.1.0
   */
  public static JdbcStorage h2(DataSource dataSource) {
    return of(dataSource, Dialect.H2);
  }

  /**
   * A store in a database of the given dialect. Opens no connection until first used.
   *
   * @param dataSource the host's data source
   * @param dialect the database's dialect
   * @return the store
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static JdbcStorage of(DataSource dataSource, Dialect dialect) {
    Objects.requireNonNull(dataSource, "data_source == null");
    Objects.requireNonNull(dialect, "dialect == null");
    return new JdbcStorage(dataSource, dialect);
  }

  /**
   * The schema for a dialect, as shipped in {@code com/wabotiq/store/schema-postgresql.sql} or
   * {@code schema-h2.sql}: {@code CREATE TABLE IF NOT EXISTS} and {@code CREATE INDEX IF NOT
   * EXISTS} statements, each ending in {@code ;}, with {@code --} comments. Hand it to the host's
   * migration tool as a first migration.
   *
   * @param dialect the dialect
   * @return the schema script
   * @throws StorageException if the script cannot be read from the SDK's jar
   * @throws NullPointerException if {@code dialect} is null
   * @since 0.1.0
   */
  public static String schemaSql(Dialect dialect) {
    Objects.requireNonNull(dialect, "dialect == null");
    return JdbcAdapter.schemaSql(dialect.sql());
  }

  /**
   * Creates the tables and indexes that do not exist yet, in auto-commit mode, one statement at
   * a time; running it again changes nothing. Needs a connection allowed to create tables.
   *
   * @throws StorageException if a statement fails
   * @since 0.1.0
   */
  public void applySchema() {
    adapter.applySchema();
  }

  /**
   * The database dialect this store speaks.
   *
   * @return the dialect
   * @since 0.1.0
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * The tenant records, in {@code wabotiq_tenant} and {@code wabotiq_tenant_api_key}.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public TenantRecords tenants() {
    return adapter.tenants();
  }

  /**
   * The settings and agent configuration documents, in {@code wabotiq_document}.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public Documents documents() {
    return adapter.documents();
  }

  /**
   * The usage counters, in {@code wabotiq_usage_counter}.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public UsageCounters counters() {
    return adapter.counters();
  }

  /**
   * The wrapped data keys, in {@code wabotiq_wrapped_key}.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public WrappedKeys wrappedKeys() {
    return adapter.wrappedKeys();
  }

  /**
   * When each API key was last used, in {@code wabotiq_api_key_activity}.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public KeyActivity keyActivity() {
    return adapter.keyActivity();
  }

  /** Names the dialect; never the data source's URL or credentials. */
  @Override
  public String toString() {
    return "JdbcStorage[" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
