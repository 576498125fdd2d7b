package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * Who the agent is: its name, tone and stock messages (agent configuration). Its fields appear
 * flattened in the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param botName the bot's display name; null when absent
 * @param botPersonality the bot's tone, e.g. {@code friendly}; null when absent
 * @param greetingMessage the bot's first message in a conversation; null when absent
 * @param fallbackMessage what the bot says when it does not understand; null when absent
 * @since 0.1.0
 */
public record AgentPersona(
    @Nullable String botName,
    @Nullable BotPersonality botPersonality,
    @Nullable String greetingMessage,
    @Nullable String fallbackMessage)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final AgentPersona EMPTY = new AgentPersona(null, null, null, null);

  /**
   * A builder with every field absent.
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

  /** Builds {@link AgentPersona} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String botName;
    private @Nullable BotPersonality botPersonality;
    private @Nullable String greetingMessage;
    private @Nullable String fallbackMessage;

    private Builder() {}

    private Builder(AgentPersona source) {
      botName = source.botName();
      botPersonality = source.botPersonality();
      greetingMessage = source.greetingMessage();
      fallbackMessage = source.fallbackMessage();
    }

    /**
     * Sets {@code bot_name}.
     *
     * @param botName the bot's display name; null when absent
     * @return this builder
     */
    public Builder botName(@Nullable String botName) {
      this.botName = botName;
      return this;
    }

    /**
     * Sets {@code bot_personality}.
     *
     * @param botPersonality the bot's tone, e.g. {@code friendly}; null when absent
     * @return this builder
     */
    public Builder botPersonality(@Nullable BotPersonality botPersonality) {
      this.botPersonality = botPersonality;
      return this;
    }

    /**
     * Sets {@code greeting_message}.
     *
     * @param greetingMessage the bot's first message in a conversation; null when absent
     * @return this builder
     */
    public Builder greetingMessage(@Nullable String greetingMessage) {
      this.greetingMessage = greetingMessage;
      return this;
    }

    /**
     * Sets {@code fallback_message}.
     *
     * @param fallbackMessage what the bot says when it does not understand; null when absent
     * @return this builder
     */
    public Builder fallbackMessage(@Nullable String fallbackMessage) {
      this.fallbackMessage = fallbackMessage;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public AgentPersona build() {
      return new AgentPersona(botName, botPersonality, greetingMessage, fallbackMessage);
    }
  }
}
