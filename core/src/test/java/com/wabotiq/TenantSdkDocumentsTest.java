package com.wabotiq;

import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.tenant.AgentBehavior;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.LlmSettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ValidationException;
import com.wabotiq.validation.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings and agent configuration: defaults, validation, versions, races, isolation. */
class TenantSdkDocumentsTest {
  private final MutableClock clock = new MutableClock(T0);
  private final CountingStorage storage = new CountingStorage();
  private final TenantSdk sdk = TenantSdk.builder().storage(storage.stores).clock(clock).build();
  private final Tenant tenant = sdk.createTenant(Fixtures.acme());

  @Test
  void updateSettings_fromDefaults_storedAtVersionOneWithUpdatedAtNow() {
    Versioned<TenantSettings> defaults = sdk.settings(tenant.id());
    clock.advance(Duration.ofHours(2));
    TenantSettings cooler =
        defaults.value().toBuilder()
            .llm(defaults.value().llm().toBuilder().llmTemperature(0.2).build())
            .build();

    Versioned<TenantSettings> stored = sdk.updateSettings(tenant.id(), 0, cooler);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.value().llm().llmTemperature()).isEqualTo(0.2);
    assertThat(stored.value().updatedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(stored.value().createdAt()).isEqualTo(T0);
    assertThat(stored.value().id()).isEqualTo(Defaults.settingsId(tenant.id()));
    assertThat(sdk.settings(tenant.id())).isEqualTo(stored);
    TenantSdk fresh = TenantSdk.builder().storage(storage.memory).build();
    assertThat(fresh.settings(tenant.id())).isEqualTo(stored);
  }

  @Test
  void updateSettings_withoutIdOrCreatedAt_facadeFillsThem() {
    TenantSettings bare = TenantSettings.builder().tenantId(tenant.id()).build();

    Versioned<TenantSettings> stored = sdk.updateSettings(tenant.id(), 0, bare);

    assertThat(stored.value().id()).isEqualTo(Defaults.settingsId(tenant.id()));
    assertThat(stored.value().createdAt()).isEqualTo(T0);
    assertThat(stored.value().updatedAt()).isEqualTo(T0);
  }

  @Test
  void updateSettings_ownIdKept() {
    SettingsId own = SettingsId.of("11111111-2222-4333-8444-555555555555");
    TenantSettings settings = sdk.settings(tenant.id()).value().toBuilder().id(own).build();

    assertThat(sdk.updateSettings(tenant.id(), 0, settings).value().id()).isEqualTo(own);
  }

