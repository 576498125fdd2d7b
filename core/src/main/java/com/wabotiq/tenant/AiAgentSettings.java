package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * The AI agent switches of a tenant's settings: whether the agent answers, how sure it must be, and
 * its language aids. Its fields appear flattened in the parent's JSON object; each is null when
 * absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param aiAgentEnabled whether the AI agent answers customers; null when absent
 * @param confidenceThreshold the least confidence, 0.0 to 1.0, for the agent to answer on its own;
 *     null when absent
 * @param maxResponseLength the longest reply in characters, positive; null when absent
 * @param enableSpellingCorrection whether customer messages are spell-corrected first; null when
 *     absent
 * @param enableContextSummarization whether long conversations are summarized for context; null
 *     when absent
 * @param enableKeyFactExtraction whether key facts (names, addresses) are extracted and kept; null
 *     when absent
 * @since 0.1.0
 */
public record AiAgentSettings(
    @Nullable Boolean aiAgentEnabled,
    @Nullable Double confidenceThreshold,
    @Nullable Integer maxResponseLength,
    @Nullable Boolean enableSpellingCorrection,
    @Nullable Boolean enableContextSummarization,
    @Nullable Boolean enableKeyFactExtraction)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final AiAgentSettings EMPTY =
      new AiAgentSettings(null, null, null, null, null, null);

  /**
   * Checks that every number is finite: JSON has no form for NaN or an infinity.
   *
   * @param aiAgentEnabled whether the AI agent answers customers; null when absent
   * @param confidenceThreshold the least confidence, 0.0 to 1.0, for the agent to answer on its
   *     own; null when absent
   * @param maxResponseLength the longest reply in characters, positive; null when absent
   * @param enableSpellingCorrection whether customer messages are spell-corrected first; null when
   *     absent
   * @param enableContextSummarization whether long conversations are summarized for context; null
   *     when absent
   * @param enableKeyFactExtraction whether key facts (names, addresses) are extracted and kept;
   *     null when absent
   * @throws IllegalArgumentException naming the field if a number is NaN or infinite
   */
  public AiAgentSettings {
    Checks.finite(confidenceThreshold, "confidence_threshold");
  }

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

  /** Builds {@link AiAgentSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean aiAgentEnabled;
    private @Nullable Double confidenceThreshold;
    private @Nullable Integer maxResponseLength;
    private @Nullable Boolean enableSpellingCorrection;
    private @Nullable Boolean enableContextSummarization;
    private @Nullable Boolean enableKeyFactExtraction;

    private Builder() {}

    private Builder(AiAgentSettings source) {
      aiAgentEnabled = source.aiAgentEnabled();
      confidenceThreshold = source.confidenceThreshold();
      maxResponseLength = source.maxResponseLength();
      enableSpellingCorrection = source.enableSpellingCorrection();
      enableContextSummarization = source.enableContextSummarization();
      enableKeyFactExtraction = source.enableKeyFactExtraction();
    }

    /**
     * Sets {@code ai_agent_enabled}.
     *
     * @param aiAgentEnabled whether the AI agent answers customers; null when absent
     * @return this builder
     */
    public Builder aiAgentEnabled(@Nullable Boolean aiAgentEnabled) {
      this.aiAgentEnabled = aiAgentEnabled;
      return this;
    }

    /**
     * Sets {@code confidence_threshold}.
     *
     * @param confidenceThreshold the least confidence, 0.0 to 1.0, for the agent to answer on its
     *     own; null when absent
     * @return this builder
     */
    public Builder confidenceThreshold(@Nullable Double confidenceThreshold) {
      this.confidenceThreshold = confidenceThreshold;
      return this;
    }

    /**
     * Sets {@code max_response_length}.
     *
     * @param maxResponseLength the longest reply in characters, positive; null when absent
     * @return this builder
     */
    public Builder maxResponseLength(@Nullable Integer maxResponseLength) {
      this.maxResponseLength = maxResponseLength;
      return this;
    }

    /**
     * Sets {@code enable_spelling_correction}.
     *
     * @param enableSpellingCorrection whether customer messages are spell-corrected first; null
     *     when absent
     * @return this builder
     */
    public Builder enableSpellingCorrection(@Nullable Boolean enableSpellingCorrection) {
      this.enableSpellingCorrection = enableSpellingCorrection;
      return this;
    }

    /**
     * Sets {@code enable_context_summarization}.
     *
     * @param enableContextSummarization whether long conversations are summarized for context; null
     *     when absent
     * @return this builder
     */
    public Builder enableContextSummarization(@Nullable Boolean enableContextSummarization) {
      this.enableContextSummarization = enableContextSummarization;
      return this;
    }

    /**
     * Sets {@code enable_key_fact_extraction}.
     *
     * @param enableKeyFactExtraction whether key facts (names, addresses) are extracted and kept;
     *     null when absent
     * @return this builder
     */
    public Builder enableKeyFactExtraction(@Nullable Boolean enableKeyFactExtraction) {
      this.enableKeyFactExtraction = enableKeyFactExtraction;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public AiAgentSettings build() {
      return new AiAgentSettings(
          aiAgentEnabled,
          confidenceThreshold,
          maxResponseLength,
          enableSpellingCorrection,
          enableContextSummarization,
          enableKeyFactExtraction);
    }
  }
}
