package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wabotiq.client.FaultFixtures.API_KEYS;
import static com.wabotiq.client.FaultFixtures.SETTINGS;
import static com.wabotiq.client.FaultFixtures.SETTINGS_BODY;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.issuedBody;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.tenant.ApiScope;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No API key or credential reaches a message, a {@code toString} or a cause, even when the server
 * echoes the caller's key (or another) in its error JSON, in an HTML page, in a request id or in a
 * success body it gets wrong. Keys echoed are masked as {@code wbq_test_****}. Real HTTP over
 * loopback (WireMock).
 */
@Timeout(value = 20, unit = SECONDS)
class SecretLeakTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  private final String key = newKey();
  private final String liveKey =
      ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();

  /** Everything a failure shows: its chain's messages, toStrings and the printed stack trace. */
  private static String everything(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    List<String> parts = new ArrayList<>(List.of(out.toString()));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      parts.add(String.valueOf(t.getMessage()));
      parts.add(t.toString());
      parts.add(String.valueOf(t.getLocalizedMessage()));
    }
    return String.join("\n", parts);
  }

  /** The key's secret part: a key cut short still must not appear. */
  private static String tail(String apiKey) {
    return apiKey.substring("wbq_test_".length(), apiKey.length() - 4);
  }

  private void assertNoSecret(String shown) {
    assertThat(shown).doesNotContain(key).doesNotContain(tail(key))
        .doesNotContain(liveKey).doesNotContain(tail(liveKey));
  }

  private ApiException getFails() {
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ApiException e = catchThrowableOfType(ApiException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertNoSecret(everything(e));
      Throwable async = catchThrowable(() -> c.settings().getAsync().get(10, SECONDS));
      assertThat(async).isInstanceOf(ExecutionException.class);
      assertThat(async.getCause()).isInstanceOf(e.getClass());
      assertNoSecret(everything(async));
      return e;
    }
  }

  @Test
  void aKeyEchoedInTheErrorMessageIsMasked() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(401,
        "{\"error\":{\"code\":\"x\",\"message\":\"bad key " + key + " and " + liveKey + "\"}}")));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("bad key wbq_test_**** and wbq_live_****");
  }

  @Test
  void aKeyEchoedWithJsonEscapesIsMaskedToo() {
    String escaped = key.substring(0, 9) + String.format(Locale.ROOT, "\\u%04x",
        (int) key.charAt(9)) + key.substring(10);
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(403,
        "{\"error\":{\"code\":\"tenant_forbidden\",\"message\":\"key " + escaped + "\"}}")));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(PermissionException.class);
    assertThat(e.getMessage()).contains("key wbq_test_****");
  }

  @Test
  void aKeyInAnHtmlPageIsMasked() {
    String page = "<html><body><h1>401 Unauthorized</h1><p>Authorization: Bearer " + key
        + "</p><pre>" + liveKey + "</pre></body></html>";
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody(page)));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(ServerException.class);
    assertThat(e.getMessage()).contains("Bearer wbq_test_****");
  }

  @Test
  void aKeyCutByTheExcerptsLimitIsMasked() {
    // the key straddles the 200-character excerpt: what is shown of it is still masked
    for (int at = 170; at < 200; at += 3) {
      server.resetAll();
      String page = "x".repeat(at) + key + " " + "y".repeat(300);
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withStatus(500)
          .withHeader("Content-Type", "text/plain").withBody(page)));
      ApiException e = getFails();
      assertThat(e.getMessage()).doesNotContain(key.substring(0, 13));
    }
  }

  @Test
  void aKeyInTheRequestIdIsMaskedInTheMessage() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(404,
        "{\"error\":{\"code\":\"not_found\",\"message\":\"gone\",\"request_id\":\"" + key
            + "\"}}")));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.getMessage()).endsWith("(request wbq_test_****)");
  }

  @Test
  void aKeyInAFieldErrorsMessageIsMasked() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(422,
        "{\"error\":{\"code\":\"invalid_request\",\"message\":\"invalid\",\"field_errors\":"
            + "[{\"path\":\"stripe_secret_key\",\"rule\":\"format\",\"message\":\"not a key: "
            + key + "\"}]}}")));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    List<FieldError> fields = ((InvalidRequestException) e).fieldErrors();
    assertThat(fields).containsExactly(
        new FieldError("stripe_secret_key", "format", "not a key: wbq_test_****"));
    assertNoSecret(fields.toString());
  }

  @Test
  void aKeyInAWrongSuccessBodyIsMasked() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(200,
        SETTINGS_BODY.replace("0.70", "\"" + key + "\""))));
    ApiException e = getFails();
    assertThat(e.code()).isEqualTo("malformed_response");
  }

  @Test
  void aKeyInAnUnknownErrorCodeIsMaskedInTheMessage() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(400,
        "{\"error\":{\"code\":\"" + key + "\",\"message\":\"bad\"}}")));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(e.code()).isEqualTo("wbq_test_****");
  }

  @Test
  void aConnectionFailureShowsNoKey() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withFault(
        Fault.RANDOM_DATA_THEN_CLOSE)));
    ApiException e = getFails();
    assertThat(e).isExactlyInstanceOf(ApiConnectionException.class);
  }

  @Test
  void theRetryHookSeesNoKey() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(503,
        "{\"error\":{\"code\":\"unavailable\",\"message\":\"" + key + "\"}}")));
    List<RetryEvent> events = new CopyOnWriteArrayList<>();
    RetryPolicy policy = fastPolicy().onRetry(events::add).build();
    try (WabotiqClient c = client(server, key, policy).build()) {
      assertNoSecret(everything(catchThrowable(() -> c.settings().get())));
      assertNoSecret(c.toString());
    }
    assertThat(events).hasSize(2);
    assertNoSecret(events.toString());
    assertNoSecret(policy.toString());
  }

  @Test
  void theValuesShownByToStringHoldNoSecret() {
    String stripe = "sk_live_" + "51HxQwErTyUiOpAsDfGhJkL";
    String header = "trace-" + key;
    server.stubFor(post(urlEqualTo(API_KEYS)).willReturn(json(201, issuedBody(liveKey))));
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(200, SETTINGS_BODY)));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      assertThat(c.toString()).contains(FaultFixtures.TENANT.value());
      assertNoSecret(c.toString());

      RequestOptions options = RequestOptions.builder().idempotencyKey("idem-" + tail(key))
          .header("X-Trace", header).timeout(Duration.ofSeconds(5)).build();
      assertNoSecret(options.toString());
      assertThat(options.toString()).contains("X-Trace").doesNotContain("trace-");

      SettingsPatch patch = SettingsPatch.builder()
          .credential(Credential.STRIPE_SECRET_KEY, Secret.of(stripe)).build();
      assertThat(patch.toString()).doesNotContain(stripe).doesNotContain(stripe.substring(8))
          .contains("stripe_secret_key=[credential]");

      ApiResponse<IssuedApiKey> issued = c.apiKeys().createWithResponse(
          NewApiKey.of("ci", ApiScope.READ), RequestOptions.none());
      assertThat(issued.value().secret().reveal()).isEqualTo(liveKey);
      assertNoSecret(issued.toString());
      assertNoSecret(issued.value().toString());

      ApiResponse<MaskedSettings> read = c.settings().getWithResponse(RequestOptions.none());
      assertNoSecret(read.toString());
    }
  }
}
