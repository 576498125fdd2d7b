package com.wabotiq;

import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.json.JsonCodec;
import com.wabotiq.json.JsonDecodingException;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.store.ForwardingDocuments;
import com.wabotiq.store.ForwardingTenantRecords;
import com.wabotiq.store.Stores;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Storage faults as the facade's caller sees them: one {@link StorageException} with the cause,
 * no document contents in the message, and nothing half-written.
 */
class TenantSdkFaultsTest {
  private static final String SECRET = "AC-secret-token";
  private final MutableClock clock = new MutableClock(T0);
  private final Stores memory = Stores.inMemory();
  private final AtomicBoolean failing = new AtomicBoolean();
  private final IllegalStateException bug = new IllegalStateException("row contents " + SECRET);

  /** The memory stores, with tenant and document writes and reads failing while {@link #failing}. */
  private final Stores faulty =
      memory
          .withTenants(
              new ForwardingTenantRecords(memory.tenants()) {
                @Override
                public TenantRecord create(TenantRecord record) {
                  failIfAsked();
                  return super.create(record);
                }

                @Override
                public TenantRecord update(TenantRecord record, long expectedVersion) {
                  failIfAsked();
                  return super.update(record, expectedVersion);
                }

                @Override
                public Optional<TenantRecord> get(String tenantId) {
                  failIfAsked();
                  return super.get(tenantId);
                }
              })
          .withDocuments(
              new ForwardingDocuments(memory.documents()) {
                @Override
                public VersionedDocument put(
                    String tenantId, DocumentKind kind, String json, long expectedVersion) {
                  failIfAsked();
                  return super.put(tenantId, kind, json, expectedVersion);
                }
              });

  private final TenantSdk sdk = TenantSdk.builder().storage(faulty).clock(clock).build();

  private void failIfAsked() {
    if (failing.get()) {
      throw bug;
    }
  }

  @Test
  void createTenant_storageThrows_storageExceptionAndNothingWritten() {
    failing.set(true);

    assertThatThrownBy(() -> sdk.createTenant(Fixtures.acme()))
        .isExactlyInstanceOf(StorageException.class)
        .hasCause(bug)
        .message()
        .doesNotContain(SECRET);
    assertThat(memory.tenants().findBy(UniqueKey.SLUG, "acme-electronics")).isEmpty();
    assertThat(memory.tenants().listByStatus("trial", null, 10).items()).isEmpty();
  }

  @Test
  void changeStatus_updateThrows_storedTenantUnchangedAndCacheNotServingTheFailedWrite() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    TenantRecord before = memory.tenants().get(tenant.id().value()).orElseThrow();
    AtomicBoolean failUpdatesOnly = new AtomicBoolean(true);
    TenantSdk updatesFail =
        TenantSdk.builder()
            .storage(
                memory.withTenants(
                    new ForwardingTenantRecords(memory.tenants()) {
                      @Override
                      public TenantRecord update(TenantRecord record, long expectedVersion) {
                        if (failUpdatesOnly.get()) {
                          throw bug;
                        }
                        return super.update(record, expectedVersion);
                      }
                    }))
            .build();

    assertThatThrownBy(() -> updatesFail.changeStatus(tenant.id(), TenantStatus.ACTIVE))
        .isExactlyInstanceOf(StorageException.class)
        .hasCause(bug);

