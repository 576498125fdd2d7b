package com.wabotiq.store;

import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC adapter's five stores over one data source, and its schema. Internal: not API; {@code
 * com.wabotiq.store.JdbcStorage} is its public face.
 */
final class JdbcAdapter implements StorageProvider {
  private final JdbcRunner runner;
  private final TenantRecords tenants;
  private final Documents documents;
  private final UsageCounters counters;
  private final WrappedKeys wrappedKeys;
  private final KeyActivity keyActivity;

  /**
   * Creates the stores; touches no connection.
   *
   * @param dataSource where connections come from
   * @param dialect the database's dialect
   */
  public JdbcAdapter(DataSource dataSource, SqlDialect dialect) {
    this.runner = new JdbcRunner(dataSource, dialect);
    this.tenants = new JdbcTenantRecords(runner);
    this.documents = new JdbcDocuments(runner);
    this.counters = new JdbcUsageCounters(runner);
    this.wrappedKeys = new JdbcWrappedKeys(runner);
    this.keyActivity = new JdbcKeyActivity(runner);
  }

  @Override
  public TenantRecords tenants() {
    return tenants;
  }

  @Override
  public Documents documents() {
    return documents;
  }

  @Override
  public UsageCounters counters() {
    return counters;
  }

  @Override
  public WrappedKeys wrappedKeys() {
    return wrappedKeys;
  }

  @Override
  public KeyActivity keyActivity() {
    return keyActivity;
  }

  /**
   * Runs the dialect's schema, statement by statement, in auto-commit mode.
   *
   * @throws StorageException if a statement fails
   */
  public void applySchema() {
    List<String> statements = statements(schemaSql(runner.dialect()));
    runner.autoCommit("schema apply", c -> {
      for (String sql : statements) {
        execute(c, sql);
      }
      return statements.size();
    });
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * The dialect's schema script, as shipped.
   *
   * @param dialect the dialect
   * @return the script: statements ending in {@code ;}, and {@code --} comment lines
   */
  public static String schemaSql(SqlDialect dialect) {
    Objects.requireNonNull(dialect, "dialect == null");
    try (InputStream in = JdbcAdapter.class.getResourceAsStream(dialect.schemaResource())) {
      if (in == null) {
        throw new StorageException(
            "the schema resource " + dialect.schemaResource() + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("cannot read the schema resource " + dialect.schemaResource(), e);
    }
  }

  /**
   * Splits a schema script into statements: drops {@code --} comment lines, splits at {@code ;}.
   * The shipped scripts have no semicolon or comment inside a statement's text.
   *
   * @param script the script
   * @return its statements, trimmed, none empty
   */
  static List<String> statements(String script) {
    StringBuilder code = new StringBuilder(script.length());
    for (String line : script.split("\n", -1)) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : code.toString().split(";", -1)) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return List.copyOf(statements);
  }
}
