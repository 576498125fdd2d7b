package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.tenant.LlmProvider;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void render_sealedSecret_masked() {
    assertThat(Values.render("openai_api_key", SealedSecret.of("sk-abc"))).isEqualTo("****");
    assertThat(Values.render("anything", SealedSecret.of("sk-abc"))).isEqualTo("****");
    assertThat(Values.render("list", List.of(SealedSecret.of("sk-abc")))).isEqualTo("[****]");
  }

  @Test
  void render_sensitiveName_maskedWhateverTheType() {
    for (String path :
        List.of(
            "stripe_secret_key",
            "shopify_access_token",
            "db_password",
            "pinecone_api_key",
            "mpesa_passkey",
            "a[0].refresh_token",
            "token[3]",
            "MY_SECRET")) {
      assertThat(Values.render(path, "plain text")).as(path).isEqualTo("****");
    }
    assertThat(Values.render("api_keys[0].key_hash", "abc")).isEqualTo("abc");
    assertThat(Values.render("paystack_public_key", "pk_live")).isEqualTo("pk_live");
    assertThat(Values.render("llm_max_tokens", 0)).isEqualTo("0");
    assertThat(Values.render("total_tokens_used", -1L)).isEqualTo("-1");
    assertThat(Values.render("apikey_count", 3)).isEqualTo("3");
  }

  @Test
  void render_null_null() {
    assertThat(Values.render("twilio_token", null)).isNull();
    assertThat(Values.render("name", null)).isNull();
  }

  @Test
  void render_valueTypes_wireForms() {
    assertThat(Values.render("x", new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Values.render("x", 0.7)).isEqualTo("0.7");
    assertThat(Values.render("x", 1e-10)).isEqualTo("0.00000000010");
    assertThat(Values.render("x", Double.NaN)).isEqualTo("NaN");
    assertThat(Values.render("x", Duration.ofMillis(1500))).isEqualTo("1.5");
    assertThat(Values.render("x", Duration.ofSeconds(-1))).isEqualTo("-1");
    assertThat(Values.render("x", LlmProvider.of("mistral"))).isEqualTo("mistral");
    assertThat(Values.render("x", TenantId.of("uuid"))).isEqualTo("uuid");
    assertThat(Values.render("x", ZoneOffset.ofHours(3))).isEqualTo("+03:00");
    assertThat(Values.render("x", LocalTime.of(9, 0))).isEqualTo("09:00");
    assertThat(Values.render("x", List.of("a", "b"))).isEqualTo("[a, b]");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("industry", "retail");
    map.put("webhook_secret", "s3cr3t");
    assertThat(Values.render("metadata", map)).isEqualTo("{industry=retail, webhook_secret=****}");
  }

  @Test
  void render_long_cutTo120Characters() {
    assertThat(Values.render("x", "y".repeat(120))).isEqualTo("y".repeat(120));
    assertThat(Values.render("x", "y".repeat(121))).isEqualTo("y".repeat(117) + "...");
  }

  @Test
  void render_urlUserInfo_masked() {
    assertThat(Values.render("u", "https://user:pw@host.com/a@b"))
        .isEqualTo("https://****@host.com/a@b");
    assertThat(Values.render("u", "https://host.com/a@b")).isEqualTo("https://host.com/a@b");
    assertThat(Values.render("u", "https://@host.com")).isEqualTo("https://****@host.com");
    assertThat(Values.render("u", "admin@acme.com")).isEqualTo("admin@acme.com");
  }

  @Test
  void render_urlParameterValues_maskedNamesKept() {
    assertThat(Values.render("u", "http://shop.acme.com/wc?consumer_key=ck_1&consumer_secret=cs_2"))
        .isEqualTo("http://shop.acme.com/wc?consumer_key=****&consumer_secret=****");
    assertThat(Values.render("u", "https://h.com/cb#access_token=abc;x=1&empty="))
        .isEqualTo("https://h.com/cb#access_token=****;x=****&empty=");
    assertThat(Values.render("u", "shop.acme.com/?key=a b c&page=2"))
        .isEqualTo("shop.acme.com/?key=****&page=****");
    assertThat(Values.render("u", "https://h.com/a=b")).isEqualTo("https://h.com/a=b");
  }

  @Test
  void render_userInfoWithoutSchemeOrInEveryUrl_masked() {
    assertThat(Values.render("u", "admin:pw@hooks.acme.com")).isEqualTo("****@hooks.acme.com");
    assertThat(Values.render("u", "https:/admin:pw@h.com")).isEqualTo("https:/****@h.com");
    assertThat(Values.render("u", "https://tok@h.com/x")).isEqualTo("https://****@h.com/x");
    assertThat(Values.render("u", "https://u:p@h@evil.com/"))
        .doesNotContain("u:p")
        .doesNotContain("@h@")
        .endsWith("@evil.com/");
    assertThat(Values.render("list", List.of("https://a.com", "https://u:p@b.com")))
        .isEqualTo("[https://a.com, https://****@b.com]");
    assertThat(Values.render("x", TenantId.of("https://u:p@h.com?k=v")))
        .isEqualTo("https://****@h.com?k=****");
  }

  @Test
  void scrub_messages_fixedTextsUnchanged() {
    for (FormatKind kind : FormatKind.values()) {
      assertThat(Values.scrub(kind.message())).isEqualTo(kind.message());
    }
  }

  @Test
  void render_extremeDecimals_shortScientific() {
    assertThat(Values.render("x", new BigDecimal("-1E+999999999"))).isEqualTo("-1E+999999999");
    assertThat(Values.render("x", new BigDecimal("1e-100000000"))).isEqualTo("1E-100000000");
    assertThat(Values.render("x", new BigDecimal("0E-100000000"))).isEqualTo("0E-100000000");
    assertThat(Values.render("x", new BigDecimal("9".repeat(10_000))))
        .isEqualTo("9.9999999999999999999...E+9999");
    assertThat(Values.render("x", new BigDecimal("-123.456E-40")))
        .isEqualTo("-1.23456E-38");
    assertThat(Values.render("x", new BigDecimal("2250000.00"))).isEqualTo("2250000.00");
    assertThat(Values.render("x", Double.MAX_VALUE)).isEqualTo("1.7976931348623157E+308");
  }

  @Test
  void fieldOf_path_lastPropertyName() {
    assertThat(Values.fieldOf("api_keys[0].key_hash")).isEqualTo("key_hash");
    assertThat(Values.fieldOf("allowed_origins[1]")).isEqualTo("allowed_origins");
    assertThat(Values.fieldOf("business_hours.monday.close")).isEqualTo("close");
    assertThat(Values.fieldOf("slug")).isEqualTo("slug");
  }
}
