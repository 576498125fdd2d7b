package com.wabotiq.server;

import static com.wabotiq.server.Http.assertError;
import static com.wabotiq.server.Http.fieldErrors;
import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.patchSettings;
import static com.wabotiq.server.Http.send;
import static com.wabotiq.server.Http.sendJson;
import static com.wabotiq.server.Http.tenant;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.server.Http.Reply;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad request gets the API's error shape with a 4xx, never a 500 or a stack trace:
 * malformed JSON, duplicate members, trailing data, wrong types and unknown members (422 naming the
 * member and the rule; accepted by a lenient server), bodies past the limit (413, with a length and
 * chunked), wrong, missing or non-UTF-8 media types (415), bytes that are not UTF-8, empty bodies,
 * bad query parameters, bad paths (400, 404, 405 with {@code Allow}), a missing or foreign {@code
 * X-TENANT-ID} and a bad {@code key_hash}; and nothing of a refused write is stored.
 */
@Timeout(value = 60, unit = SECONDS)
class BadRequestsTest {
  private static final String TODAY_RANGE = "from=2020-01-01&to=2020-01-31";

  private static LocalApiServer server;
  private static SeededTenant acme;
  private static SeededTenant other;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    acme = server.seedDemoTenant();
    other = server.seedDemoTenant();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String settingsEtag() {
    Reply settings = get(server, acme, "/settings");
    assertThat(settings.status()).isEqualTo(200);
    return settings.requiredHeader("ETag");
  }

