package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * Whether and how often the bot asks customers for feedback. Its fields appear flattened in the
 * parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableFeedbackCollection whether the bot asks for feedback; null when absent
 * @param feedbackPromptFrequency ask once every this many interactions, positive; null when absent
 * @since 0.1.0
 */
public record FeedbackSettings(
    @Nullable Boolean enableFeedbackCollection,
    @Nullable Integer feedbackPromptFrequency)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final FeedbackSettings EMPTY = new FeedbackSettings(null, null);

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

  /** Builds {@link FeedbackSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableFeedbackCollection;
    private @Nullable Integer feedbackPromptFrequency;

    private Builder() {}

    private Builder(FeedbackSettings source) {
      enableFeedbackCollection = source.enableFeedbackCollection();
      feedbackPromptFrequency = source.feedbackPromptFrequency();
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
     * Sets {@code feedback_prompt_frequency}.
     *
     * @param feedbackPromptFrequency ask once every this many interactions, positive; null when
     *     absent
     * @return this builder
     */
    public Builder feedbackPromptFrequency(@Nullable Integer feedbackPromptFrequency) {
      this.feedbackPromptFrequency = feedbackPromptFrequency;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public FeedbackSettings build() {
      return new FeedbackSettings(enableFeedbackCollection, feedbackPromptFrequency);
    }
  }
}
