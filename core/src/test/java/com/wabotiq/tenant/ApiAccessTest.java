package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ApiKey, ApiKeyList and CorsConfiguration, with the reference's section 8 values. */
class ApiAccessTest {
  static ApiKey productionKey() {
    return new ApiKey(
        "sha256_hash_of_key",
        "Production API Key",
        List.of(ApiScope.READ, ApiScope.WRITE),
        Instant.parse("2025-11-01T10:00:00Z"),
        Instant.parse("2025-11-20T15:30:00Z"),
        null,
        true);
  }

  @Test
  void apiKey_missingKeyHash_namesField() {
    assertThatThrownBy(() -> new ApiKey(null, "k", List.of(), null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key_hash == null");
  }

  @Test
  void apiKey_nullScope_namesIndex() {
    List<ApiScope> scopes = Arrays.asList(ApiScope.READ, null);
    assertThatThrownBy(() -> new ApiKey("h", null, scopes, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scopes[1] == null");
  }

  @Test
  void apiKey_scopes_copiedAndUnmodifiable() {
    List<ApiScope> scopes = new ArrayList<>(List.of(ApiScope.READ));
    ApiKey key = new ApiKey("h", null, scopes, null, null, null, null);
    scopes.add(ApiScope.WRITE);
    assertThat(key.scopes()).containsExactly(ApiScope.READ);
    assertThatThrownBy(() -> key.scopes().add(ApiScope.WRITE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void apiKey_nullScopes_becomeEmpty() {
    assertThat(new ApiKey("h", null, null, null, null, null, null).scopes()).isEmpty();
  }

  @Test
  void active_onlyExplicitFalseIsInactive() {
    assertThat(new ApiKey("h", null, List.of(), null, null, null, true).active()).isTrue();
    assertThat(new ApiKey("h", null, List.of(), null, null, null, null).active()).isTrue();
    assertThat(new ApiKey("h", null, List.of(), null, null, null, false).active()).isFalse();
  }

  @Test
  void apiKeyList_copiesAndRejectsNullKeys() {
    List<ApiKey> keys = new ArrayList<>(List.of(productionKey()));
    ApiKeyList list = new ApiKeyList(keys);
    keys.clear();
    assertThat(list.apiKeys()).containsExactly(productionKey());
    assertThatThrownBy(() -> list.apiKeys().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ApiKeyList(null).apiKeys()).isEmpty();
    assertThatThrownBy(() -> new ApiKeyList(Arrays.asList(productionKey(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("api_keys[1] == null");
  }

  @Test
  void cors_referenceExample_keepsValues() {
    CorsConfiguration cors =
        new CorsConfiguration(
            List.of(
                "https://dashboard.acme.com", "https://app.acme.com", "https://mobile.acme.com"),
            List.of("GET", "POST", "PUT", "PATCH", "DELETE"),
            List.of("Content-Type", "Authorization", "X-TENANT-ID"),
            Duration.ofHours(1));
    assertThat(cors.allowedOrigins()).hasSize(3);
    assertThat(cors.allowedMethods()).containsExactly("GET", "POST", "PUT", "PATCH", "DELETE");
    assertThat(cors.maxAge()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void cors_lists_copiedUnmodifiableAndNullFree() {
    List<String> methods = new ArrayList<>(List.of("GET"));
    CorsConfiguration cors = new CorsConfiguration(null, methods, null, null);
    methods.add("DELETE");
    assertThat(cors.allowedMethods()).containsExactly("GET");
    assertThat(cors.allowedOrigins()).isEmpty();
    assertThat(cors.allowedHeaders()).isEmpty();
    assertThat(cors.maxAge()).isNull();
    assertThatThrownBy(() -> cors.allowedMethods().add("PUT"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new CorsConfiguration(Arrays.asList((String) null), null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("allowed_origins[0] == null");
    assertThatThrownBy(() -> new CorsConfiguration(null, List.of(), Arrays.asList("A", null), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("allowed_headers[1] == null");
    assertThatThrownBy(() -> new CorsConfiguration(null, Arrays.asList("GET", null), null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("allowed_methods[1] == null");
  }
}
