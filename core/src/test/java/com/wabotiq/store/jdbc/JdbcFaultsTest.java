package com.wabotiq.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.JdbcStorage.Dialect;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults reach the caller as one {@link StorageException} with the cause, and never as a
 * half-applied write: connections that cannot be had, a closed pool, a connection lost in the
 * middle of a transaction or at its commit, and rows of garbage. Run on PostgreSQL and H2.
 */
class JdbcFaultsTest {
  private static final String MONTH = "2025-11-01";
  private static final Instant USED = Instant.parse("2025-11-20T10:15:30Z");
  private static final Map<Dialect, JdbcDatabase> DATABASES = new EnumMap<>(Dialect.class);

  @BeforeAll
  static void openDatabases() {
    DATABASES.put(Dialect.POSTGRESQL, JdbcDatabase.postgres());
    DATABASES.put(Dialect.H2, JdbcDatabase.h2());
  }

  @AfterAll
  static void closeDatabases() {
    DATABASES.values().forEach(JdbcDatabase::close);
  }

  /** A data source that never gives a connection, as a database that is down. */
  private static final class DownDataSource implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("injected: connection refused", "08001");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  private static CounterDelta delta(String metric, long amount, long limit) {
    return new CounterDelta(metric, MONTH, amount, limit);
  }

  private static TenantRecord tenant(String id) {
    return new TenantRecord(id, 0, "slug-" + id, "wa-" + id, "trial", Set.of("hash-" + id), null,
        "{\"id\":\"" + id + "\"}");
  }

