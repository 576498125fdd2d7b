package com.wabotiq;

import com.wabotiq.tenant.AgentBehavior;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.AgentFeatures;
import com.wabotiq.tenant.AgentPersona;
import com.wabotiq.tenant.AiAgentSettings;
import com.wabotiq.tenant.AnalyticsSettings;
import com.wabotiq.tenant.BotPersonality;
import com.wabotiq.tenant.BrandingSettings;
import com.wabotiq.tenant.FeedbackSettings;
import com.wabotiq.tenant.HandoffSettings;
import com.wabotiq.tenant.LanguageSettings;
import com.wabotiq.tenant.LlmProvider;
import com.wabotiq.tenant.LlmSettings;
import com.wabotiq.tenant.MessageHarmonizationSettings;
import com.wabotiq.tenant.NotificationSettings;
import com.wabotiq.tenant.PineconeSettings;
import com.wabotiq.tenant.RagSettings;
import com.wabotiq.tenant.RichMessageSettings;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new tenant's settings and agent configuration, before anything has been stored.
 *
 * <p>The values are the data reference's example values that are not about one particular
 * business: the model and its tuning, the agent switches and thresholds, retrieval, languages,
 * rich messages, handoff, feedback, notification switches, analytics, and the Pinecone index.
 * What belongs to one business (its name, description, hours, website, branding texts, contacts,
 * credentials, metadata, custom instructions) stays absent. The Pinecone namespace is the tenant's
 * id, as validation demands. Every default validates (a test proves it).
 *
 * <p>Document ids are derived from the tenant id ({@link UUID#nameUUIDFromBytes}), so the
 * defaults are the same on every read, and the id survives the first write.
 */
final class Defaults {
  private static final RagSettings SETTINGS_RAG =
      RagSettings.builder()
          .enableDocumentRetrieval(true)
          .enableDatabaseRetrieval(true)
          .enableInternetEnrichment(false)
          .enableSourceAttribution(true)
          .enableGroundedValidation(true)
          .ragTopKResults(5)
          .ragSemanticWeight(0.7)
          .ragKeywordWeight(0.3)
          .build();

  private static final HandoffSettings SETTINGS_HANDOFF =
      HandoffSettings.builder()
          .enableProgressiveHandoff(true)
          .maxClarificationAttempts(3)
          .handoffOnLowConfidence(true)
          .handoffConfidenceThreshold(0.5)
          .build();

  private static final TenantSettings SETTINGS_TEMPLATE =
      TenantSettings.builder()
          .tenantId(TenantId.of("template"))
          .llm(
              LlmSettings.builder()
                  .llmProvider(LlmProvider.OPENAI)
                  .llmModel("gpt-4o")
                  .llmTemperature(0.7)
                  .llmMaxTokens(1000)
                  .llmTimeout(Duration.ofSeconds(60))
                  .llmMaxRetries(3)
                  .build())
          .agent(
              AiAgentSettings.builder()
                  .aiAgentEnabled(true)
                  .confidenceThreshold(0.7)
                  .maxResponseLength(500)
                  .enableSpellingCorrection(true)
                  .enableContextSummarization(true)
                  .enableKeyFactExtraction(true)
                  .build())
          .rag(SETTINGS_RAG)
          .harmonization(
              MessageHarmonizationSettings.builder()
                  .enableMessageHarmonization(true)
                  .harmonizationWaitSeconds(Duration.ofSeconds(3))
                  .build())
          .language(
              LanguageSettings.builder()
                  .enableLanguageConsistency(true)
                  .defaultLanguage("en")
                  .supportedLanguages(List.of("en", "sw", "sheng"))
                  .build())
          .richMessages(
              RichMessageSettings.builder()
                  .enableRichMessages(true)
                  .enableProductCards(true)
                  .enableServiceCards(true)
                  .enableButtonMessages(true)
                  .enableListMessages(true)
                  .build())
          .handoff(SETTINGS_HANDOFF)
          .feedback(
              FeedbackSettings.builder()
                  .enableFeedbackCollection(true)
                  .feedbackPromptFrequency(5)
                  .build())
          .branding(BrandingSettings.builder().botPersonality(BotPersonality.FRIENDLY).build())
          .notifications(
              NotificationSettings.builder()
                  .notifyOnHandoff(true)
                  .notifyOnOrder(true)
                  .notifyOnAppointment(true)
                  .build())
          .analytics(
              AnalyticsSettings.builder()
                  .enableAnalytics(true)
                  .analyticsRetentionDays(365)
                  .enableCustomerSegmentation(true)
                  .build())
          .build();

  private static final AgentConfiguration AGENT_TEMPLATE =
      AgentConfiguration.builder()
          .tenantId(TenantId.of("template"))
          .persona(
              AgentPersona.builder()
                  .botPersonality(BotPersonality.FRIENDLY)
                  .greetingMessage("Karibu! How can I help you today?")
                  .fallbackMessage("I'm not sure I understand. Could you rephrase that?")
                  .build())
          .behavior(
              AgentBehavior.builder()
                  .confidenceThreshold(0.7)
                  .maxResponseLength(500)
                  .enableProactiveSuggestions(true)
                  .enableProductRecommendations(true)
                  .build())
          .handoff(
              SETTINGS_HANDOFF.toBuilder()
                  .handoffMessage("Let me connect you with a team member who can help better.")
                  .build())
          .features(
              AgentFeatures.builder()
                  .enableSpellingCorrection(true)
                  .enableContextSummarization(true)
                  .enableKeyFactExtraction(true)
                  .enableMessageHarmonization(true)
                  .enableLanguageConsistency(true)
                  .enableRichMessages(true)
                  .enableFeedbackCollection(true)
                  .build())
          .rag(
              RagSettings.builder()
                  .enableDocumentRetrieval(true)
                  .enableDatabaseRetrieval(true)
                  .enableInternetEnrichment(false)
                  .enableSourceAttribution(true)
                  .enableGroundedValidation(true)
                  .build())
          .build();

  private Defaults() {}

  /**
   * The default settings of a tenant.
   *
   * @param tenantId the tenant
   * @param at the document's {@code created_at} and {@code updated_at}
   */
  static TenantSettings settings(TenantId tenantId, Instant at) {
    return SETTINGS_TEMPLATE.toBuilder()
        .id(settingsId(tenantId))
        .tenantId(tenantId)
        .pinecone(
            PineconeSettings.builder()
                .pineconeIndexName("wabotiq-rag")
                .pineconeNamespace(tenantId.value())
                .build())
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  /**
   * The default agent configuration of a tenant.
   *
   * @param tenantId the tenant
   * @param at the document's {@code created_at} and {@code updated_at}
   */
  static AgentConfiguration agentConfiguration(TenantId tenantId, Instant at) {
    return AGENT_TEMPLATE.toBuilder()
        .id(agentConfigurationId(tenantId))
        .tenantId(tenantId)
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  /** The id of a tenant's settings document: a name-based UUID of the tenant id. */
  static SettingsId settingsId(TenantId tenantId) {
    return SettingsId.of(derived("wabotiq:settings:", tenantId));
  }

  /** The id of a tenant's agent configuration: a name-based UUID of the tenant id. */
  static AgentConfigurationId agentConfigurationId(TenantId tenantId) {
    return AgentConfigurationId.of(derived("wabotiq:agent-configuration:", tenantId));
  }

  private static String derived(String prefix, TenantId tenantId) {
    byte[] name = (prefix + tenantId.value()).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(name).toString();
  }
}
