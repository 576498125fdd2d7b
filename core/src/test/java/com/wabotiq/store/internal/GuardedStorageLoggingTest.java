package com.wabotiq.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.store.ForwardingTenantRecords;
import com.wabotiq.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Faults are logged once at WARN, naming the operation and tenant and nothing else; contract
 * outcomes (a version conflict) are not logged. The test binding, slf4j-simple, writes to {@code
 * System.err} as it stands at each call, so the test captures it there.
 */
class GuardedStorageLoggingTest {
  private static final String SECRET = "twilio_token=AC-very-secret";

  @Test
  void fault_loggedAtWarnWithoutSecrets_conflictNotLogged() {
    Stores memory = Stores.inMemory();
    Stores hostile =
        memory.withTenants(
            new ForwardingTenantRecords(memory.tenants()) {
              @Override
              public Optional<TenantRecord> get(String tenantId) {
                throw new IllegalStateException("row " + SECRET);
              }

              @Override
              public TenantRecord update(TenantRecord record, long expectedVersion) {
                throw new VersionConflictException("tenant", record.tenantId(), expectedVersion, 7);
              }
            });
    GuardedStorage guarded = GuardedStorage.of(hostile);
    TenantRecord record =
        new TenantRecord("tenant-1", 1, "acme", null, "trial", java.util.Set.of(), null, SECRET);

    String log =
        captureErr(
            () -> {
              assertThatThrownBy(() -> guarded.tenants().get("tenant-1"))
                  .isExactlyInstanceOf(StorageException.class);
              assertThatThrownBy(() -> guarded.tenants().update(record, 1))
                  .isExactlyInstanceOf(VersionConflictException.class);
            });

    assertThat(log)
        .contains("WARN")
        .contains(
            "Storage adapter fault: TenantRecords.get (tenant tenant-1) failed: the adapter threw"
                + " java.lang.IllegalStateException")
        .doesNotContain("secret")
        .doesNotContain("version 7");
    assertThat(log.lines().filter(l -> l.contains("WARN")).count()).isEqualTo(1);
  }

  private static String captureErr(Runnable body) {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
