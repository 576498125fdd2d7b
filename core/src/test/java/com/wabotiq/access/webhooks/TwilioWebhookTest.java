package com.wabotiq.access.webhooks;

import static com.wabotiq.access.webhooks.Signing.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Twilio's {@code X-Twilio-Signature} (https://www.twilio.com/docs/usage/security, "Validating
 * signatures from Twilio"): base64 HMAC-SHA1 keyed by the auth token, of the full URL followed by
 * the POST fields sorted by name, each name then value; JSON bodies through {@code bodySHA256} in
 * the URL. The URL passes with and without its port, as twilio-java's {@code RequestValidator}.
 */
class TwilioWebhookTest {
  private static final String TOKEN = "9f3a2b1c4d5e6f708192a3b4c5d6e7f8";
  private static final String URL = "https://hooks.example.com/twilio/acme/inbound?tenant=acme";
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("MessageSid", "SM1f0e8ae6ade43cb3c0ce4525424e404f");
    FIELDS.put("From", "whatsapp:+254712345678");
    FIELDS.put("To", "whatsapp:+14155238886");
    FIELDS.put("Body", "Habari! Je, mna simu za 50% off & bei gani?");
    FIELDS.put("NumMedia", "0");
  }

  private final WebhookVerifier verifier =
      WebhookVerifier.builder(WebhookProvider.TWILIO).secret(TOKEN).build();

  private static WebhookRequest.Builder form(String url, String signature, byte[] body) {
    return WebhookRequest.builder().url(url).body(body).header("X-Twilio-Signature", signature)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
  }

  @Test
  void verify_formPost_verified() {
    String sig = Signing.twilio(TOKEN, URL, FIELDS);
    assertThat(verifier.verify(form(URL, sig, Signing.form(FIELDS)).build()).code())
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @Test
  void verify_fieldsInAnotherOrder_verified() {
    Map<String, String> reversed = new LinkedHashMap<>();
    FIELDS.keySet().stream().sorted(java.util.Comparator.reverseOrder())
        .forEach(k -> reversed.put(k, FIELDS.get(k)));
    String sig = Signing.twilio(TOKEN, URL, FIELDS);
    assertThat(verifier.verify(form(URL, sig, Signing.form(reversed)).build()).code())
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @Test
  void verify_tamperedFieldOrUrl_noMatch() {
    String sig = Signing.twilio(TOKEN, URL, FIELDS);
    Map<String, String> changed = new LinkedHashMap<>(FIELDS);
    changed.put("Body", "Habari!");
    assertThat(verifier.verify(form(URL, sig, Signing.form(changed)).build()).code())
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    assertThat(verifier.verify(form(URL.replace("acme", "evil"), sig, Signing.form(FIELDS))
        .build()).code()).isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    Map<String, String> added = new LinkedHashMap<>(FIELDS);
    added.put("Extra", "1");
    assertThat(verifier.verify(form(URL, sig, Signing.form(added)).build()).code())
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_wrongTokenOrRotation() {
    String sig = Signing.twilio("another_token", URL, FIELDS);
    assertThat(verifier.verify(form(URL, sig, Signing.form(FIELDS)).build()).code())
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    WebhookVerifier both = WebhookVerifier.builder(WebhookProvider.TWILIO).secret(TOKEN)
        .secret("another_token").build();
    assertThat(both.verify(form(URL, sig, Signing.form(FIELDS)).build()).code())
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @Test
  void verify_signedWithDefaultPort_passesWithoutAndViceVersa() {
    String withPort = URL.replace("example.com/", "example.com:443/");
    String sigWithPort = Signing.twilio(TOKEN, withPort, FIELDS);
    assertThat(verifier.verify(form(URL, sigWithPort, Signing.form(FIELDS)).build()).code())
        .isEqualTo(VerificationCode.VERIFIED);
    String sigWithout = Signing.twilio(TOKEN, URL, FIELDS);
    assertThat(verifier.verify(form(withPort, sigWithout, Signing.form(FIELDS)).build()).code())
        .isEqualTo(VerificationCode.VERIFIED);
    String http = "http://hooks.example.com/twilio";
    assertThat(verifier.verify(form(http, Signing.twilio(TOKEN, "http://hooks.example.com:80/twilio",
        FIELDS), Signing.form(FIELDS)).build()).code()).isEqualTo(VerificationCode.VERIFIED);
    // The port does not stand in for the scheme.
    assertThat(verifier.verify(form(http, Signing.twilio(TOKEN,
        "http://hooks.example.com:443/twilio", FIELDS), Signing.form(FIELDS)).build()).code())
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_repeatedFieldNames_sortedByValue() {
    // twilio-node lib/webhooks/webhooks.ts: a repeated name contributes name+value per value,
    // values sorted.
    String expected = Signing.twilio(TOKEN, URL + "MediaUrla.jpgMediaUrlb.jpg", Map.of());
    byte[] body = utf8("MediaUrl=b.jpg&MediaUrl=a.jpg");
    assertThat(verifier.verify(form(URL, expected, body).build()).code())
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @Test
  void verify_jsonBodyWithBodySha256_verifiedAndTamperRefused() {
    byte[] json = utf8("{\"property\": \"value\", \"boolean\": true}");
    String hash = HexFormat.of().formatHex(sha256(json));
    String url = "https://hooks.example.com/twilio/events?bodySHA256=" + hash;
    String sig = Signing.twilio(TOKEN, url, Map.of());
    WebhookRequest ok = WebhookRequest.builder().url(url).body(json)
        .header("Content-Type", "application/json").header("X-Twilio-Signature", sig).build();
    assertThat(verifier.verify(ok).code()).isEqualTo(VerificationCode.VERIFIED);
    byte[] tampered = utf8("{\"property\": \"evil!\", \"boolean\": true}");
    WebhookRequest bad = WebhookRequest.builder().url(url).body(tampered)
        .header("Content-Type", "application/json").header("X-Twilio-Signature", sig).build();
    assertThat(verifier.verify(bad).code()).isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    String badHashUrl = "https://hooks.example.com/twilio/events?bodySHA256=xyz";
    WebhookRequest badHash = WebhookRequest.builder().url(badHashUrl).body(json)
        .header("X-Twilio-Signature", Signing.twilio(TOKEN, badHashUrl, Map.of())).build();
    assertThat(verifier.verify(badHash).code()).isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_jsonBodyWithoutBodySha256_refusedAsUnsigned() {
    String sig = Signing.twilio(TOKEN, URL, Map.of());
    WebhookRequest request = WebhookRequest.builder().url(URL).body(utf8("{\"a\":1}"))
        .header("Content-Type", "application/json").header("X-Twilio-Signature", sig).build();
    assertThat(verifier.verify(request).code()).isEqualTo(VerificationCode.MALFORMED_BODY);
  }

  @Test
  void verify_getWithEmptyBody_signsTheUrlOnly() {
    String url = "https://hooks.example.com/status?CallSid=CA1&CallStatus=completed";
    WebhookRequest request = WebhookRequest.builder().url(url)
        .header("X-Twilio-Signature", Signing.twilio(TOKEN, url, Map.of())).build();
    assertThat(verifier.verify(request).code()).isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a=%", "a=%4", "a=%zz", "%=1", "a=%%41"})
  void verify_badFormEncoding_malformedBody(String body) {
    String sig = Signing.twilio(TOKEN, URL, Map.of("a", "b"));
    assertThat(verifier.verify(form(URL, sig, utf8(body)).build()).code())
        .isEqualTo(VerificationCode.MALFORMED_BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not base64!", "AAAA", "YWJj", "RSOYDt4T1cUTdK1PDd93/VVr8B8"})
  void verify_malformedSignature_typedCode(String header) {
    VerificationCode code = verifier.verify(form(URL, header, Signing.form(FIELDS)).build()).code();
    assertThat(code).isEqualTo(header.isEmpty() ? VerificationCode.MISSING_HEADER
        : VerificationCode.MALFORMED_HEADER);
  }

  @Test
  void verify_noUrl_missingUrl() {
    WebhookRequest request = WebhookRequest.builder().body(Signing.form(FIELDS))
        .header("X-Twilio-Signature", Signing.twilio(TOKEN, URL, FIELDS)).build();
    assertThat(verifier.verify(request).code()).isEqualTo(VerificationCode.MISSING_URL);
  }

  @Test
  void verify_idempotencyToken_replayGuarded() {
    WebhookVerifier guarded = WebhookVerifier.builder(WebhookProvider.TWILIO).secret(TOKEN)
        .replayGuard(ReplayGuard.inMemory(10, Duration.ofMinutes(5))).build();
    WebhookRequest request = form(URL, Signing.twilio(TOKEN, URL, FIELDS), Signing.form(FIELDS))
        .header("I-Twilio-Idempotency-Token", "4ae4f2b6-3f5f-4f2b-9b4e-8b2c5d6e7f80").build();
    assertThat(guarded.verify(request).code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(guarded.verify(request).code()).isEqualTo(VerificationCode.REPLAYED);
  }

  @Test
  void urlCandidates_portHandling() {
    assertThat(TwilioCanonical.urlCandidates("https://a.b/x?y=1"))
        .containsExactly("https://a.b/x?y=1", "https://a.b:443/x?y=1");
    assertThat(TwilioCanonical.urlCandidates("https://a.b:8443/x"))
        .containsExactly("https://a.b/x", "https://a.b:8443/x");
    assertThat(TwilioCanonical.urlCandidates("http://a.b")).containsExactly("http://a.b",
        "http://a.b:80");
    assertThat(TwilioCanonical.urlCandidates("https://u:p@[::1]:99/x"))
        .containsExactly("https://u:p@[::1]/x", "https://u:p@[::1]:99/x");
    assertThat(TwilioCanonical.urlCandidates("https://[::1]/x"))
        .containsExactly("https://[::1]/x", "https://[::1]:443/x");
    assertThat(TwilioCanonical.urlCandidates("https://a.b:/x")).containsExactly("https://a.b:/x");
    assertThat(TwilioCanonical.urlCandidates("no scheme")).containsExactly("no scheme");
    assertThat(TwilioCanonical.urlCandidates("ftp://a.b/x")).containsExactly("ftp://a.b/x");
  }

  private static byte[] sha256(byte[] data) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
