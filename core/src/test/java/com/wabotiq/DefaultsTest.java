package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.LlmProvider;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ModelValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new tenant's default settings and agent configuration: valid, stable, storable. */
class DefaultsTest {
  private static final TenantId TENANT = TenantId.of("0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
  private static final Instant AT = Instant.parse("2025-11-01T00:00:00Z");

  @Test
  void settings_validate() {
    TenantSettings settings = Defaults.settings(TENANT, AT);

    assertThat(ModelValidator.create().validate(settings).violations()).isEmpty();
  }

  @Test
  void agentConfiguration_validates() {
    AgentConfiguration configuration = Defaults.agentConfiguration(TENANT, AT);

    assertThat(ModelValidator.create().validate(configuration).violations()).isEmpty();
  }

  @Test
  void settings_tenantIdNamespaceAndTimes() {
    TenantSettings settings = Defaults.settings(TENANT, AT);

    assertThat(settings.tenantId()).isEqualTo(TENANT);
    assertThat(settings.pinecone().pineconeNamespace()).isEqualTo(TENANT.value());
    assertThat(settings.createdAt()).isEqualTo(AT);
    assertThat(settings.updatedAt()).isEqualTo(AT);
  }

  @Test
  void settings_referenceExampleValues() {
    TenantSettings settings = Defaults.settings(TENANT, AT);

    assertThat(settings.llm().llmProvider()).isEqualTo(LlmProvider.OPENAI);
    assertThat(settings.llm().llmModel()).isEqualTo("gpt-4o");
    assertThat(settings.llm().llmTemperature()).isEqualTo(0.7);
    assertThat(settings.llm().llmTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.rag().ragSemanticWeight()).isEqualTo(0.7);
    assertThat(settings.rag().ragKeywordWeight()).isEqualTo(0.3);
    assertThat(settings.language().supportedLanguages()).containsExactly("en", "sw", "sheng");
    assertThat(settings.handoff().handoffConfidenceThreshold()).isEqualTo(0.5);
    assertThat(settings.analytics().analyticsRetentionDays()).isEqualTo(365);
    // nothing about one particular business
    assertThat(settings.business().businessName()).isNull();
    assertThat(settings.branding().welcomeMessage()).isNull();
    assertThat(settings.twilio().twilioToken()).isNull();
    assertThat(settings.metadata()).isEmpty();
  }

  @Test
  void ids_derivedFromTenantStableAndDistinct() {
    TenantId other = TenantId.of("11111111-2222-4333-8444-555555555555");

    assertThat(Defaults.settings(TENANT, AT)).isEqualTo(Defaults.settings(TENANT, AT));
    assertThat(Defaults.settingsId(TENANT)).isEqualTo(Defaults.settingsId(TENANT));
    assertThat(Defaults.settingsId(TENANT)).isNotEqualTo(Defaults.settingsId(other));
    assertThat(Defaults.settingsId(TENANT).value())
        .isNotEqualTo(Defaults.agentConfigurationId(TENANT).value());
    for (String id :
        List.of(Defaults.settingsId(TENANT).value(), Defaults.agentConfigurationId(TENANT).value())) {
      assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }
  }

  @Test
  void defaults_roundTripThroughStrictJson() {
    JsonCodec strict = JsonCodec.strict();
    TenantSettings settings = Defaults.settings(TENANT, AT);
    AgentConfiguration configuration = Defaults.agentConfiguration(TENANT, AT);

    assertThat(strict.fromJson(strict.toJson(settings), TenantSettings.class)).isEqualTo(settings);
    assertThat(strict.fromJson(strict.toJson(configuration), AgentConfiguration.class))
        .isEqualTo(configuration);
  }
}
