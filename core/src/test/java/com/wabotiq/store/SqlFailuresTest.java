package com.wabotiq.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.StorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How driver exceptions become the contracts' exceptions: the key kind from the constraint name
 * as PostgreSQL (in any language) and H2 (in any identifier case) word their messages, never the
 * value; everything else a StorageException naming operation and SQLState.
 */
class SqlFailuresTest {
  static Stream<Arguments> uniqueViolations() {
    return Stream.of(
        // PostgreSQL, English, with a value (that looks like a constraint) in the detail
        Arguments.of("ERROR: duplicate key value violates unique constraint"
            + " \"wabotiq_tenant_slug_uq\"\n  Detail: Key (slug)=(wabotiq_tenant_pk) already"
            + " exists.", "slug"),
        // PostgreSQL, German quotes
        Arguments.of("FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint"
            + " »wabotiq_tenant_pk«", "tenant_id"),
        // H2 2.5, identifiers in lower case (DATABASE_TO_LOWER) and upper case (the default);
        // older H2 names only the constraint's index
        Arguments.of("Unique index or primary key violation: \"public.wabotiq_tenant_api_key_pk"
            + " INDEX public.PRIMARY_KEY_E ON public.wabotiq_tenant_api_key(key_hash) VALUES"
            + " ( /* 1 */ 'wabotiq_tenant_slug_uq' )\"", "api_key_hash"),
        Arguments.of("Unique index or primary key violation: \"PUBLIC.WABOTIQ_WRAPPED_KEY_PK"
            + " INDEX PUBLIC.PRIMARY_KEY_B ON PUBLIC.WABOTIQ_WRAPPED_KEY(TENANT_ID, VERSION)"
            + " VALUES ( /* key:1 */ 't1', 1)\"", "key_version"),
        Arguments.of("Unique index or primary key violation:"
            + " \"PUBLIC.WABOTIQ_TENANT_WHATSAPP_NUMBER_UQ_INDEX_A ON"
            + " PUBLIC.WABOTIQ_TENANT(WHATSAPP_NUMBER NULLS FIRST) VALUES ( /* 4 */ '+1' )\"",
            "whatsapp_number"),
        Arguments.of("duplicate key value violates unique constraint \"wabotiq_wrapped_key_pk\"",
            "key_version"));
  }

  @ParameterizedTest
  @MethodSource("uniqueViolations")
  void translate_uniqueViolation_duplicateKeyNamingTheKindOnly(String message, String key) {
    StorageException e = SqlFailures.translate("op", new SQLException(message, "23505"));
    assertThat(e).isExactlyInstanceOf(DuplicateKeyException.class)
        .hasMessage(key + " is already taken").hasNoCause();
    assertThat(((DuplicateKeyException) e).key()).isEqualTo(key);
  }

  @Test
  void translate_uniqueViolationOfAnotherConstraint_storageExceptionWithCause() {
    SQLException cause = new SQLException(
        "duplicate key value violates unique constraint \"host_own_index\"", "23505");
    assertThat(SqlFailures.translate("tenant create", cause))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("tenant create failed (SQLState 23505)").hasCause(cause);
  }

  @Test
  void translate_duplicateDocumentOrCounterRow_storageExceptionWithCause() {
    for (String constraint : List.of("wabotiq_document_pk", "wabotiq_usage_counter_pk",
        "wabotiq_api_key_activity_pk")) {
      SQLException cause = new SQLException(
          "duplicate key value violates unique constraint \"" + constraint + "\"", "23505");
      assertThat(SqlFailures.translate("op", cause)).isExactlyInstanceOf(StorageException.class)
          .hasMessage("op failed (SQLState 23505)").hasCause(cause);
    }
  }

  @Test
  void translate_nameInsideALongerIdentifier_isNotAMatch() {
    SQLException cause = new SQLException(
        "violates unique constraint \"wabotiq_tenant_pk_copy\"", "23505");
    assertThat(SqlFailures.translate("op", cause)).isExactlyInstanceOf(StorageException.class);
  }

  @Test
  void translate_otherFailure_namesOperationAndEveryState() {
    SQLException cause = new SQLException("connection reset; INSERT ... 's3cr3t'", "08006");
    cause.setNextException(new SQLException("later", "57P01"));
    assertThat(SqlFailures.translate("usage counter add", cause))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("usage counter add failed (SQLState 08006, 57P01)").hasCause(cause);
    assertThat(SqlFailures.translate("op", new SQLException("no state")))
        .hasMessage("op failed (SQLState unknown)");
  }

  @Test
  void translate_uniqueViolationInsideABatch_duplicateKey() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", "23505", new int[0]);
    batch.setNextException(new SQLException(
        "duplicate key value violates unique constraint \"wabotiq_tenant_api_key_pk\"", "23505"));
    assertThat(SqlFailures.translate("op", batch)).isInstanceOf(DuplicateKeyException.class)
        .hasMessage("api_key_hash is already taken");
  }

  @Test
  void isRetryable_deadlockSerializationAndCounterInsertRace() {
    assertThat(SqlFailures.isRetryable(new SQLException("deadlock", "40P01"))).isTrue();
    assertThat(SqlFailures.isRetryable(new SQLException("serialization", "40001"))).isTrue();
    assertThat(SqlFailures.isRetryable(new SQLException(
        "\"PUBLIC.WABOTIQ_USAGE_COUNTER_PK INDEX ...\"", "23505"))).isTrue();
    assertThat(SqlFailures.isRetryable(new SQLException(
        "\"PUBLIC.WABOTIQ_API_KEY_ACTIVITY_PK_INDEX_B ON PUBLIC.WABOTIQ_API_KEY_ACTIVITY\"",
        "23505"))).as("two H2 sessions inserting one key's first use").isTrue();
    assertThat(SqlFailures.isRetryable(new SQLException(
        "violates unique constraint \"wabotiq_tenant_slug_uq\"", "23505"))).isFalse();
    assertThat(SqlFailures.isRetryable(new SQLException("lost", "08006"))).isFalse();
  }

  @Test
  void statements_splitsTheShippedSchemasIntoStatements() {
    for (SqlDialect dialect : List.of(SqlDialect.postgresql(), SqlDialect.h2())) {
      List<String> statements = JdbcAdapter.statements(JdbcAdapter.schemaSql(dialect));
      assertThat(statements).hasSize(8).allSatisfy(s -> assertThat(s)
          .startsWith("CREATE ").contains(" IF NOT EXISTS ").doesNotContain(";", "--"));
    }
    assertThat(JdbcAdapter.statements("-- a; comment\nSELECT 1;\n\n  SELECT 2 ;\n;"))
        .containsExactly("SELECT 1", "SELECT 2");
  }
}
