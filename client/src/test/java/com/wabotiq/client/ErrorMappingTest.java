package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wabotiq.client.FaultFixtures.SETTINGS;
import static com.wabotiq.client.FaultFixtures.SETTINGS_BODY;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.error;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.tenant.LlmSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error status becomes its typed failure with the status, the code (from the body, or
 * {@code http_<status>} when the body is not the API's shape), the request id and the attempts;
 * the 4xx are never retried; a proxy's HTML page gives a bounded message; a success whose body is
 * not the documented JSON, or is too large, is a {@code malformed_response} or {@code
 * response_too_large} that is not retried. Real HTTP over loopback (WireMock).
 */
@Timeout(value = 20, unit = SECONDS)
class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  /** A second server that streams every body chunked, with no Content-Length. */
  @RegisterExtension
  static WireMockExtension chunked = WireMockExtension.newInstance()
      .options(FaultFixtures.config().useChunkedTransferEncoding(
          Options.ChunkedEncodingPolicy.ALWAYS))
      .build();

  private final String key = newKey();
  private final List<RetryEvent> events = new CopyOnWriteArrayList<>();

  private WabotiqClient newClient() {
    return client(server, key, fastPolicy().onRetry(events::add).build()).build();
  }

  private static SettingsPatch patchModel() {
    return SettingsPatch.builder().group(LlmSettings.builder().llmModel("gpt-4o").build())
        .build();
  }

  // ---- 409 ---------------------------------------------------------------------------------

  @Test
  void aLostIfMatchRaceIsAConflictNotRetried() {
    server.stubFor(patch(urlEqualTo(SETTINGS)).willReturn(
        error(409, "version_conflict", "req_409")));
    try (WabotiqClient c = newClient()) {
      RequestOptions options = RequestOptions.builder().ifMatch("\"7\"").build();
      ConflictException e = catchThrowableOfType(ConflictException.class,
          () -> c.settings().update(patchModel(), options));
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(409);
      assertThat(e.code()).isEqualTo("version_conflict");
      assertThat(e.requestId()).contains("req_409");
      assertThat(e.attempts()).isEqualTo(1);
    }
    server.verify(1, patchRequestedFor(urlEqualTo(SETTINGS)).withHeader("If-Match",
        equalTo("\"7\"")));
    assertThat(events).isEmpty();
  }

  // ---- 400, 413, 415, 422 ------------------------------------------------------------------

  @Test
  void a422CarriesItsFieldErrors() {
    // contract.md: the error shape with field_errors, paths snake_case into the request body
    String body = "{\"error\":{\"code\":\"invalid_request\",\"message\":\"2 fields are invalid\","
        + "\"request_id\":\"req_422\",\"field_errors\":["
        + "{\"path\":\"llm_temperature\",\"rule\":\"range\","
        + "\"message\":\"must be between 0 and 2\"},"
        + "{\"path\":\"business_hours.monday.open\",\"rule\":\"format\","
        + "\"message\":\"must be HH:MM\"}]}}";
    server.stubFor(patch(urlEqualTo(SETTINGS)).willReturn(json(422, body)));
    try (WabotiqClient c = newClient()) {
      InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
          () -> c.settings().update(patchModel()));
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(422);
      assertThat(e.code()).isEqualTo("invalid_request");
      assertThat(e.requestId()).contains("req_422");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.fieldErrors()).containsExactly(
          new FieldError("llm_temperature", "range", "must be between 0 and 2"),
          new FieldError("business_hours.monday.open", "format", "must be HH:MM"));
      assertThat(e.getMessage()).contains("2 fields are invalid");
    }
    server.verify(1, patchRequestedFor(urlEqualTo(SETTINGS)));
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(400, "malformed_request"),
        Arguments.of(413, "payload_too_large"),
        Arguments.of(415, "unsupported_media_type"));
  }

  @ParameterizedTest
  @MethodSource("invalidRequests")
  void otherClientErrorsAreInvalidRequestsWithTheirStatus(int status, String code) {
    server.stubFor(patch(urlEqualTo(SETTINGS)).willReturn(error(status, code, "req_" + status)));
    try (WabotiqClient c = newClient()) {
      InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
          () -> c.settings().update(patchModel()));
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.requestId()).contains("req_" + status);
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.fieldErrors()).isEmpty();
    }
    server.verify(1, patchRequestedFor(urlEqualTo(SETTINGS)));
  }

  // ---- 401, 403, 404, 418 ------------------------------------------------------------------

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(401, "invalid_api_key", AuthenticationException.class),
        Arguments.of(403, "insufficient_scope", PermissionException.class),
        Arguments.of(403, "tenant_mismatch", PermissionException.class),
        Arguments.of(403, "a_code_this_client_never_heard_of", PermissionException.class),
        Arguments.of(404, "not_found", NotFoundException.class),
        Arguments.of(418, "teapot", ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsType(int status, String code, Class<? extends ApiException> type) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(status, code, "req_x")));
    try (WabotiqClient c = newClient()) {
      ApiException e = catchThrowableOfType(ApiException.class, () -> c.settings().get());
      assertThat(e).isNotNull().isExactlyInstanceOf(type);
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.requestId()).contains("req_x");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e).isInstanceOf(com.wabotiq.spi.WabotiqException.class);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).isEmpty();
  }

  @Test
  void theRequestIdComesFromTheBodyWhenNoHeaderCarriesIt() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(404,
        FaultFixtures.errorBody("not_found", "no such tenant", "req_from_body"))));
    try (WabotiqClient c = newClient()) {
      NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> c.settings().get());
      assertThat(e.requestId()).contains("req_from_body");
      assertThat(e.getMessage()).endsWith("(request req_from_body)");
    }
  }

  @Test
  void theHeadersRequestIdWinsOverTheBodys() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(404,
        FaultFixtures.errorBody("not_found", "no such tenant", "req_from_body"))
        .withHeader("X-Request-Id", "req_from_header")));
    try (WabotiqClient c = newClient()) {
      NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> c.settings().get());
      assertThat(e.requestId()).contains("req_from_header");
    }
  }

  // ---- a proxy's HTML ----------------------------------------------------------------------

  @Test
  void aProxysHtml502IsAServerExceptionWithABoundedExcerptAndIsRetried() {
    StringBuilder page = new StringBuilder("<html><head><title>502 Bad Gateway</title></head>"
        + "<body><center><h1>502 Bad Gateway</h1></center>");
    while (page.length() < 100 * 1024) {
      page.append("<p>upstream connect error or disconnect/reset before headers</p>\n");
    }
    page.append("</body></html>");
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(page.toString())));
    try (WabotiqClient c = newClient()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.code()).isEqualTo("http_502");
      assertThat(e.requestId()).isEmpty();
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.getMessage()).hasSizeLessThan(1024)
          .startsWith("GET " + SETTINGS + " failed: HTTP 502 http_502: a body that is not the "
              + "API's error shape (text/html): <html><head><title>502 Bad Gateway")
          .endsWith("…")
          .doesNotContain("\n");
    }
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).extracting(RetryEvent::reason).containsExactly("http_502", "http_502");
  }

  @Test
  void aPlainTextErrorIsQuotedAndNamedByItsStatus() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "text/plain").withBody("oops\r\n")));
    try (WabotiqClient c = newClient()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(e.code()).isEqualTo("http_500");
      assertThat(e.getMessage()).isEqualTo("GET " + SETTINGS
          + " failed: HTTP 500 http_500: a body that is not the API's error shape (text/plain):"
          + " oops");
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"error\":\"unavailable\"}", "{\"error\":{\"code\":42}}", "[]",
      "{\"error\":{\"code\":\"unavailable\"", "null"})
  void anErrorBodyOfAnotherShapeStillGivesATypedFailure(String body) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(404, body)));
    try (WabotiqClient c = newClient()) {
      NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.code()).isIn("http_404", "42");
      assertThat(e.attempts()).isEqualTo(1);
    }
  }

  // ---- success bodies that are wrong -------------------------------------------------------

  static Stream<Arguments> wrongSuccessBodies() {
    return Stream.of(
        Arguments.of("text/html", "<html><body>Welcome to nginx!</body></html>"),
        Arguments.of("application/json", SETTINGS_BODY.substring(0, SETTINGS_BODY.length() / 2)),
        Arguments.of("application/json", ""),
        Arguments.of("application/json", "[" + SETTINGS_BODY + "]"),
        Arguments.of("application/json", SETTINGS_BODY + "{}"),
        Arguments.of("application/json", "{\"tenant_id\":[\"x\"]}"),
        Arguments.of("application/json", SETTINGS_BODY.replace("0.70", "\"warm\"")));
  }

  @ParameterizedTest
  @MethodSource("wrongSuccessBodies")
  void aSuccessThatIsNotTheDocumentedJsonIsMalformedAndNotRetried(String type, String body) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", type).withHeader("X-Request-Id", "req_bad").withBody(body)));
    try (WabotiqClient c = newClient()) {
      ApiException e = catchThrowableOfType(ApiException.class, () -> c.settings().get());
      assertThat(e).isNotNull().isExactlyInstanceOf(ApiException.class);
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.code()).isEqualTo("malformed_response");
      assertThat(e.requestId()).contains("req_bad");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).startsWith("the answer to GET " + SETTINGS
          + " (HTTP 200) is not the documented JSON").hasSizeLessThan(1024);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).isEmpty();
  }

  /** The settings body padded with JSON whitespace to exactly {@code bytes} UTF-8 bytes. */
  private static String settingsOfSize(int bytes) {
    int have = SETTINGS_BODY.getBytes(StandardCharsets.UTF_8).length;
    return "{" + " ".repeat(bytes - have) + SETTINGS_BODY.substring(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSuccessUpToTheLimitIsReadAndOneByteMoreIsTooLarge(boolean streamed) {
    WireMockExtension s = streamed ? chunked : server;
    s.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(200, settingsOfSize(1024))));
    try (WabotiqClient c = client(s, key, fastPolicy().onRetry(events::add).build())
        .maxResponseBytes(1024).build()) {
      assertThat(c.settings().get().settings().llm().llmModel()).isEqualTo("gpt-4o");

      s.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(200, settingsOfSize(1025))
          .withHeader("X-Request-Id", "req_big")));
      ApiException e = catchThrowableOfType(ApiException.class, () -> c.settings().get());
      assertThat(e).isNotNull().isExactlyInstanceOf(ApiException.class);
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.code()).isEqualTo("response_too_large");
      assertThat(e.requestId()).contains("req_big");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).isEqualTo(
          "the answer to GET " + SETTINGS + " is larger than 1024 bytes");
    }
    s.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).isEmpty();
  }

  @Test
  void aHugeStreamedSuccessIsCutOffAtTheLimit() {
    String huge = "{\"metadata\":{\"x\":\"" + "a".repeat(4 << 20) + "\"}}";
    chunked.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(200, huge)));
    try (WabotiqClient c = client(chunked, key, fastPolicy().build()).maxResponseBytes(2048)
        .build()) {
      ApiException e = catchThrowableOfType(ApiException.class, () -> c.settings().get());
      assertThat(e.code()).isEqualTo("response_too_large");
      assertThat(e.attempts()).isEqualTo(1);
    }
    chunked.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }
}
