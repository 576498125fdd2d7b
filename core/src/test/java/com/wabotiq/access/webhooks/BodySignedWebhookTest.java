package com.wabotiq.access.webhooks;

import static com.wabotiq.access.webhooks.Signing.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The providers that sign the body alone, each by its documented header and encoding: Meta
 * (https://developers.facebook.com/docs/graph-api/webhooks/getting-started, "Validate payloads":
 * {@code X-Hub-Signature-256: sha256=<hex>}), Shopify
 * (https://shopify.dev/docs/apps/build/webhooks/subscribe/https, base64 {@code
 * X-Shopify-Hmac-Sha256}), WooCommerce (base64 {@code X-WC-Webhook-Signature}, {@code
 * WC_Webhook::generate_signature}) and Paystack (https://paystack.com/docs/payments/webhooks, hex
 * HMAC-SHA512 {@code x-paystack-signature}).
 */
class BodySignedWebhookTest {
  private static final String SECRET = "s3cr3t_0123456789_abcdef";
  private static final String NEXT = "n3xt_9876543210_fedcba";
  private static final byte[] BODY = utf8("{\"order\":{\"id\":820982911946154508,\"total\":\"9.50\"}}");

  /** A provider, its header, and how it signs. */
  record Kind(WebhookProvider provider, String header, BiFunction<String, byte[], String> sign) {
    @Override
    public String toString() {
      return provider.name();
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind(WebhookProvider.META, "X-Hub-Signature-256", Signing::meta),
        new Kind(WebhookProvider.SHOPIFY, "X-Shopify-Hmac-Sha256", Signing::base64Sha256),
        new Kind(WebhookProvider.WOOCOMMERCE, "X-WC-Webhook-Signature", Signing::base64Sha256),
        new Kind(WebhookProvider.PAYSTACK, "x-paystack-signature", Signing::paystack));
  }

