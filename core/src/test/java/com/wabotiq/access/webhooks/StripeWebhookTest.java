package com.wabotiq.access.webhooks;

import static com.wabotiq.access.webhooks.Signing.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stripe's {@code Stripe-Signature}, as documented at https://docs.stripe.com/webhooks (section
 * "Verify webhook signatures manually"): {@code t} and one or more {@code v1}, HMAC-SHA256 of
 * {@code t + "." + body} keyed by the whole {@code whsec_} string (stripe-java {@code
 * com/stripe/net/Webhook.java} keys with {@code secret.getBytes(UTF_8)}). Unlike stripe-java, a
 * future timestamp beyond the tolerance is refused; both edges (exactly 300 s) pass.
 */
class StripeWebhookTest {
  private static final String SECRET = "whsec_5Ygc9kQmAcLrZHnMzXwSW1R6pTq0Kv2h";
  private static final String OLD_SECRET = "whsec_old_2s8dmQ8Gm3vBqTzJ0e8bWc4Lr1Xy";
  private static final long NOW = 1_764_720_000L;
  private static final byte[] BODY =
      utf8("{\"id\":\"evt_3Q1\",\"object\":\"event\",\"type\":\"invoice.paid\"}");

  private static WebhookVerifier verifier(String... secrets) {
    WebhookVerifier.Builder b = WebhookVerifier.builder(WebhookProvider.STRIPE)
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    Arrays.stream(secrets).forEach(b::secret);
    return b.build();
  }

  private static VerificationCode verify(WebhookVerifier v, String header, byte[] body) {
    return v.verify(Signing.request("Stripe-Signature", header, body)).code();
  }

  @Test
  void verify_signedNow_verifiedWithEventId() {
    Verification v = verifier(SECRET).verify(
        Signing.request("Stripe-Signature", Signing.stripe(SECRET, NOW, BODY), BODY));
    assertThat(v.isVerified()).isTrue();
    assertThat(v.provider()).isEqualTo(WebhookProvider.STRIPE);
    assertThat(v.deliveryId()).hasValue("evt_3Q1");
  }

