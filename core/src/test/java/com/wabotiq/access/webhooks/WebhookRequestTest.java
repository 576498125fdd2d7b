package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request and result values: copies, case-insensitive headers, nothing secret shown. */
class WebhookRequestTest {
  @Test
  void of_headersMatchInAnyCaseWithEveryValue() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("X-Shopify-Hmac-Sha256", List.of("abc="));
    headers.put("x-multi", List.of("1", "2"));
    WebhookRequest r = WebhookRequest.of("{}".getBytes(StandardCharsets.UTF_8), headers);
    assertThat(r.header("x-shopify-hmac-sha256")).hasValue("abc=");
    assertThat(r.headers("X-MULTI")).containsExactly("1", "2");
    assertThat(r.header("absent")).isEmpty();
    assertThat(r.headers("absent")).isEmpty();
    assertThat(r.url()).isEmpty();
  }

  @Test
  void builder_sameNameInOtherCase_addsAValue() {
    WebhookRequest r =
        WebhookRequest.builder().header("Stripe-Signature", "a").header("stripe-signature", "b")
            .build();
    assertThat(r.headers("STRIPE-SIGNATURE")).containsExactly("a", "b");
  }

  @Test
  void body_copiedInAndOut() {
    byte[] body = {1, 2, 3};
    WebhookRequest r = WebhookRequest.builder().body(body).build();
    body[0] = 9;
    assertThat(r.body()).containsExactly(1, 2, 3);
    r.body()[1] = 9;
    assertThat(r.body()).containsExactly(1, 2, 3);
  }

  @Test
  void toString_showsNoValueBodyOrUrl() {
    WebhookRequest r = WebhookRequest.builder().body(new byte[2048])
        .header("Stripe-Signature", "t=1,v1=deadbeef").url("https://h/x?token=s3cr3t").build();
    assertThat(r.toString())
        .isEqualTo("WebhookRequest[body=2048 bytes, headers=[Stripe-Signature]]");
  }

  @Test
  void nulls_namedInMessages() {
    assertThatThrownBy(() -> WebhookRequest.builder().header("a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("value == null");
    assertThatThrownBy(() -> WebhookRequest.builder().body(null))
        .isInstanceOf(NullPointerException.class).hasMessage("body == null");
    assertThatThrownBy(() -> WebhookRequest.of(new byte[0], null))
        .isInstanceOf(NullPointerException.class).hasMessage("headers == null");
  }

  @Test
  void verification_valueSemanticsAndToString() {
    Verification a = Verification.of(WebhookProvider.STRIPE, VerificationCode.VERIFIED, "evt_1");
    assertThat(a).isEqualTo(Verification.of(WebhookProvider.STRIPE, VerificationCode.VERIFIED,
        "evt_1")).hasSameHashCodeAs(
        Verification.of(WebhookProvider.STRIPE, VerificationCode.VERIFIED, "evt_1"));
    assertThat(a).isNotEqualTo(
        Verification.of(WebhookProvider.STRIPE, VerificationCode.REPLAYED, "evt_1"));
    assertThat(a.toString()).isEqualTo("Verification[STRIPE VERIFIED evt_1]");
    Verification none = Verification.of(WebhookProvider.META, VerificationCode.NO_SECRET, null);
    assertThat(none.isVerified()).isFalse();
    assertThat(none.deliveryId()).isEmpty();
    assertThat(none.toString()).isEqualTo("Verification[META NO_SECRET]");
  }

  @Test
  void eventIds_topLevelIdOnly() {
    assertThat(EventIds.topLevelId(utf8("{\"data\":{\"id\":\"inner\"},\"id\":\"evt_9\"}")))
        .isEqualTo("evt_9");
    assertThat(EventIds.topLevelId(utf8("{\"data\":{\"id\":\"inner\"}}"))).isNull();
    assertThat(EventIds.topLevelId(utf8("{\"id\":42}"))).isNull();
    assertThat(EventIds.topLevelId(utf8("[\"id\"]"))).isNull();
    assertThat(EventIds.topLevelId(utf8("{\"id\":"))).isNull();
    assertThat(EventIds.topLevelId(utf8("[".repeat(10_000)))).isNull();
    // Stripe's layout takes the quick path; anything else goes through the JSON reader.
    assertThat(EventIds.leadingId(utf8("{\n  \"id\": \"evt_1\",\n  \"object\": \"event\"}")))
        .isEqualTo("evt_1");
    assertThat(EventIds.leadingId(utf8("{\"id\":\"a\\\"b\"}"))).isNull();
    assertThat(EventIds.topLevelId(utf8("{\"id\":\"a\\\"b\"}"))).isEqualTo("a\"b");
    assertThat(EventIds.leadingId(utf8("{\"idx\":\"a\"}"))).isNull();
    assertThat(EventIds.leadingId(utf8("{\"id\":\"unterminated"))).isNull();
    assertThat(EventIds.topLevelId(utf8("{\"id\":\"unterminated"))).isNull();
    assertThat(EventIds.leadingId(utf8("{\"id\":\"caf\u00e9\"}"))).isNull();
    assertThat(EventIds.topLevelId(utf8("{\"id\":\"caf\u00e9\"}"))).isEqualTo("caf\u00e9");
  }

  @Test
  void codec_base64AndHexRefuseWhatTheJdkWouldThrowOn() {
    assertThat(Codec.base64("QQ==")).containsExactly(65);
    assertThat(Codec.base64("QUI=")).containsExactly(65, 66);
    assertThat(Codec.base64("QUJD")).containsExactly(65, 66, 67);
    assertThat(Codec.base64("QR==")).isNull(); // non-zero pad bits
    assertThat(Codec.base64("QUJ=")).isNull();
    assertThat(Codec.base64("Q===")).isNull();
    assertThat(Codec.base64("=QQ=")).isNull();
    assertThat(Codec.base64("QQ=A")).isNull();
    assertThat(Codec.base64("Q-_A")).isNull(); // URL-safe alphabet
    assertThat(Codec.base64("")).isNull();
    assertThat(Codec.hex("0aFf")).containsExactly(0x0a, 0xff);
    assertThat(Codec.hex("0")).isNull();
    assertThat(Codec.hex("0g")).isNull();
    assertThat(Codec.hex("\u0663\u0663")).isNull(); // Arabic-Indic digits
    assertThat(Codec.hex("")).isEmpty();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
