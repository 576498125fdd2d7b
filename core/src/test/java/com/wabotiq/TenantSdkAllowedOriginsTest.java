package com.wabotiq;

import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.access.cors.CorsCode;
import com.wabotiq.access.cors.CorsConfigurationException;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.TenantId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tenant's allowed origins through the facade: canonical, checked, and read by CORS. */
class TenantSdkAllowedOriginsTest {
  private final MutableClock clock = new MutableClock(T0);
  private final CountingStorage storage = new CountingStorage();
  private final TenantSdk sdk = TenantSdk.builder().storage(storage.stores).clock(clock).build();

  @Test
  void updateAllowedOrigins_storesCanonicalOrigins_onceEach_andCorsReadsThem() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    clock.advance(java.time.Duration.ofMinutes(5));

    Tenant updated = sdk.updateAllowedOrigins(tenant.id(), List.of(
        "https://Dashboard.Acme.com:443", "https://dashboard.acme.com", "https://app.acme.com:8443"));

    assertThat(updated.allowedOrigins())
        .containsExactly("https://dashboard.acme.com", "https://app.acme.com:8443");
    assertThat(updated.updatedAt()).isEqualTo(clock.instant());
    Tenant stored = sdk.tenant(tenant.id()).orElseThrow();
    assertThat(stored.allowedOrigins()).isEqualTo(updated.allowedOrigins());
    CorsPolicy cors = CorsPolicy.forTenant(stored);
    assertThat(cors.decide("https://dashboard.acme.com", "GET").isAllowed()).isTrue();
    assertThat(cors.decide("https://app.acme.com:8443", "GET").isAllowed()).isTrue();
    assertThat(cors.decide("https://app.acme.com", "GET").code())
        .isEqualTo(CorsCode.ORIGIN_NOT_ALLOWED);
  }

  @Test
  void updateAllowedOrigins_empty_allowsNoBrowser() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    sdk.updateAllowedOrigins(tenant.id(), List.of("https://app.acme.com"));

    Tenant cleared = sdk.updateAllowedOrigins(tenant.id(), List.of());

    assertThat(cleared.allowedOrigins()).isEmpty();
    assertThat(CorsPolicy.forTenant(cleared).decide("https://app.acme.com", "GET").isAllowed())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "null", "http://app.acme.com", "https://app.acme.com/",
      "https://app.acme.com/path", "app.acme.com", "https://user@app.acme.com", ""})
  void updateAllowedOrigins_badOrigin_namesTheIndex_andWritesNothing(String bad) {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    int writes = storage.writes();

    assertThatThrownBy(() ->
            sdk.updateAllowedOrigins(tenant.id(), List.of("https://ok.acme.com", bad)))
        .isInstanceOfSatisfying(CorsConfigurationException.class,
            e -> assertThat(e.field()).isEqualTo("allowed_origins[1]"));
    assertThat(storage.writes()).isEqualTo(writes);
    assertThat(sdk.tenant(tenant.id()).orElseThrow().allowedOrigins()).isEmpty();
  }

  @Test
  void updateAllowedOrigins_nullElement_isRefused() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());

    assertThatThrownBy(() ->
            sdk.updateAllowedOrigins(tenant.id(), Arrays.asList("https://a.com", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("allowed_origins");
  }

  @Test
  void updateAllowedOrigins_unknownOrDeletedTenant_isNotFound() {
    TenantId nobody = TenantId.random();
    assertThatThrownBy(() -> sdk.updateAllowedOrigins(nobody, List.of("https://a.com")))
        .isInstanceOf(TenantNotFoundException.class);

    Tenant tenant = sdk.createTenant(Fixtures.acme());
    sdk.softDelete(tenant.id());
    assertThatThrownBy(() -> sdk.updateAllowedOrigins(tenant.id(), List.of("https://a.com")))
        .isInstanceOfSatisfying(TenantNotFoundException.class,
            e -> assertThat(e.isDeleted()).isTrue());
  }
  @ParameterizedTest
  @ValueSource(strings = {"https://[::1]", "https://[2001:DB8::1]:8443", "https://127.0.0.1:1",
      "https://xn--bcher-kva.example", "https://A.B.C.D.example:65535", "https://localhost:443",
      "https://a-b.example"})
  void updateAllowedOrigins_whatItStores_readsBackAsAPolicy_thatAllowsTheOrigin(String origin) {
    Tenant tenant = sdk.createTenant(Fixtures.acme());

    Tenant stored = sdk.updateAllowedOrigins(tenant.id(), List.of(origin));
    CorsPolicy policy = CorsPolicy.forTenant(sdk.tenant(tenant.id()).orElseThrow());

    assertThat(stored.allowedOrigins()).hasSize(1);
    String canonical = stored.allowedOrigins().get(0);
    assertThat(policy.allowedOrigins()).containsExactly(canonical);
    assertThat(policy.decide(canonical, "GET").isAllowed()).as(canonical).isTrue();
    assertThat(sdk.updateAllowedOrigins(tenant.id(), stored.allowedOrigins()).allowedOrigins())
        .as("canonical form is a fixed point").containsExactly(canonical);
  }
}
