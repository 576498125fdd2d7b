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
  void fieldOf_path_lastPropertyName() {
    assertThat(Values.fieldOf("api_keys[0].key_hash")).isEqualTo("key_hash");
    assertThat(Values.fieldOf("allowed_origins[1]")).isEqualTo("allowed_origins");
    assertThat(Values.fieldOf("business_hours.monday.close")).isEqualTo("close");
    assertThat(Values.fieldOf("slug")).isEqualTo("slug");
  }
}
