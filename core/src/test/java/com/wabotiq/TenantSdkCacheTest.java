package com.wabotiq;

import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Lookups and the tenant cache: read-through, hits counted, writes through the facade seen at
 * once, writes by another facade seen only after expiry (time moved by an injected ticker).
 */
class TenantSdkCacheTest {
  private final MutableClock clock = new MutableClock(T0);
  private final AtomicLong nanos = new AtomicLong();
  private final CountingStorage storage = new CountingStorage();
  /** The writer: creates tenants, so its own cache is warm. */
  private final TenantSdk writer = TenantSdk.builder().storage(storage.memory).clock(clock).build();
  /** The reader under test: another facade on the same storage, with a hand-moved ticker. */
  private final TenantSdk reader =
      TenantSdk.builder().storage(storage.stores).clock(clock).cacheTicker(nanos::get).build();

  @Test
  void tenant_secondLookup_isHitAndDoesNotReachStorage() {
    Tenant tenant = writer.createTenant(Fixtures.acme());

    assertThat(reader.tenant(tenant.id())).contains(tenant);
    assertThat(reader.tenant(tenant.id())).contains(tenant);

    assertThat(reader.cacheStats()).isEqualTo(new TenantCacheStats(1, 1, 0));
    assertThat(reader.cacheStats().hitRate()).isEqualTo(0.5);
    assertThat(storage.gets).hasValue(1);
  }

  @Test
  void findBySlugAndNumber_secondLookup_isHit() {
    Tenant tenant = writer.createTenant(Fixtures.acme());

    assertThat(reader.findBySlug("acme-electronics")).contains(tenant);
    assertThat(reader.findBySlug("acme-electronics")).contains(tenant);
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(tenant);
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(tenant);
    assertThat(reader.tenant(tenant.id())).contains(tenant); // cached by id when found by slug

    assertThat(reader.cacheStats()).isEqualTo(new TenantCacheStats(4, 1, 0));
    assertThat(storage.finds).hasValue(1);
    assertThat(storage.gets).hasValue(0);
  }

  @Test
  void lookup_unknownTenant_emptyAndNeverCached() {
    TenantId unknown = TenantId.random();

    assertThat(reader.tenant(unknown)).isEmpty();
    assertThat(reader.tenant(unknown)).isEmpty();
    assertThat(reader.versionedTenant(unknown)).isEmpty();
    assertThat(reader.findBySlug("nobody")).isEmpty();
    assertThat(reader.findByWhatsappNumber("+254700000000")).isEmpty();

    assertThat(reader.cacheStats()).isEqualTo(new TenantCacheStats(0, 5, 0));
    assertThat(storage.gets.get() + storage.finds.get()).isEqualTo(5);
  }

  @Test
  void tenantCreatedByAnotherFacade_foundAtOnce() {
    assertThat(reader.findBySlug("acme-electronics")).isEmpty();

    Tenant tenant = writer.createTenant(Fixtures.acme());

    assertThat(reader.findBySlug("acme-electronics")).contains(tenant);
  }

  @Test
  void writeThroughThisFacade_seenAtOnce() {
    Tenant tenant = reader.createTenant(Fixtures.acme());
    assertThat(reader.tenant(tenant.id())).contains(tenant);

    Tenant active = reader.changeStatus(tenant.id(), TenantStatus.ACTIVE);

    assertThat(reader.tenant(tenant.id())).contains(active);
    assertThat(reader.versionedTenant(tenant.id()).orElseThrow().version()).isEqualTo(2);
    assertThat(reader.findBySlug("acme-electronics")).contains(active);
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(active);
  }

  @Test
  void softDeleteThroughThisFacade_oldKeysNoLongerFindIt() {
    Tenant tenant = reader.createTenant(Fixtures.acme());
    assertThat(reader.findBySlug("acme-electronics")).contains(tenant);
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(tenant);
    long findsBefore = storage.finds.get();

    Tenant deleted = reader.softDelete(tenant.id());

    assertThat(reader.findBySlug("acme-electronics")).isEmpty();
    assertThat(reader.findByWhatsappNumber("+254712345678")).isEmpty();
    assertThat(storage.finds.get() - findsBefore).isEqualTo(2); // both went to storage
    assertThat(reader.tenant(tenant.id())).contains(deleted);
  }

