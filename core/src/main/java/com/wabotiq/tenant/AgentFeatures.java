package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * The conversation features switched on for the agent (agent configuration). Its fields appear
 * flattened in the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableSpellingCorrection whether customer messages are spell-corrected first; null when
 *     absent
 * @param enableContextSummarization whether long conversations are summarized for context; null
 *     when absent
 * @param enableKeyFactExtraction whether key facts are extracted and kept; null when absent
 * @param enableMessageHarmonization whether rapid consecutive messages are combined; null when
 *     absent
 * @param enableLanguageConsistency whether the bot answers in the customer's language; null when
 *     absent
 * @param enableRichMessages whether rich messages are sent; null when absent
 * @param enableFeedbackCollection whether the bot asks for feedback; null when absent
 * @since 0.1.0
 */
public record AgentFeatures(
    @Nullable Boolean enableSpellingCorrection,
    @Nullable Boolean enableContextSummarization,
    @Nullable Boolean enableKeyFactExtraction,
    @Nullable Boolean enableMessageHarmonization,
    @Nullable Boolean enableLanguageConsistency,
    @Nullable Boolean enableRichMessages,
    @Nullable Boolean enableFeedbackCollection)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final AgentFeatures EMPTY =
      new AgentFeatures(null, null, null, null, null, null, null);

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

  /** Builds {@link AgentFeatures} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableSpellingCorrection;
    private @Nullable Boolean enableContextSummarization;
    private @Nullable Boolean enableKeyFactExtraction;
    private @Nullable Boolean enableMessageHarmonization;
    private @Nullable Boolean enableLanguageConsistency;
    private @Nullable Boolean enableRichMessages;
    private @Nullable Boolean enableFeedbackCollection;

    private Builder() {}

    private Builder(AgentFeatures source) {
      enableSpellingCorrection = source.enableSpellingCorrection();
      enableContextSummarization = source.enableContextSummarization();
      enableKeyFactExtraction = source.enableKeyFactExtraction();
      enableMessageHarmonization = source.enableMessageHarmonization();
      enableLanguageConsistency = source.enableLanguageConsistency();
      enableRichMessages = source.enableRichMessages();
      enableFeedbackCollection = source.enableFeedbackCollection();
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
     * @param enableKeyFactExtraction whether key facts are extracted and kept; null when absent
     * @return this builder
     */
    public Builder enableKeyFactExtraction(@Nullable Boolean enableKeyFactExtraction) {
      this.enableKeyFactExtraction = enableKeyFactExtraction;
      return this;
    }

    /**
     * Sets {@code enable_message_harmonization}.
     *
     * @param enableMessageHarmonization whether rapid consecutive messages are combined; null when
     *     absent
     * @return this builder
     */
    public Builder enableMessageHarmonization(@Nullable Boolean enableMessageHarmonization) {
      this.enableMessageHarmonization = enableMessageHarmonization;
      return this;
    }

    /**
     * Sets {@code enable_language_consistency}.
     *
     * @param enableLanguageConsistency whether the bot answers in the customer's language; null
     *     when absent
     * @return this builder
     */
    public Builder enableLanguageConsistency(@Nullable Boolean enableLanguageConsistency) {
      this.enableLanguageConsistency = enableLanguageConsistency;
      return this;
    }

    /**
     * Sets {@code enable_rich_messages}.
     *
     * @param enableRichMessages whether rich messages are sent; null when absent
     * @return this builder
     */
    public Builder enableRichMessages(@Nullable Boolean enableRichMessages) {
      this.enableRichMessages = enableRichMessages;
      return this;
    }

    /**
     * Sets {@code enable_feedback_collection}.
     *
     * @param enableFeedbackCollection whether the bot asks for feedback; null when absent
     * @return this builder
     */
    public Builder enableFeedbackCollection(@Nullable Boolean enableFeedbackCollection) {
      this.enableFeedbackCollection = enableFeedbackCollection;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public AgentFeatures build() {
      return new AgentFeatures(
          enableSpellingCorrection,
          enableContextSummarization,
          enableKeyFactExtraction,
          enableMessageHarmonization,
          enableLanguageConsistency,
          enableRichMessages,
          enableFeedbackCollection);
    }
  }
}
