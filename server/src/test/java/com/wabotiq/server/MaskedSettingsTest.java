package com.wabotiq.server;

import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.patchSettings;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.server.Http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Settings and the tenant are read masked: no answer holds a plaintext credential (the seeded ones
 * the server made up, read back through the facade), only hints like {@code sk-…abcd}; a patched
 * credential is stored sealed, opens to what was sent and is answered as its hint; null clears it;
 * plain fields follow merge-patch semantics (set, null clears, nested objects merge).
 */
@Timeout(value = 60, unit = SECONDS)
class MaskedSettingsTest {
  private static LocalApiServer server;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Every plaintext credential the tenant holds, in its settings and its record. */
  private static List<String> plaintexts(SeededTenant tenant) {
    List<String> plain = new ArrayList<>();
    for (Credential credential : Credential.values()) {
      server.sdk().credentials().get(tenant.tenantId(), credential)
          .ifPresent(secret -> plain.add(secret.reveal()));
    }
    for (RecordCredential credential : RecordCredential.values()) {
      server.sdk().credentials().get(tenant.tenantId(), credential)
          .ifPresent(secret -> plain.add(secret.reveal()));
    }
    return plain;
  }

  private static void assertHoldsNone(Reply reply, List<String> plaintexts) {
    for (String plain : plaintexts) {
      assertThat(reply.body()).as("a plaintext credential in %s", reply).doesNotContain(plain);
      // nor a long enough piece of it to matter
      assertThat(reply.body()).doesNotContain(plain.substring(0, plain.length() - 4));
    }
  }

  private static String plain(SeededTenant tenant, Credential credential) {
    Optional<Secret> secret = server.sdk().credentials().get(tenant.tenantId(), credential);
    assertThat(secret).as("%s", credential).isPresent();
    return secret.orElseThrow().reveal();
  }

  @Test
  void seededCredentialsAreNeverAnsweredOnlyTheirHints() {
    SeededTenant tenant = server.seedDemoTenant();
    List<String> plaintexts = plaintexts(tenant);
    assertThat(plaintexts).as("the seed seals every credential of the reference").hasSizeGreaterThan(20);
    assertThat(plaintexts).allMatch(p -> p.length() >= 24);

    Reply settings = get(server, tenant, "/settings");
    assertThat(settings.status()).isEqualTo(200);
    assertHoldsNone(settings, plaintexts);
    Map<String, @Nullable Object> json = settings.json();
    String openai = plain(tenant, Credential.OPENAI_API_KEY);
    assertThat(openai).startsWith("sk-");
    assertThat(json.get("openai_api_key")).isEqualTo("sk-…" + openai.substring(openai.length() - 4));
    assertThat(String.valueOf(json.get("openai_api_key"))).matches("sk-…[0-9A-Za-z]{4}");
    assertThat(String.valueOf(json.get("gemini_api_key"))).matches("AIza…[0-9A-Za-z]{4}");
    assertThat(String.valueOf(json.get("stripe_webhook_secret"))).matches("whsec_…[0-9A-Za-z]{4}");
    for (Credential credential : Credential.values()) {
      if (server.sdk().credentials().get(tenant.tenantId(), credential).isPresent()) {
        assertThat(String.valueOf(json.get(credential.fieldName())))
            .as("%s", credential).contains("…").hasSizeLessThan(16);
      }
    }

    Reply record = get(server, tenant, "");
    assertThat(record.status()).isEqualTo(200);
    assertHoldsNone(record, plaintexts);
    for (String field : new String[] {"twilio_sid", "twilio_token"}) {
      assertThat(String.valueOf(record.json().get(field))).as(field).contains("…");
    }
    for (String rest : new String[] {"/agent-configuration", "/cors", "/subscription", "/usage",
        "/webhook-urls", "/api-keys", "/business/catalog"}) {
      assertHoldsNone(get(server, tenant, rest), plaintexts);
    }
  }