  @Test
  void verify_headerNameInAnyCase_verified() {
    WebhookRequest request = WebhookRequest.builder().body(BODY)
        .header("stripe-signature", Signing.stripe(SECRET, NOW, BODY)).build();
    assertThat(verifier(SECRET).verify(request).code()).isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest
  @ValueSource(longs = {-300, -299, 0, 299, 300})
  void verify_timestampWithinToleranceInclusive_verified(long offset) {
    assertThat(verify(verifier(SECRET), Signing.stripe(SECRET, NOW + offset, BODY), BODY))
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @ParameterizedTest
  @ValueSource(longs = {-301, 301, -86_400, 86_400, -NOW})
  void verify_staleOrFutureTimestamp_outsideTolerance(long offset) {
    assertThat(verify(verifier(SECRET), Signing.stripe(SECRET, NOW + offset, BODY), BODY))
        .isEqualTo(VerificationCode.TIMESTAMP_OUTSIDE_TOLERANCE);
  }

  @Test
  void verify_customTolerance_appliesBothWays() {
    WebhookVerifier v = WebhookVerifier.builder(WebhookProvider.STRIPE).secret(SECRET)
        .tolerance(Duration.ofSeconds(10))
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
    assertThat(verify(v, Signing.stripe(SECRET, NOW + 10, BODY), BODY))
        .isEqualTo(VerificationCode.VERIFIED);
    assertThat(verify(v, Signing.stripe(SECRET, NOW - 11, BODY), BODY))
        .isEqualTo(VerificationCode.TIMESTAMP_OUTSIDE_TOLERANCE);
    assertThat(verify(v, Signing.stripe(SECRET, NOW + 11, BODY), BODY))
        .isEqualTo(VerificationCode.TIMESTAMP_OUTSIDE_TOLERANCE);
  }

  @Test
  void verify_tamperedBodyOrWrongSecret_noMatch() {
    byte[] tampered = utf8(new String(BODY, java.nio.charset.StandardCharsets.UTF_8)
        .replace("invoice.paid", "invoice.void"));
    assertThat(verify(verifier(SECRET), Signing.stripe(SECRET, NOW, BODY), tampered))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    assertThat(verify(verifier(OLD_SECRET), Signing.stripe(SECRET, NOW, BODY), BODY))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    // The timestamp is signed: moving it breaks the signature.
    String moved = "t=" + (NOW + 1) + ",v1=" + Signing.stripeV1(SECRET, NOW, BODY);
    assertThat(verify(verifier(SECRET), moved, BODY)).isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_secretWithoutWhsecPrefix_isADifferentKey() {
    // Stripe keys with the whole string; keying with the part after whsec_ must not match.
    assertThat(verify(verifier(SECRET.substring(6)), Signing.stripe(SECRET, NOW, BODY), BODY))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_severalV1_anyMatches() {
    String good = Signing.stripeV1(SECRET, NOW, BODY);
    String other = Signing.stripeV1(OLD_SECRET, NOW, BODY);
    String header = "t=" + NOW + ",v1=" + other + ",v1=" + good + ",v0=" + other;
    assertThat(verify(verifier(SECRET), header, BODY)).isEqualTo(VerificationCode.VERIFIED);
    assertThat(verify(verifier(SECRET), "t=" + NOW + ", v1=zz, v1=" + good, BODY))
        .isEqualTo(VerificationCode.VERIFIED);
  }

  @Test
  void verify_rotationWithTwoSecrets_eitherPasses() {
    WebhookVerifier both = verifier(OLD_SECRET, SECRET);
    assertThat(verify(both, Signing.stripe(SECRET, NOW, BODY), BODY))
        .isEqualTo(VerificationCode.VERIFIED);
    assertThat(verify(both, Signing.stripe(OLD_SECRET, NOW, BODY), BODY))
        .isEqualTo(VerificationCode.VERIFIED);
    assertThat(verify(both, Signing.stripe("whsec_third", NOW, BODY), BODY))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_onlyV0_malformed() {
    String v0 = "t=" + NOW + ",v0=" + Signing.stripeV1(SECRET, NOW, BODY);
    assertThat(verify(verifier(SECRET), v0, BODY)).isEqualTo(VerificationCode.MALFORMED_HEADER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "t=", "t=abc,v1=00", "t=-1,v1=00", "t=+5,v1=00",
      "t=99999999999999999999,v1=00", "v1=00", "t=1,t=1,v1=00", "=,=,=", ",,,", "t=1",
      "t=1 2,v1=00", "t=١٢٣,v1=00"})
  void verify_malformedHeader_typedCode(String header) {
    assertThat(verify(verifier(SECRET), header, BODY)).isEqualTo(VerificationCode.MALFORMED_HEADER);
  }

  @Test
  void verify_v1OfWrongShape_noMatch() {
    assertThat(verify(verifier(SECRET), "t=" + NOW + ",v1=abc", BODY))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    assertThat(verify(verifier(SECRET), "t=" + NOW + ",v1=", BODY))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_missingOrBlankHeader_missing() {
    assertThat(verifier(SECRET).verify(WebhookRequest.builder().body(BODY).build()).code())
        .isEqualTo(VerificationCode.MISSING_HEADER);
    assertThat(verify(verifier(SECRET), "  ", BODY)).isEqualTo(VerificationCode.MISSING_HEADER);
  }

  @Test
  void verify_emptyBody_verifiedWithoutId() {
    Verification v = verifier(SECRET).verify(
        Signing.request("Stripe-Signature", Signing.stripe(SECRET, NOW, new byte[0]), new byte[0]));
    assertThat(v.code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(v.deliveryId()).isEmpty();
  }

  @Test
  void verify_hugeBody_verifiedAndOneByteFlipRefused() {
    byte[] huge = new byte[8 * 1024 * 1024];
    new java.util.Random(7).nextBytes(huge);
    String header = Signing.stripe(SECRET, NOW, huge);
    assertThat(verify(verifier(SECRET), header, huge)).isEqualTo(VerificationCode.VERIFIED);
    huge[huge.length - 1] ^= 1;
    assertThat(verify(verifier(SECRET), header, huge))
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @Test
  void verify_headerOverMaxLength_malformed() {
    String header = Signing.stripe(SECRET, NOW, BODY) + ",v0=" + "0".repeat(9000);
    assertThat(verify(verifier(SECRET), header, BODY)).isEqualTo(VerificationCode.MALFORMED_HEADER);
  }

  @Test
  void verify_replayGuard_secondDeliveryReplayed() {
    ReplayGuard guard = ReplayGuard.inMemory(100, Duration.ofMinutes(5));
    WebhookVerifier v = WebhookVerifier.builder(WebhookProvider.STRIPE).secret(SECRET)
        .replayGuard(guard).clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
    WebhookRequest request =
        Signing.request("Stripe-Signature", Signing.stripe(SECRET, NOW, BODY), BODY);
    assertThat(v.verify(request).code()).isEqualTo(VerificationCode.VERIFIED);
    Verification again = v.verify(request);
    assertThat(again.code()).isEqualTo(VerificationCode.REPLAYED);
    assertThat(again.deliveryId()).hasValue("evt_3Q1");
    assertThat(again.isVerified()).isFalse();
  }

  @Test
  void builder_badArguments_namedInMessage() {
    WebhookVerifier.Builder b = WebhookVerifier.builder(WebhookProvider.STRIPE);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("no secret: call secret(...) at least once");
    assertThatThrownBy(() -> b.tolerance(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance (PT0S) must be whole seconds from PT1S to P1D");
    assertThatThrownBy(() -> b.tolerance(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance (PT1.5S) must be whole seconds from PT1S to P1D");
    assertThatThrownBy(() -> b.tolerance(Duration.ofDays(1).plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.secret("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plaintext must not be empty");
    assertThatThrownBy(() -> WebhookVerifier.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessage("provider == null");
  }

  @Test
  void toString_namesNoSecret() {
    WebhookVerifier v = verifier(SECRET, OLD_SECRET);
    assertThat(v.toString()).isEqualTo("WebhookVerifier[STRIPE, 2 secrets, tolerance=PT5M]")
        .doesNotContain("whsec");
  }
}
