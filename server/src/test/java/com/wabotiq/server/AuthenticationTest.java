package com.wabotiq.server;

import static com.wabotiq.server.Http.assertError;
import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.send;
import static com.wabotiq.server.Http.sendJson;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.server.Http.Reply;
import com.wabotiq.types.TierId;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Authentication and isolation over HTTP: no key is 401 with {@code WWW-Authenticate}; a
 * malformed, unknown or revoked key is 401 with one and the same message; a read-only key writing
 * is 403 {@code insufficient_scope}; tenant A's key on each of tenant B's 21 operations is 403
 * {@code tenant_mismatch} and never shows or changes B's data; a Starter tenant (read-only API
 * access) writing is 403 {@code tier_forbids}.
 */
@Timeout(value = 60, unit = SECONDS)
class AuthenticationTest {
  private static LocalApiServer server;
  private static SeededTenant alpha;
  private static SeededTenant beta;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    alpha = server.seedTenant("Alpha Gadgets", growth());
    beta = server.seedTenant("Beta Traders", growth());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static TierId growth() {
    return Objects.requireNonNull(SubscriptionTier.GROWTH.id());
  }

  private static HttpRequest.Builder withKey(SeededTenant pathTenant, String key, String rest) {
    return Http.request(server, "/tenants/" + pathTenant.tenantId().value() + rest)
        .header("Authorization", "Bearer " + key)
        .header("X-TENANT-ID", pathTenant.tenantId().value());
  }

  private static Map<String, @Nullable Object> unauthorized(Reply reply) {
    Map<String, @Nullable Object> error = assertError(reply, 401, "invalid_api_key");
    assertThat(reply.header("WWW-Authenticate")).as("%s", reply).startsWith("Bearer");
    return error;
  }

  @Test
  void noAuthorizationIs401WithWwwAuthenticate() {
    String url = "/tenants/" + alpha.tenantId().value() + "/settings";
    unauthorized(send(Http.request(server, url).header("X-TENANT-ID", alpha.tenantId().value())
        .build()));
    unauthorized(send(Http.request(server, url).header("X-TENANT-ID", alpha.tenantId().value())
        .header("Authorization", "Basic dXNlcjpwYXNz").build()));
    unauthorized(send(Http.request(server, url).header("X-TENANT-ID", alpha.tenantId().value())
        .header("Authorization", "Bearer").build()));
  }

  @Test
  void malformedUnknownAndRevokedKeysAre401WithOneMessage() {
    String real = alpha.apiKey().reveal();
    String unknown;
    try (LocalApiServer elsewhere = LocalApiServer.builder().build()) {
      unknown = elsewhere.seedDemoTenant().apiKey().reveal();
    }
    Reply created = sendJson(server, alpha, "POST", "/api-keys",
        "{\"name\":\"to revoke\",\"scopes\":[\"read\",\"write\"]}");
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String revokedKey = String.valueOf(created.json().get("key"));
    @SuppressWarnings("unchecked")
    String keyHash = String.valueOf(
        ((Map<String, Object>) Objects.requireNonNull(created.json().get("api_key")))
            .get("key_hash"));
    assertThat(get(server, alpha, "/settings").status()).isEqualTo(200);
    assertThat(send(withKey(alpha, revokedKey, "/settings").build()).status()).isEqualTo(200);
    Reply revoked = send(Http.tenant(server, alpha, "/api-keys/" + keyHash).DELETE().build());
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
    assertThat(revoked.json()).containsEntry("is_active", false);

    List<String> messages = new ArrayList<>();
    for (String key : new String[] {"garbage", real.substring(0, real.length() - 1),
        real.substring(0, real.length() - 1) + (real.endsWith("x") ? "y" : "x"), unknown,
        revokedKey}) {
      Reply reply = send(withKey(alpha, key, "/settings").build());
      Map<String, @Nullable Object> error = unauthorized(reply);
      messages.add(String.valueOf(error.get("message")));
      assertThat(reply.body()).doesNotContain(key).doesNotContain("llm_model");
    }
    assertThat(messages).as("one message for every bad key").containsOnly(messages.get(0));
  }

