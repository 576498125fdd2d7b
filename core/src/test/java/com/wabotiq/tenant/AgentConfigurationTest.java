package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentConfigurationTest {
  private static final TenantId TENANT = TenantId.of("5f0c6a8e-2d7b-4a51-9a43-1b2c3d4e5f60");

  /** The reference's agent configuration example (section 5). */
  static AgentConfiguration acme() {
    return AgentConfiguration.builder()
        .id(AgentConfigurationId.of("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98"))
        .tenantId(TENANT)
        .persona(
            new AgentPersona(
                "Acme Assistant",
                BotPersonality.FRIENDLY,
                "Karibu! How can I help you today?",
                "I'm not sure I understand. Could you rephrase that?"))
        .behavior(new AgentBehavior(0.7, 500, true, true))
        .handoff(
            new HandoffSettings(
                true, 3, true, 0.5,
                "Let me connect you with a team member who can help better."))
        .features(new AgentFeatures(true, true, true, true, true, true, true))
        .rag(
            RagSettings.builder()
                .enableDocumentRetrieval(true)
                .enableDatabaseRetrieval(true)
                .enableInternetEnrichment(false)
                .enableSourceAttribution(true)
                .enableGroundedValidation(true)
                .build())
        .customInstructions(
            "Always mention free delivery for orders over 5000 KES. Emphasize our 7-day return"
                + " policy.")
        .createdAt(Instant.parse("2025-11-01T00:00:00Z"))
        .updatedAt(Instant.parse("2025-11-20T10:30:00Z"))
        .build();
  }

  @Test
  void constructor_missingTenantId_namesField() {
    assertThatThrownBy(() -> AgentConfiguration.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant_id == null");
  }

  @Test
  void constructor_nullGroups_becomeEmptyGroups() {
    AgentConfiguration c =
        new AgentConfiguration(null, TENANT, null, null, null, null, null, null, null, null);
    assertThat(c.persona()).isSameAs(AgentPersona.EMPTY);
    assertThat(c.behavior()).isSameAs(AgentBehavior.EMPTY);
    assertThat(c.handoff()).isSameAs(HandoffSettings.EMPTY);
    assertThat(c.features()).isSameAs(AgentFeatures.EMPTY);
    assertThat(c.rag()).isSameAs(RagSettings.EMPTY);
    assertThat(c).isEqualTo(AgentConfiguration.builder().tenantId(TENANT).build());
  }

  @Test
  void toBuilder_build_equalsOriginal() {
    AgentConfiguration c = acme();
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c).isNotSameAs(c);
  }

  @Test
  void toBuilder_changeOneGroup_keepsTheRest() {
    AgentConfiguration c = acme();
    AgentConfiguration changed =
        c.toBuilder().behavior(c.behavior().toBuilder().maxResponseLength(300).build()).build();
    assertThat(changed.behavior().maxResponseLength()).isEqualTo(300);
    assertThat(changed.behavior().confidenceThreshold()).isEqualTo(0.7);
    assertThat(changed.persona()).isEqualTo(c.persona());
    assertThat(c.behavior().maxResponseLength()).isEqualTo(500);
  }

  @Test
  void sharedGroups_areTheSettingsTypes() {
    AgentConfiguration c = acme();
    TenantSettings s =
        TenantSettings.builder().tenantId(TENANT).handoff(c.handoff()).rag(c.rag()).build();
    assertThat(s.handoff().handoffMessage())
        .isEqualTo("Let me connect you with a team member who can help better.");
    assertThat(s.rag().enableInternetEnrichment()).isFalse();
    assertThat(c.rag().ragTopKResults()).isNull();
  }
}
