package com.wabotiq.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.JdbcStorage.Dialect;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statements each call sends and the round trips they cost, as docs/adapters.md states them,
 * recorded by a {@link Wiretap} on PostgreSQL and H2: one event per execution, commit or
 * rollback. On H2 the counter add is a MERGE; everything else is the same statement.
 */
class JdbcRoundTripsTest {
  private static final String MONTH = "2025-11-01";
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

  /** A wiretapped storage on an emptied database, and what it recorded. */
  private record Tapped(JdbcStorage storage, Wiretap tap, Dialect dialect) {
    List<String> calls(Runnable call) {
      tap.reset();
      call.run();
      return tap.events();
    }

    String add() {
      return dialect == Dialect.POSTGRESQL ? "INSERT wabotiq_usage_counter"
          : "MERGE wabotiq_usage_counter";
    }
  }

  private static Tapped tapped(Dialect dialect) {
    JdbcDatabase db = DATABASES.get(dialect);
    db.emptyStorage();
    Wiretap tap = new Wiretap(db.pool());
    return new Tapped(JdbcStorage.of(tap.dataSource(), dialect), tap, dialect);
  }

  private static CounterDelta delta(String metric, long amount, long limit) {
    return new CounterDelta(metric, MONTH, amount, limit);
  }

  private static TenantRecord tenant(String id, Set<String> hashes) {
    return new TenantRecord(id, 0, "slug-" + id, "wa-" + id, "trial", hashes, null, "{}");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void counterAdd_oneCounter_oneStatementOneRoundTrip(Dialect dialect) {
    Tapped t = tapped(dialect);
    List<AddResult> results = new ArrayList<>();
    assertThat(t.calls(() -> results.add(
        t.storage().counters().addIfWithinLimits("t1", List.of(delta("m", 1, 1))))))
        .containsExactly(t.add());
    assertThat(t.calls(() -> results.add(
        t.storage().counters().addIfWithinLimits("t1", List.of(delta("m", 1, 1))))))
        .as("refused: the add, then the refusal settled in a transaction that reads the total it"
            + " reports under a row lock")
        .containsExactly(t.add(), "SELECT wabotiq_usage_counter", "commit");
    assertThat(t.calls(() -> results.add(
        t.storage().counters().addIfWithinLimits("t1", List.of(delta("m", 5, 4))))))
        .as("an amount over its limit never fits: one read, no write")
        .containsExactly("SELECT wabotiq_usage_counter");
    assertThat(results).containsExactly(new AddResult(true, List.of(1L)),
        new AddResult(false, List.of(1L)), new AddResult(false, List.of(1L)));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void counterAdd_threeCounters_nPlusOneRoundTrips(Dialect dialect) {
    Tapped t = tapped(dialect);
    List<CounterDelta> campaign =
        List.of(delta("messages", 2, 10), delta("conversations", 1, 1), delta("contacts", 1, 5));
    assertThat(t.calls(() -> t.storage().counters().addIfWithinLimits("t1", campaign)))
        .containsExactly(t.add(), t.add(), t.add(), "commit");
    assertThat(t.calls(() -> t.storage().counters().addIfWithinLimits("t1", campaign)))
        .as("refused at the second in lock order (contacts, conversations, messages)")
        .containsExactly(
            t.add(), t.add(), "rollback", "SELECT wabotiq_usage_counter", "commit");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void keyActivity_oneStatementPerUse(Dialect dialect) {
    Tapped t = tapped(dialect);
    var activity = t.storage().keyActivity();
    String write = dialect == Dialect.POSTGRESQL ? "INSERT wabotiq_api_key_activity"
        : "MERGE wabotiq_api_key_activity";
    Instant at = Instant.parse("2025-11-20T10:15:30Z");
    Duration minute = Duration.ofMinutes(1);
    assertThat(t.calls(() -> activity.record(List.of(new KeyUse("t1", "h1", at)), minute)))
        .as("one use: the conditional upsert alone, in auto-commit").containsExactly(write);
    assertThat(t.calls(() -> activity.record(List.of(new KeyUse("t1", "h1", at)), minute)))
        .as("a use within the interval costs the same statement, which writes nothing")
        .containsExactly(write);
    assertThat(t.calls(() -> activity.record(List.of(new KeyUse("t1", "h2", at),
        new KeyUse("t1", "h3", at), new KeyUse("t2", "h1", at)), minute)))
        .as("n uses: n upserts and a commit").containsExactly(write, write, write, "commit");
    assertThat(t.calls(() -> activity.record(List.of(), minute))).as("nothing to do").isEmpty();
    assertThat(t.calls(() -> activity.lastUses("t1")))
        .containsExactly("SELECT wabotiq_api_key_activity");
    assertThat(t.calls(() -> activity.forget("t1", Set.of("h1", "h2"))))
        .containsExactly("DELETE wabotiq_api_key_activity");
    assertThat(t.calls(() -> activity.forget("t1", Set.of()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void counterRefund_oneStatementOrOneBatch(Dialect dialect) {
    Tapped t = tapped(dialect);
    assertThat(t.calls(() -> t.storage().counters().refund("t1", List.of(delta("a", 1, 1)))))
        .containsExactly("UPDATE wabotiq_usage_counter");
    assertThat(t.calls(() -> t.storage().counters()
        .refund("t1", List.of(delta("a", 1, 1), delta("b", 1, 1), delta("c", 1, 1)))))
        .containsExactly("UPDATE wabotiq_usage_counter", "commit");
    assertThat(t.calls(() -> t.storage().counters().get("t1", "a", MONTH)))
        .containsExactly("SELECT wabotiq_usage_counter");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void tenants_statementsPerCall(Dialect dialect) {
    Tapped t = tapped(dialect);
    var tenants = t.storage().tenants();
    assertThat(t.calls(() -> tenants.create(tenant("t0", Set.of()))))
        .containsExactly("INSERT wabotiq_tenant");
    assertThat(t.calls(() -> tenants.create(tenant("t1", Set.of("h1", "h2")))))
        .containsExactly("INSERT wabotiq_tenant", "INSERT wabotiq_tenant_api_key", "commit");
    assertThat(t.calls(() -> tenants.get("t1"))).containsExactly("SELECT wabotiq_tenant");
    assertThat(t.calls(() -> tenants.findBy(UniqueKey.API_KEY_HASH, "h1")))
        .containsExactly("SELECT wabotiq_tenant");
    assertThat(t.calls(() -> tenants.listByStatus("trial", null, 10)))
        .containsExactly("SELECT wabotiq_tenant");
    assertThat(t.calls(() -> tenants.update(tenant("t1", Set.of("h2", "h3")), 1)))
        .containsExactly("UPDATE wabotiq_tenant", "DELETE wabotiq_tenant_api_key",
            "INSERT wabotiq_tenant_api_key", "commit");
    assertThat(t.calls(() -> tenants.update(tenant("t0", Set.of()), 1)))
        .containsExactly("UPDATE wabotiq_tenant", "DELETE wabotiq_tenant_api_key", "commit");
    assertThat(t.calls(() -> Assertions.assertThatThrownBy(
        () -> tenants.update(tenant("t1", Set.of()), 1))
        .isInstanceOf(VersionConflictException.class)))
        .as("stale: the update matches no row, one read tells conflict from absence")
        .containsExactly("UPDATE wabotiq_tenant", "SELECT wabotiq_tenant", "rollback");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void documentsAndKeys_oneStatementPerCall(Dialect dialect) {
    Tapped t = tapped(dialect);
    var documents = t.storage().documents();
    assertThat(t.calls(() -> documents.put("t1", DocumentKind.SETTINGS, "{}", 0)))
        .containsExactly("INSERT wabotiq_document");
    assertThat(t.calls(() -> documents.put("t1", DocumentKind.SETTINGS, "{\"a\":1}", 1)))
        .containsExactly("UPDATE wabotiq_document");
    assertThat(t.calls(() -> Assertions.assertThatThrownBy(
        () -> documents.put("t1", DocumentKind.SETTINGS, "{}", 1))
        .isInstanceOf(VersionConflictException.class)))
        .containsExactly("UPDATE wabotiq_document", "SELECT wabotiq_document");
    assertThat(t.calls(() -> documents.get("t1", DocumentKind.SETTINGS)))
        .containsExactly("SELECT wabotiq_document");
    var keys = t.storage().wrappedKeys();
    assertThat(t.calls(() -> keys.put("t1", 1, new byte[] {1})))
        .containsExactly("INSERT wabotiq_wrapped_key");
    assertThat(t.calls(() -> keys.get("t1", 1))).containsExactly("SELECT wabotiq_wrapped_key");
    assertThat(t.calls(() -> keys.versions("t1"))).containsExactly("SELECT wabotiq_wrapped_key");
    assertThat(t.calls(() -> keys.deleteAll("t1"))).containsExactly("DELETE wabotiq_wrapped_key");
  }
}
