package com.wabotiq.server;

import static com.wabotiq.server.Http.assertError;
import static com.wabotiq.server.Http.send;
import static com.wabotiq.server.Http.sendJson;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.server.Http.Reply;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CORS per tenant: a preflight from an allowed origin is 204 with the {@code
 * Access-Control-Allow-*} headers, from a foreign origin 403 {@code cors_refused}; an actual
 * request from an allowed origin carries {@code Access-Control-Allow-Origin}; a foreign origin is
 * refused before the API key is looked at; after PUT cors with a new origin, that origin is
 * allowed and the dropped one is not.
 */
@Timeout(value = 60, unit = SECONDS)
class CorsTest {
  private static final String ALLOWED = "https://dashboard.acme.com";
  private static final String FOREIGN = "https://evil.example";

  private static LocalApiServer server;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpRequest preflight(SeededTenant tenant, String origin, String method) {
    return Http.request(server, "/tenants/" + tenant.tenantId().value() + "/settings")
        .header("Origin", origin)
        .header("Access-Control-Request-Method", method)
        .header("Access-Control-Request-Headers", "authorization, x-tenant-id, content-type")
        .method("OPTIONS", BodyPublishers.noBody())
        .build();
  }

  @Test
  void aPreflightFromAnAllowedOriginIs204WithTheAllowHeaders() {
    SeededTenant tenant = server.seedDemoTenant();
    Reply reply = send(preflight(tenant, ALLOWED, "PATCH"));
    assertThat(reply.status()).as("%s", reply).isEqualTo(204);
    assertThat(reply.bytes()).isEmpty();
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    assertThat(reply.requiredHeader("Access-Control-Allow-Methods")).contains("PATCH");
    assertThat(reply.requiredHeader("Access-Control-Allow-Headers").toLowerCase(java.util.Locale.ROOT))
        .contains("authorization").contains("x-tenant-id").contains("content-type");
    assertThat(reply.header("Access-Control-Max-Age")).isEqualTo("3600");
    assertThat(reply.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void aPreflightFromAForeignOriginIs403() {
    SeededTenant tenant = server.seedDemoTenant();
    Reply reply = send(preflight(tenant, FOREIGN, "PATCH"));
    assertError(reply, 403, "cors_refused");
    assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    Reply otherTenantsOrigin = send(Http.request(server, "/tenants/"
        + java.util.UUID.randomUUID() + "/settings").header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "GET")
        .method("OPTIONS", BodyPublishers.noBody()).build());
    assertError(otherTenantsOrigin, 403, "cors_refused");
  }

  @Test
  void anActualRequestFromAnAllowedOriginCarriesAllowOrigin() {
    SeededTenant tenant = server.seedDemoTenant();
    Reply reply = send(Http.tenant(server, tenant, "/settings").header("Origin", ALLOWED).build());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    Reply error = send(Http.tenant(server, tenant, "/nope").header("Origin", ALLOWED).build());
    assertError(error, 404, "not_found");
    assertThat(error.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
  }

  @Test
  void aForeignOriginIsRefusedBeforeTheKeyIsLookedAt() {
    SeededTenant tenant = server.seedDemoTenant();
    Reply noKey = send(Http.request(server, "/tenants/" + tenant.tenantId().value() + "/settings")
        .header("Origin", FOREIGN).build());
    assertError(noKey, 403, "cors_refused");
    assertThat(noKey.header("WWW-Authenticate")).isNull();
    Reply withKey = send(Http.tenant(server, tenant, "/settings").header("Origin", FOREIGN).build());
    assertError(withKey, 403, "cors_refused");
    assertThat(withKey.body()).doesNotContain("llm_model");
    String before = Http.get(server, tenant, "/settings").requiredHeader("ETag");
    Reply write = send(Http.tenant(server, tenant, "/settings").header("Origin", FOREIGN)
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", BodyPublishers.ofString("{\"bot_name\":\"Cross-site\"}")).build());
    assertError(write, 403, "cors_refused");
    assertThat(Http.get(server, tenant, "/settings").requiredHeader("ETag")).isEqualTo(before);
  }

  @Test
  void aNewOriginIsAllowedAfterPutCors() {
    SeededTenant tenant = server.seedDemoTenant();
    String added = "https://new.acme.example";
    assertError(send(preflight(tenant, added, "GET")), 403, "cors_refused");
    Reply put = sendJson(server, tenant, "PUT", "/cors", "{\"allowed_origins\":[\"" + added
        + "\"],\"allowed_methods\":[\"GET\",\"PATCH\"],\"allowed_headers\":[\"Authorization\","
        + "\"X-TENANT-ID\",\"Content-Type\"],\"max_age\":120}");
    assertThat(put.status()).as("%s", put).isEqualTo(200);
    assertThat(put.json().get("allowed_origins")).isEqualTo(java.util.List.of(added));

    Reply preflight = send(preflight(tenant, added, "PATCH"));
    assertThat(preflight.status()).as("%s", preflight).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(added);
    assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("120");
    assertThat(send(Http.tenant(server, tenant, "/cors").header("Origin", added).build())
        .header("Access-Control-Allow-Origin")).isEqualTo(added);
    assertError(send(preflight(tenant, ALLOWED, "GET")), 403, "cors_refused");
    assertError(send(preflight(tenant, added, "DELETE")), 403, "cors_refused");
  }
}