  /** Sends a settings patch that must be refused, and checks the settings did not change. */
  private static Map<String, @Nullable Object> refusedPatch(String json, int status, String code) {
    String before = settingsEtag();
    Map<String, @Nullable Object> error = assertError(patchSettings(server, acme, json), status,
        code);
    assertThat(settingsEtag()).as("settings after the refused patch %s", json).isEqualTo(before);
    return error;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"llm_model\":", "{llm_model: \"x\"}", "{\"llm_model\":\"x\",}", "[1,", "nul", "\"open",
      "{\"a\":01}", "{\"a\":NaN}", "{'a':1}"})
  void malformedJsonIs400(String json) {
    Map<String, @Nullable Object> error = refusedPatch(json, 400, "malformed_request");
    assertThat(error).doesNotContainKey("field_errors");
  }

  @Test
  void aDuplicateMemberIs400() {
    refusedPatch("{\"llm_model\":\"a\",\"llm_model\":\"b\"}", 400, "malformed_request");
    refusedPatch("{\"metadata\":{\"x\":1,\"x\":2}}", 400, "malformed_request");
    assertError(sendJson(server, acme, "POST", "/api-keys",
        "{\"name\":\"a\",\"scopes\":[\"read\"],\"name\":\"b\"}"), 400, "malformed_request");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"llm_model\":\"a\"} x", "{}{}", "{} []", "{\"llm_model\":\"a\"}\"\""})
  void trailingDataIs400(String json) {
    refusedPatch(json, 400, "malformed_request");
  }

  @Test
  void wrongTypesAre422NamingTheMemberAndRule() {
    assertThat(fieldErrors(refusedPatch("{\"llm_temperature\":\"hot\"}", 422, "invalid_request")))
        .containsExactly("llm_temperature type");
    assertThat(fieldErrors(refusedPatch("{\"ai_agent_enabled\":\"yes\"}", 422, "invalid_request")))
        .containsExactly("ai_agent_enabled type");
    assertThat(fieldErrors(refusedPatch("{\"openai_api_key\":42}", 422, "invalid_request")))
        .containsExactly("openai_api_key type");
    assertThat(fieldErrors(refusedPatch("[]", 422, "invalid_request"))).containsExactly("$ type");

    Reply key = sendJson(server, acme, "POST", "/api-keys", "{\"name\":5,\"scopes\":\"read\"}");
    assertThat(fieldErrors(assertError(key, 422, "invalid_request")))
        .containsExactlyInAnyOrder("name type", "scopes type");
    Reply scopes = sendJson(server, acme, "POST", "/api-keys",
        "{\"name\":\"k\",\"scopes\":[\"read\",\"admin\",\"read\"],\"expires_at\":\"soon\"}");
    assertThat(fieldErrors(assertError(scopes, 422, "invalid_request")))
        .containsExactlyInAnyOrder("scopes[1] enum", "scopes[2] unique", "expires_at format");
    Reply past = sendJson(server, acme, "POST", "/api-keys",
        "{\"name\":\"k\",\"scopes\":[\"read\"],\"expires_at\":\"2020-01-01T00:00:00Z\"}");
    assertThat(fieldErrors(assertError(past, 422, "invalid_request")))
        .containsExactly("expires_at future");

    Reply cors = sendJson(server, acme, "PUT", "/cors", "{\"allowed_origins\":\"*\","
        + "\"allowed_methods\":[\"GET\"],\"allowed_headers\":[],\"max_age\":60}");
    assertThat(fieldErrors(assertError(cors, 422, "invalid_request")))
        .anyMatch(e -> e.startsWith("allowed_origins "));

    String agentBefore = get(server, acme, "/agent-configuration").requiredHeader("ETag");
    Reply agent = sendJson(server, acme, "PUT", "/agent-configuration",
        "{\"tenant_id\":\"" + acme.tenantId().value() + "\",\"bot_name\":7}");
    assertThat(fieldErrors(assertError(agent, 422, "invalid_request")))
        .anyMatch(e -> e.startsWith("bot_name "));
    assertThat(get(server, acme, "/agent-configuration").requiredHeader("ETag"))
        .isEqualTo(agentBefore);
  }

  @Test
  void unknownMembersAre422InStrictMode() {
    assertThat(fieldErrors(refusedPatch("{\"no_such_setting\":1}", 422, "invalid_request")))
        .containsExactly("no_such_setting unknown_field");
    assertThat(fieldErrors(refusedPatch("{\"metadata\":{\"ok\":1},\"business_hours\":"
        + "{\"monday\":{\"open\":\"09:00\",\"close\":\"17:00\",\"lunch\":\"12:00\"}}}", 422,
        "invalid_request")))
        .singleElement().asString().endsWith(" unknown_field").contains("lunch");
    Reply key = sendJson(server, acme, "POST", "/api-keys",
        "{\"name\":\"k\",\"scopes\":[\"read\"],\"colour\":\"red\"}");
    assertThat(fieldErrors(assertError(key, 422, "invalid_request")))
        .containsExactly("colour unknown_field");
    Reply roll = sendJson(server, acme, "POST", "/api-keys/" + "a".repeat(64) + "/roll",
        "{\"old_key_expires_at\":\"2030-01-01T00:00:00Z\",\"now\":true}");
    assertThat(fieldErrors(assertError(roll, 422, "invalid_request")))
        .containsExactly("now unknown_field");
  }

  @Test
  void unknownMembersAreIgnoredByALenientServer() {
    try (LocalApiServer lenient = LocalApiServer.builder().strict(false).build().start()) {
      SeededTenant tenant = lenient.seedDemoTenant();
      Reply patched = patchSettings(lenient, tenant,
          "{\"no_such_setting\":1,\"llm_model\":\"gpt-4o-mini\"}");
      assertThat(patched.status()).as("%s", patched).isEqualTo(200);
      assertThat(patched.json()).containsEntry("llm_model", "gpt-4o-mini")
          .doesNotContainKey("no_such_setting");
      Reply key = sendJson(lenient, tenant, "POST", "/api-keys",
          "{\"name\":\"k\",\"scopes\":[\"read\"],\"colour\":\"red\"}");
      assertThat(key.status()).as("%s", key).isEqualTo(201);
    }
  }

  @Test
  void bodiesPastTheLimitAre413WithALengthAndChunked() {
    byte[] big = new byte[LocalApiServer.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    String before = settingsEtag();
    Reply withLength = send(tenant(server, acme, "/settings")
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", BodyPublishers.ofByteArray(big))
        .build());
    assertError(withLength, 413, "payload_too_large");
    Reply chunked = send(tenant(server, acme, "/settings")
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", Http.chunked(big))
        .build());
    assertError(chunked, 413, "payload_too_large");
    Reply keys = send(tenant(server, acme, "/api-keys")
        .header("Content-Type", "application/json")
        .POST(Http.chunked(big))
        .build());
    assertError(keys, 413, "payload_too_large");
    assertThat(settingsEtag()).isEqualTo(before);

    byte[] fits = Arrays.copyOf(big, LocalApiServer.DEFAULT_MAX_BODY_BYTES);
    fits[fits.length - 1] = '}';
    Reply atTheLimit = send(tenant(server, acme, "/settings")
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", Http.chunked(fits))
        .build());
    assertThat(atTheLimit.status()).as("%s", atTheLimit).isEqualTo(200);
  }

  @Test
  void aRefusalOfALargeBodyReachesTheClient() {
    byte[] large = new byte[1024 * 1024];
    Arrays.fill(large, (byte) 'x');
    for (int round = 0; round < 3; round++) {
      Reply unauthenticated = send(Http.request(server,
          "/tenants/" + acme.tenantId().value() + "/api-keys")
          .header("Content-Type", "application/json")
          .POST(BodyPublishers.ofByteArray(large)).build());
      assertError(unauthenticated, 401, "invalid_api_key");
      Reply tooLarge = send(tenant(server, acme, "/api-keys")
          .header("Content-Type", "application/json")
          .POST(BodyPublishers.ofByteArray(large)).build());
      assertError(tooLarge, 413, "payload_too_large");
    }
  }

  @Test
  void wrongOrMissingMediaTypesAre415() {
    String patch = "{\"llm_model\":\"x\"}";
    for (String type : new String[] {"application/json", "text/plain", "application/merge-patch",
        "application/merge-patch+json; charset=ISO-8859-1", "application/json-patch+json"}) {
      String before = settingsEtag();
      Reply reply = send(tenant(server, acme, "/settings").header("Content-Type", type)
          .method("PATCH", BodyPublishers.ofString(patch)).build());
      assertError(reply, 415, "unsupported_media_type");
      assertThat(settingsEtag()).isEqualTo(before);
    }
    Reply none = send(tenant(server, acme, "/settings")
        .method("PATCH", BodyPublishers.ofString(patch)).build());
    assertError(none, 415, "unsupported_media_type");
    Reply mergePatchOnPut = send(tenant(server, acme, "/cors")
        .header("Content-Type", "application/merge-patch+json")
        .PUT(BodyPublishers.ofString("{}")).build());
    assertError(mergePatchOnPut, 415, "unsupported_media_type");
    Reply noTypeOnPost = send(tenant(server, acme, "/api-keys")
        .POST(BodyPublishers.ofString("{\"name\":\"k\",\"scopes\":[\"read\"]}")).build());
    assertError(noTypeOnPost, 415, "unsupported_media_type");

    Reply utf8 = send(tenant(server, acme, "/settings")
        .header("Content-Type", "Application/Merge-Patch+JSON; charset=\"UTF-8\"")
        .method("PATCH", BodyPublishers.ofString("{\"bot_name\":\"Msaidizi ✓\"}")).build());
    assertThat(utf8.status()).as("%s", utf8).isEqualTo(200);
    assertThat(utf8.json()).containsEntry("bot_name", "Msaidizi ✓");
  }

  @Test
  void bytesThatAreNotUtf8Are400() {
    byte[] latin1 = "{\"bot_name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    for (byte[] body : new byte[][] {latin1, overlong}) {
      String before = settingsEtag();
      Reply reply = send(tenant(server, acme, "/settings")
          .header("Content-Type", "application/merge-patch+json")
          .method("PATCH", BodyPublishers.ofByteArray(body)).build());
      assertError(reply, 400, "malformed_request");
      assertThat(settingsEtag()).isEqualTo(before);
    }
  }

  @Test
  void emptyBodiesAre400() {
    refusedPatch("", 400, "malformed_request");
    refusedPatch("   ", 400, "malformed_request");
    assertError(sendJson(server, acme, "POST", "/api-keys", ""), 400, "malformed_request");
    assertError(sendJson(server, acme, "PUT", "/cors", ""), 400, "malformed_request");
    assertError(sendJson(server, acme, "PUT", "/agent-configuration", ""), 400,
        "malformed_request");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/analytics/daily?" + TODAY_RANGE + "&limit=0",
      "/analytics/daily?" + TODAY_RANGE + "&limit=101",
      "/analytics/daily?" + TODAY_RANGE + "&limit=abc",
      "/analytics/daily?" + TODAY_RANGE + "&limit=",
      "/analytics/daily?" + TODAY_RANGE + "&limit=1&limit=2",
      "/analytics/daily?from=2020-02-01&to=2020-01-01",
      "/analytics/daily?from=2020-13-01&to=2020-12-31",
      "/analytics/daily?from=yesterday&to=2020-01-01",
      "/analytics/daily?from=2020-01-01",
      "/analytics/daily?to=2020-01-01",
      "/analytics/daily?from=2019-01-01&to=2020-12-31",
      "/analytics/daily?" + TODAY_RANGE + "&cursor=bm90LWEtY3Vyc29y",
      "/analytics/daily?" + TODAY_RANGE + "&cursor=ZF8yMDIxLTAxLTAx",
      "/analytics/performance?from=2020-01-01&to=2020-02-01",
      "/analytics/performance?from=2020-01-31&to=2020-01-01",
      "/analytics/performance?from=2020-01-01",
      "/api-keys?limit=0",
      "/api-keys?limit=101",
      "/api-keys?limit=-1",
      "/api-keys?limit=1e2",
      "/api-keys?cursor=!!",
      "/api-keys?cursor=ZF8yMDIwLTAxLTAx",
      "/api-keys?cursor=a18wMDAw"})
  void badQueriesAre400(String pathAndQuery) {
    assertError(get(server, acme, pathAndQuery), 400, "malformed_request");
  }

  @Test
  void aDeclaredLengthPastTheLimitIs413BeforeTheBodyIsRead() {
    String prefix = "/v1/tenants/" + acme.tenantId().value();
    String auth = "\r\nAuthorization: Bearer " + acme.apiKey().reveal() + "\r\nX-TENANT-ID: "
        + acme.tenantId().value();
    String before = settingsEtag();
    byte[] patch = "{\"bot_name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    String answer = Http.raw(server, "PATCH " + prefix + "/settings HTTP/1.1" + auth
        + "\r\nContent-Type: application/merge-patch+json\r\nContent-Length: "
        + (LocalApiServer.DEFAULT_MAX_BODY_BYTES + 1L) * 1000, patch);
    assertError(Http.parseRaw(answer), 413, "payload_too_large");
    assertThat(settingsEtag()).isEqualTo(before);
  }

  @Test
  void badPaths() {
    assertError(send(Http.request(server, "/tenants/not-a-uuid/settings")
        .header("Authorization", "Bearer " + acme.apiKey().reveal())
        .header("X-TENANT-ID", "not-a-uuid").build()), 400, "malformed_request");
    assertError(get(server, acme, "/nope"), 404, "not_found");
    assertError(get(server, acme, "/settings/"), 404, "not_found");
    assertError(get(server, acme, "/"), 404, "not_found");
    assertError(get(server, acme, "/api-keys//roll"), 404, "not_found");
    assertError(send(Http.request(server, "/elsewhere").build()), 404, "not_found");
    assertError(send(Http.request(server, "/tenants").build()), 404, "not_found");
    assertError(send(Http.request(server, "/tenants/").build()), 400, "malformed_request");
    assertError(send(Http.request(server, "/tenants//settings").build()), 400,
        "malformed_request");
    assertError(send(Http.request(server,
        "/tenants/" + acme.tenantId().value() + "0/settings").build()), 400, "malformed_request");
    Reply upper = send(Http.request(server,
        "/tenants/" + acme.tenantId().value().toUpperCase(java.util.Locale.ROOT) + "/settings")
        .header("Authorization", "Bearer " + acme.apiKey().reveal())
        .header("X-TENANT-ID", acme.tenantId().value()).build());
    assertThat(upper.status()).as("%s", upper).isEqualTo(200);

    Reply delete = send(tenant(server, acme, "/settings").DELETE().build());
    assertError(delete, 405, "method_not_allowed");
    assertThat(delete.header("Allow")).isEqualTo("GET, PATCH");
    Reply post = send(tenant(server, acme, "/api-keys/" + "a".repeat(64))
        .POST(BodyPublishers.noBody()).build());
    assertError(post, 405, "method_not_allowed");
    assertThat(post.header("Allow")).isEqualTo("DELETE");
    Reply put = send(tenant(server, acme, "/usage").PUT(BodyPublishers.noBody()).build());
    assertError(put, 405, "method_not_allowed");
    assertThat(put.header("Allow")).isEqualTo("GET");
  }

  @Test
  void aMissingTenantHeaderIs400AndAForeignOneIs403() {
    Reply missing = send(Http.request(server, "/tenants/" + acme.tenantId().value() + "/settings")
        .header("Authorization", "Bearer " + acme.apiKey().reveal()).build());
    assertError(missing, 400, "malformed_request");
    assertThat(String.valueOf(missing.json())).contains("X-TENANT-ID");

    Reply foreign = send(Http.request(server, "/tenants/" + acme.tenantId().value() + "/settings")
        .header("Authorization", "Bearer " + acme.apiKey().reveal())
        .header("X-TENANT-ID", other.tenantId().value()).build());
    assertError(foreign, 403, "tenant_mismatch");
    assertThat(foreign.body()).doesNotContain("llm_model");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyz", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"})
  void aBadKeyHashIs400(String keyHash) {
    assertError(send(tenant(server, acme, "/api-keys/" + keyHash).DELETE().build()), 400,
        "malformed_request");
    assertError(sendJson(server, acme, "POST", "/api-keys/" + keyHash + "/roll",
        "{\"old_key_expires_at\":\"2030-01-01T00:00:00Z\"}"), 400, "malformed_request");
  }

  @Test
  void anUnknownKeyHashIs404() {
    assertError(send(tenant(server, acme, "/api-keys/" + "0".repeat(64)).DELETE().build()), 404,
        "not_found");
  }
}
