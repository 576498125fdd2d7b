package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * When and how a conversation is handed off from the bot to a human. Shared by tenant settings and
 * agent configuration. Its fields appear flattened in the parent's JSON object; each is null when
 * absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableProgressiveHandoff whether the bot asks for clarification before handing off; null
 *     when absent
 * @param maxClarificationAttempts how many clarifying questions before a handoff, not negative;
 *     null when absent
 * @param handoffOnLowConfidence whether a low-confidence answer triggers a handoff; null when
 *     absent
 * @param handoffConfidenceThreshold the confidence, 0.0 to 1.0, below which the bot hands off; null
 *     when absent
 * @param handoffMessage what the bot tells the customer on handoff; null when absent
 * @since 0.1.0
 */
public record HandoffSettings(
    @Nullable Boolean enableProgressiveHandoff,
    @Nullable Integer maxClarificationAttempts,
    @Nullable Boolean handoffOnLowConfidence,
    @Nullable Double handoffConfidenceThreshold,
    @Nullable String handoffMessage)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final HandoffSettings EMPTY = new HandoffSettings(null, null, null, null, null);

  /**
   * Checks that every number is finite: JSON has no form for NaN or an infinity.
   *
   * @param enableProgressiveHandoff whether the bot asks for clarification before handing off; null
   *     when absent
   * @param maxClarificationAttempts how many clarifying questions before a handoff, not negative;
   *     null when absent
   * @param handoffOnLowConfidence whether a low-confidence answer triggers a handoff; null when
   *     absent
   * @param handoffConfidenceThreshold the confidence, 0.0 to 1.0, below which the bot hands off;
   *     null when absent
   * @param handoffMessage what the bot tells the customer on handoff; null when absent
   * @throws IllegalArgumentException naming the field if a number is NaN or infinite
   */
  public HandoffSettings {
    Checks.finite(handoffConfidenceThreshold, "handoff_confidence_threshold");
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

  /** Builds {@link HandoffSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableProgressiveHandoff;
    private @Nullable Integer maxClarificationAttempts;
    private @Nullable Boolean handoffOnLowConfidence;
    private @Nullable Double handoffConfidenceThreshold;
    private @Nullable String handoffMessage;

    private Builder() {}

    private Builder(HandoffSettings source) {
      enableProgressiveHandoff = source.enableProgressiveHandoff();
      maxClarificationAttempts = source.maxClarificationAttempts();
      handoffOnLowConfidence = source.handoffOnLowConfidence();
      handoffConfidenceThreshold = source.handoffConfidenceThreshold();
      handoffMessage = source.handoffMessage();
    }

    /**
     * Sets {@code enable_progressive_handoff}.
     *
     * @param enableProgressiveHandoff whether the bot asks for clarification before handing off;
     *     null when absent
     * @return this builder
     */
    public Builder enableProgressiveHandoff(@Nullable Boolean enableProgressiveHandoff) {
      this.enableProgressiveHandoff = enableProgressiveHandoff;
      return this;
    }

    /**
     * Sets {@code max_clarification_attempts}.
     *
     * @param maxClarificationAttempts how many clarifying questions before a handoff, not negative;
     *     null when absent
     * @return this builder
     */
    public Builder maxClarificationAttempts(@Nullable Integer maxClarificationAttempts) {
      this.maxClarificationAttempts = maxClarificationAttempts;
      return this;
    }

    /**
     * Sets {@code handoff_on_low_confidence}.
     *
     * @param handoffOnLowConfidence whether a low-confidence answer triggers a handoff; null when
     *     absent
     * @return this builder
     */
    public Builder handoffOnLowConfidence(@Nullable Boolean handoffOnLowConfidence) {
      this.handoffOnLowConfidence = handoffOnLowConfidence;
      return this;
    }

    /**
     * Sets {@code handoff_confidence_threshold}.
     *
     * @param handoffConfidenceThreshold the confidence, 0.0 to 1.0, below which the bot hands off;
     *     null when absent
     * @return this builder
     */
    public Builder handoffConfidenceThreshold(@Nullable Double handoffConfidenceThreshold) {
      this.handoffConfidenceThreshold = handoffConfidenceThreshold;
      return this;
    }

    /**
     * Sets {@code handoff_message}.
     *
     * @param handoffMessage what the bot tells the customer on handoff; null when absent
     * @return this builder
     */
    public Builder handoffMessage(@Nullable String handoffMessage) {
      this.handoffMessage = handoffMessage;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public HandoffSettings build() {
      return new HandoffSettings(
          enableProgressiveHandoff,
          maxClarificationAttempts,
          handoffOnLowConfidence,
          handoffConfidenceThreshold,
          handoffMessage);
    }
  }
}
