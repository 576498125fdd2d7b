package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a tenant's AI agent: its persona, behavior, handoff rules, conversation
 * features, retrieval switches and custom instructions. The JSON object is flat; this record groups
 * its fields into {@link com.wabotiq.types.FlatGroup} records whose fields the JSON codec writes
 * directly into the configuration object. The handoff and retrieval groups are the same types
 * tenant settings use.
 *
 * <p>The document is partial: every field but {@code tenant_id} may be absent, and is then null (or
 * an empty group).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the configuration's id; null when absent (not yet stored)
 * @param tenantId the tenant this configuration belongs to, required
 * @param persona the agent's name, tone and stock messages; never null, {@link AgentPersona#EMPTY}
 *     when absent (null is read as empty)
 * @param behavior how the agent answers; never null, {@link AgentBehavior#EMPTY} when absent (null
 *     is read as empty)
 * @param handoff when and how the agent hands off to a human; never null, {@link
 *     HandoffSettings#EMPTY} when absent (null is read as empty)
 * @param features the conversation features switched on; never null, {@link AgentFeatures#EMPTY}
 *     when absent (null is read as empty)
 * @param rag the retrieval switches; never null, {@link RagSettings#EMPTY} when absent (null is
 *     read as empty)
 * @param customInstructions free-text instructions added to the agent's prompt; null when absent
 * @param createdAt when the configuration was first stored; null when absent
 * @param updatedAt when the configuration was last changed; null when absent
 * @since 0.1.0
 */
public record AgentConfiguration(
    @Nullable AgentConfigurationId id,
    TenantId tenantId,
    AgentPersona persona,
    AgentBehavior behavior,
    HandoffSettings handoff,
    AgentFeatures features,
    RagSettings rag,
    @Nullable String customInstructions,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {
  /**
   * Checks well-formedness: {@code tenant_id} is present; a null group becomes its empty group.
   *
   * @param id the configuration's id; null when absent (not yet stored)
   * @param tenantId the tenant this configuration belongs to, never null
   * @param persona the agent's name, tone and stock messages; null becomes {@link
   *     AgentPersona#EMPTY}
   * @param behavior how the agent answers; null becomes {@link AgentBehavior#EMPTY}
   * @param handoff when and how the agent hands off to a human; null becomes {@link
   *     HandoffSettings#EMPTY}
   * @param features the conversation features switched on; null becomes {@link AgentFeatures#EMPTY}
   * @param rag the retrieval switches; null becomes {@link RagSettings#EMPTY}
   * @param customInstructions free-text instructions added to the agent's prompt; null when absent
   * @param createdAt when the configuration was first stored; null when absent
   * @param updatedAt when the configuration was last changed; null when absent
   * @throws NullPointerException naming {@code tenant_id} when it is null
   */
  public AgentConfiguration {
    Checks.notNull(tenantId, "tenant_id");
    persona = Objects.requireNonNullElse(persona, AgentPersona.EMPTY);
    behavior = Objects.requireNonNullElse(behavior, AgentBehavior.EMPTY);
    handoff = Objects.requireNonNullElse(handoff, HandoffSettings.EMPTY);
    features = Objects.requireNonNullElse(features, AgentFeatures.EMPTY);
    rag = Objects.requireNonNullElse(rag, RagSettings.EMPTY);
  }

  /**
   * A builder with every field absent (groups empty, collections empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's values, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link AgentConfiguration} values; not thread-safe. */
  public static final class Builder {
    private @Nullable AgentConfigurationId id;
    private @Nullable TenantId tenantId;
    private AgentPersona persona = AgentPersona.EMPTY;
    private AgentBehavior behavior = AgentBehavior.EMPTY;
    private HandoffSettings handoff = HandoffSettings.EMPTY;
    private AgentFeatures features = AgentFeatures.EMPTY;
    private RagSettings rag = RagSettings.EMPTY;
    private @Nullable String customInstructions;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder() {}

    private Builder(AgentConfiguration source) {
      id = source.id();
      tenantId = source.tenantId();
      persona = source.persona();
      behavior = source.behavior();
      handoff = source.handoff();
      features = source.features();
      rag = source.rag();
      customInstructions = source.customInstructions();
      createdAt = source.createdAt();
      updatedAt = source.updatedAt();
    }

    /**
     * Sets {@code id}.
     *
     * @param id the configuration's id; null when absent (not yet stored)
     * @return this builder
     */
    public Builder id(@Nullable AgentConfigurationId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code tenant_id}.
     *
     * @param tenantId the tenant this configuration belongs to, required
     * @return this builder
     */
    public Builder tenantId(TenantId tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * Sets the persona group.
     *
     * @param persona the agent's name, tone and stock messages; never null, {@link
     *     AgentPersona#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder persona(AgentPersona persona) {
      this.persona = persona;
      return this;
    }

    /**
     * Sets the behavior group.
     *
     * @param behavior how the agent answers; never null, {@link AgentBehavior#EMPTY} when absent
     *     (null is read as empty)
     * @return this builder
     */
    public Builder behavior(AgentBehavior behavior) {
      this.behavior = behavior;
      return this;
    }

    /**
     * Sets the handoff group.
     *
     * @param handoff when and how the agent hands off to a human; never null, {@link
     *     HandoffSettings#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder handoff(HandoffSettings handoff) {
      this.handoff = handoff;
      return this;
    }

    /**
     * Sets the features group.
     *
     * @param features the conversation features switched on; never null, {@link
     *     AgentFeatures#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder features(AgentFeatures features) {
      this.features = features;
      return this;
    }

    /**
     * Sets the rag group.
     *
     * @param rag the retrieval switches; never null, {@link RagSettings#EMPTY} when absent (null is
     *     read as empty)
     * @return this builder
     */
    public Builder rag(RagSettings rag) {
      this.rag = rag;
      return this;
    }

    /**
     * Sets {@code custom_instructions}.
     *
     * @param customInstructions free-text instructions added to the agent's prompt; null when
     *     absent
     * @return this builder
     */
    public Builder customInstructions(@Nullable String customInstructions) {
      this.customInstructions = customInstructions;
      return this;
    }

    /**
     * Sets {@code created_at}.
     *
     * @param createdAt when the configuration was first stored; null when absent
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code updated_at}.
     *
     * @param updatedAt when the configuration was last changed; null when absent
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     * @throws NullPointerException naming the field when {@code tenant_id} is missing
     */
    public AgentConfiguration build() {
      return new AgentConfiguration(
          id,
          Checks.notNull(tenantId, "tenant_id"),
          persona,
          behavior,
          handoff,
          features,
          rag,
          customInstructions,
          createdAt,
          updatedAt);
    }
  }
}
