package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.wabotiq.client.FaultFixtures.API_KEYS;
import static com.wabotiq.client.FaultFixtures.SETTINGS;
import static com.wabotiq.client.FaultFixtures.SETTINGS_BODY;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.error;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.issuedBody;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.tenant.ApiScope;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes under faults: a POST is retried only with an idempotency key, and every attempt carries
 * the same one (generated, or the caller's); a POST without one is never retried; a PATCH or
 * DELETE is retried with the same body. Real HTTP over loopback (WireMock).
 */
@Timeout(value = 20, unit = SECONDS)
class IdempotentRetryTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  private final String key = newKey();
  private final String issued = newKey();

  /** The create POST answers {@code first}, then 201 with the issued key. */
  private void createThenSuccess(ResponseDefinitionBuilder first) {
    server.stubFor(post(urlEqualTo(API_KEYS)).inScenario("c").whenScenarioStateIs(STARTED)
        .willReturn(first).willSetStateTo("ok"));
    server.stubFor(post(urlEqualTo(API_KEYS)).inScenario("c").whenScenarioStateIs("ok")
        .willReturn(json(201, issuedBody(issued)).withHeader("X-Request-Id", "req_201")));
  }

  private static List<String> idempotencyKeys(List<LoggedRequest> requests) {
    return requests.stream().map(r -> r.getHeader("Idempotency-Key")).toList();
  }

  private List<LoggedRequest> posts() {
    return server.findAll(postRequestedFor(urlEqualTo(API_KEYS)));
  }

  @Test
  void aPostRetriedAfter503CarriesTheSameGeneratedKey() {
    createThenSuccess(error(503, "unavailable", "req_503"));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ApiResponse<IssuedApiKey> created = c.apiKeys().createWithResponse(
          NewApiKey.of("ci", ApiScope.READ), RequestOptions.none());
      assertThat(created.attempts()).isEqualTo(2);
      assertThat(created.status()).isEqualTo(201);
      assertThat(created.value().secret().reveal()).isEqualTo(issued);
      assertThat(created.value().info().keyHash()).isEqualTo(FaultFixtures.sha256Hex(issued));
    }
    List<String> keys = idempotencyKeys(posts());
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(keys.get(1)).isEqualTo(keys.get(0));
    assertThat(UUID.fromString(keys.get(0)).toString()).isEqualTo(keys.get(0));
    assertThat(posts()).extracting(LoggedRequest::getBodyAsString)
        .containsOnly("{\"name\":\"ci\",\"scopes\":[\"read\"]}");
  }

  @Test
  void eachPostGetsItsOwnGeneratedKey() {
    server.stubFor(post(urlEqualTo(API_KEYS)).willReturn(json(201, issuedBody(issued))));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      var first = c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ));
      var second = c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ));
      assertThat(first.secret().reveal()).isEqualTo(second.secret().reveal());
    }
    List<String> keys = idempotencyKeys(posts());
    assertThat(keys).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void theCallersKeyIsTheOneSentOnEveryAttempt() {
    createThenSuccess(error(502, "bad_gateway", "req_502"));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      RequestOptions options =
          RequestOptions.builder().idempotencyKey("create-ci-key-0001").build();
      IssuedApiKey created = c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ), options);
      assertThat(created.secret().reveal()).isEqualTo(issued);
    }
    assertThat(idempotencyKeys(posts())).containsExactly("create-ci-key-0001",
        "create-ci-key-0001");
  }

  @Test
  void aPostWithoutAKeyIsNotRetried() {
    createThenSuccess(error(503, "unavailable", "req_503"));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      RequestOptions options = RequestOptions.builder().noIdempotencyKey().build();
      ServerException e = catchThrowableOfType(ServerException.class,
          () -> c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ), options));
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.code()).isEqualTo("unavailable");
      assertThat(e.requestId()).contains("req_503");
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(idempotencyKeys(posts())).containsExactly((String) null);
  }

  @Test
  void aClientThatGeneratesNoKeysNeverRetriesAPost() {
    createThenSuccess(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    try (WabotiqClient c = client(server, key, fastPolicy().build())
        .generateIdempotencyKeys(false).build()) {
      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ)));
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("connection_failed");
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(idempotencyKeys(posts())).containsExactly((String) null);
  }

  @Test
  void aClientThatGeneratesNoKeysRetriesAPostWithTheCallersKey() {
    createThenSuccess(error(503, "unavailable", "req_503"));
    try (WabotiqClient c = client(server, key, fastPolicy().build())
        .generateIdempotencyKeys(false).build()) {
      RequestOptions options = RequestOptions.builder().idempotencyKey("k-1").build();
      assertThat(c.apiKeys().createWithResponse(NewApiKey.of("ci", ApiScope.READ), options)
          .attempts()).isEqualTo(2);
    }
    assertThat(idempotencyKeys(posts())).containsExactly("k-1", "k-1");
  }

  @Test
  void aConnectionResetOnAPostWithAKeyIsRetried() {
    createThenSuccess(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ApiResponse<IssuedApiKey> created = c.apiKeys().createWithResponse(
          NewApiKey.of("ci", ApiScope.READ), RequestOptions.none());
      assertThat(created.attempts()).isEqualTo(2);
      assertThat(created.requestId()).contains("req_201");
    }
    List<String> keys = idempotencyKeys(posts());
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(keys.get(1)).isEqualTo(keys.get(0));
  }

  @Test
  void anIdempotencyConflictIsAConflictNotRetried() {
    server.stubFor(post(urlEqualTo(API_KEYS)).willReturn(
        error(409, "idempotency_conflict", "req_409")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ConflictException e = catchThrowableOfType(ConflictException.class,
          () -> c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ),
              RequestOptions.builder().idempotencyKey("reused").build()));
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(409);
      assertThat(e.code()).isEqualTo("idempotency_conflict");
      assertThat(e.requestId()).contains("req_409");
      assertThat(e.attempts()).isEqualTo(1);
    }
    server.verify(1, postRequestedFor(urlEqualTo(API_KEYS)));
  }

  @Test
  void aPatchIsRetriedWithTheSameBodyAndNoIdempotencyKey() {
    server.stubFor(patch(urlEqualTo(SETTINGS)).inScenario("p").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("ok"));
    server.stubFor(patch(urlEqualTo(SETTINGS)).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(json(200, SETTINGS_BODY)));
    String plaintext = "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc";
    SettingsPatch change = SettingsPatch.builder()
        .credential(Credential.STRIPE_SECRET_KEY, Secret.of(plaintext)).build();
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ApiResponse<MaskedSettings> updated =
          c.settings().updateWithResponse(change, RequestOptions.none());
      assertThat(updated.attempts()).isEqualTo(2);
      assertThat(updated.value().hint(Credential.STRIPE_SECRET_KEY)).contains("sk_…4242");
    }
    List<LoggedRequest> sent = server.findAll(patchRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(sent).hasSize(2);
    assertThat(sent).extracting(LoggedRequest::getBodyAsString)
        .containsOnly("{\"stripe_secret_key\":\"" + plaintext + "\"}");
    assertThat(sent).extracting(r -> r.getHeader("Content-Type"))
        .containsOnly("application/merge-patch+json; charset=utf-8");
    assertThat(idempotencyKeys(sent)).containsOnlyNulls();
  }

  @Test
  void aDeleteIsRetried() {
    String hash = FaultFixtures.sha256Hex(issued);
    String path = API_KEYS + "/" + hash;
    server.stubFor(delete(urlEqualTo(path)).inScenario("d").whenScenarioStateIs(STARTED)
        .willReturn(error(504, "gateway_timeout", "req_504")).willSetStateTo("ok"));
    server.stubFor(delete(urlEqualTo(path)).inScenario("d").whenScenarioStateIs("ok")
        .willReturn(json(200, "{\"key_hash\":\"" + hash + "\",\"name\":\"ci\","
            + "\"scopes\":[\"read\"],\"is_active\":false}")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      var revoked = c.apiKeys().revokeWithResponse(hash, RequestOptions.none());
      assertThat(revoked.attempts()).isEqualTo(2);
    }
    server.verify(2, deleteRequestedFor(urlEqualTo(path)));
  }
}
