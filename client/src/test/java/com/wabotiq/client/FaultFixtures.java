package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * What the fault tests share: a loopback WireMock, a tenant, a fresh test key, a client whose
 * backoff waits are zero, and the bodies the server answers with (the data reference's shapes).
 */
final class FaultFixtures {
  static final TenantId TENANT = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");

  /** The settings path as the server sees it. */
  static final String SETTINGS = "/v1/tenants/" + TENANT.value() + "/settings";

  /** The API keys collection path as the server sees it. */
  static final String API_KEYS = "/v1/tenants/" + TENANT.value() + "/api-keys";

  /**
   * A small masked settings answer: the tenant id, the model, one credential hint and a decimal
   * written as the data reference writes it ("llm_temperature": 0.7).
   */
  static final String SETTINGS_BODY = "{\"tenant_id\":\"" + TENANT.value() + "\","
      + "\"llm_model\":\"gpt-4o\",\"stripe_secret_key\":\"sk_…4242\",\"llm_temperature\":0.70}";

  private FaultFixtures() {}

  /** A WireMock on a loopback port, without gzip (it rewrites ETags). */
  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(config()).build();
  }

  /** The configuration of {@link #server()}, for a variant. */
  static WireMockConfiguration config() {
    return wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true);
  }

  /** A new, well-formed test key (never a live one). */
  static String newKey() {
    return ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
  }

  /** A policy of two retries whose backoff bounds are a few milliseconds. */
  static RetryPolicy.Builder fastPolicy() {
    return RetryPolicy.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(5));
  }

  /** A client of the server with zero jitter (every backoff wait is 0) and the policy given. */
  static WabotiqClient.Builder client(WireMockExtension server, String key, RetryPolicy policy) {
    return WabotiqClient.builder(key, TENANT)
        .baseUrl(server.baseUrl() + "/v1")
        .retryPolicy(policy)
        .jitter(() -> 0.0);
  }

  /** A JSON answer. */
  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** The settings answer with a request id and rate-limit headers. */
  static ResponseDefinitionBuilder settingsOk(String requestId) {
    return json(200, SETTINGS_BODY).withHeader("X-Request-Id", requestId)
        .withHeader("X-RateLimit-Limit", "100").withHeader("X-RateLimit-Remaining", "99")
        .withHeader("X-RateLimit-Reset", "1796274000");
  }

  /** The API's error shape (contract: one shape for every error). */
  static String errorBody(String code, String message, String requestId) {
    return "{\"error\":{\"code\":" + Wire.quote(code) + ",\"message\":" + Wire.quote(message)
        + ",\"request_id\":" + Wire.quote(requestId) + "}}";
  }

  /** An error answer in the API's shape, with its request id header. */
  static ResponseDefinitionBuilder error(int status, String code, String requestId) {
    return json(status, errorBody(code, "the server says " + code, requestId))
        .withHeader("X-Request-Id", requestId);
  }

  /** The 201 of createApiKey: the key shown once and its listing (contract: IssuedApiKey). */
  static String issuedBody(String newKey) {
    return "{\"key\":\"" + newKey + "\",\"api_key\":{\"key_hash\":\"" + sha256Hex(newKey)
        + "\",\"name\":\"ci\",\"scopes\":[\"read\"],\"created_at\":\"2026-12-03T05:00:00Z\","
        + "\"is_active\":true}}";
  }

  /** 64 lowercase hex digits of the SHA-256 of a text: an API key's identity. */
  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** How many requests the server received, whatever they were. */
  static int received(WireMockExtension server) {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  /** Waits (at most 5 s) until the server has received {@code n} requests. */
  static void awaitReceived(WireMockExtension server, int n) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (received(server) < n) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the server received " + received(server) + " of " + n);
      }
      Thread.sleep(5);
    }
  }
}
