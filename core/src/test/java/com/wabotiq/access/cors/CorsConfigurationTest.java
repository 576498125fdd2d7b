package com.wabotiq.access.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.spi.WabotiqException;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Building a policy: the reference's defaults (tenant-data-reference section 8, "CORS
 * Configuration"), a tenant's {@code allowed_origins}, and every configuration the policy refuses,
 * each with a {@link CorsConfigurationException} that names the field and the rule.
 */
class CorsConfigurationTest {
  private static Tenant tenant(String... origins) {
    return Tenant.builder().id(TenantId.random()).name("Acme").slug("acme")
        .status(TenantStatus.ACTIVE).allowedOrigins(List.of(origins)).build();
  }

  @Test
  void forTenant_usesItsOriginsAndTheReferenceDefaults() {
    CorsPolicy policy = CorsPolicy.forTenant(
        tenant("https://dashboard.acme.com", "https://app.acme.com", "https://mobile.acme.com"));

    assertThat(policy.allowedOrigins()).containsExactly(
        "https://dashboard.acme.com", "https://app.acme.com", "https://mobile.acme.com");
    assertThat(policy.allowedMethods()).containsExactly("GET", "POST", "PUT", "PATCH", "DELETE");
    assertThat(policy.allowedHeaders()).containsExactly("Content-Type", "Authorization",
        "X-TENANT-ID");
    assertThat(policy.maxAge().toSeconds()).isEqualTo(3600);
    assertThat(policy.decide("https://mobile.acme.com", "GET").isAllowed()).isTrue();
  }

  @Test
  void of_theReferenceExample_givesTheSamePolicy() {
    CorsConfiguration reference = new CorsConfiguration(
        List.of("https://dashboard.acme.com", "https://app.acme.com", "https://mobile.acme.com"),
        List.of("GET", "POST", "PUT", "PATCH", "DELETE"),
        List.of("Content-Type", "Authorization", "X-TENANT-ID"),
        Duration.parse("PT3600S"));

    CorsPolicy policy = CorsPolicy.of(reference);

    assertThat(policy.toString()).isEqualTo(CorsPolicy.forTenant(tenant(
        "https://dashboard.acme.com", "https://app.acme.com", "https://mobile.acme.com"))
        .toString());
  }

  @Test
  void of_emptyListsAndAbsentMaxAge_takeTheDefaults_givenValuesWin() {
    CorsPolicy defaults = CorsPolicy.of(new CorsConfiguration(null, null, null, null));
    CorsPolicy custom = CorsPolicy.of(new CorsConfiguration(List.of("https://a.example"),
        List.of("GET"), List.of("X-Api-Version"), Duration.ZERO));

    assertThat(defaults.allowedOrigins()).isEmpty();
    assertThat(defaults.allowedMethods()).isEqualTo(CorsPolicy.DEFAULT_METHODS);
    assertThat(defaults.allowedHeaders()).isEqualTo(CorsPolicy.DEFAULT_HEADERS);
    assertThat(defaults.maxAge()).isEqualTo(CorsPolicy.DEFAULT_MAX_AGE);
    assertThat(custom.decidePreflight("https://a.example", "GET", "x-api-version").headers())
        .containsEntry("Access-Control-Allow-Methods", "GET")
        .containsEntry("Access-Control-Allow-Headers", "X-Api-Version")
        .containsEntry("Access-Control-Max-Age", "0");
  }

  @Test
  void sameOriginsSpelledTwice_areKeptOnceInCanonicalForm() {
    CorsPolicy policy = CorsPolicy.forTenant(tenant("https://App.Acme.com:443",
        "https://app.acme.com", "HTTPS://APP.ACME.COM", "https://[0:0::1]:8443",
        "https://[::1]:8443"));
    CorsPolicy headers = CorsPolicy.builder()
        .allowedHeaders(List.of("X-A", "x-a", "X-B")).allowedMethods(List.of("GET", "GET"))
        .build();

    assertThat(policy.allowedOrigins()).containsExactly("https://app.acme.com",
        "https://[::1]:8443");
    assertThat(headers.allowedHeaders()).containsExactly("X-A", "X-B");
    assertThat(headers.allowedMethods()).containsExactly("GET");
  }

