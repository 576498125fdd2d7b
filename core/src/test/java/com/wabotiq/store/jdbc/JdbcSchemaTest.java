package com.wabotiq.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.JdbcStorage.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped schema: applied by an explicit call, idempotently, never on its own; the same text
 * for a host's migration tool; its indexes used as documented; its ordering and precision.
 */
class JdbcSchemaTest {
  private static final List<String> TABLES = List.of("wabotiq_tenant", "wabotiq_tenant_api_key",
      "wabotiq_document", "wabotiq_usage_counter", "wabotiq_wrapped_key",
      "wabotiq_api_key_activity");

  private static JdbcDatabase open(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? JdbcDatabase.postgres() : JdbcDatabase.h2();
  }

  private static TenantRecord tenant(String id) {
    return new TenantRecord(id, 0, "slug-" + id, null, "trial", Set.of("hash-" + id), null, "{}");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void applySchema_again_isIdempotentAndKeepsData(Dialect dialect) {
    try (JdbcDatabase db = open(dialect)) {
      JdbcStorage storage = db.storage();
      storage.tenants().create(tenant("t1"));
      storage.counters().addIfWithinLimits("t1", List.of(new CounterDelta("m", "p", 3, 10)));
      long objects = schemaObjects(db);
      storage.applySchema();
      JdbcStorage.of(db.newPool(1), dialect).applySchema();
      assertThat(schemaObjects(db)).as("no table or index added").isEqualTo(objects);
      assertThat(storage.tenants().get("t1")).isPresent();
      assertThat(storage.counters().get("t1", "m", "p")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void storage_withoutAppliedSchema_createsNothingAndFailsTyped(Dialect dialect) {
    try (JdbcDatabase db = open(dialect)) {
      db.execute("DROP TABLE wabotiq_tenant_api_key; DROP TABLE wabotiq_tenant;"
          + " DROP TABLE wabotiq_document; DROP TABLE wabotiq_usage_counter;"
          + " DROP TABLE wabotiq_wrapped_key; DROP TABLE wabotiq_api_key_activity");
      JdbcStorage fresh = JdbcStorage.of(db.pool(), dialect);
      assertThatThrownBy(() -> fresh.tenants().get("t1"))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessageStartingWith("tenant get failed (SQLState 42")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(tableCount(db)).as("the SDK never creates a table on its own").isZero();
      fresh.applySchema();
      assertThat(tableCount(db)).isEqualTo(TABLES.size());
      assertThat(fresh.tenants().get("t1")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void schemaSql_isTheShippedResource(Dialect dialect) throws IOException {
    String resource = "/com/wabotiq/store/schema-"
        + (dialect == Dialect.POSTGRESQL ? "postgresql" : "h2") + ".sql";
    try (InputStream in = JdbcStorage.class.getResourceAsStream(resource)) {
      assertThat(in).isNotNull();
      assertThat(JdbcStorage.schemaSql(dialect))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    String sql = JdbcStorage.schemaSql(dialect);
    for (String table : TABLES) {
      assertThat(sql).contains("CREATE TABLE IF NOT EXISTS " + table + " (");
    }
    assertThat(sql).contains("CREATE INDEX IF NOT EXISTS wabotiq_tenant_status_idx")
        .contains("CREATE INDEX IF NOT EXISTS wabotiq_tenant_api_key_tenant_idx")
        .doesNotContain("DROP ").doesNotContain("CREATE TABLE wabotiq");
  }

  @Test
  void factories_nullDataSource_nullPointerNamingIt() {
    assertThatThrownBy(() -> JdbcStorage.postgresql(null))
        .isInstanceOf(NullPointerException.class).hasMessage("data_source == null");
    assertThatThrownBy(() -> JdbcStorage.h2(null))
        .isInstanceOf(NullPointerException.class).hasMessage("data_source == null");
    assertThatThrownBy(() -> JdbcStorage.schemaSql(null))
        .isInstanceOf(NullPointerException.class).hasMessage("dialect == null");
  }

  @Test
  void factories_touchNoConnection_andNameTheirDialect() {
    JdbcStorage pg = JdbcStorage.postgresql(new Wiretap(null).dataSource());
    JdbcStorage h2 = JdbcStorage.h2(new Wiretap(null).dataSource());
    assertThat(pg.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(h2.dialect()).isEqualTo(Dialect.H2);
    assertThat(pg).hasToString("JdbcStorage[postgresql]");
    assertThat(h2).hasToString("JdbcStorage[h2]");
    assertThat(pg.tenants()).isSameAs(pg.tenants());
  }

  @Test
  void postgres_listByStatus_usesThePartialStatusIndex() throws SQLException {
    try (JdbcDatabase db = JdbcDatabase.postgres()) {
      for (int i = 0; i < 50; i++) {
        db.storage().tenants().create(tenant(String.format("t%02d", i)));
      }
      List<String> plan = new ArrayList<>();
      try (Connection c = db.pool().getConnection(); Statement s = c.createStatement()) {
        s.execute("SET enable_seqscan = off");
        try (ResultSet rs = s.executeQuery("EXPLAIN SELECT tenant_id FROM wabotiq_tenant"
            + " WHERE status = 'trial' AND deleted_at IS NULL AND tenant_id > 't10'"
            + " ORDER BY tenant_id FETCH FIRST 11 ROWS ONLY")) {
          while (rs.next()) {
            plan.add(rs.getString(1));
          }
        }
        s.execute("RESET enable_seqscan");
      }
      assertThat(String.join("\n", plan)).contains("wabotiq_tenant_status_idx")
          .doesNotContain("Sort");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void listByStatus_nonAsciiIds_inStringCompareToOrder(Dialect dialect) {
    try (JdbcDatabase db = open(dialect)) {
      List<String> ids = List.of("b", "B", "a", "Z", "é", "e", "ß", "Ω", "中", "t-1", "t_1", "t1");
      for (String id : ids) {
        db.storage().tenants().create(tenant(id));
      }
      List<String> listed = new ArrayList<>();
      String cursor = null;
      do {
        Page<TenantRecord> page = db.storage().tenants().listByStatus("trial", cursor, 2);
        page.items().forEach(r -> listed.add(r.tenantId()));
        cursor = page.nextCursor();
      } while (cursor != null);
      assertThat(listed).isEqualTo(ids.stream().sorted().toList());
    }
  }

  /*
   * The one known departure from the contract's UTF-16 order: PostgreSQL's "C" collation orders
   * by code point, so an id holding a supplementary character (a surrogate pair in Java) sorts
   * after one holding U+E000..U+FFFF at the same place, where String.compareTo puts it before.
   * Ids the SDK makes are UUIDs; an adopter with such ids pages consistently all the same.
   */
  @Test
  void postgres_listByStatus_supplementaryCharacters_codePointOrder() {
    try (JdbcDatabase db = JdbcDatabase.postgres()) {
      db.storage().tenants().create(tenant("x\uE000"));
      db.storage().tenants().create(tenant("x\uD83D\uDE00"));
      List<String> listed = db.storage().tenants().listByStatus("trial", null, 10).items()
          .stream().map(TenantRecord::tenantId).toList();
      assertThat(listed).containsExactly("x\uE000", "x\uD83D\uDE00");
      assertThat("x\uD83D\uDE00".compareTo("x\uE000")).isNegative();
    }
  }

  @Test
  void postgres_deletedAt_storedAtMicrosecondsAndReturnedSo() {
    try (JdbcDatabase db = JdbcDatabase.postgres()) {
      TenantRecord v1 = db.storage().tenants().create(tenant("t1"));
      Instant nanos = Instant.parse("2025-11-20T10:15:30.123456789Z");
      TenantRecord deleted = db.storage().tenants().update(new TenantRecord("t1", 0, v1.slug(),
          null, "trial", v1.apiKeyHashes(), nanos, "{}"), 1);
      assertThat(deleted.deletedAt()).isEqualTo(Instant.parse("2025-11-20T10:15:30.123456Z"));
      assertThat(db.storage().tenants().get("t1")).contains(deleted);
    }
  }

  @Test
  void h2_deletedAt_keepsNanoseconds() {
    try (JdbcDatabase db = JdbcDatabase.h2()) {
      Instant nanos = Instant.parse("2025-11-20T10:15:30.123456789Z");
      TenantRecord created = db.storage().tenants().create(new TenantRecord("t1", 0, "s", null,
          "trial", Set.of(), nanos, "{}"));
      assertThat(created.deletedAt()).isEqualTo(nanos);
      assertThat(db.storage().tenants().get("t1")).contains(created);
    }
  }

  /** H2's own modes, beyond the PostgreSQL mode the kit runs in: every statement still works. */
  @ParameterizedTest
  @ValueSource(strings = {"REGULAR", "PostgreSQL", "MySQL", "MSSQLServer", "Oracle"})
  void h2_anyMode_everyStatementWorks(String mode) {
    try (JdbcDatabase db = JdbcDatabase.h2(mode)) {
      JdbcStorage s = db.storage();
      s.applySchema();
      TenantRecord t1 = s.tenants().create(tenant("t1"));
      TenantRecord t2 = s.tenants().create(tenant("t2"));
      assertThat(s.tenants().update(new TenantRecord("t1", 0, "new", "+1", "trial",
          Set.of("hash-t1", "h2"), Instant.parse("2025-11-20T10:15:30Z"), "{}"), 1).version())
          .isEqualTo(2);
      assertThat(s.tenants().findBy(UniqueKey.API_KEY_HASH, "hash-t2")).contains(t2);
      assertThat(s.tenants().listByStatus("trial", null, 1).items()).containsExactly(t2);
      assertThat(s.tenants().get("t1").orElseThrow().apiKeyHashes())
          .containsExactlyInAnyOrder("hash-t1", "h2");
      assertThat(t1.version()).isEqualTo(1);
      s.documents().put("t1", DocumentKind.SETTINGS, "{}", 0);
      assertThat(s.documents().put("t1", DocumentKind.SETTINGS, "{\"a\":1}", 1).version())
          .isEqualTo(2);
      CounterDelta a = new CounterDelta("a", "p", 2, 3);
      CounterDelta b = new CounterDelta("b", "p", 1, 1);
      assertThat(s.counters().addIfWithinLimits("t1", List.of(a, b)))
          .isEqualTo(new AddResult(true, List.of(2L, 1L)));
      assertThat(s.counters().addIfWithinLimits("t1", List.of(a)))
          .isEqualTo(new AddResult(false, List.of(2L)));
      s.counters().refund("t1", List.of(a, b));
      assertThat(s.counters().get("t1", "a", "p")).isZero();
      s.wrappedKeys().put("t1", 1, new byte[] {7});
      assertThat(s.wrappedKeys().get("t1", 1)).hasValueSatisfying(k -> assertThat(k)
          .containsExactly(7));
      assertThat(s.wrappedKeys().deleteAll("t1")).isEqualTo(1);
    }
  }

  /** Tables and indexes of the schema, by the information schema. */
  private static long schemaObjects(JdbcDatabase db) {
    String indexes = db.dialect() == Dialect.POSTGRESQL
        ? "SELECT count(*) FROM pg_indexes WHERE tablename LIKE 'wabotiq%'"
        : "SELECT count(*) FROM information_schema.indexes WHERE LOWER(table_name) LIKE 'wabotiq%'";
    return tableCount(db) * 1000 + db.queryLong(indexes);
  }

  private static long tableCount(JdbcDatabase db) {
    return db.queryLong("SELECT count(*) FROM information_schema.tables"
        + " WHERE LOWER(table_name) LIKE 'wabotiq%'");
  }
}
