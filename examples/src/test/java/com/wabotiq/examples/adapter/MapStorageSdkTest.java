package com.wabotiq.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.tenant.Tenant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SDK's facade runs on {@link MapStorage}, as it would on any adapter that passes the kit. */
class MapStorageSdkTest {

  @Test
  void createdTenant_isFoundAgainByWhatsappNumber() {
    MapStorage storage = new MapStorage();
    TenantSdk sdk = TenantSdk.builder().storage(storage).build();

    Tenant created = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .whatsappNumber("+254712345678")
            .build());

    Optional<Tenant> found = sdk.findByWhatsappNumber("+254712345678");
    assertThat(found).contains(created);
    assertThat(created.slug()).isEqualTo("acme-electronics");
    // The tenant went through the adapter, not only the facade's cache.
    assertThat(storage.tenants().findBy(UniqueKey.WHATSAPP_NUMBER, "+254712345678"))
        .hasValueSatisfying(record -> assertThat(record.tenantId()).isEqualTo(created.id().value()));
    assertThat(TenantSdk.builder().storage(storage).build().findByWhatsappNumber("+254712345678"))
        .contains(created);
  }
}
