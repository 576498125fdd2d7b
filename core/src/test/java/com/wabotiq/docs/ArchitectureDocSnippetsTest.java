package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.limits.Metric;
import com.wabotiq.spi.WabotiqException;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of {@code docs/architecture.md}: the one {@code catch} that catches
 * every failure of the SDK, taken through its three outcomes (stored, a conflict that outlasts
 * every attempt, a tenant that is gone), and the form of a responsible suppression, as the main
 * code writes it. Each snippet is the text between a {@code // [snippet:name]} and a {@code //
 * [end]} line here, and {@link #theDocShowsExactlyTheseSnippets} checks that the document's
 * {@code java} blocks, each after a {@code <!-- snippet:name -->} line, are these texts.
 */
class ArchitectureDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/architecture.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/ArchitectureDocSnippetsTest.java");

  private final List<TenantId> retries = new ArrayList<>();
  private final List<String> alerts = new ArrayList<>();
  private final Map<String, Object> metadata = Map.of("crm_id", "acme-0042");

  @Test
  void oneCatchForEveryFailure() {
    TenantSdk sdk = TenantSdk.inMemory();
    TenantId tenantId =
        sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi")).build()).id();
    save(sdk, tenantId);
    assertThat(sdk.settings(tenantId).value().metadata()).isEqualTo(metadata);
    assertThat(retries).isEmpty();
    assertThat(alerts).isEmpty();

    TenantId gone = TenantId.random();
    save(sdk, gone);
    assertThat(retries).isEmpty();
    assertThat(alerts).singleElement().asString().contains(gone.value());
  }

  @Test
  void aConflictThatOutlastsEveryAttempt() {
    AtomicInteger puts = new AtomicInteger();
    StorageProvider contended = contended(InMemoryStorage.create(), puts);
    TenantSdk sdk = TenantSdk.builder().storage(contended).build();
    TenantId tenantId =
        sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi")).build()).id();
    puts.set(0);
    save(sdk, tenantId);
    assertThat(retries).containsExactly(tenantId);
    assertThat(alerts).isEmpty();
    assertThat(puts).hasValue(16);
  }

  /** The snippet as a host holds it. */
  private void save(TenantSdk sdk, TenantId tenantId) {
    // [snippet:catch]
    try {
      sdk.updateSettings(tenantId, settings -> settings.toBuilder().metadata(metadata).build());
    } catch (VersionConflictException e) {
      // someone kept writing: 16 attempts were not enough; try again later
      retryLater(tenantId);
    } catch (WabotiqException e) {
      // storage down, invalid settings, tenant gone...: e.getMessage() names what and where
      alert(e.getMessage());
    }
    // [end]
  }

  private void retryLater(TenantId tenantId) {
    retries.add(tenantId);
  }

  private void alert(String message) {
    alerts.add(message);
  }

  @Test
  void aResponsibleSuppression() throws IOException {
    assertThat(perMetric(Metric.MAX_DAILY_OUTBOUND, 7)).hasSize(Metric.values().length)
        .containsOnlyOnce(7L).containsOnly(0L, 7L);
    String line = Snippets.regions(Files.readString(SOURCE)).get("suppress");
    assertThat(Files.readString(Path.of("src/main/java/com/wabotiq/limits/Usage.java")))
        .contains("  " + line + "\n");
  }

  // [snippet:suppress]
  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  // [end]
  private static long[] perMetric(Metric metric, long amount) {
    long[] byMetric = new long[Metric.values().length];
    byMetric[metric.ordinal()] = amount;
    return byMetric;
  }

  /** A storage whose settings documents are always at another version than the one written. */
  private static StorageProvider contended(StorageProvider real, AtomicInteger puts) {
    Documents documents = new Documents() {
      @Override
      public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
        return real.documents().get(tenantId, kind);
      }

      @Override
      public VersionedDocument put(String tenantId, DocumentKind kind, String json,
          long expectedVersion) {
        puts.incrementAndGet();
        throw new VersionConflictException("settings", tenantId, expectedVersion,
            expectedVersion + 1);
      }
    };
    return new StorageProvider() {
      @Override
      public TenantRecords tenants() {
        return real.tenants();
      }

      @Override
      public Documents documents() {
        return documents;
      }

      @Override
      public UsageCounters counters() {
        return real.counters();
      }

      @Override
      public WrappedKeys wrappedKeys() {
        return real.wrappedKeys();
      }

      @Override
      public KeyActivity keyActivity() {
        return real.keyActivity();
      }
    };
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("catch", "suppress");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