  @Test
  void httpOrigins_needTheOptIn() {
    CorsConfigurationException e = catchThrowableOfType(CorsConfigurationException.class,
        () -> CorsPolicy.forTenant(tenant("https://a.example", "http://localhost:3000")));

    assertThat(e.field()).isEqualTo("allowed_origins[1]");
    assertThat(e).hasMessage("allowed_origins[1] (\"http://localhost:3000\") uses http; allow"
        + " http origins explicitly (allowHttpOrigins) or use https");
    assertThat(CorsPolicy.builder(tenant("http://localhost:3000")).allowHttpOrigins(true).build()
        .decide("http://localhost:3000", "GET").isAllowed()).isTrue();
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        refusal(() -> CorsPolicy.builder().allowAnyOrigin(true).allowCredentials(true).build(),
            "allow_credentials", "allow_credentials cannot be combined with allow_any_origin:"
                + " browsers refuse a wildcard origin with credentials, and echoing any origin"
                + " with credentials would open the API to every site"),
        refusal(() -> CorsPolicy.forTenant(tenant("*")), "allowed_origins[0]",
            "allowed_origins[0] (\"*\") is a wildcard, not an origin; a wildcard is chosen in"
                + " code with allowAnyOrigin(true), never in data"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://a.example", "null")),
            "allowed_origins[1]",
            "allowed_origins[1] (\"null\") is the opaque origin, which any page can produce"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://app.acme.com/")), "allowed_origins[0]",
            "allowed_origins[0] (\"https://app.acme.com/\") has a path; an origin is"
                + " scheme://host[:port]"),
        refusal(() -> CorsPolicy.forTenant(tenant("app.acme.com")), "allowed_origins[0]",
            "allowed_origins[0] (\"app.acme.com\") has no scheme followed by ://"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://app.acme.com.")), "allowed_origins[0]",
            "allowed_origins[0] (\"https://app.acme.com.\") has a host that ends with a dot"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://b\u00fccher.example")),
            "allowed_origins[0]", "allowed_origins[0] (\"https://b\\u00fccher.example\") has a"
                + " non-ASCII host; browsers send the punycode (xn--) form"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://a.example:70000")),
            "allowed_origins[0]",
            "allowed_origins[0] (\"https://a.example:70000\") has a port above 65535"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://[fe80::1%25eth0]")),
            "allowed_origins[0]",
            "allowed_origins[0] (\"https://[fe80::1%25eth0]\") has a malformed IPv6 literal"),
        refusal(() -> CorsPolicy.builder().allowedMethods(List.of("GET", "get")).build(),
            "allowed_methods[1]", "allowed_methods[1] (\"get\") must be written GET: browsers"
                + " always send this method upper-cased"),
        refusal(() -> CorsPolicy.builder().allowedMethods(List.of("*")).build(),
            "allowed_methods[0]", "allowed_methods[0] (\"*\") is a wildcard; list each method (a"
                + " wildcard does not cover Authorization, and means nothing with credentials)"),
        refusal(() -> CorsPolicy.builder().allowedMethods(List.of("GE T")).build(),
            "allowed_methods[0]",
            "allowed_methods[0] (\"GE T\") must be an HTTP token (a method)"),
        refusal(() -> CorsPolicy.builder().allowedHeaders(List.of("X-A", "")).build(),
            "allowed_headers[1]",
            "allowed_headers[1] (\"\") must be an HTTP token (a header name)"),
        refusal(() -> CorsPolicy.builder().allowedHeaders(List.of("*")).build(),
            "allowed_headers[0]", "allowed_headers[0] (\"*\") is a wildcard; list each header"
                + " name (a wildcard does not cover Authorization, and means nothing with"
                + " credentials)"),
        refusal(() -> CorsPolicy.builder().exposedHeaders(List.of("X-Request-Id:")).build(),
            "exposed_headers[0]",
            "exposed_headers[0] (\"X-Request-Id:\") must be an HTTP token (a header name)"),
        refusal(() -> CorsPolicy.builder().maxAge(Duration.ofSeconds(-1)).build(), "max_age",
            "max_age (PT-1S) must not be negative"),
        refusal(() -> CorsPolicy.of(new CorsConfiguration(List.of("https://a.example"), null,
            null, Duration.ofMinutes(-5))), "max_age", "max_age (PT-5M) must not be negative"),
        refusal(() -> CorsPolicy.forTenant(tenant("https://" + "x".repeat(300) + ".example")),
            "allowed_origins[0]", "allowed_origins[0] (\"https://" + "x".repeat(56)
                + "\"…(316 chars)) has a host longer than 253 characters"));
  }

  private static Arguments refusal(Supplier<CorsPolicy> build, String field, String message) {
    return Arguments.of(build, field, message);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("refused")
  void unusableConfiguration_isRefusedNamingFieldAndRule(
      Supplier<CorsPolicy> build, String field, String message) {
    CorsConfigurationException e =
        catchThrowableOfType(CorsConfigurationException.class, build::get);

    assertThat(e).as("refused").isNotNull().isInstanceOf(WabotiqException.class)
        .hasMessage(message);
    assertThat(e.field()).isEqualTo(field);
  }

  @Test
  void nullArguments_areProgrammingErrors() {
    assertThatThrownBy(() -> CorsPolicy.builder().allowedOrigins(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("allowed_origins[1] == null");
    assertThatThrownBy(() -> CorsPolicy.forTenant(null))
        .isInstanceOf(NullPointerException.class).hasMessage("tenant == null");
    assertThatThrownBy(() -> CorsPolicy.builder().build().decide("https://a.example", null))
        .isInstanceOf(NullPointerException.class).hasMessage("method == null");
  }
}
