package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionStatus;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.BotPersonality;
import com.wabotiq.tenant.LlmProvider;
import com.wabotiq.tenant.MpesaEnvironment;
import com.wabotiq.tenant.MpesaSettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lenient decoding keeps a newer document readable; strict decoding refuses what it does not know.
 * Messages are asserted exactly.
 */
class UnknownsPolicyTest {
  private static final String TENANT =
      "{\"id\":\"uuid\",\"name\":\"Acme\",\"slug\":\"acme\",\"status\":\"active\"";
  private static final String SETTINGS = "{\"tenant_id\":\"uuid\"";

  private static void assertStrictRefuses(String json, Class<?> type, String message, String path) {
    assertThatThrownBy(() -> JsonCodec.strict().fromJson(json, type))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage(message)
        .extracting(e -> ((JsonDecodingException) e).path())
        .isEqualTo(path);
  }

  @Test
  void unknownTopLevelField_ignoredLeniently_refusedStrictly() {
    String json = TENANT + ",\"future_field\":{\"nested\":[1,{\"a\":null}],\"x\":true}}";
    Tenant lenient = JsonCodec.lenient().fromJson(json, Tenant.class);
    assertThat(lenient).isEqualTo(JsonCodec.lenient().fromJson(TENANT + "}", Tenant.class));
    assertThat(JsonCodec.lenient().toJson(lenient)).doesNotContain("future_field");
    assertStrictRefuses(
        json,
        Tenant.class,
        "Unknown field 'future_field' at path $.future_field",
        "$.future_field");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ,"api_keys":[{"key_hash":"h"},{"key_hash":"h2","rotation":"weekly"}]} | $.api_keys[1].rotation
          ,"allowed_origins":["a"],"allowedOrigins":["b"]}                      | $.allowedOrigins
          """)
  void unknownNestedField_ignoredLeniently_refusedStrictly(String members, String path) {
    String json = TENANT + members;
    assertThat(JsonCodec.lenient().fromJson(json, Tenant.class)).isNotNull();
    String field = path.substring(path.lastIndexOf('.') + 1);
    assertStrictRefuses(json, Tenant.class, "Unknown field '" + field + "' at path " + path, path);
  }

  @Test
  void unknownBusinessHoursKeys_ignoredLeniently_refusedStrictly() {
    String json =
        SETTINGS
            + ",\"business_hours\":{\"monday\":{\"open\":\"09:00\",\"close\":\"18:00\","
            + "\"lunch\":\"13:00\"},\"holiday\":{\"closed\":true}}}";
    TenantSettings settings = JsonCodec.lenient().fromJson(json, TenantSettings.class);
    assertThat(settings.business().businessHours().days()).containsOnlyKeys(DayOfWeek.MONDAY);
    assertThat(settings.business().businessHours().on(DayOfWeek.MONDAY).orElseThrow().open())
        .isEqualTo(LocalTime.of(9, 0));
    assertStrictRefuses(
        json,
        TenantSettings.class,
        "Unknown field 'lunch' at path $.business_hours.monday.lunch",
        "$.business_hours.monday.lunch");
    String holidayOnly = SETTINGS + ",\"business_hours\":{\"holiday\":{\"closed\":true}}}";
    assertStrictRefuses(
        holidayOnly,
        TenantSettings.class,
        "Unknown field 'holiday' at path $.business_hours.holiday",
        "$.business_hours.holiday");
  }

  @Test
  void unknownTenantStatus_keptWithRawString_reencodedIdentically_refusedStrictly() {
    String json = TENANT.replace("\"active\"", "\"paused\"") + "}";
    Tenant tenant = JsonCodec.lenient().fromJson(json, Tenant.class);
    assertThat(tenant.status().isKnown()).isFalse();
    assertThat(tenant.status().value()).isEqualTo(TenantStatus.Value.UNKNOWN);
    assertThat(tenant.status().wireValue()).isEqualTo("paused");
    assertThat(JsonTrees.parse(JsonCodec.lenient().toJson(tenant), true))
        .isEqualTo(JsonTrees.parse(json, true));
    assertThat(JsonCodec.lenient().toJson(tenant)).contains("\"status\":\"paused\"");
    assertStrictRefuses(
        json, Tenant.class, "Unknown value 'paused' for TenantStatus at path $.status", "$.status");
  }

  @Test
  void unknownProviderAndPersonality_keptLeniently_refusedStrictly() {
    String json = SETTINGS + ",\"llm_provider\":\"mistral\",\"bot_personality\":\"grumpy\"}";
    TenantSettings settings = JsonCodec.lenient().fromJson(json, TenantSettings.class);
    assertThat(settings.llm().llmProvider()).isEqualTo(LlmProvider.of("mistral"));
    assertThat(settings.llm().llmProvider().isKnown()).isFalse();
    assertThat(settings.llm().llmProvider().value()).isEqualTo(LlmProvider.Value.UNKNOWN);
    assertThat(settings.branding().botPersonality().wireValue()).isEqualTo("grumpy");
    assertThat(settings.branding().botPersonality().value())
        .isEqualTo(BotPersonality.Value.UNKNOWN);
    assertThat(JsonTrees.parse(JsonCodec.lenient().toJson(settings), true))
        .isEqualTo(JsonTrees.parse(json, true));
    assertStrictRefuses(
        json,
        TenantSettings.class,
        "Unknown value 'mistral' for LlmProvider at path $.llm_provider",
        "$.llm_provider");
  }

  @Test
  void unknownScopeInList_keptLeniently_refusedStrictlyWithIndex() {
    String json = "{\"api_keys\":[{\"key_hash\":\"h\",\"scopes\":[\"read\",\"admin\",\"write\"]}]}";
    ApiKeyList keys = JsonCodec.lenient().fromJson(json, ApiKeyList.class);
    assertThat(keys.apiKeys().get(0).scopes())
        .containsExactly(ApiScope.READ, ApiScope.of("admin"), ApiScope.WRITE);
    assertThat(JsonCodec.lenient().toJson(keys)).isEqualTo(json);
    assertStrictRefuses(
        json,
        ApiKeyList.class,
        "Unknown value 'admin' for ApiScope at path $.api_keys[0].scopes[1]",
        "$.api_keys[0].scopes[1]");
  }

  @Test
  void unknownBillingValues_keptLeniently_refusedStrictly() {
    String json =
        "{\"id\":\"s\",\"tenant_id\":\"t\",\"tier_id\":\"uuid\",\"billing_cycle\":\"weekly\","
            + "\"status\":\"paused\",\"start_date\":\"2025-11-01\","
            + "\"messages_sent_this_period\":0,\"campaigns_sent_this_period\":0}";
    Subscription subscription = JsonCodec.lenient().fromJson(json, Subscription.class);
    assertThat(subscription.billingCycle().value()).isEqualTo(BillingCycle.Value.UNKNOWN);
    assertThat(subscription.billingCycle().wireValue()).isEqualTo("weekly");
    assertThat(subscription.status().value()).isEqualTo(SubscriptionStatus.Value.UNKNOWN);
    assertThat(JsonTrees.parse(JsonCodec.lenient().toJson(subscription), true))
        .isEqualTo(JsonTrees.parse(json, true));
    assertStrictRefuses(
        json,
        Subscription.class,
        "Unknown value 'weekly' for BillingCycle at path $.billing_cycle",
        "$.billing_cycle");

    String tier =
        JsonCodec.lenient()
            .toJson(SubscriptionTier.GROWTH)
            .replace("\"api_access\":\"full\"", "\"api_access\":\"admin\"");
    SubscriptionTier decoded = JsonCodec.lenient().fromJson(tier, SubscriptionTier.class);
    assertThat(decoded.features().apiAccess().value()).isEqualTo(ApiAccessLevel.Value.UNKNOWN);
    assertThat(JsonCodec.lenient().toJson(decoded)).isEqualTo(tier);
    assertStrictRefuses(
        tier,
        SubscriptionTier.class,
        "Unknown value 'admin' for ApiAccessLevel at path $.api_access",
        "$.api_access");
  }

  @Test
  void unknownMpesaEnvironment_keptLeniently_refusedStrictly() {
    String json = "{\"mpesa_environment\":\"staging\"}";
    MpesaSettings mpesa = JsonCodec.lenient().fromJson(json, MpesaSettings.class);
    assertThat(mpesa.mpesaEnvironment().value()).isEqualTo(MpesaEnvironment.Value.UNKNOWN);
    assertThat(JsonCodec.lenient().toJson(mpesa)).isEqualTo(json);
    assertStrictRefuses(
        json,
        MpesaSettings.class,
        "Unknown value 'staging' for MpesaEnvironment at path $.mpesa_environment",
        "$.mpesa_environment");
  }

  @Test
  void knownValues_decodeToCanonicalConstantsInBothModes() {
    for (JsonCodec codec : List.of(JsonCodec.lenient(), JsonCodec.strict())) {
      Tenant tenant = codec.fromJson(TENANT + "}", Tenant.class);
      assertThat(tenant.status()).isSameAs(TenantStatus.ACTIVE);
    }
  }

  @Test
  void tierLimits_keyRequiredInBothModes_nullMeansUnlimited() {
    String growth = JsonCodec.lenient().toJson(SubscriptionTier.GROWTH);
    String missing = growth.replace("\"max_services\":50,", "");
    for (JsonCodec codec : List.of(JsonCodec.lenient(), JsonCodec.strict())) {
      assertThatThrownBy(() -> codec.fromJson(missing, SubscriptionTier.class))
          .isInstanceOf(JsonDecodingException.class)
          .hasMessage("Required value 'max_services' missing at path $");
    }
    String unlimited = growth.replace("\"max_services\":50,", "\"max_services\":null,");
    SubscriptionTier tier = JsonCodec.strict().fromJson(unlimited, SubscriptionTier.class);
    assertThat(tier.limits().maxServices()).isNull();
    assertThat(tier.limits().maxProducts()).isEqualTo(500L);
    assertThat(JsonCodec.strict().toJson(tier)).isEqualTo(unlimited);
  }
}