  private static VerificationCode verify(Kind k, String header, byte[] body, String... secrets) {
    WebhookVerifier.Builder b = WebhookVerifier.builder(k.provider());
    for (String s : secrets) {
      b.secret(s);
    }
    return b.build().verify(Signing.request(k.header(), header, body)).code();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_signed_verified(Kind k) {
    assertThat(k.provider().signatureHeader()).isEqualTo(k.header());
    assertThat(verify(k, k.sign().apply(SECRET, BODY), BODY, SECRET))
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_tamperedBody_noMatch(Kind k) {
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 3] ^= 1;
    assertThat(verify(k, k.sign().apply(SECRET, BODY), tampered, SECRET))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_wrongSecret_noMatch(Kind k) {
    assertThat(verify(k, k.sign().apply(NEXT, BODY), BODY, SECRET))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_rotationWithTwoSecrets_eitherPasses(Kind k) {
    assertThat(verify(k, k.sign().apply(SECRET, BODY), BODY, NEXT, SECRET))
        .isEqualTo(VerificationCode.VERIFIED);
    assertThat(verify(k, k.sign().apply(NEXT, BODY), BODY, NEXT, SECRET))
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_emptyBody_verified(Kind k) {
    assertThat(verify(k, k.sign().apply(SECRET, new byte[0]), new byte[0], SECRET))
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_hugeBody_verifiedAndFlipRefused(Kind k) {
    byte[] huge = new byte[4 * 1024 * 1024];
    new Random(11).nextBytes(huge);
    String header = k.sign().apply(SECRET, huge);
    assertThat(verify(k, header, huge, SECRET)).isEqualTo(VerificationCode.VERIFIED);
    huge[0] ^= (byte) 0x80;
    assertThat(verify(k, header, huge, SECRET)).isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_missingHeader_missing(Kind k) {
    WebhookVerifier v = WebhookVerifier.builder(k.provider()).secret(SECRET).build();
    assertThat(v.verify(WebhookRequest.builder().body(BODY).header("X-Other", "1").build()).code())
        .isEqualTo(VerificationCode.MISSING_HEADER);
    assertThat(verify(k, "", BODY, SECRET)).isEqualTo(VerificationCode.MISSING_HEADER);
  }

  static Stream<Arguments> malformed() {
    String sha256Hex = "a".repeat(64);
    String b64 = Signing.base64Sha256(SECRET, BODY);
    return Stream.of(
        Arguments.of(WebhookProvider.META, sha256Hex), // no sha256= prefix
        Arguments.of(WebhookProvider.META, "sha1=" + "a".repeat(40)),
        Arguments.of(WebhookProvider.META, "sha256=" + "a".repeat(63)),
        Arguments.of(WebhookProvider.META, "sha256=" + "g".repeat(64)),
        Arguments.of(WebhookProvider.META, "sha256="),
        Arguments.of(WebhookProvider.META, "sha256=" + "a".repeat(66)),
        Arguments.of(WebhookProvider.SHOPIFY, "!!!"),
        Arguments.of(WebhookProvider.SHOPIFY, b64.substring(0, b64.length() - 1)),
        Arguments.of(WebhookProvider.SHOPIFY, b64.replace('=', 'A') + "===="),
        Arguments.of(WebhookProvider.SHOPIFY, "QQ=="), // decodes, wrong length
        Arguments.of(WebhookProvider.SHOPIFY, b64.replace("=", "") + "A="), // bad padding
        Arguments.of(WebhookProvider.WOOCOMMERCE, sha256Hex), // hex where base64 is due
        Arguments.of(WebhookProvider.WOOCOMMERCE, "=" + b64.substring(1)),
        Arguments.of(WebhookProvider.WOOCOMMERCE, b64.replace('+', '-').replace('/', '_') + "%"),
        Arguments.of(WebhookProvider.PAYSTACK, "a".repeat(127)),
        Arguments.of(WebhookProvider.PAYSTACK, "a".repeat(64)), // a SHA-256 length
        Arguments.of(WebhookProvider.PAYSTACK, "ａ".repeat(128)), // full-width letters
        Arguments.of(WebhookProvider.PAYSTACK, "sha512=" + "a".repeat(128)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("malformed")
  void verify_malformedHeader_typedCode(WebhookProvider provider, String header) {
    WebhookVerifier v = WebhookVerifier.builder(provider).secret(SECRET).build();
    assertThat(v.verify(Signing.request(provider.signatureHeader(), header, BODY)).code())
        .isEqualTo(VerificationCode.MALFORMED_HEADER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void verify_uppercaseHexOrSurroundingSpaces_stillVerified(Kind k) {
    String header = k.sign().apply(SECRET, BODY);
    if (k.provider() == WebhookProvider.META || k.provider() == WebhookProvider.PAYSTACK) {
      header = header.toUpperCase(java.util.Locale.ROOT);
    }
    assertThat(verify(k, " " + header + " ", BODY, SECRET)).isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest
  @MethodSource("idProviders")
  void verify_replayGuard_headerIdSecondTimeReplayed(WebhookProvider provider, String idHeader) {
    ReplayGuard guard = ReplayGuard.inMemory(10, Duration.ofMinutes(5));
    WebhookVerifier v = WebhookVerifier.builder(provider).secret(SECRET).replayGuard(guard).build();
    WebhookRequest request = WebhookRequest.builder().body(BODY)
        .header(provider.signatureHeader(), Signing.base64Sha256(SECRET, BODY))
        .header(idHeader, "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043").build();
    Verification first = v.verify(request);
    assertThat(first.code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(first.deliveryId()).hasValue("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
    assertThat(v.verify(request).code()).isEqualTo(VerificationCode.REPLAYED);
    // A forged copy (wrong signature) is refused for its signature and never remembered.
    WebhookRequest forged = WebhookRequest.builder().body(BODY)
        .header(provider.signatureHeader(), Signing.base64Sha256(NEXT, BODY))
        .header(idHeader, "fresh-id").build();
    assertThat(v.verify(forged).code()).isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    assertThat(guard.size()).isEqualTo(1);
  }

  static Stream<Arguments> idProviders() {
    return Stream.of(
        Arguments.of(WebhookProvider.SHOPIFY, "X-Shopify-Webhook-Id"),
        Arguments.of(WebhookProvider.WOOCOMMERCE, "x-wc-webhook-delivery-id"));
  }
}