  /** Every call of every store, each of which must fail as one StorageException. */
  private static List<ThrowingCallable> everyCall(JdbcStorage s) {
    return List.of(
        () -> s.tenants().create(tenant("t9")),
        () -> s.tenants().get("t1"),
        () -> s.tenants().update(tenant("t1"), 1),
        () -> s.tenants().findBy(UniqueKey.SLUG, "slug-t1"),
        () -> s.tenants().listByStatus("trial", null, 10),
        () -> s.documents().get("t1", DocumentKind.SETTINGS),
        () -> s.documents().put("t1", DocumentKind.SETTINGS, "{}", 0),
        () -> s.counters().get("t1", "m", MONTH),
        () -> s.counters().addIfWithinLimits("t1", List.of(delta("m", 1, 10))),
        () -> s.counters().addIfWithinLimits("t1", List.of(delta("m", 1, 10), delta("n", 1, 9))),
        () -> s.counters().refund("t1", List.of(delta("m", 1, 10))),
        () -> s.wrappedKeys().put("t1", 2, new byte[] {1}),
        () -> s.wrappedKeys().get("t1", 1),
        () -> s.wrappedKeys().versions("t1"),
        () -> s.wrappedKeys().deleteAll("t1"),
        () -> s.keyActivity().record(List.of(new KeyUse("t1", "h1", USED)), Duration.ZERO),
        () -> s.keyActivity().record(
            List.of(new KeyUse("t1", "h1", USED), new KeyUse("t1", "h2", USED)), Duration.ZERO),
        () -> s.keyActivity().lastUses("t1"),
        () -> s.keyActivity().forget("t1", Set.of("h1")),
        s::applySchema);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyCall_databaseDown_storageExceptionWithCause(Dialect dialect) {
    JdbcStorage down = JdbcStorage.of(new DownDataSource(), dialect);
    for (ThrowingCallable call : everyCall(down)) {
      StorageException e = catchThrowableOfType(StorageException.class, call);
      assertThat(e).isExactlyInstanceOf(StorageException.class);
      assertThat(e.getMessage()).endsWith(" failed (SQLState 08001)");
      assertThat(e.getCause()).isInstanceOf(SQLException.class)
          .hasMessage("injected: connection refused");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyCall_closedPool_storageExceptionWithCause(Dialect dialect) {
    HikariDataSource pool = DATABASES.get(dialect).newPool(2);
    JdbcStorage storage = JdbcStorage.of(pool, dialect);
    storage.tenants().get("t1");
    pool.close();
    for (ThrowingCallable call : everyCall(storage)) {
      StorageException e = catchThrowableOfType(StorageException.class, call);
      assertThat(e).isExactlyInstanceOf(StorageException.class);
      assertThat(e.getCause()).isInstanceOf(SQLException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void multiCounterAdd_connectionLostAtEachStatement_nothingApplied(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    JdbcStorage healthy = db.emptyStorage();
    healthy.counters().addIfWithinLimits("t1", List.of(delta("a", 5, 100)));
    Wiretap tap = new Wiretap(db.pool());
    JdbcStorage storage = JdbcStorage.of(tap.dataSource(), dialect);
    List<CounterDelta> campaign = List.of(delta("c", 1, 10), delta("a", 1, 10), delta("b", 1, 10));
    for (int statement = 1; statement <= 3; statement++) {
      tap.reset();
      tap.failExecution(statement);
      assertThatThrownBy(() -> storage.counters().addIfWithinLimits("t1", campaign))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessage("usage counter add failed (SQLState 08006)")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(tap.events()).endsWith("rollback");
      assertThat(List.of(healthy.counters().get("t1", "a", MONTH),
          healthy.counters().get("t1", "b", MONTH), healthy.counters().get("t1", "c", MONTH)))
          .as("after a failure at statement %d", statement)
          .containsExactly(5L, 0L, 0L);
    }
    tap.reset();
    tap.failCommits();
    assertThatThrownBy(() -> storage.counters().addIfWithinLimits("t1", campaign))
        .isExactlyInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);
    String add = dialect == Dialect.H2 ? "MERGE wabotiq_usage_counter"
        : "INSERT wabotiq_usage_counter";
    assertThat(tap.events()).containsExactly(add, add, add, "commit", "rollback");
    assertThat(healthy.counters().get("t1", "a", MONTH)).as("a failed commit applies nothing")
        .isEqualTo(5);
    assertThat(healthy.counters().addIfWithinLimits("t1", campaign).applied())
        .as("the rows are not left locked").isTrue();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void keyUseBatch_connectionLostAtEachStatementOrCommit_nothingWritten(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    JdbcStorage healthy = db.emptyStorage();
    healthy.keyActivity().record(List.of(new KeyUse("t1", "a", USED)), Duration.ZERO);
    Wiretap tap = new Wiretap(db.pool());
    JdbcStorage storage = JdbcStorage.of(tap.dataSource(), dialect);
    Instant later = USED.plusSeconds(3_600);
    List<KeyUse> batch = List.of(new KeyUse("t1", "c", later), new KeyUse("t1", "a", later),
        new KeyUse("t1", "b", later));
    for (int statement = 1; statement <= 3; statement++) {
      tap.reset();
      tap.failExecution(statement);
      assertThatThrownBy(() -> storage.keyActivity().record(batch, Duration.ofMinutes(1)))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessage("key activity record failed (SQLState 08006)")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(tap.events()).endsWith("rollback");
      assertThat(healthy.keyActivity().lastUses("t1"))
          .as("after a failure at statement %d", statement).isEqualTo(Map.of("a", USED));
    }
    tap.reset();
    tap.failCommits();
    assertThatThrownBy(() -> storage.keyActivity().record(batch, Duration.ofMinutes(1)))
        .isExactlyInstanceOf(StorageException.class).hasCauseInstanceOf(SQLException.class);
    assertThat(healthy.keyActivity().lastUses("t1")).as("a failed commit writes nothing")
        .isEqualTo(Map.of("a", USED));
    assertThat(healthy.keyActivity().record(batch, Duration.ofMinutes(1)))
        .as("the rows are not left locked").containsExactlyInAnyOrder("a", "b", "c");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void multiCounterRefund_connectionLost_nothingRefunded(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    JdbcStorage healthy = db.emptyStorage();
    healthy.counters().addIfWithinLimits("t1", List.of(delta("a", 5, 100), delta("b", 5, 100)));
    Wiretap tap = new Wiretap(db.pool());
    JdbcStorage storage = JdbcStorage.of(tap.dataSource(), dialect);
    tap.failCommits();
    assertThatThrownBy(() -> storage.counters()
        .refund("t1", List.of(delta("a", 1, 100), delta("b", 1, 100))))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("usage counter refund failed (SQLState 08006)");
    assertThat(healthy.counters().get("t1", "a", MONTH)).isEqualTo(5);
    assertThat(healthy.counters().get("t1", "b", MONTH)).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void tenantCreate_connectionLostBeforeTheKeys_nothingWritten(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    JdbcStorage healthy = db.emptyStorage();
    Wiretap tap = new Wiretap(db.pool());
    JdbcStorage storage = JdbcStorage.of(tap.dataSource(), dialect);
    tap.failExecution(2);
    assertThatThrownBy(() -> storage.tenants().create(tenant("t1")))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("tenant create failed (SQLState 08006)");
    assertThat(tap.events()).containsExactly(
        "INSERT wabotiq_tenant", "INSERT wabotiq_tenant_api_key", "rollback");
    assertThat(healthy.tenants().get("t1")).isEmpty();
    assertThat(healthy.tenants().create(tenant("t1")).version())
        .as("id, slug, number and hash are all free").isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void tenantUpdate_connectionLostAtEachStatement_recordUnchanged(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    JdbcStorage healthy = db.emptyStorage();
    TenantRecord v1 = healthy.tenants().create(tenant("t1"));
    TenantRecord change = new TenantRecord("t1", 0, "new-slug", null, "active",
        Set.of("new-hash"), Instant.parse("2025-11-20T10:15:30Z"), "{\"changed\":true}");
    Wiretap tap = new Wiretap(db.pool());
    JdbcStorage storage = JdbcStorage.of(tap.dataSource(), dialect);
    for (int statement = 1; statement <= 3; statement++) {
      tap.reset();
      tap.failExecution(statement);
      assertThatThrownBy(() -> storage.tenants().update(change, 1))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessage("tenant update failed (SQLState 08006)");
      assertThat(healthy.tenants().get("t1")).contains(v1);
      assertThat(healthy.tenants().findBy(UniqueKey.API_KEY_HASH, "hash-t1")).contains(v1);
      assertThat(healthy.tenants().findBy(UniqueKey.API_KEY_HASH, "new-hash")).isEmpty();
    }
    assertThat(storage.tenants().update(change, 1).version()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void reads_garbageRows_storageExceptionWithCause(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    JdbcStorage healthy = db.emptyStorage();
    healthy.tenants().create(tenant("t1"));
    healthy.documents().put("t1", DocumentKind.SETTINGS, "{}", 0);
    healthy.wrappedKeys().put("t1", 1, new byte[] {1});
    Wiretap tap = new Wiretap(db.pool());
    JdbcStorage storage = JdbcStorage.of(tap.dataSource(), dialect);
    tap.garbageResults();
    List<ThrowingCallable> reads = List.of(
        () -> storage.tenants().get("t1"),
        () -> storage.tenants().listByStatus("trial", null, 5),
        () -> storage.documents().get("t1", DocumentKind.SETTINGS),
        () -> storage.wrappedKeys().get("t1", 1));
    for (ThrowingCallable read : reads) {
      assertThatThrownBy(read).isExactlyInstanceOf(StorageException.class)
          .hasMessageEndingWith(" failed")
          .hasCauseInstanceOf(NullPointerException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void duplicateKey_messageAndCauseFreeOfTheValue(Dialect dialect) {
    JdbcStorage storage = DATABASES.get(dialect).emptyStorage();
    storage.tenants().create(tenant("t1"));
    TenantRecord clash = new TenantRecord("t2", 0, "slug-t1", null, "trial", Set.of(), null,
        "{\"secret\":\"s3cr3t\"}");
    DuplicateKeyException e = catchThrowableOfType(DuplicateKeyException.class,
        () -> storage.tenants().create(clash));
    assertThat(e.key()).isEqualTo("slug");
    assertThat(e).hasMessage("slug is already taken").hasNoCause();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void storageException_messageNamesOperationNotSqlOrValues(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    db.emptyStorage();
    db.execute("ALTER TABLE wabotiq_document ADD CONSTRAINT test_short_json CHECK ("
        + (dialect == Dialect.H2 ? "CHAR_LENGTH" : "length") + "(json) < 20)");
    try {
      StorageException e = catchThrowableOfType(StorageException.class,
          () -> db.storage().documents().put("t1", DocumentKind.SETTINGS,
              "{\"secret\":\"s3cr3t-value\"}", 0));
      assertThat(e).isExactlyInstanceOf(StorageException.class)
          .hasMessageStartingWith("document put failed (SQLState 23")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(e.getMessage()).doesNotContain("s3cr3t").doesNotContain("INSERT");
      assertThat(db.storage().documents().get("t1", DocumentKind.SETTINGS))
          .isEqualTo(Optional.empty());
    } finally {
      db.execute("ALTER TABLE wabotiq_document DROP CONSTRAINT test_short_json");
    }
  }
}
