package com.wabotiq.access.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decision rule of {@link CorsPolicy}, as tables: origin matching (RFC 6454 serialized
 * origins; what Chromium and Firefox send, per the Fetch standard's "serializing a request
 * origin" and the WHATWG URL standard's host parser), method matching (Fetch's "CORS-preflight
 * fetch", which compares methods byte for byte), header matching (case-insensitive, as Fetch's
 * "byte-case-insensitive match"), and the exact headers of each answer.
 */
class CorsPolicyTest {
  private static final String APP = "https://app.acme.com";
  private static final String VARY_PREFLIGHT =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private static final CorsPolicy POLICY =
      CorsPolicy.builder()
          .allowedOrigins(List.of(APP, "https://dashboard.acme.com:8443",
              "http://localhost:3000", "https://[2001:DB8::1]:8443"))
          .allowHttpOrigins(true)
          .build();

  static Stream<Arguments> origins() {
    return Stream.of(
        // same origin, however spelled
        Arguments.of(APP, CorsCode.ALLOWED, APP),
        Arguments.of("https://APP.Acme.COM", CorsCode.ALLOWED, APP),
        Arguments.of("HTTPS://app.acme.com", CorsCode.ALLOWED, APP),
        Arguments.of("https://app.acme.com:443", CorsCode.ALLOWED, APP),
        Arguments.of(" \thttps://app.acme.com\t ", CorsCode.ALLOWED, APP),
        Arguments.of("https://dashboard.acme.com:8443", CorsCode.ALLOWED,
            "https://dashboard.acme.com:8443"),
        Arguments.of("http://localhost:3000", CorsCode.ALLOWED, "http://localhost:3000"),
        Arguments.of("https://[2001:db8:0:0:0:0:0:1]:8443", CorsCode.ALLOWED,
            "https://[2001:db8::1]:8443"),
        Arguments.of("https://[2001:DB8::0:1]:8443", CorsCode.ALLOWED,
            "https://[2001:db8::1]:8443"),
        // another origin: scheme, port, host differ
        Arguments.of("http://app.acme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://app.acme.com:444", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://app.acme.com:80", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://dashboard.acme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("http://localhost", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("http://127.0.0.1:3000", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://evil.app.acme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://app.acme.com.evil.example", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://app.acme.co", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://appacme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://xn--pp-7bc.acme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("wss://app.acme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://[2001:db8::2]:8443", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://[::1]", CorsCode.ORIGIN_NOT_ALLOWED, null),
        Arguments.of("https://my_site.acme.com", CorsCode.ORIGIN_NOT_ALLOWED, null),
        // not an origin at all
        Arguments.of(null, CorsCode.NO_ORIGIN, null),
        Arguments.of("", CorsCode.NO_ORIGIN, null),
        Arguments.of(" \t ", CorsCode.NO_ORIGIN, null),
        Arguments.of("null", CorsCode.NULL_ORIGIN, null),
        Arguments.of(" null ", CorsCode.NULL_ORIGIN, null),
        Arguments.of("NULL", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("*", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("app.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("//app.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https:app.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("1https://app.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com.", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com.:443", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://.app.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app..acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com/", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com/path", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com?q", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com#f", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://user@app.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com@evil.example", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com:", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com:0443", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com:+443", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com:65536", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com:443443", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com:443:443", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app .acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com https://x.example", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com\r\nSet-Cookie: x=y", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app.acme.com\u0000", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://\u0430pp.acme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://app%2eacme.com", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://0x7f.0.0.1", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://2130706433", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://127.1", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://127.000.0.1", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://256.0.0.1", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[::1", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[::1]x", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[::1%25eth0]", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[1:2:3:4:5:6:7:8:9]", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[1::2::3]", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[12345::]", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://[::ffff:1.2.3.04]", CorsCode.MALFORMED_ORIGIN, null),
        Arguments.of("https://" + "a".repeat(Origin.MAX_LENGTH), CorsCode.MALFORMED_ORIGIN, null));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("origins")
  void origin_isMatchedExactly(String origin, CorsCode code, String allowOrigin) {
    CorsDecision actual = POLICY.decide(origin, "GET");
    CorsDecision preflight = POLICY.decidePreflight(origin, "PUT", "content-type");

    assertThat(actual.code()).isEqualTo(code);
    assertThat(preflight.code()).isEqualTo(code);
    assertThat(actual.isAllowed()).isEqualTo(code == CorsCode.ALLOWED);
    if (allowOrigin == null) {
      assertThat(actual.headers()).containsExactly(entry("Vary", "Origin"));
      assertThat(preflight.headers()).containsExactly(entry("Vary", VARY_PREFLIGHT));
    } else {
      assertThat(actual.headers()).containsExactly(
          entry("Access-Control-Allow-Origin", allowOrigin), entry("Vary", "Origin"));
      assertThat(preflight.headers()).containsEntry("Access-Control-Allow-Origin", allowOrigin);
    }
  }

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of("GET", CorsCode.ALLOWED),
        Arguments.of("POST", CorsCode.ALLOWED),
        Arguments.of("PUT", CorsCode.ALLOWED),
        Arguments.of("PATCH", CorsCode.ALLOWED),
        Arguments.of("DELETE", CorsCode.ALLOWED),
        Arguments.of("HEAD", CorsCode.ALLOWED),
        Arguments.of("OPTIONS", CorsCode.METHOD_NOT_ALLOWED),
        Arguments.of("TRACE", CorsCode.METHOD_NOT_ALLOWED),
        Arguments.of("PURGE", CorsCode.METHOD_NOT_ALLOWED),
        Arguments.of("patch", CorsCode.METHOD_CASE_MISMATCH),
        Arguments.of("Patch", CorsCode.METHOD_CASE_MISMATCH),
        Arguments.of("get", CorsCode.METHOD_CASE_MISMATCH),
        Arguments.of("", CorsCode.MALFORMED_METHOD),
        Arguments.of("GE T", CorsCode.MALFORMED_METHOD),
        Arguments.of("GET\r\n", CorsCode.MALFORMED_METHOD),
        Arguments.of("G\u00c9T", CorsCode.MALFORMED_METHOD),
        Arguments.of("(GET)", CorsCode.MALFORMED_METHOD));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("methods")
  void method_isMatchedCaseSensitively(String method, CorsCode code) {
    assertThat(POLICY.decide(APP, method).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("methods")
  void preflightMethod_isMatchedCaseSensitively(String method, CorsCode code) {
    // only space and tab are trimmed (HTTP's OWS), so "GET\r\n" stays malformed
    CorsCode expected = method.isEmpty() ? CorsCode.MISSING_REQUEST_METHOD : code;
    assertThat(POLICY.decidePreflight(APP, method, null).code()).isEqualTo(expected);
  }

  static Stream<Arguments> requestHeaders() {
    return Stream.of(
        Arguments.of(null, CorsCode.ALLOWED),
        Arguments.of("", CorsCode.ALLOWED),
        Arguments.of("content-type,x-tenant-id", CorsCode.ALLOWED),
        Arguments.of("authorization,content-type,x-tenant-id", CorsCode.ALLOWED),
        Arguments.of("X-Tenant-Id, Content-Type", CorsCode.ALLOWED),
        Arguments.of("AUTHORIZATION", CorsCode.ALLOWED),
        Arguments.of(" content-type ,\t, x-tenant-id ,", CorsCode.ALLOWED),
        Arguments.of(",,,", CorsCode.ALLOWED),
        Arguments.of("x-debug", CorsCode.HEADER_NOT_ALLOWED),
        Arguments.of("content-type,x-debug", CorsCode.HEADER_NOT_ALLOWED),
        Arguments.of("x-tenant-id2", CorsCode.HEADER_NOT_ALLOWED),
        Arguments.of("accept", CorsCode.HEADER_NOT_ALLOWED),
        Arguments.of("content-type;x", CorsCode.MALFORMED_REQUEST_HEADERS),
        Arguments.of("content type", CorsCode.MALFORMED_REQUEST_HEADERS),
        Arguments.of("x-tenant-id\r\nx", CorsCode.MALFORMED_REQUEST_HEADERS),
        Arguments.of("\"x\"", CorsCode.MALFORMED_REQUEST_HEADERS),
        Arguments.of("x-\u00e9", CorsCode.MALFORMED_REQUEST_HEADERS),
        Arguments.of(String.join(",", Collections.nCopies(64, "content-type")),
            CorsCode.ALLOWED),
        Arguments.of(String.join(",", Collections.nCopies(65, "content-type")),
            CorsCode.MALFORMED_REQUEST_HEADERS),
        Arguments.of("a".repeat(Tokens.MAX_HEADER_LIST_LENGTH + 1),
            CorsCode.MALFORMED_REQUEST_HEADERS));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("requestHeaders")
  void requestHeaders_areMatchedIgnoringCase(String headers, CorsCode code) {
    assertThat(POLICY.decidePreflight(APP, "PATCH", headers).code()).isEqualTo(code);
  }

  @Test
  void allowedPreflight_givesTheReferenceHeadersInOrder() {
    CorsDecision d = POLICY.decidePreflight(APP, "PATCH", "content-type,x-tenant-id");

    assertThat(d.isAllowed()).isTrue();
    assertThat(d.headers()).containsExactly(
        entry("Access-Control-Allow-Origin", APP),
        entry("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE"),
        entry("Access-Control-Allow-Headers", "Content-Type, Authorization, X-TENANT-ID"),
        entry("Access-Control-Max-Age", "3600"),
        entry("Vary", VARY_PREFLIGHT));
    assertThat(d.detail()).isEqualTo("preflight of PATCH from https://app.acme.com with headers"
        + " [content-type, x-tenant-id] allowed");
  }

  @Test
  void credentialsAndExposedHeaders_appearWhereFetchReadsThem() {
    CorsPolicy policy = CorsPolicy.builder().allowedOrigins(List.of(APP))
        .allowCredentials(true).exposedHeaders(List.of("X-Request-Id", "Retry-After"))
        .maxAge(Duration.ofMillis(90_900)).build();

    assertThat(policy.decide("https://APP.acme.com:443", "GET").headers()).containsExactly(
        entry("Access-Control-Allow-Origin", APP),
        entry("Access-Control-Allow-Credentials", "true"),
        entry("Access-Control-Expose-Headers", "X-Request-Id, Retry-After"),
        entry("Vary", "Origin"));
    assertThat(policy.decidePreflight(APP, "DELETE", "authorization").headers()).containsExactly(
        entry("Access-Control-Allow-Origin", APP),
        entry("Access-Control-Allow-Credentials", "true"),
        entry("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE"),
        entry("Access-Control-Allow-Headers", "Content-Type, Authorization, X-TENANT-ID"),
        entry("Access-Control-Max-Age", "90"),
        entry("Vary", VARY_PREFLIGHT));
  }

  @Test
  void anyOrigin_answersAWildcardButStillRefusesNullAndMalformedOrigins() {
    CorsPolicy any = CorsPolicy.builder().allowAnyOrigin(true).build();

    assertThat(any.decide("https://anything.example:9000", "GET").headers()).containsExactly(
        entry("Access-Control-Allow-Origin", "*"), entry("Vary", "Origin"));
    assertThat(any.decidePreflight("http://localhost:1", "PUT", "x-tenant-id").headers())
        .containsEntry("Access-Control-Allow-Origin", "*")
        .doesNotContainKey("Access-Control-Allow-Credentials");
    assertThat(any.decide("null", "GET").code()).isEqualTo(CorsCode.NULL_ORIGIN);
    assertThat(any.decide("https://a.example/", "GET").code())
        .isEqualTo(CorsCode.MALFORMED_ORIGIN);
    assertThat(any.decide(null, "GET").code()).isEqualTo(CorsCode.NO_ORIGIN);
    assertThat(any.decide("https://a.example", "TRACE").code())
        .isEqualTo(CorsCode.METHOD_NOT_ALLOWED);
  }

  @Test
  void noOrigins_refusesEveryOrigin() {
    CorsPolicy none = CorsPolicy.builder().build();

    assertThat(none.decide(APP, "GET").code()).isEqualTo(CorsCode.ORIGIN_NOT_ALLOWED);
    assertThat(none.decide(APP, "GET").detail())
        .isEqualTo("origin \"https://app.acme.com\" is not one of the 0 allowed origins");
  }

  @Test
  void emptyMethodAndHeaderLists_allowNoMethodAndNoRequestedHeader() {
    CorsPolicy bare = CorsPolicy.builder().allowedOrigins(List.of(APP))
        .allowedMethods(List.of()).allowedHeaders(List.of()).build();

    assertThat(bare.decide(APP, "GET").code()).isEqualTo(CorsCode.METHOD_NOT_ALLOWED);
    assertThat(bare.decidePreflight(APP, "GET", "x-a").code())
        .isEqualTo(CorsCode.METHOD_NOT_ALLOWED);
    CorsPolicy getOnly = CorsPolicy.builder().allowedOrigins(List.of(APP))
        .allowedMethods(List.of("GET")).allowedHeaders(List.of()).build();
    assertThat(getOnly.decidePreflight(APP, "GET", null).headers())
        .containsKey("Access-Control-Allow-Methods")
        .doesNotContainKey("Access-Control-Allow-Headers");
    assertThat(getOnly.decidePreflight(APP, "GET", "x-a").code())
        .isEqualTo(CorsCode.HEADER_NOT_ALLOWED);
  }

  @Test
  void customLowerCaseMethod_isAllowedExactlyAsWritten() {
    CorsPolicy custom = CorsPolicy.builder().allowedOrigins(List.of(APP))
        .allowedMethods(List.of("patch", "PROPFIND")).build();

    assertThat(custom.decidePreflight(APP, "patch", null).code()).isEqualTo(CorsCode.ALLOWED);
    assertThat(custom.decidePreflight(APP, "PATCH", null).code())
        .isEqualTo(CorsCode.METHOD_CASE_MISMATCH);
    assertThat(custom.decidePreflight(APP, "PROPFIND", null).headers())
        .containsEntry("Access-Control-Allow-Methods", "patch, PROPFIND");
  }

  @Test
  void refusalDetails_sayWhyAndQuoteTheRequestSafely() {
    String longEvil = "https://" + "e".repeat(200) + ".example";
    assertThat(POLICY.decide(longEvil, "GET").detail())
        .isEqualTo("origin \"https://" + "e".repeat(56) + "\"…(" + longEvil.length()
            + " chars) is not one of the 4 allowed origins");
    assertThat(POLICY.decide("https://app.acme.com\r\nSet-Cookie: a\u0000", "GET").detail())
        .isEqualTo("origin \"https://app.acme.com\\u000d\\u000aSet-Cookie: a\\u0000\" has a"
            + " character that is not allowed in a host");
    assertThat(POLICY.decide("https://app.acme.com/x", "GET").detail())
        .isEqualTo("origin \"https://app.acme.com/x\" has a path; an origin is"
            + " scheme://host[:port]");
    assertThat(POLICY.decide("null", "GET").detail())
        .isEqualTo("origin is null (an opaque origin any page can produce), never allowed");
    assertThat(POLICY.decide(APP, "patch").detail()).isEqualTo("method \"patch\" matches an"
        + " allowed method only ignoring case; methods are case-sensitive"
        + " [GET, POST, PUT, PATCH, DELETE]");
    assertThat(POLICY.decidePreflight(APP, "PUT", "x-\"quoted\"").detail())
        .isEqualTo("Access-Control-Request-Headers has \"x-\\u0022quoted\\u0022\", which is not"
            + " a header name");
    assertThat(POLICY.decidePreflight(APP, "PUT", "X-Debug").detail())
        .isEqualTo("request header \"x-debug\" is not one of the allowed headers"
            + " [Content-Type, Authorization, X-TENANT-ID]");
    assertThat(POLICY.decidePreflight(APP, null, null).detail())
        .isEqualTo("no Access-Control-Request-Method: not a preflight request");
  }

  @Test
  void decision_isImmutableAndItsToStringOmitsTheDetail() {
    CorsDecision d = POLICY.decide(APP, "GET");
    Map<String, String> headers = d.headers();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> headers.put("X", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(d).hasToString("CorsDecision{ALLOWED, {Access-Control-Allow-Origin="
        + "https://app.acme.com, Vary=Origin}}");
  }
}
