package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantSettingsTest {
  private static final TenantId TENANT = TenantId.of("5f0c6a8e-2d7b-4a51-9a43-1b2c3d4e5f60");

  /** Part of the reference's settings example (section 2). */
  static TenantSettings acme() {
    return TenantSettings.builder()
        .id(SettingsId.of("0e9f8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f"))
        .tenantId(TENANT)
        .llm(
            LlmSettings.builder()
                .llmProvider(LlmProvider.OPENAI)
                .llmModel("gpt-4o")
                .llmTemperature(0.7)
                .llmMaxTokens(1000)
                .llmTimeout(Duration.ofSeconds(60))
                .llmMaxRetries(3)
                .build())
        .llmApiKeys(LlmApiKeys.builder().openaiApiKey(SealedSecret.of("ct:openai")).build())
        .rag(RagSettings.builder().ragTopKResults(5).ragSemanticWeight(0.7).ragKeywordWeight(0.3)
            .build())
        .harmonization(
            new MessageHarmonizationSettings(true, Duration.ofSeconds(3)))
        .language(new LanguageSettings(true, "en", List.of("en", "sw", "sheng")))
        .mpesa(
            MpesaSettings.builder()
                .mpesaShortcode("174379")
                .mpesaEnvironment(MpesaEnvironment.PRODUCTION)
                .build())
        .business(
            BusinessSettings.builder()
                .businessName("Acme Electronics")
                .businessHours(
                    BusinessHours.of(
                        Map.of(
                            DayOfWeek.MONDAY,
                            DayHours.open(LocalTime.of(9, 0), LocalTime.of(18, 0)),
                            DayOfWeek.SUNDAY, DayHours.closedAllDay())))
                .build())
        .branding(BrandingSettings.builder().botName("Acme Assistant")
            .botPersonality(BotPersonality.FRIENDLY).build())
        .metadata(Map.of("industry", "electronics", "average_order_value", new BigDecimal("15000")))
        .createdAt(Instant.parse("2025-11-01T00:00:00Z"))
        .updatedAt(Instant.parse("2025-11-20T10:30:00Z"))
        .build();
  }

  @Test
  void constructor_missingTenantId_namesField() {
    assertThatThrownBy(() -> TenantSettings.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant_id == null");
    assertThatThrownBy(() -> acme().toBuilder().tenantId(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant_id == null");
  }

  @Test
  void builder_onlyTenantId_givesEmptyGroupsAndEmptyMetadata() {
    TenantSettings s = TenantSettings.builder().tenantId(TENANT).build();
    assertThat(s.llm()).isSameAs(LlmSettings.EMPTY);
    assertThat(s.twilio()).isSameAs(TwilioSettings.EMPTY);
    assertThat(s.analytics()).isSameAs(AnalyticsSettings.EMPTY);
    assertThat(s.language().supportedLanguages()).isEmpty();
    assertThat(s.metadata()).isEmpty();
    assertThat(s.id()).isNull();
    assertThat(s.createdAt()).isNull();
  }

  @Test
  void constructor_nullGroups_becomeEmptyGroups() {
    TenantSettings s = acme().toBuilder().llm(null).stripe(null).business(null).build();
    assertThat(s.llm()).isSameAs(LlmSettings.EMPTY);
    assertThat(s.stripe()).isSameAs(StripeSettings.EMPTY);
    assertThat(s.business()).isSameAs(BusinessSettings.EMPTY);
    assertThat(s.mpesa().mpesaShortcode()).isEqualTo("174379");
  }

  @Test
  void toBuilder_build_equalsOriginal() {
    TenantSettings s = acme();
    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s).isNotSameAs(s);
    assertThat(s.llm().toBuilder().build()).isEqualTo(s.llm());
  }

  @Test
  void groupAccessors_readTheFlatFields() {
    TenantSettings s = acme();
    assertThat(s.llm().llmTemperature()).isEqualTo(0.7);
    assertThat(s.llm().llmTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(s.rag().ragTopKResults()).isEqualTo(5);
    assertThat(s.harmonization().harmonizationWaitSeconds()).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.branding().botPersonality()).isSameAs(BotPersonality.FRIENDLY);
    assertThat(s.business().businessHours().on(DayOfWeek.SUNDAY)).contains(DayHours.closedAllDay());
  }

  @Test
  void languageSettings_list_copiedUnmodifiableAndNullFree() {
    List<String> languages = new ArrayList<>(List.of("en", "sw"));
    LanguageSettings l = new LanguageSettings(null, null, languages);
    languages.add("fr");
    assertThat(l.supportedLanguages()).containsExactly("en", "sw");
    assertThatThrownBy(() -> l.supportedLanguages().add("fr"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new LanguageSettings(null, null, null).supportedLanguages()).isEmpty();
    assertThatThrownBy(() -> new LanguageSettings(null, null, Arrays.asList("en", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("supported_languages[1] == null");
  }

  @Test
  void metadata_deepCopied_sourceChangesDoNotLeakIn() {
    List<Object> tags = new ArrayList<>(List.of("b2c"));
    Map<String, Object> address = new HashMap<>(Map.of("city", "Nairobi"));
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("industry", "electronics");
    source.put("tags", tags);
    source.put("address", address);
    TenantSettings s = TenantSettings.builder().tenantId(TENANT).metadata(source).build();

    source.put("late", "added");
    tags.add("b2b");
    address.put("country", "KE");

    assertThat(s.metadata()).containsOnlyKeys("industry", "tags", "address");
    assertThat(s.metadata().get("tags")).isEqualTo(List.of("b2c"));
    assertThat(s.metadata().get("address")).isEqualTo(Map.of("city", "Nairobi"));
  }

  @Test
  void metadata_unmodifiableAtEveryLevel() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("tags", new ArrayList<>(List.of("b2c")));
    source.put("address", new HashMap<>(Map.of("city", "Nairobi")));
    Map<String, Object> metadata =
        TenantSettings.builder().tenantId(TENANT).metadata(source).build().metadata();
    assertThatThrownBy(() -> metadata.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) metadata.get("tags")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<?, ?>) metadata.get("address")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void metadata_keepsInsertionOrder() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("target_market", "kenya");
    source.put("industry", "electronics");
    source.put("preferred_payment_method", "mpesa");
    assertThat(TenantSettings.builder().tenantId(TENANT).metadata(source).build().metadata())
        .containsExactly(
            Map.entry("target_market", "kenya"),
            Map.entry("industry", "electronics"),
            Map.entry("preferred_payment_method", "mpesa"));
  }

  @Test
  void metadata_numbersBecomeBigDecimal_nullValuesDropped() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("average_order_value", 15000);
    source.put("count", 7L);
    source.put("big", new BigInteger("123456789012345678901234567890"));
    source.put("ratio", 0.25);
    source.put("dropped", null);
    source.put("nested", new LinkedHashMap<>(Map.of("n", (short) 2)));
    Map<String, Object> metadata =
        TenantSettings.builder().tenantId(TENANT).metadata(source).build().metadata();
    assertThat(metadata)
        .containsEntry("average_order_value", new BigDecimal("15000"))
        .containsEntry("count", new BigDecimal("7"))
        .containsEntry("big", new BigDecimal("123456789012345678901234567890"))
        .containsEntry("ratio", new BigDecimal("0.25"))
        .containsEntry("nested", Map.of("n", new BigDecimal("2")))
        .doesNotContainKey("dropped");
  }

  @Test
  void metadata_nullListElement_namesPathAndIndex() {
    Map<String, Object> source = Map.of("a", Map.of("tags", Arrays.asList("x", null)));
    assertThatThrownBy(() -> TenantSettings.builder().tenantId(TENANT).metadata(source).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metadata.a.tags[1] == null");
  }

  @Test
  void metadata_nullKey_isRefused() {
    Map<String, Object> source = new HashMap<>();
    source.put(null, "x");
    assertThatThrownBy(() -> TenantSettings.builder().tenantId(TENANT).metadata(source).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metadata has a null key");
  }

  @Test
  void metadata_valueJsonCannotHold_namesPath() {
    Map<String, Object> source = Map.of("when", List.of(Instant.EPOCH));
    assertThatThrownBy(() -> TenantSettings.builder().tenantId(TENANT).metadata(source).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "metadata.when[0] (a java.time.Instant) must be a String, Boolean, a number, List or"
                + " Map");
    Map<String, Object> nan = Map.of("x", Double.NaN);
    assertThatThrownBy(() -> TenantSettings.builder().tenantId(TENANT).metadata(nan).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metadata.x (NaN) must be a finite number");
    Map<String, Object> intKey = Map.of("m", Map.of(1, "one"));
    assertThatThrownBy(() -> TenantSettings.builder().tenantId(TENANT).metadata(intKey).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metadata.m key (a java.lang.Integer) must be a String");
  }

  @Test
  void metadata_nullMap_becomesEmpty() {
    assertThat(TenantSettings.builder().tenantId(TENANT).metadata(null).build().metadata())
        .isEmpty();
  }

  @Test
  void metadata_equalDocumentsGiveEqualRecords() {
    TenantSettings fromInt =
        TenantSettings.builder().tenantId(TENANT).metadata(Map.of("v", 15000)).build();
    TenantSettings fromDecimal =
        TenantSettings.builder()
            .tenantId(TENANT)
            .metadata(Map.of("v", new BigDecimal("15000")))
            .build();
    assertThat(fromInt).isEqualTo(fromDecimal);
  }

  @Test
  void toString_neverShowsSealedSecrets() {
    assertThat(acme().toString()).doesNotContain("ct:openai").contains("SealedSecret[redacted]");
  }
}