  @Test
  void updateSettings_invalid_validationExceptionAndStoredDocumentUnchanged() {
    Versioned<TenantSettings> first =
        sdk.updateSettings(tenant.id(), settings -> withMetadata(settings, "industry", "retail"));
    int puts = storage.puts.get();
    TenantSettings invalid =
        first.value().toBuilder()
            .llm(LlmSettings.builder().llmTemperature(2.5).llmMaxTokens(0).build())
            .build();

    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), 1, invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("llm_max_tokens", "llm_temperature"));
    assertThatThrownBy(
            () ->
                sdk.updateSettings(
                    tenant.id(), s -> s.toBuilder().llm(invalid.llm()).build()))
        .isInstanceOf(ValidationException.class);

    assertThat(storage.puts.get()).isEqualTo(puts); // never reached the adapter
    assertThat(sdk.settings(tenant.id())).isEqualTo(first);
    assertThat(storedDocument(DocumentKind.SETTINGS).version()).isEqualTo(1);
  }

  @Test
  void updateSettings_invalidAcrossGroups_refused() {
    TenantSettings settings = sdk.settings(tenant.id()).value();
    TenantSettings otherNamespace =
        settings.toBuilder()
            .pinecone(settings.pinecone().toBuilder().pineconeNamespace("someone-else").build())
            .build();

    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), 0, otherNamespace))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("pinecone_namespace");
    assertThat(storage.puts).hasValue(0);
  }

  @Test
  void updateSettings_staleVersion_conflictAndStoredDocumentUnchanged() {
    TenantSettings defaults = sdk.settings(tenant.id()).value();
    Versioned<TenantSettings> first =
        sdk.updateSettings(tenant.id(), 0, withMetadata(defaults, "a", "1"));

    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), 0, withMetadata(defaults, "b", "2")))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(sdk.settings(tenant.id())).isEqualTo(first);
  }

  @Test
  void updateSettings_anotherTenantsSettings_illegalArgumentAndNothingWritten() {
    Tenant other = sdk.createTenant(Fixtures.named("Other Shop"));
    TenantSettings theirs = sdk.settings(other.id()).value();

    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), 0, theirs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "settings tenant_id (" + other.id().value() + ") must be the tenant's id ("
                + tenant.id().value() + ")");
    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), s -> theirs))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(storage.puts).hasValue(0);
  }

  @Test
  void updateSettings_negativeVersionOrNulls_refused() {
    TenantSettings settings = sdk.settings(tenant.id()).value();

    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), -1, settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected_version (-1) must be >= 0");
    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), s -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change(settings) == null");
    assertThatThrownBy(() -> sdk.updateSettings(null, 0, settings))
        .hasMessage("tenant_id == null");
    assertThat(storage.puts).hasValue(0);
  }

  @Test
  void updateSettings_unknownTenant_tenantNotFoundAndNoDocumentCreated() {
    TenantId unknown = TenantId.of("0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
    TenantSettings settings = Defaults.settings(unknown, T0);

    assertThatThrownBy(() -> sdk.settings(unknown)).isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> sdk.agentConfiguration(unknown))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> sdk.updateSettings(unknown, 0, settings))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> sdk.updateSettings(unknown, s -> s))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(storage.puts).hasValue(0);
    assertThat(storage.memory.documents().get(unknown.value(), DocumentKind.SETTINGS)).isEmpty();
  }

  @Test
  void updateSettings_eightThreadsAddingDistinctKeys_noWriteLost() throws Exception {
    int threads = 8;
    List<Versioned<TenantSettings>> results =
        race(threads, i -> () -> sdk.updateSettings(tenant.id(), s -> withMetadata(s, "key" + i, i)));

    Versioned<TenantSettings> end = sdk.settings(tenant.id());
    assertThat(end.version()).isEqualTo(threads);
    assertThat(end.value().metadata())
        .containsOnlyKeys("key0", "key1", "key2", "key3", "key4", "key5", "key6", "key7");
    for (int i = 0; i < threads; i++) {
      assertThat(end.value().metadata().get("key" + i)).isEqualTo(BigDecimal.valueOf(i));
    }
    assertThat(results).extracting(Versioned::version).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
  }

  @Test
  void updateSettings_eightWritersAtOneVersion_exactlyOneWins() throws Exception {
    TenantSettings base = sdk.updateSettings(tenant.id(), s -> withMetadata(s, "base", "yes")).value();
    int threads = 8;
    List<Object> outcomes =
        race(
            threads,
            i ->
                () -> {
                  try {
                    return sdk.updateSettings(tenant.id(), 1, withMetadata(base, "writer", i));
                  } catch (VersionConflictException conflict) {
                    return conflict;
                  }
                });

    List<Versioned<?>> wins = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof Versioned) {
        wins.add((Versioned<?>) outcome);
      } else {
        assertThat(outcome).isInstanceOf(VersionConflictException.class);
      }
    }
    assertThat(wins).hasSize(1);
    Versioned<TenantSettings> end = sdk.settings(tenant.id());
    assertThat(end.version()).isEqualTo(2);
    assertThat(end).isEqualTo(wins.get(0));
    assertThat(end.value().metadata()).containsOnlyKeys("base", "writer");
  }

  @Test
  void agentConfiguration_updateValidateConflict() {
    Versioned<AgentConfiguration> defaults = sdk.agentConfiguration(tenant.id());
    assertThat(defaults.version()).isZero();
    AgentConfiguration custom =
        defaults.value().toBuilder().customInstructions("Mention free delivery over 5000 KES.").build();

    Versioned<AgentConfiguration> stored = sdk.updateAgentConfiguration(tenant.id(), 0, custom);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.value().id()).isEqualTo(Defaults.agentConfigurationId(tenant.id()));
    assertThat(sdk.agentConfiguration(tenant.id())).isEqualTo(stored);
    AgentConfiguration invalid =
        custom.toBuilder().behavior(AgentBehavior.builder().confidenceThreshold(1.5).build()).build();
    assertThatThrownBy(() -> sdk.updateAgentConfiguration(tenant.id(), 1, invalid))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("confidence_threshold");
    assertThatThrownBy(() -> sdk.updateAgentConfiguration(tenant.id(), 0, custom))
        .isInstanceOf(VersionConflictException.class);
    assertThat(sdk.agentConfiguration(tenant.id())).isEqualTo(stored);
  }

  @Test
  void updateAgentConfiguration_eightThreadsWithFunction_noWriteLost() throws Exception {
    race(
        8,
        i ->
            () ->
                sdk.updateAgentConfiguration(
                    tenant.id(),
                    c -> {
                      String previous = c.customInstructions() == null ? "" : c.customInstructions();
                      return c.toBuilder().customInstructions(previous + "[" + i + "]").build();
                    }));

    Versioned<AgentConfiguration> end = sdk.agentConfiguration(tenant.id());
    assertThat(end.version()).isEqualTo(8);
    for (int i = 0; i < 8; i++) {
      assertThat(end.value().customInstructions()).containsOnlyOnce("[" + i + "]");
    }
  }

  @Test
  void documents_tenantIsolation_eachTenantSeesOnlyItsOwn() {
    Tenant other = sdk.createTenant(Fixtures.named("Other Shop"));

    sdk.updateSettings(tenant.id(), s -> withMetadata(s, "owner", "acme"));
    sdk.updateAgentConfiguration(tenant.id(), c -> c.toBuilder().customInstructions("acme").build());

    assertThat(sdk.settings(other.id()).version()).isZero();
    assertThat(sdk.settings(other.id()).value().tenantId()).isEqualTo(other.id());
    assertThat(sdk.settings(other.id()).value().metadata()).isEmpty();
    assertThat(sdk.agentConfiguration(other.id()).value().customInstructions()).isNull();
    assertThat(sdk.settings(tenant.id()).value().metadata()).containsEntry("owner", "acme");
  }

  @Test
  void documents_deletedTenant_readableNotWritable() {
    Versioned<TenantSettings> before = sdk.updateSettings(tenant.id(), s -> withMetadata(s, "k", "v"));
    sdk.softDelete(tenant.id());

    assertThat(sdk.settings(tenant.id())).isEqualTo(before);
    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), 1, before.value()))
        .isInstanceOfSatisfying(
            TenantNotFoundException.class, e -> assertThat(e.isDeleted()).isTrue())
        .hasMessage("tenant " + tenant.id().value() + " is deleted");
    assertThatThrownBy(() -> sdk.updateAgentConfiguration(tenant.id(), c -> c))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(sdk.settings(tenant.id())).isEqualTo(before);
  }

  private VersionedDocument storedDocument(DocumentKind kind) {
    return storage.memory.documents().get(tenant.id().value(), kind).orElseThrow();
  }

  private static TenantSettings withMetadata(TenantSettings settings, String key, Object value) {
    Map<String, Object> metadata = new HashMap<>(settings.metadata());
    metadata.put(key, value);
    return settings.toBuilder().metadata(metadata).build();
  }

  /** Runs {@code threads} tasks released together by a start gate; returns their results. */
  private static <T> List<T> race(int threads, java.util.function.IntFunction<Callable<T>> task)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<T> body = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  return body.call();
                }));
      }
      gate.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
