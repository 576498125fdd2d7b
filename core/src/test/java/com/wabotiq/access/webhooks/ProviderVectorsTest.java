package com.wabotiq.access.webhooks;

import static com.wabotiq.access.webhooks.Signing.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vectors the providers publish in their own SDK tests (resource {@code webhooks/webhooks.json},
 * sources in its README), verified through the public {@link WebhookVerifier}; and, for the
 * providers that publish none, fixed vectors computed with Python 3's {@code hmac} module.
 */
class ProviderVectorsTest {
  private static final List<Map<String, Object>> VECTORS = load();

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> load() {
    try (InputStream in = ProviderVectorsTest.class.getResourceAsStream("/webhooks/webhooks.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, Object> root =
          new Moshi.Builder().build().<Map<String, Object>>adapter(
              Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(json);
      return (List<Map<String, Object>>) root.get("vectors");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Map<String, Object>> of(String provider) {
    List<Map<String, Object>> found =
        VECTORS.stream().filter(v -> v.get("provider").equals(provider)).toList();
    assertThat(found).as(provider).isNotEmpty();
    return found;
  }

  /** twilio/twilio-java src/test/java/com/twilio/security/RequestValidatorTest.java. */
  @Test
  @SuppressWarnings("unchecked")
  void twilio_sdkVectors_verify() {
    int checked = 0;
    for (Map<String, Object> v : of("twilio")) {
      WebhookVerifier verifier =
          WebhookVerifier.builder(WebhookProvider.TWILIO).secret((String) v.get("auth_token")).build();
      String url = (String) v.get("url");
      WebhookRequest.Builder request =
          WebhookRequest.builder().url(url).header("X-Twilio-Signature",
              (String) v.get("expected_signature"));
      if (v.containsKey("json_body")) {
        request.body(utf8((String) v.get("json_body"))).header("Content-Type", "application/json");
      } else {
        request.body(Signing.form(new LinkedHashMap<>((Map<String, String>) v.get("form_params"))))
            .header("Content-Type", "application/x-www-form-urlencoded");
      }
      assertThat(verifier.verify(request.build()).code()).as(url)
          .isEqualTo(VerificationCode.VERIFIED);
      checked++;
    }
    assertThat(checked).isEqualTo(3);
  }

  /** The SDK test's note: the first vector also passes with a port (Twilio strips it). */
  @Test
  @SuppressWarnings("unchecked")
  void twilio_sdkVectorWithPortAdded_verifies() {
    Map<String, Object> v = of("twilio").get(0);
    String url = ((String) v.get("url")).replace("mycompany.com/", "mycompany.com:1234/");
    WebhookRequest request = WebhookRequest.builder().url(url)
        .header("X-Twilio-Signature", (String) v.get("expected_signature"))
        .body(Signing.form((Map<String, String>) v.get("form_params"))).build();
    WebhookVerifier verifier =
        WebhookVerifier.builder(WebhookProvider.TWILIO).secret("12345").build();
    assertThat(verifier.verify(request).code()).isEqualTo(VerificationCode.VERIFIED);
  }

  /** Shopify/shopify-app-js packages/apps/shopify-api/lib/webhooks/__tests__/validate.test.ts. */
  @Test
  void shopify_sdkVector_verifies() {
    Map<String, Object> v = of("shopify").get(0);
    WebhookVerifier verifier =
        WebhookVerifier.builder(WebhookProvider.SHOPIFY).secret((String) v.get("secret")).build();
    WebhookRequest request = Signing.request("X-Shopify-Hmac-Sha256",
        (String) v.get("expected_signature"), utf8((String) v.get("body")));
    assertThat(verifier.verify(request).code()).isEqualTo(VerificationCode.VERIFIED);
  }

  /**
   * woocommerce/woocommerce plugins/woocommerce/tests/legacy/unit-tests/webhooks/crud.php: the key
   * is empty, which the public API refuses (an empty secret is a misconfiguration), so the vector
   * checks the MAC underneath.
   */
  @Test
  void woocommerce_sdkVector_matchesTheMac() {
    Map<String, Object> v = of("woocommerce").get(0);
    assertThat((String) v.get("secret")).isEmpty();
    byte[] mac = new Hmac("HmacSHA256", new byte[0]).of(utf8((String) v.get("body")));
    assertThat(Base64.getEncoder().encodeToString(mac)).isEqualTo(v.get("expected_signature"));
    assertThat(Hmac.matches(mac, Codec.base64((String) v.get("expected_signature")))).isTrue();
  }

  /** Stripe publishes no fixed vector; this one was computed with Python 3 hmac/hashlib. */
  @Test
  void stripe_fixedVector_verifies() {
    byte[] body = utf8("{\n  \"id\": \"evt_1NG8Du2eZvKYlo2CUI79vXWy\",\n  \"object\": \"event\",\n"
        + "  \"type\": \"payment_intent.succeeded\"\n}");
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookProvider.STRIPE)
        .secret("whsec_test_secret_1234567890abcdef")
        .clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC)).build();
    Verification v = verifier.verify(Signing.request("Stripe-Signature", "t=1700000000,v1="
        + "aad466b0278ec80fee8a8fac729c7961b8d98b51d8e6f05b31867c5ef4cd04e8", body));
    assertThat(v.code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(v.deliveryId()).hasValue("evt_1NG8Du2eZvKYlo2CUI79vXWy");
  }

  /** Meta publishes no fixed vector; this one was computed with Python 3 hmac/hashlib. */
  @Test
  void meta_fixedVector_verifies() {
    byte[] body = utf8("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":"
        + "\"102290129340398\",\"changes\":[]}]}");
    WebhookVerifier verifier =
        WebhookVerifier.builder(WebhookProvider.META).secret("meta_app_secret_0123").build();
    assertThat(verifier.verify(Signing.request("X-Hub-Signature-256", "sha256="
        + "62a02266bd161fd9435eadc6c355bc30f7643e3b25026cc0097c2826512a43a5", body)).code())
        .isEqualTo(VerificationCode.VERIFIED);
  }

  /** Paystack publishes no fixed vector; this one was computed with Python 3 hmac/hashlib. */
  @Test
  void paystack_fixedVector_verifies() {
    byte[] body =
        utf8("{\"event\":\"charge.success\",\"data\":{\"id\":302961,\"reference\":\"qTPrJoy9Bx\"}}");
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookProvider.PAYSTACK)
        .secret("sk_test_paystack_0123456789").build();
    assertThat(verifier.verify(Signing.request("x-paystack-signature",
        "688db5167956e879c8a013c4c443a3aa3ae2778dc99c0266bca49b68b65ce280"
            + "307e36a0ebd17ad74e6d082a491453475d75bd3cee4faa2b4bdfbaa8a0cfb649", body)).code())
        .isEqualTo(VerificationCode.VERIFIED);
  }
}
