package com.wabotiq;

import static com.wabotiq.Fixtures.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.types.TenantId;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The facade's small value types: Versioned, TenantCacheStats, NewTenant, the not-found error. */
class FacadeValuesTest {

  @Test
  void versioned_boundaries() {
    assertThat(new Versioned<>("v", 0).version()).isZero();
    assertThat(new Versioned<>("v", Long.MAX_VALUE).version()).isEqualTo(Long.MAX_VALUE);
    assertThat(new Versioned<>("v", 1)).isEqualTo(new Versioned<>("v", 1));
    assertThatThrownBy(() -> new Versioned<>("v", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version (-1) must be >= 0");
    assertThatThrownBy(() -> new Versioned<>("v", Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Versioned<>(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }

  @Test
  void cacheStats_hitRate() {
    assertThat(new TenantCacheStats(0, 0, 0).hitRate()).isEqualTo(1.0);
    assertThat(new TenantCacheStats(1, 0, 0).hitRate()).isEqualTo(1.0);
    assertThat(new TenantCacheStats(0, 1, 0).hitRate()).isEqualTo(0.0);
    assertThat(new TenantCacheStats(3, 1, 7).hitRate()).isEqualTo(0.75);
    // hits + misses past Long.MAX_VALUE: still the exact share, not a negative total
    assertThat(new TenantCacheStats(Long.MAX_VALUE, Long.MAX_VALUE, 0).hitRate())
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void cacheStats_negativeCount_refused() {
    assertThatThrownBy(() -> new TenantCacheStats(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hits (-1) must be >= 0");
    assertThatThrownBy(() -> new TenantCacheStats(0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("misses (-1) must be >= 0");
    assertThatThrownBy(() -> new TenantCacheStats(0, 0, Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newTenant_builderDefaults() {
    NewTenant request = NewTenant.builder("Acme", NAIROBI).build();

    assertThat(request)
        .isEqualTo(
            new NewTenant("Acme", NAIROBI, null, null, null, SubscriptionTier.STARTER.id(), null, null));
  }

  @Test
  void newTenant_builderSetsEveryPart() {
    NewTenant request =
        NewTenant.builder("Acme", NAIROBI)
            .name("Acme Two")
            .timezone(java.time.ZoneId.of("UTC"))
            .whatsappNumber("+254712345678")
            .contactEmail("a@acme.com")
            .contactPhone("+254700000000")
            .subscriptionTierId(SubscriptionTier.ENTERPRISE.id())
            .quietHours(LocalTime.of(21, 0), LocalTime.of(6, 30))
            .build();

    assertThat(request)
        .isEqualTo(
            new NewTenant(
                "Acme Two",
                java.time.ZoneId.of("UTC"),
                "+254712345678",
                "a@acme.com",
                "+254700000000",
                SubscriptionTier.ENTERPRISE.id(),
                LocalTime.of(21, 0),
                LocalTime.of(6, 30)));
  }

  @Test
  void newTenant_missingRequiredPart_npeNamingIt() {
    assertThatThrownBy(() -> NewTenant.builder(null, NAIROBI)).hasMessage("name == null");
    assertThatThrownBy(() -> NewTenant.builder("Acme", null)).hasMessage("timezone == null");
    assertThatThrownBy(() -> NewTenant.builder("Acme", NAIROBI).subscriptionTierId(null))
        .hasMessage("subscription_tier_id == null");
    assertThatThrownBy(
            () -> new NewTenant("Acme", NAIROBI, null, null, null, null, null, null))
        .hasMessage("subscription_tier_id == null");
  }

  @Test
  void tenantNotFound_messagesAndAccessors() {
    TenantId id = TenantId.of("0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");

    TenantNotFoundException missing = new TenantNotFoundException(id, false);
    TenantNotFoundException deleted = new TenantNotFoundException(id, true);

    assertThat(missing).isInstanceOf(com.wabotiq.spi.WabotiqException.class);
    assertThat(missing.getMessage()).isEqualTo("tenant " + id.value() + " does not exist");
    assertThat(missing.tenantId()).isEqualTo(id);
    assertThat(missing.isDeleted()).isFalse();
    assertThat(deleted.getMessage()).isEqualTo("tenant " + id.value() + " is deleted");
    assertThat(deleted.isDeleted()).isTrue();
  }
}
