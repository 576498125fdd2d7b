package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TenantTest {
  private static final ApiKey PRODUCTION_KEY =
      new ApiKey(
          "sha256_hash",
          "Production API Key",
          List.of(),
          Instant.parse("2025-11-01T10:00:00Z"),
          Instant.parse("2025-11-20T15:30:00Z"),
          null,
          null);

  /** The reference's tenant example (section 1). */
  static Tenant acme(TenantStatus status) {
    return Tenant.builder()
        .id(TenantId.of("5f0c6a8e-2d7b-4a51-9a43-1b2c3d4e5f60"))
        .name("Acme Electronics")
        .slug("acme-electronics")
        .status(status)
        .whatsappNumber("+254712345678")
        .subscriptionTierId(TierId.of("8a1d5c3e-0b7f-4e2a-9c6d-7e8f9a0b1c2d"))
        .subscriptionWaived(false)
        .trialStartDate(Instant.parse("2025-11-01T00:00:00Z"))
        .trialEndDate(Instant.parse("2025-11-15T00:00:00Z"))
        .timezone(ZoneId.of("Africa/Nairobi"))
        .quietHoursStart(LocalTime.of(22, 0))
        .quietHoursEnd(LocalTime.of(8, 0))
        .contactEmail("admin@acme.com")
        .contactPhone("+254712345678")
        .apiKeys(List.of(PRODUCTION_KEY))
        .allowedOrigins(List.of("https://dashboard.acme.com", "https://app.acme.com"))
        .twilioSid(SealedSecret.of("ct:twilio_sid"))
        .twilioToken(SealedSecret.of("ct:twilio_token"))
        .webhookSecret(SealedSecret.of("ct:webhook_secret"))
        .createdAt(Instant.parse("2025-11-01T00:00:00Z"))
        .updatedAt(Instant.parse("2025-11-20T10:30:00Z"))
        .build();
  }

  static Stream<Arguments> allKnownPairs() {
    return TenantStatusTest.allKnownPairs();
  }

  @ParameterizedTest(name = "{0} -> {1} allowed={2}")
  @MethodSource("allKnownPairs")
  void withStatus_everyKnownPair_copiesOrRefuses(
      TenantStatus from, TenantStatus to, boolean allowed) {
    Tenant tenant = acme(from);
    if (allowed) {
      Tenant moved = tenant.withStatus(to);
      assertThat(moved.status()).isSameAs(to);
      assertThat(moved.toBuilder().status(from).build()).isEqualTo(tenant);
      assertThat(moved.updatedAt()).isEqualTo(tenant.updatedAt());
    } else {
      assertThatThrownBy(() -> tenant.withStatus(to))
          .isInstanceOf(IllegalStatusTransitionException.class)
          .hasMessage("status transition " + from + " -> " + to + " is not allowed");
    }
    assertThat(tenant.status()).isSameAs(from);
  }

  @Test
  void withStatus_canceledToActive_refusedNamingBothStates() {
    Tenant canceled = acme(TenantStatus.CANCELED);
    assertThatThrownBy(() -> canceled.withStatus(TenantStatus.ACTIVE))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessage("status transition canceled -> active is not allowed");
  }

  @Test
  void withStatus_unknownStoredStatus_refusesEveryTarget() {
    Tenant tenant = acme(TenantStatus.of("paused"));
    for (TenantStatus target : TenantStatus.values()) {
      assertThatThrownBy(() -> tenant.withStatus(target))
          .isInstanceOf(IllegalStatusTransitionException.class)
          .hasMessage("status transition paused -> " + target + " is not allowed");
    }
  }

  @Test
  void withStatus_trialThroughExpiryToActive_followsLifecycle() {
    Tenant active =
        acme(TenantStatus.TRIAL)
            .withStatus(TenantStatus.TRIAL_EXPIRED)
            .withStatus(TenantStatus.ACTIVE)
            .withStatus(TenantStatus.SUSPENDED)
            .withStatus(TenantStatus.ACTIVE);
    assertThat(active.status()).isSameAs(TenantStatus.ACTIVE);
    assertThat(active.withStatus(TenantStatus.CANCELED).status()).isSameAs(TenantStatus.CANCELED);
  }

  @Test
  void withStatus_null_throwsNamingStatus() {
    assertThatThrownBy(() -> acme(TenantStatus.TRIAL).withStatus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status == null");
  }

  @Test
  void constructor_missingRequiredPart_namesTheField() {
    Tenant t = acme(TenantStatus.ACTIVE);
    assertThatThrownBy(() -> t.toBuilder().id(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id == null");
    assertThatThrownBy(() -> t.toBuilder().name(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name == null");
    assertThatThrownBy(() -> t.toBuilder().slug(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("slug == null");
    assertThatThrownBy(() -> t.toBuilder().status(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status == null");
  }

  @Test
  void constructor_nullCollectionElement_namesFieldAndIndex() {
    Tenant t = acme(TenantStatus.ACTIVE);
    List<ApiKey> keys = Arrays.asList(PRODUCTION_KEY, null);
    assertThatThrownBy(() -> t.toBuilder().apiKeys(keys).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("api_keys[1] == null");
    List<String> origins = Arrays.asList(null, "https://app.acme.com");
    assertThatThrownBy(() -> t.toBuilder().allowedOrigins(origins).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("allowed_origins[0] == null");
  }

  @Test
  void constructor_nullCollections_becomeEmpty() {
    Tenant t = acme(TenantStatus.ACTIVE).toBuilder().apiKeys(null).allowedOrigins(null).build();
    assertThat(t.apiKeys()).isEmpty();
    assertThat(t.allowedOrigins()).isEmpty();
  }

  @Test
  void constructor_collections_areCopiedAndUnmodifiable() {
    List<String> origins = new ArrayList<>(List.of("https://app.acme.com"));
    List<ApiKey> keys = new ArrayList<>(List.of(PRODUCTION_KEY));
    Tenant t = acme(TenantStatus.ACTIVE).toBuilder().allowedOrigins(origins).apiKeys(keys).build();
    origins.add("https://evil.example");
    keys.clear();
    assertThat(t.allowedOrigins()).containsExactly("https://app.acme.com");
    assertThat(t.apiKeys()).containsExactly(PRODUCTION_KEY);
    assertThatThrownBy(() -> t.allowedOrigins().add("https://evil.example"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.apiKeys().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilder_build_equalsOriginal() {
    Tenant t = acme(TenantStatus.TRIAL);
    assertThat(t.toBuilder().build()).isEqualTo(t).hasSameHashCodeAs(t).isNotSameAs(t);
  }

  @Test
  void isDeleted_followsDeletedAt() {
    Tenant t = acme(TenantStatus.ACTIVE);
    assertThat(t.isDeleted()).isFalse();
    assertThat(t.toBuilder().deletedAt(Instant.parse("2025-12-01T00:00:00Z")).build().isDeleted())
        .isTrue();
  }

  @Test
  void defaultTrial_isFourteenDays_matchingReferenceDates() {
    assertThat(Tenant.DEFAULT_TRIAL).isEqualTo(Duration.ofDays(14));
    Tenant t = acme(TenantStatus.TRIAL);
    assertThat(t.trialStartDate().plus(Tenant.DEFAULT_TRIAL)).isEqualTo(t.trialEndDate());
  }

  @Test
  void toString_neverShowsSealedSecrets() {
    assertThat(acme(TenantStatus.ACTIVE).toString())
        .doesNotContain("ct:twilio_token")
        .doesNotContain("ct:webhook_secret")
        .contains("SealedSecret[redacted]");
  }
}
