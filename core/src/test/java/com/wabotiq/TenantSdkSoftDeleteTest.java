package com.wabotiq;

import static com.wabotiq.Fixtures.NAIROBI;
import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Soft deletion: deleted_at set once, lookups skip, reads return, writes refused, keys kept. */
class TenantSdkSoftDeleteTest {
  private final MutableClock clock = new MutableClock(T0);
  private final CountingStorage storage = new CountingStorage();
  private final TenantSdk sdk = TenantSdk.builder().storage(storage.stores).clock(clock).build();
  private final Tenant tenant = sdk.createTenant(Fixtures.acme());

  @Test
  void softDelete_setsDeletedAtAndUpdatedAtNow() {
    clock.advance(Duration.ofDays(2));
    Instant now = clock.instant();

    Tenant deleted = sdk.softDelete(tenant.id());

    assertThat(deleted).isEqualTo(tenant.toBuilder().deletedAt(now).updatedAt(now).build());
    assertThat(deleted.isDeleted()).isTrue();
    TenantRecord record = storage.memory.tenants().get(tenant.id().value()).orElseThrow();
    assertThat(record.version()).isEqualTo(2);
    assertThat(record.deletedAt()).isEqualTo(now);
  }

  @Test
  void softDelete_getReturnsItFindsSkipIt() {
    Tenant deleted = sdk.softDelete(tenant.id());
    TenantSdk fresh = TenantSdk.builder().storage(storage.memory).build();

    for (TenantSdk facade : new TenantSdk[] {sdk, fresh}) {
      assertThat(facade.tenant(tenant.id())).contains(deleted);
      assertThat(facade.versionedTenant(tenant.id())).contains(new Versioned<>(deleted, 2));
      assertThat(facade.findBySlug("acme-electronics")).isEmpty();
      assertThat(facade.findByWhatsappNumber("+254712345678")).isEmpty();
    }
  }

  @Test
  void softDelete_twice_idempotent() {
    Tenant first = sdk.softDelete(tenant.id());
    int updates = storage.updates.get();
    clock.advance(Duration.ofHours(1));

    Tenant second = sdk.softDelete(tenant.id());

    assertThat(second).isEqualTo(first);
    assertThat(storage.updates.get()).isEqualTo(updates);
    assertThat(storage.memory.tenants().get(tenant.id().value()).orElseThrow().version())
        .isEqualTo(2);
  }

  @Test
  void softDelete_thenChangeStatus_refusedAsDeleted() {
    sdk.softDelete(tenant.id());

    assertThatThrownBy(() -> sdk.changeStatus(tenant.id(), TenantStatus.ACTIVE))
        .isInstanceOfSatisfying(
            TenantNotFoundException.class, e -> assertThat(e.isDeleted()).isTrue());
  }

  @Test
  void softDelete_keysStayReserved() {
    sdk.softDelete(tenant.id());
    NewTenant sameNumber =
        NewTenant.builder("Acme Electronics", NAIROBI).whatsappNumber("+254712345678").build();

    assertThatThrownBy(() -> sdk.createTenant(sameNumber))
        .isInstanceOfSatisfying(
            DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("whatsapp_number"));
    assertThat(sdk.createTenant(Fixtures.named("Acme Electronics")).slug())
        .isEqualTo("acme-electronics-2");
  }

  @Test
  void softDelete_unknownTenant_tenantNotFound() {
    TenantId unknown = TenantId.random();

    assertThatThrownBy(() -> sdk.softDelete(unknown))
        .isInstanceOfSatisfying(
            TenantNotFoundException.class, e -> assertThat(e.isDeleted()).isFalse());
    assertThatThrownBy(() -> sdk.softDelete(null)).hasMessage("tenant_id == null");
  }
}
