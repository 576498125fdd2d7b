package com.wabotiq;

import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.store.ForwardingDocuments;
import com.wabotiq.store.ForwardingTenantRecords;
import com.wabotiq.store.Stores;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two writers on one tenant through two facades on the same storage: the rival's write lands
 * between this facade's read and its write. Every read-modify-write of the facade (status, soft
 * delete, settings and agent configuration by function, the tenant record) then re-reads and
 * re-applies its change on top of the rival's, so neither write is lost; a write at an explicit
 * version instead fails with the conflict and writes nothing. A store that conflicts for ever
 * gets exactly {@link TenantSdk#MAX_ATTEMPTS} attempts.
 */
class TenantSdkConflictTest {
  private final MutableClock clock = new MutableClock(T0);
  private final Stores memory = Stores.inMemory();
  private final TenantSdk rival =
      TenantSdk.builder().storage(memory).clock(clock).cacheEnabled(false).build();

  /** The rival's write, run once just before this facade's next write reaches storage. */
  private volatile BiConsumer<TenantSdk, TenantId> pending;

  private final AtomicInteger tenantWrites = new AtomicInteger();
  private final AtomicInteger documentWrites = new AtomicInteger();

  private final TenantSdk sdk =
      TenantSdk.builder()
          .storage(
              memory
                  .withTenants(
                      new ForwardingTenantRecords(memory.tenants()) {
                        @Override
                        public TenantRecord update(TenantRecord record, long expectedVersion) {
                          tenantWrites.incrementAndGet();
                          letTheRivalWrite(record.tenantId());
                          return super.update(record, expectedVersion);
                        }
                      })
                  .withDocuments(
                      new ForwardingDocuments(memory.documents()) {
                        @Override
                        public VersionedDocument put(
                            String tenantId, DocumentKind kind, String json, long expected) {
                          documentWrites.incrementAndGet();
                          letTheRivalWrite(tenantId);
                          return super.put(tenantId, kind, json, expected);
                        }
                      }))
          .clock(clock)
          .build();

  private final Tenant tenant = sdk.createTenant(Fixtures.acme());

  private void letTheRivalWrite(String tenantId) {
    BiConsumer<TenantSdk, TenantId> write = pending;
    if (write != null) {
      pending = null;
      write.accept(rival, TenantId.of(tenantId));
    }
  }

  @Test
  void changeStatus_rivalActivatesFirst_retryMovesOnFromWhatTheRivalWrote() {
    pending = (other, id) -> other.changeStatus(id, TenantStatus.ACTIVE);

    Tenant canceled = sdk.changeStatus(tenant.id(), TenantStatus.CANCELED);

    assertThat(canceled.status()).isEqualTo(TenantStatus.CANCELED);
    assertThat(tenantWrites).hasValue(2);
    assertThat(rival.versionedTenant(tenant.id()).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void softDelete_rivalRenamesFirst_retryDeletesAndKeepsTheNewName() {
    pending = (other, id) -> other.updateTenantRecord(id, t -> t.toBuilder().name("Acme Two").build());

    Tenant deleted = sdk.softDelete(tenant.id());

    assertThat(deleted.isDeleted()).isTrue();
    assertThat(deleted.name()).isEqualTo("Acme Two");
    assertThat(tenantWrites).hasValue(2);
    Tenant stored = rival.tenant(tenant.id()).orElseThrow();
    assertThat(stored).isEqualTo(deleted);
  }

  @Test
  void updateTenantRecord_rivalActivatesFirst_retryKeepsBothChanges() {
    pending = (other, id) -> other.changeStatus(id, TenantStatus.ACTIVE);

    Tenant renamed =
        sdk.updateTenantRecord(tenant.id(), t -> t.toBuilder().name("Acme Renamed").build());

    assertThat(renamed.name()).isEqualTo("Acme Renamed");
    assertThat(renamed.status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(rival.tenant(tenant.id()).orElseThrow()).isEqualTo(renamed);
    assertThat(tenantWrites).hasValue(2);
  }

  @Test
  void updateSettingsByFunction_rivalWritesFirst_changeReappliedOnTheRivalsSettings() {
    pending = (other, id) -> other.updateSettings(id, s -> withMetadata(s, "theirs", "1"));
    AtomicInteger applied = new AtomicInteger();

    Versioned<TenantSettings> mine =
        sdk.updateSettings(
            tenant.id(),
            s -> {
              applied.incrementAndGet();
              return withMetadata(s, "mine", "2");
            });

    assertThat(mine.version()).isEqualTo(2);
    assertThat(mine.value().metadata()).containsOnlyKeys("theirs", "mine");
    assertThat(applied).hasValue(2);
    assertThat(rival.settings(tenant.id())).isEqualTo(mine);
  }

  @Test
  void updateAgentConfigurationByFunction_rivalWritesFirst_changeReappliedOnTheRivals() {
    pending =
        (other, id) ->
            other.updateAgentConfiguration(id, c -> c.toBuilder().customInstructions("theirs").build());

    Versioned<AgentConfiguration> mine =
        sdk.updateAgentConfiguration(
            tenant.id(),
            c ->
                c.toBuilder()
                    .customInstructions(
                        c.customInstructions() == null ? "mine" : c.customInstructions() + ", mine")
                    .build());

    assertThat(mine.version()).isEqualTo(2);
    assertThat(mine.value().customInstructions()).isEqualTo("theirs, mine");
    assertThat(rival.agentConfiguration(tenant.id())).isEqualTo(mine);
  }

  @Test
  void updateSettingsAtAVersion_rivalWritesFirst_loserGetsTheConflictAndWritesNothing() {
    Versioned<TenantSettings> read = sdk.settings(tenant.id());
    pending = (other, id) -> other.updateSettings(id, 0, withMetadata(read.value(), "theirs", "1"));

    assertThatThrownBy(
            () -> sdk.updateSettings(tenant.id(), 0, withMetadata(read.value(), "mine", "2")))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> assertThat(e.expectedVersion()).isZero());

    assertThat(documentWrites).hasValue(1); // not retried: the caller chose the version
    Versioned<TenantSettings> stored = rival.settings(tenant.id());
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.value().metadata()).containsOnlyKeys("theirs");
  }

  static Stream<Arguments> readModifyWrites() {
    return Stream.of(
        Arguments.of("changeStatus", (Write) (s, id) -> s.changeStatus(id, TenantStatus.ACTIVE)),
        Arguments.of("softDelete", (Write) TenantSdk::softDelete),
        Arguments.of(
            "updateTenantRecord",
            (Write) (s, id) -> s.updateTenantRecord(id, t -> t.toBuilder().name("X").build())),
        Arguments.of(
            "updateSettings",
            (Write) (s, id) -> s.updateSettings(id, st -> withMetadata(st, "k", "v"))),
        Arguments.of(
            "updateAgentConfiguration",
            (Write)
                (s, id) ->
                    s.updateAgentConfiguration(
                        id, c -> c.toBuilder().customInstructions("x").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readModifyWrites")
  void readModifyWrite_storeConflictsForEver_givesUpAfterMaxAttemptsWithTheConflict(
      String name, Write write) {
    AtomicInteger attempts = new AtomicInteger();
    Stores hostile =
        memory
            .withTenants(
                new ForwardingTenantRecords(memory.tenants()) {
                  @Override
                  public TenantRecord update(TenantRecord record, long expectedVersion) {
                    attempts.incrementAndGet();
                    throw new VersionConflictException(
                        "tenant", record.tenantId(), expectedVersion, expectedVersion + 1);
                  }
                })
            .withDocuments(
                new ForwardingDocuments(memory.documents()) {
                  @Override
                  public VersionedDocument put(
                      String tenantId, DocumentKind kind, String json, long expected) {
                    attempts.incrementAndGet();
                    throw new VersionConflictException("document", tenantId, expected, expected + 1);
                  }
                });
    TenantSdk stuck = TenantSdk.builder().storage(hostile).clock(clock).build();
    Versioned<Tenant> before = rival.versionedTenant(tenant.id()).orElseThrow();

    assertThatThrownBy(() -> write.apply(stuck, tenant.id()))
        .isInstanceOf(VersionConflictException.class);

    assertThat(attempts).hasValue(TenantSdk.MAX_ATTEMPTS);
    assertThat(rival.versionedTenant(tenant.id())).contains(before);
    assertThat(rival.settings(tenant.id()).version()).isZero();
    assertThat(rival.agentConfiguration(tenant.id()).version()).isZero();
  }

  /** One write through a facade. */
  @FunctionalInterface
  interface Write {
    Object apply(TenantSdk sdk, TenantId id);
  }

  private static TenantSettings withMetadata(TenantSettings settings, String key, Object value) {
    Map<String, Object> metadata = new HashMap<>(settings.metadata());
    metadata.put(key, value);
    return settings.toBuilder().metadata(metadata).build();
  }
}
