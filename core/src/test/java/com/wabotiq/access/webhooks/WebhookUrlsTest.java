package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.TenantId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tenants' webhook URLs: the reference's exact strings under the reference's base URL, the same
 * pattern for the other providers, and every rule of the base URL refused with a message naming
 * it.
 */
class WebhookUrlsTest {
  private static final String ID = "3f2b8c1e-7d4a-4b9e-9c2f-1a5e6d7c8b9a";
  private static final TenantId TENANT = TenantId.of(ID);
  private static final String TOKEN = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";

  @Test
  void defaults_giveTheReferenceUrlsExactly() {
    // tenant-data-reference.md section 4: Twilio Configuration, M-Pesa and Paystack blocks.
    WebhookUrls urls = WebhookUrls.defaults();
    assertThat(urls.baseUrl()).isEqualTo("https://api.wabotiq.com/v1");
    assertThat(urls.url(WebhookEndpoint.TWILIO_INBOUND, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/twilio/inbound/" + ID);
    assertThat(urls.url(WebhookEndpoint.TWILIO_STATUS, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/twilio/status/" + ID);
    assertThat(urls.url(WebhookEndpoint.MPESA, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/mpesa/" + ID);
    assertThat(urls.url(WebhookEndpoint.PAYSTACK, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/paystack/" + ID);
  }

  @Test
  void otherProviders_followTheSamePattern() {
    WebhookUrls urls = WebhookUrls.defaults();
    assertThat(urls.url(WebhookEndpoint.STRIPE, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/stripe/" + ID);
    assertThat(urls.url(WebhookEndpoint.SHOPIFY, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/shopify/" + ID);
    assertThat(urls.url(WebhookEndpoint.WOOCOMMERCE, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/woocommerce/" + ID);
    assertThat(urls.url(WebhookEndpoint.META, TENANT))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/meta/" + ID);
  }

  @Test
  void all_givesEveryEndpointInOrder_andIsUnmodifiable() {
    Map<WebhookEndpoint, String> all = WebhookUrls.defaults().all(TENANT);
    assertThat(all.keySet()).containsExactly(WebhookEndpoint.values());
    all.forEach((endpoint, url) -> assertThat(url)
        .isEqualTo("https://api.wabotiq.com/v1/" + endpoint.route() + "/" + ID));
    assertThatThrownBy(() -> all.put(WebhookEndpoint.META, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mpesaCallbackUrl_appendsTheTokenAsOneSegment() {
    assertThat(WebhookUrls.defaults().mpesaCallbackUrl(TENANT, TOKEN))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/mpesa/" + ID + "/" + TOKEN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "short", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4/", "Ab3dEf6hIj9kLm2n?p5qRs8t"})
  void mpesaCallbackUrl_refusesAMalformedToken_withoutShowingIt(String token) {
    assertThatThrownBy(() -> WebhookUrls.defaults().mpesaCallbackUrl(TENANT, token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Base62")
        .satisfies(e -> {
          if (!token.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(token);
          }
        });
  }

  static Stream<Arguments> equivalentBases() {
    return Stream.of(
        Arguments.of("https://api.wabotiq.com/v1", "https://api.wabotiq.com/v1"),
        Arguments.of("https://api.wabotiq.com/v1/", "https://api.wabotiq.com/v1"),
        Arguments.of("https://api.wabotiq.com/v1///", "https://api.wabotiq.com/v1"),
        Arguments.of("HTTPS://API.WabotIQ.com/v1", "https://api.wabotiq.com/v1"),
        Arguments.of("https://api.wabotiq.com", "https://api.wabotiq.com"),
        Arguments.of("https://api.wabotiq.com/", "https://api.wabotiq.com"),
        Arguments.of(
            "https://api.wabotiq.com:8443/hooks/v2", "https://api.wabotiq.com:8443/hooks/v2"),
        Arguments.of(
            "https://api.wabotiq.com/Mixed%20Case", "https://api.wabotiq.com/Mixed%20Case"));
  }

  @ParameterizedTest
  @MethodSource("equivalentBases")
  void baseUrl_isNormalised(String given, String normal) {
    WebhookUrls urls = WebhookUrls.of(given);
    assertThat(urls.baseUrl()).isEqualTo(normal);
    assertThat(urls.url(WebhookEndpoint.STRIPE, TENANT))
        .isEqualTo(normal + "/webhooks/stripe/" + ID);
    assertThat(urls).isEqualTo(WebhookUrls.of(normal)).hasSameHashCodeAs(WebhookUrls.of(normal));
  }

  static Stream<Arguments> badBases() {
    return Stream.of(
        Arguments.of("", "must not be blank"),
        Arguments.of("   ", "must not be blank"),
        Arguments.of("https://api.wabotiq.com/" + "a".repeat(2000), "must have at most 2000"),
        Arguments.of("https://api wabotiq.com/v1", "must be a valid URI"),
        Arguments.of("/v1/webhooks", "must be an absolute hierarchical URL"),
        Arguments.of("mailto:ops@wabotiq.com", "must be an absolute hierarchical URL"),
        Arguments.of("https:///v1", "must name a host"),
        Arguments.of("https://user:pw@api.wabotiq.com/v1", "must not carry user information"),
        Arguments.of("https://api.wabotiq.com/v1?x=1", "must not have a query"),
        Arguments.of("https://api.wabotiq.com/v1?", "must not have a query"),
        Arguments.of("https://api.wabotiq.com/v1#top", "must not have a fragment"),
        Arguments.of("http://api.wabotiq.com/v1", "must use https"),
        Arguments.of("http://127.0.0.1:8080/v1", "must use https"),
        Arguments.of("ftp://api.wabotiq.com/v1", "must use https"),
        Arguments.of("https://api.wabotiq.com//v1", "must not have an empty, '.' or '..' path"),
        Arguments.of("https://api.wabotiq.com/v1/../admin", "'..' path segment"),
        Arguments.of("https://api.wabotiq.com/./v1", "'..' path segment"));
  }

  @ParameterizedTest
  @MethodSource("badBases")
  void badBaseUrl_isRefused_namingTheRule(String base, String rule) {
    assertThatThrownBy(() -> WebhookUrls.of(base))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("base_url")
        .hasMessageContaining(rule);
  }

  @Test
  void userInformation_isNotEchoed() {
    assertThatThrownBy(() -> WebhookUrls.of("https://user:s3cr3t@api.wabotiq.com"))
        .hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> WebhookUrls.of("https://user:s3cr3t@api wabotiq.com/v1"))
        .hasMessageContaining("must be a valid URI").hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> WebhookUrls.of("mailto:user:s3cr3t@wabotiq.com"))
        .hasMessageContaining("withheld").hasMessageNotContaining("s3cr3t");
  }

  @Test
  void nullBase_isANullPointerNamingIt() {
    assertThatThrownBy(() -> WebhookUrls.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("base_url == null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/v1", "http://localhost:9000", "http://[::1]:80/x/",
      "http://127.255.0.9/v1", "https://127.0.0.1/v1", "https://hooks.example.com/v1"})
  void forLocalTesting_allowsPlainHttpToLoopbackOnly(String base) {
    assertThat(WebhookUrls.forLocalTesting(base).url(WebhookEndpoint.MPESA, TENANT))
        .endsWith("/webhooks/mpesa/" + ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://hooks.example.com/v1", "http://127.0.0.1.example.com/v1",
      "http://128.0.0.1/v1", "http://127.0.0.256/v1", "http://10.0.0.1/v1", "http://[::2]/v1",
      "http://localhost.evil.com/v1", "http://127.0.0/v1"})
  void forLocalTesting_stillRefusesHttpToOtherHosts(String base) {
    // java.net.URI reads 127.0.0.256 and 127.0.0 as registry names without a host: refused too.
    assertThatThrownBy(() -> WebhookUrls.forLocalTesting(base))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("base_url \\(.*\\) must (use https|name a host).*");
  }

  @Test
  void tenantId_isEscapedAsOneSegment_soItCannotReachAnotherRoute() {
    WebhookUrls urls = WebhookUrls.defaults();
    assertThat(urls.url(WebhookEndpoint.STRIPE, TenantId.of("a/b?c#d e%f")))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/stripe/a%2Fb%3Fc%23d%20e%25f");
    assertThat(urls.url(WebhookEndpoint.STRIPE, TenantId.of("ké")))
        .isEqualTo("https://api.wabotiq.com/v1/webhooks/stripe/k%C3%A9");
    assertThat(urls.url(WebhookEndpoint.STRIPE, TenantId.of("A-z_0.9~")))
        .endsWith("/stripe/A-z_0.9~");
    for (String bad : List.of("", ".", "..")) {
      assertThatThrownBy(() -> urls.url(WebhookEndpoint.STRIPE, TenantId.of(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tenant_id");
    }
  }

  @Test
  void toString_showsTheBaseOnly() {
    assertThat(WebhookUrls.defaults()).hasToString("WebhookUrls[https://api.wabotiq.com/v1]");
  }
}