  @Test
  void aReadOnlyKeyCannotWrite() {
    Reply created = sendJson(server, alpha, "POST", "/api-keys",
        "{\"name\":\"reader\",\"scopes\":[\"read\"]}");
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String reader = String.valueOf(created.json().get("key"));
    assertThat(send(withKey(alpha, reader, "/settings").build()).status()).isEqualTo(200);
    String before = get(server, alpha, "/settings").requiredHeader("ETag");
    Reply write = send(withKey(alpha, reader, "/settings")
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", BodyPublishers.ofString("{\"bot_name\":\"Reader\"}")).build());
    assertError(write, 403, "insufficient_scope");
    Reply issue = send(withKey(alpha, reader, "/api-keys")
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString("{\"name\":\"escalate\",\"scopes\":[\"write\"]}")).build());
    assertError(issue, 403, "insufficient_scope");
    assertThat(get(server, alpha, "/settings").requiredHeader("ETag")).isEqualTo(before);
  }

  /** Every operation of the API on {@code tenant}, with a body for the writes. */
  private static List<HttpRequest.Builder> everyOperation(SeededTenant target, String key,
      String keyHash) {
    String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5).toString();
    String range = "?from=" + day + "&to=" + day;
    List<HttpRequest.Builder> requests = new ArrayList<>();
    for (Route route : Route.values()) {
      String path = switch (route) {
        case GET_TENANT -> "";
        case GET_SETTINGS, UPDATE_SETTINGS -> "/settings";
        case GET_AGENT_CONFIGURATION, REPLACE_AGENT_CONFIGURATION -> "/agent-configuration";
        case GET_SUBSCRIPTION -> "/subscription";
        case LIST_TIERS -> "/tiers";
        case GET_USAGE -> "/usage";
        case LIST_DAILY_ANALYTICS -> "/analytics/daily" + range;
        case GET_PERFORMANCE_METRICS -> "/analytics/performance" + range;
        case GET_CATALOG_SUMMARY -> "/business/catalog";
        case GET_SERVICES_SUMMARY -> "/business/services";
        case GET_CUSTOMERS_SUMMARY -> "/business/customers";
        case GET_ORDERS_SUMMARY -> "/business/orders";
        case LIST_API_KEYS, CREATE_API_KEY -> "/api-keys";
        case ROLL_API_KEY -> "/api-keys/" + keyHash + "/roll";
        case REVOKE_API_KEY -> "/api-keys/" + keyHash;
        case GET_CORS, REPLACE_CORS -> "/cors";
        case GET_WEBHOOK_URLS -> "/webhook-urls";
      };
      HttpRequest.Builder request = withKey(target, key, path);
      switch (route) {
        case UPDATE_SETTINGS -> request.header("Content-Type", "application/merge-patch+json")
            .method("PATCH", BodyPublishers.ofString("{\"bot_name\":\"Taken over\"}"));
        case REPLACE_AGENT_CONFIGURATION -> request.header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(DemoData.resource("agent-configuration.json")
                .replace("\"tenant_id\": \"uuid\"",
                    "\"tenant_id\": \"" + target.tenantId().value() + "\"")
                .replace("\"uuid\"", "null")));
        case CREATE_API_KEY -> request.header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"name\":\"stolen\",\"scopes\":[\"read\"]}"));
        case ROLL_API_KEY -> request.header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"old_key_expires_at\":\"2030-01-01T00:00:00Z\"}"));
        case REVOKE_API_KEY -> request.DELETE();
        case REPLACE_CORS -> request.header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString("{\"allowed_origins\":[\"https://evil.example\"],"
                + "\"allowed_methods\":[\"GET\"],\"allowed_headers\":[],\"max_age\":60}"));
        default -> request.GET();
      }
      requests.add(request);
    }
    return requests;
  }

  @Test
  void tenantAsKeyOnEachOfTenantBsOperationsIs403AndShowsNothingOfB() {
    String betaTenant = get(server, beta, "").requiredHeader("ETag");
    String betaSettings = get(server, beta, "/settings").requiredHeader("ETag");
    String betaCors = get(server, beta, "/cors").requiredHeader("ETag");
    String betaAgent = get(server, beta, "/agent-configuration").requiredHeader("ETag");
    int betaKeys = server.sdk().apiKeys().list(beta.tenantId()).size();
    String betaKeyHash = server.sdk().apiKeys().list(beta.tenantId()).get(0).keyHash();

    List<HttpRequest.Builder> requests =
        everyOperation(beta, alpha.apiKey().reveal(), betaKeyHash);
    assertThat(requests).hasSize(21);
    for (HttpRequest.Builder request : requests) {
      Reply reply = send(request.build());
      assertError(reply, 403, "tenant_mismatch");
      assertThat(reply.body()).doesNotContain("Beta Traders", betaKeyHash, "llm_model",
          "allowed_origins", "bot_name", "data");
    }
    // the header naming A while the path names B
    for (HttpRequest.Builder request :
        everyOperation(beta, alpha.apiKey().reveal(), betaKeyHash)) {
      Reply reply = send(request.setHeader("X-TENANT-ID", alpha.tenantId().value()).build());
      assertError(reply, 403, "tenant_mismatch");
    }

    assertThat(get(server, beta, "").requiredHeader("ETag")).isEqualTo(betaTenant);
    assertThat(get(server, beta, "/settings").requiredHeader("ETag")).isEqualTo(betaSettings);
    assertThat(get(server, beta, "/cors").requiredHeader("ETag")).isEqualTo(betaCors);
    assertThat(get(server, beta, "/agent-configuration").requiredHeader("ETag"))
        .isEqualTo(betaAgent);
    assertThat(server.sdk().apiKeys().list(beta.tenantId())).hasSize(betaKeys)
        .allMatch(k -> k.active());
  }

  @Test
  void eachOperationAnswersItsOwnTenant() {
    SeededTenant gamma = server.seedTenant("Gamma Stores", growth());
    String spare = server.sdk().apiKeys()
        .issue(gamma.tenantId(), "spare", java.util.Set.of(com.wabotiq.tenant.ApiScope.READ), null)
        .info().keyHash();
    for (HttpRequest.Builder request : everyOperation(gamma, gamma.apiKey().reveal(), spare)) {
      HttpRequest built = request.build();
      Reply reply = send(built);
      assertThat(reply.status()).as("%s %s: %s", built.method(), built.uri(), reply)
          .isBetween(200, 201);
    }
  }

  @Test
  void aStarterTenantMayReadButNotWrite() {
    SeededTenant starter =
        server.seedTenant("Starter Shop", Objects.requireNonNull(SubscriptionTier.STARTER.id()));
    assertThat(get(server, starter, "/settings").status()).isEqualTo(200);
    String before = get(server, starter, "/settings").requiredHeader("ETag");
    assertError(Http.patchSettings(server, starter, "{\"bot_name\":\"Upgraded\"}"), 403,
        "tier_forbids");
    assertError(sendJson(server, starter, "POST", "/api-keys",
        "{\"name\":\"k\",\"scopes\":[\"read\"]}"), 403, "tier_forbids");
    assertThat(get(server, starter, "/settings").requiredHeader("ETag")).isEqualTo(before);
    assertThat(server.sdk().apiKeys().list(starter.tenantId())).hasSize(1);
  }
}