  @Test
  void aPatchedCredentialIsSealedAndAnsweredAsItsHint() {
    SeededTenant tenant = server.seedDemoTenant();
    String sent = "sk-localtest0123456789QwErTy";
    Reply patched = patchSettings(server, tenant, "{\"openai_api_key\":\"" + sent + "\"}");
    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(patched.body()).doesNotContain(sent).doesNotContain("localtest");
    assertThat(patched.json()).containsEntry("openai_api_key", "sk-…ErTy");
    assertThat(plain(tenant, Credential.OPENAI_API_KEY)).isEqualTo(sent);
    assertThat(Credential.OPENAI_API_KEY.in(server.sdk().settings(tenant.tenantId()).value()))
        .hasValueSatisfying(sealed -> assertThat(sealed.toString()).doesNotContain(sent));
    Reply read = get(server, tenant, "/settings");
    assertThat(read.body()).doesNotContain(sent);
    assertThat(read.json()).containsEntry("openai_api_key", "sk-…ErTy");

    Reply cleared = patchSettings(server, tenant, "{\"openai_api_key\":null}");
    assertThat(cleared.status()).as("%s", cleared).isEqualTo(200);
    assertThat(cleared.json().get("openai_api_key")).isNull();
    assertThat(server.sdk().credentials().get(tenant.tenantId(), Credential.OPENAI_API_KEY))
        .isEmpty();
    assertThat(plain(tenant, Credential.GEMINI_API_KEY)).as("others are kept").startsWith("AIza");
  }

  @Test
  void plainFieldsFollowMergePatch() {
    SeededTenant tenant = server.seedDemoTenant();
    Map<String, @Nullable Object> before = get(server, tenant, "/settings").json();
    assertThat(before).containsEntry("bot_name", "Acme Assistant")
        .containsEntry("business_website", "https://acme.com");

    Reply set = patchSettings(server, tenant, "{\"bot_name\":\"Msaidizi\",\"llm_max_tokens\":2048}");
    assertThat(set.status()).as("%s", set).isEqualTo(200);
    assertThat(set.json()).containsEntry("bot_name", "Msaidizi")
        .containsEntry("business_website", "https://acme.com");
    assertThat(String.valueOf(set.json().get("llm_max_tokens"))).isEqualTo("2048");

    Reply cleared = patchSettings(server, tenant, "{\"business_website\":null}");
    assertThat(cleared.status()).as("%s", cleared).isEqualTo(200);
    assertThat(cleared.json().get("business_website")).isNull();
    assertThat(cleared.json()).containsEntry("bot_name", "Msaidizi");

    Reply nested = patchSettings(server, tenant,
        "{\"metadata\":{\"industry\":\"retail\",\"target_market\":null,\"channel\":\"whatsapp\"}}");
    assertThat(nested.status()).as("%s", nested).isEqualTo(200);
    Object metadata = nested.json().get("metadata");
    assertThat(metadata).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) metadata;
    assertThat(meta).containsEntry("industry", "retail")
        .containsEntry("channel", "whatsapp")
        .containsEntry("preferred_payment_method", "mpesa")
        .doesNotContainKey("target_market");

    Reply hours = patchSettings(server, tenant,
        "{\"business_hours\":{\"monday\":{\"open\":\"08:00\"}}}");
    assertThat(hours.status()).as("%s", hours).isEqualTo(200);
    Map<?, ?> week = (Map<?, ?>) hours.json().get("business_hours");
    assertThat(week).isNotNull();
    assertThat(String.valueOf(week.get("monday"))).contains("08:00").contains("18:00");
    assertThat(String.valueOf(week.get("tuesday"))).contains("09:00");

    Reply empty = patchSettings(server, tenant, "{}");
    assertThat(empty.status()).isEqualTo(200);
    Map<String, @Nullable Object> unchanged = empty.json();
    unchanged.remove("updated_at");
    Map<String, @Nullable Object> previous = hours.json();
    previous.remove("updated_at");
    assertThat(unchanged).as("an empty patch changes nothing but updated_at").isEqualTo(previous);
  }
}
