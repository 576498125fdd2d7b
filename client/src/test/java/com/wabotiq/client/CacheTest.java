package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wabotiq.client.OperationFixtures.TENANT_PATH;
import static com.wabotiq.client.OperationFixtures.example;
import static com.wabotiq.client.OperationFixtures.json;
import static com.wabotiq.client.OperationFixtures.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's ETag cache ({@code .cache(100, 1 min)}): a cached GET is revalidated with {@code
 * If-None-Match}, a 304 is answered from the cache, a new ETag replaces the entry, a successful
 * write empties the cache, and without the option (or without an ETag) nothing is cached.
 */
@Timeout(60)
class CacheTest {
  @RegisterExtension static WireMockExtension server = OperationFixtures.server();

  private static final String TENANT = TENANT_PATH;
  private static final String SETTINGS = TENANT_PATH + "/settings";

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private static WabotiqClient cached() {
    return OperationFixtures.builder(server).cache(100, Duration.ofMinutes(1)).build();
  }

  /** Answers 200 with an ETag, or 304 to a request that names it. */
  private static void serve(String path, String etag, String body) {
    server.stubFor(get(urlPathEqualTo(path)).atPriority(5)
        .willReturn(json(200, body).withHeader("ETag", etag)));
    server.stubFor(get(urlPathEqualTo(path)).atPriority(1)
        .withHeader("If-None-Match", equalTo(etag))
        .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)
            .withHeader("X-Request-Id", "req_304")));
  }

  private static List<@Nullable String> ifNoneMatchSent(String path) {
    return requests(server).stream()
        .filter(r -> r.getMethod().value().equals("GET"))
        .filter(r -> r.getUrl().split("\\?", 2)[0].equals(path))
        .map(r -> r.getHeader("If-None-Match"))
        .toList();
  }

  private static String tenantNamed(String name) {
    return example(OperationFixtures.Example.TENANT)
        .replace("\"name\": \"Acme Electronics\"", "\"name\": \"" + name + "\"");
  }

  @Test
  void secondGet_revalidatesAndA304IsServedFromTheCache() {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    try (WabotiqClient client = cached()) {
      ApiResponse<Tenant> first = client.tenant().getWithResponse(RequestOptions.none());
      ApiResponse<Tenant> second = client.tenant().getWithResponse(RequestOptions.none());

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.fromCache()).isFalse();
      assertThat(second.status()).isEqualTo(304);
      assertThat(second.fromCache()).isTrue();
      assertThat(second.value()).isEqualTo(first.value())
          .isEqualTo(JsonCodec.lenient().fromJson(tenantNamed("Acme Electronics"), Tenant.class));
      assertThat(second.requestId()).contains("req_304");
      assertThat(second.attempts()).isEqualTo(1);
      assertThat(client.tenant().get().name()).isEqualTo("Acme Electronics");
    }
    assertThat(ifNoneMatchSent(TENANT)).containsExactly(null, "\"a1\"", "\"a1\"");
  }

  @Test
  void a304_isServedWithoutReadingABody() {
    server.stubFor(get(urlPathEqualTo(TENANT)).atPriority(5)
        .willReturn(json(200, tenantNamed("Acme Electronics")).withHeader("ETag", "\"a1\"")));
    // a 304 whose body would not even parse: the cached value is used, the body never read
    server.stubFor(get(urlPathEqualTo(TENANT)).atPriority(1)
        .withHeader("If-None-Match", equalTo("\"a1\""))
        .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"a1\"")
            .withHeader("Content-Type", "application/json").withBody("not json")));
    try (WabotiqClient client = cached()) {
      Tenant first = client.tenant().get();

      ApiResponse<Tenant> again = client.tenant().getWithResponse(RequestOptions.none());

      assertThat(again.fromCache()).isTrue();
      assertThat(again.value()).isEqualTo(first);
    }
  }

  @Test
  void async_isServedFromTheCacheToo() throws Exception {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    try (WabotiqClient client = cached()) {
      Tenant first = client.tenant().getAsync().get(10, TimeUnit.SECONDS);
      ApiResponse<Tenant> second = client.tenant().getWithResponseAsync(RequestOptions.none())
          .get(10, TimeUnit.SECONDS);

      assertThat(second.fromCache()).isTrue();
      assertThat(second.value()).isEqualTo(first);
    }
    assertThat(ifNoneMatchSent(TENANT)).containsExactly(null, "\"a1\"");
  }

  @Test
  void aNewEtag_replacesTheEntry() {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    try (WabotiqClient client = cached()) {
      assertThat(client.tenant().get().name()).isEqualTo("Acme Electronics");

      server.resetAll();
      serve(TENANT, "\"b2\"", tenantNamed("Acme Gadgets"));
      ApiResponse<Tenant> changed = client.tenant().getWithResponse(RequestOptions.none());
      ApiResponse<Tenant> again = client.tenant().getWithResponse(RequestOptions.none());

      assertThat(changed.fromCache()).isFalse();
      assertThat(changed.value().name()).isEqualTo("Acme Gadgets");
      assertThat(changed.etag()).contains("\"b2\"");
      assertThat(again.fromCache()).isTrue();
      assertThat(again.value().name()).isEqualTo("Acme Gadgets");
    }
    assertThat(ifNoneMatchSent(TENANT)).containsExactly("\"a1\"", "\"b2\"");
  }

  @Test
  void aSuccessfulWrite_emptiesTheCache() {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    serve(SETTINGS, "\"s1\"", OperationFixtures.maskedSettingsJson());
    server.stubFor(request("PATCH", urlPathEqualTo(SETTINGS))
        .willReturn(json(200, OperationFixtures.maskedSettingsJson()).withHeader("ETag", "\"s2\"")));
    try (WabotiqClient client = cached()) {
      client.tenant().get();
      client.settings().get();
      assertThat(client.settings().getWithResponse(RequestOptions.none()).fromCache()).isTrue();

      TenantSettings settings = client.settings().get().settings();
      client.settings().update(SettingsPatch.builder().group(settings.branding()).build());

      ApiResponse<MaskedSettings> afterWrite =
          client.settings().getWithResponse(RequestOptions.none());
      ApiResponse<Tenant> otherResource = client.tenant().getWithResponse(RequestOptions.none());
      assertThat(afterWrite.fromCache()).isFalse();
      assertThat(afterWrite.status()).isEqualTo(200);
      assertThat(otherResource.fromCache()).isFalse();
    }
    assertThat(ifNoneMatchSent(SETTINGS)).containsExactly(null, "\"s1\"", "\"s1\"", null);
    assertThat(ifNoneMatchSent(TENANT)).containsExactly(null, null);
  }

  @Test
  void aFailedWrite_keepsTheCache() {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    server.stubFor(request("PUT", urlPathEqualTo(TENANT_PATH + "/cors"))
        .willReturn(json(409, "{\"error\": {\"code\": \"version_conflict\", \"message\":"
            + " \"changed since\"}}")));
    try (WabotiqClient client = cached()) {
      client.tenant().get();
      assertThatThrownBy(() -> client.cors().replace(JsonCodec.lenient().fromJson(
          example(OperationFixtures.Example.CORS), com.wabotiq.tenant.CorsConfiguration.class),
          RequestOptions.builder().ifMatch("\"old\"").build()))
          .isInstanceOf(ConflictException.class);

      assertThat(client.tenant().getWithResponse(RequestOptions.none()).fromCache()).isTrue();
    }
  }

  @Test
  void withoutTheCacheOption_noIfNoneMatchIsEverSent() {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    serve(SETTINGS, "\"s1\"", OperationFixtures.maskedSettingsJson());
    try (WabotiqClient client = OperationFixtures.client(server)) {
      for (int i = 0; i < 3; i++) {
        ApiResponse<Tenant> read = client.tenant().getWithResponse(RequestOptions.none());
        assertThat(read.fromCache()).isFalse();
        assertThat(read.status()).isEqualTo(200);
        client.settings().get();
      }
    }
    assertThat(requests(server)).hasSize(6)
        .allSatisfy(r -> assertThat(r.getHeader("If-None-Match")).isNull());
  }

  @Test
  void anAnswerWithoutEtag_isNotCached() {
    server.stubFor(get(urlPathEqualTo(TENANT)).withHeader("If-None-Match", absent())
        .willReturn(json(200, tenantNamed("Acme Electronics"))));
    try (WabotiqClient client = cached()) {
      client.tenant().get();
      ApiResponse<Tenant> second = client.tenant().getWithResponse(RequestOptions.none());

      assertThat(second.fromCache()).isFalse();
      assertThat(second.status()).isEqualTo(200);
    }
    assertThat(ifNoneMatchSent(TENANT)).containsExactly(null, null);
  }

  @Test
  void pagedAndPeriodReads_areNeverRevalidated() {
    server.stubFor(get(urlPathEqualTo(TENANT_PATH + "/usage"))
        .willReturn(json(200, OperationFixtures.usageJson()).withHeader("ETag", "\"u1\"")));
    server.stubFor(get(urlPathEqualTo(TENANT_PATH + "/analytics/performance"))
        .willReturn(json(200, example(OperationFixtures.Example.PERFORMANCE))
            .withHeader("ETag", "\"p1\"")));
    try (WabotiqClient client = cached()) {
      java.time.LocalDate day = java.time.LocalDate.parse("2025-11-20");
      for (int i = 0; i < 2; i++) {
        client.subscription().usage();
        client.analytics().performance(day, day);
      }
    }
    List<LoggedRequest> sent = requests(server);
    assertThat(sent).hasSize(4)
        .allSatisfy(r -> assertThat(r.getHeader("If-None-Match")).isNull());
  }

  @Test
  void eachUrlHasItsOwnEntry() {
    serve(TENANT, "\"a1\"", tenantNamed("Acme Electronics"));
    serve(SETTINGS, "\"s1\"", OperationFixtures.maskedSettingsJson());
    try (WabotiqClient client = cached()) {
      client.tenant().get();
      client.settings().get();
      client.tenant().get();
      client.settings().get();
    }
    assertThat(ifNoneMatchSent(TENANT)).containsExactly(null, "\"a1\"");
    assertThat(ifNoneMatchSent(SETTINGS)).containsExactly(null, "\"s1\"");
  }

  @Test
  void cacheOption_badArguments_areRefused() {
    WabotiqClient.Builder builder = OperationFixtures.builder(server);

    assertThatThrownBy(() -> builder.cache(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> builder.cache(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.cache(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