  @Test
  void writeByAnotherFacade_notSeenUntilExpiry() {
    Tenant tenant = writer.createTenant(Fixtures.acme());
    assertThat(reader.tenant(tenant.id())).contains(tenant);
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(tenant);

    Tenant active = writer.changeStatus(tenant.id(), TenantStatus.ACTIVE);
    nanos.addAndGet(Duration.ofSeconds(30).toNanos() - 1);

    assertThat(reader.tenant(tenant.id())).contains(tenant); // stale: still in trial
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(tenant);

    nanos.addAndGet(1);

    assertThat(reader.tenant(tenant.id())).contains(active);
    assertThat(reader.findByWhatsappNumber("+254712345678")).contains(active);
    assertThat(reader.cacheStats().evictions()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void deleteByAnotherFacade_lookupsFindItUntilExpiry() {
    Tenant tenant = writer.createTenant(Fixtures.acme());
    assertThat(reader.findBySlug("acme-electronics")).contains(tenant);

    writer.softDelete(tenant.id());

    assertThat(reader.findBySlug("acme-electronics")).contains(tenant);
    nanos.addAndGet(Duration.ofSeconds(30).toNanos());
    assertThat(reader.findBySlug("acme-electronics")).isEmpty();
  }

  @Test
  void expireAfterWrite_configured_boundsStaleness() {
    TenantSdk quick =
        TenantSdk.builder()
            .storage(storage.memory)
            .cacheExpireAfterWrite(Duration.ofSeconds(2))
            .cacheTicker(nanos::get)
            .build();
    Tenant tenant = writer.createTenant(Fixtures.acme());
    assertThat(quick.tenant(tenant.id())).contains(tenant);
    Tenant active = writer.changeStatus(tenant.id(), TenantStatus.ACTIVE);

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());

    assertThat(quick.tenant(tenant.id())).contains(active);
  }

  @Test
  void writeAfterStaleRead_usesStorageNotTheCache() {
    Tenant tenant = writer.createTenant(Fixtures.acme());
    assertThat(reader.tenant(tenant.id())).contains(tenant);
    writer.changeStatus(tenant.id(), TenantStatus.ACTIVE); // the reader's cache is now stale

    Tenant suspended = reader.changeStatus(tenant.id(), TenantStatus.SUSPENDED);

    assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThat(reader.versionedTenant(tenant.id())).contains(new Versioned<>(suspended, 3));
  }

  @Test
  void maximumSize_boundsTheCache() {
    TenantSdk small =
        TenantSdk.builder()
            .storage(storage.stores)
            .cacheMaximumSize(3)
            .cacheTicker(nanos::get)
            .build();
    for (int i = 0; i < 10; i++) {
      Tenant tenant = writer.createTenant(Fixtures.named("Shop " + i));
      assertThat(small.tenant(tenant.id())).contains(tenant); // caches id and slug: 20 keys
    }
    small.cleanUpCache();

    assertThat(small.cacheStats().evictions()).isGreaterThanOrEqualTo(17);
  }

  @Test
  void cacheDisabled_everyLookupReachesStorageAndStatsStayZero() {
    TenantSdk uncached = TenantSdk.builder().storage(storage.stores).cacheEnabled(false).build();
    Tenant tenant = uncached.createTenant(Fixtures.acme());

    for (int i = 0; i < 3; i++) {
      assertThat(uncached.tenant(tenant.id())).contains(tenant);
      assertThat(uncached.findBySlug("acme-electronics")).contains(tenant);
    }

    assertThat(storage.gets).hasValue(3);
    assertThat(storage.finds).hasValue(3);
    assertThat(uncached.cacheStats()).isEqualTo(new TenantCacheStats(0, 0, 0));
  }

  @Test
  void lookups_nullArguments_npeNamingTheArgument() {
    assertThatThrownBy(() -> reader.tenant(null)).hasMessage("tenant_id == null");
    assertThatThrownBy(() -> reader.versionedTenant(null)).hasMessage("tenant_id == null");
    assertThatThrownBy(() -> reader.findBySlug(null)).hasMessage("slug == null");
    assertThatThrownBy(() -> reader.findByWhatsappNumber(null))
        .hasMessage("whatsapp_number == null");
  }
}
