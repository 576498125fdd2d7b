package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatKindTest {
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(FormatKind.UUID, "5b1f6a3e-8c2d-4e7f-9a0b-1c2d3e4f5a6b"),
        Arguments.of(FormatKind.UUID, "00000000-0000-0000-0000-000000000000"),
        Arguments.of(FormatKind.SHA256_HEX, "a".repeat(64)),
        Arguments.of(FormatKind.E164, "+254712345678"),
        Arguments.of(FormatKind.EMAIL, "admin@acme.com"),
        Arguments.of(FormatKind.EMAIL, "o'brien+x@sub.acme.co.ke"),
        Arguments.of(FormatKind.EMAIL, "info@example.xn--p1ai"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com/"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com?q=1"),
        Arguments.of(FormatKind.HTTPS_URL, "https://10.0.0.1:8443/x"),
        Arguments.of(FormatKind.HTTPS_URL, "https://[2001:db8::1]/x"),
        Arguments.of(FormatKind.HTTPS_URL, "https://api.wabotiq.com/v1/webhooks/mpesa/{tenant_id}"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "https://app.acme.com"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "https://App.Acme.com:1"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "https://localhost:65535"),
        Arguments.of(FormatKind.HEX_COLOR, "#007bff"),
        Arguments.of(FormatKind.SLUG, "a"),
        Arguments.of(FormatKind.SLUG, "acme-electronics-2"),
        Arguments.of(FormatKind.IANA_ZONE, "Africa/Nairobi"),
        Arguments.of(FormatKind.IANA_ZONE, "Pacific/Chatham"),
        Arguments.of(FormatKind.LANGUAGE_CODE, "sheng"),
        Arguments.of(FormatKind.SHOPIFY_DOMAIN, "acme.myshopify.com"),
        Arguments.of(FormatKind.MPESA_SHORTCODE, "174379"),
        Arguments.of(FormatKind.HTTP_METHOD, "PATCH"),
        Arguments.of(FormatKind.HTTP_TOKEN, "X-TENANT-ID"),
        Arguments.of(FormatKind.HTTP_TOKEN, "!#$%&'*+.^_`|~"));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(FormatKind.UUID, "uuid"),
        Arguments.of(FormatKind.UUID, "5B1F6A3E-8C2D-4E7F-9A0B-1C2D3E4F5A6B"),
        Arguments.of(FormatKind.UUID, "5b1f6a3e8c2d4e7f9a0b1c2d3e4f5a6b"),
        Arguments.of(FormatKind.UUID, "{5b1f6a3e-8c2d-4e7f-9a0b-1c2d3e4f5a6b}"),
        Arguments.of(FormatKind.SHA256_HEX, "g".repeat(64)),
        Arguments.of(FormatKind.SHA256_HEX, "a".repeat(65)),
        Arguments.of(FormatKind.E164, "+"),
        Arguments.of(FormatKind.E164, "+2547123456７8"),
        Arguments.of(FormatKind.EMAIL, "@acme.com"),
        Arguments.of(FormatKind.EMAIL, "admin@"),
        Arguments.of(FormatKind.EMAIL, ".admin@acme.com"),
        Arguments.of(FormatKind.EMAIL, "admin@acme.1com"),
        Arguments.of(FormatKind.EMAIL, "admin@-acme.com"),
        Arguments.of(FormatKind.EMAIL, "a b@acme.com"),
        Arguments.of(FormatKind.EMAIL, "a".repeat(65) + "@acme.com"),
        Arguments.of(FormatKind.HTTPS_URL, "https://"),
        Arguments.of(FormatKind.HTTPS_URL, "https:///path"),
        Arguments.of(FormatKind.HTTPS_URL, "HTTPS://acme.com"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com:/x"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com:0"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme..com"),
        Arguments.of(FormatKind.HTTPS_URL, "https://-acme.com"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com/a\\b"),
        Arguments.of(FormatKind.HTTPS_URL, "https://acme.com/\tx"),
        Arguments.of(FormatKind.HTTPS_URL, "https://u@acme.com/"),
        Arguments.of(FormatKind.HTTPS_URL, "https://" + "a".repeat(64) + ".com"),
        Arguments.of(FormatKind.HTTPS_URL, "ftp://acme.com"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "https://acme.com?"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "https://acme.com#x"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "https://acme.com:443/"),
        Arguments.of(FormatKind.HTTPS_ORIGIN, "null"),
        Arguments.of(FormatKind.HEX_COLOR, "#GGGGGG"),
        Arguments.of(FormatKind.HEX_COLOR, "#fff"),
        Arguments.of(FormatKind.SLUG, "acme electronics"),
        Arguments.of(FormatKind.SLUG, "acmé"),
        Arguments.of(FormatKind.IANA_ZONE, "+03:00"),
        Arguments.of(FormatKind.IANA_ZONE, "Z"),
        Arguments.of(FormatKind.IANA_ZONE, "africa/nairobi"),
        Arguments.of(FormatKind.IANA_ZONE, "EAT"),
        Arguments.of(FormatKind.LANGUAGE_CODE, "e"),
        Arguments.of(FormatKind.LANGUAGE_CODE, "abcdefghi"),
        Arguments.of(FormatKind.SHOPIFY_DOMAIN, "myshopify.com"),
        Arguments.of(FormatKind.SHOPIFY_DOMAIN, "Acme.myshopify.com"),
        Arguments.of(FormatKind.SHOPIFY_DOMAIN, "acme.myshopify.com.evil.com"),
        Arguments.of(FormatKind.MPESA_SHORTCODE, "١٧٤٣٧٩"),
        Arguments.of(FormatKind.HTTP_METHOD, "Get"),
        Arguments.of(FormatKind.HTTP_METHOD, "*"),
        Arguments.of(FormatKind.HTTP_TOKEN, ""),
        Arguments.of(FormatKind.HTTP_TOKEN, "Content-Type:"),
        Arguments.of(FormatKind.HTTP_TOKEN, "X(Y)"));
  }

  @org.junit.jupiter.api.Test
  void message_everyKind_literalForTheInterpolator() {
    // Hibernate Validator interpolates messages: {, }, $ and \ would be read as expressions.
    for (FormatKind kind : FormatKind.values()) {
      assertThat(kind.message()).doesNotContain("{", "}", "$", "\\").startsWith("must be");
      assertThat(kind.code()).matches("[a-z0-9_]+");
    }
  }

  @ParameterizedTest(name = "{0} accepts {1}")
  @MethodSource("accepted")
  void test_wellFormed_true(FormatKind kind, String s) {
    assertThat(kind.test(s)).isTrue();
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @MethodSource("rejected")
  void test_malformed_false(FormatKind kind, String s) {
    assertThat(kind.test(s)).isFalse();
  }
}