    assertThat(memory.tenants().get(tenant.id().value())).contains(before);
    assertThat(updatesFail.tenant(tenant.id())).contains(tenant); // re-read: still in trial
    failUpdatesOnly.set(false);
    assertThat(updatesFail.changeStatus(tenant.id(), TenantStatus.ACTIVE).status())
        .isEqualTo(TenantStatus.ACTIVE);
  }

  @Test
  void updateSettings_putThrows_storedDocumentUnchanged() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    Versioned<TenantSettings> first =
        sdk.updateSettings(tenant.id(), s -> s.toBuilder().metadata(java.util.Map.of("a", "1")).build());
    failing.set(true);

    assertThatThrownBy(
            () ->
                sdk.updateSettings(
                    tenant.id(), 1, first.value().toBuilder().metadata(java.util.Map.of()).build()))
        .isExactlyInstanceOf(StorageException.class)
        .hasCause(bug);

    failing.set(false);
    assertThat(sdk.settings(tenant.id())).isEqualTo(first);
  }

  @Test
  void tenant_getThrows_storageException() {
    Tenant tenant = TenantSdk.builder().storage(memory).build().createTenant(Fixtures.acme());
    failing.set(true);

    assertThatThrownBy(() -> sdk.tenant(tenant.id()))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "TenantRecords.get (tenant " + tenant.id().value() + ") failed: the adapter threw"
                + " java.lang.IllegalStateException")
        .hasCause(bug);
  }

  @Test
  void tenant_storedDocumentIsGarbage_storageExceptionNamingTheTenantNotTheContents() {
    String id = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
    memory.tenants().create(record(id, "{\"id\": \"" + id + "\", \"name\": \"" + SECRET + "\", "));

    assertThatThrownBy(() -> sdk.tenant(TenantId.of(id)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("tenant " + id + ": the stored document cannot be decoded")
        .hasCauseInstanceOf(JsonDecodingException.class)
        .message()
        .doesNotContain(SECRET);
    assertThatThrownBy(() -> sdk.findBySlug("acme"))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("tenant " + id + ": the stored document cannot be decoded");
  }

  @Test
  void tenant_documentOfAnotherTenantOrDisagreeingWithItsRecord_storageException() {
    Tenant real = TenantSdk.builder().storage(Stores.inMemory()).build().createTenant(Fixtures.acme());
    String json = JsonCodec.lenient().toJson(real);
    String stolen = "11111111-2222-4333-8444-555555555555";
    memory.tenants().create(record(stolen, json));
    String lying = "22222222-2222-4333-8444-555555555555";
    String lyingJson = json.replace(real.id().value(), lying);
    memory.tenants().create(
        new TenantRecord(lying, 0, "other-slug", null, "active", Set.of(), null, lyingJson));

    assertThatThrownBy(() -> sdk.tenant(TenantId.of(stolen)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "tenant " + stolen + ": the stored document disagrees with its record (tenant_id)");
    assertThatThrownBy(() -> sdk.tenant(TenantId.of(lying)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("tenant " + lying + ": the stored document disagrees with its record (slug)");
  }

  @Test
  void tenant_newerServersDocument_readLeniently() {
    String id = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
    String json =
        "{\"id\":\"" + id + "\",\"name\":\"Acme\",\"slug\":\"acme\",\"status\":\"paused\","
            + "\"loyalty_program\":{\"tier\":\"gold\"},\"created_at\":\"2025-11-01T00:00:00Z\"}";
    memory.tenants().create(new TenantRecord(id, 0, "acme", null, "paused", Set.of(), null, json));

    Tenant tenant = sdk.tenant(TenantId.of(id)).orElseThrow();

    assertThat(tenant.status().wireValue()).isEqualTo("paused");
    assertThat(tenant.status().isKnown()).isFalse();
    assertThat(sdk.findBySlug("acme")).contains(tenant);
  }

  @Test
  void settings_garbageOrAnotherTenantsDocument_storageException() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    Tenant other = sdk.createTenant(Fixtures.named("Other"));
    String theirs = JsonCodec.lenient().toJson(sdk.settings(other.id()).value());
    memory.documents().put(tenant.id().value(), DocumentKind.SETTINGS, theirs, 0);
    memory.documents().put(tenant.id().value(), DocumentKind.AGENT_CONFIGURATION, "[" + SECRET, 0);

    assertThatThrownBy(() -> sdk.settings(tenant.id()))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "settings of tenant " + tenant.id().value() + ": the stored document is another"
                + " tenant's");
    assertThatThrownBy(() -> sdk.agentConfiguration(tenant.id()))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "agent configuration of tenant " + tenant.id().value()
                + ": the stored document cannot be decoded")
        .hasCauseInstanceOf(JsonDecodingException.class);
    assertThatThrownBy(() -> sdk.updateSettings(tenant.id(), s -> s))
        .isExactlyInstanceOf(StorageException.class);
  }

  @Test
  void settings_adapterReturnsAnotherTenantsDocument_storageException() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    Tenant other = sdk.createTenant(Fixtures.named("Other"));
    sdk.updateSettings(other.id(), s -> s);
    StorageProvider crossed =
        memory.withDocuments(
            new ForwardingDocuments(memory.documents()) {
              @Override
              public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
                return super.get(other.id().value(), kind); // ignores the tenant asked for
              }
            });
    TenantSdk leaky = TenantSdk.builder().storage(crossed).build();

    assertThatThrownBy(() -> leaky.settings(tenant.id()))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "Documents.get(SETTINGS) (tenant " + tenant.id().value() + ") returned garbage: a"
                + " document of another tenant");
  }

  @Test
  void build_providerAccessorThrows_storageException() {
    StorageProvider throwing =
        new StorageProvider() {
          @Override
          public com.wabotiq.spi.storage.TenantRecords tenants() {
            throw bug;
          }

          @Override
          public com.wabotiq.spi.storage.Documents documents() {
            return memory.documents();
          }

          @Override
          public com.wabotiq.spi.storage.UsageCounters counters() {
            return memory.counters();
          }

          @Override
          public com.wabotiq.spi.storage.WrappedKeys wrappedKeys() {
            return memory.wrappedKeys();
          }

          @Override
          public com.wabotiq.spi.storage.KeyActivity keyActivity() {
            return memory.keyActivity();
          }
        };

    assertThatThrownBy(() -> TenantSdk.builder().storage(throwing).build())
        .isExactlyInstanceOf(StorageException.class)
        .hasCause(bug);
  }

  private static TenantRecord record(String id, String document) {
    return new TenantRecord(id, 0, "acme", null, "trial", Set.of(), null, document);
  }
}
