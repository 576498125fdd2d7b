package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * How the agent answers: confidence, length and suggestions (agent configuration). Its fields
 * appear flattened in the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param confidenceThreshold the least confidence, 0.0 to 1.0, for the agent to answer on its own;
 *     null when absent
 * @param maxResponseLength the longest reply in characters, positive; null when absent
 * @param enableProactiveSuggestions whether the agent suggests next steps unasked; null when absent
 * @param enableProductRecommendations whether the agent recommends products; null when absent
 * @since 0.1.0
 */
public record AgentBehavior(
    @Nullable Double confidenceThreshold,
    @Nullable Integer maxResponseLength,
    @Nullable Boolean enableProactiveSuggestions,
    @Nullable Boolean enableProductRecommendations)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final AgentBehavior EMPTY = new AgentBehavior(null, null, null, null);

  /**
   * Checks that every number is finite: JSON has no form for NaN or an infinity.
   *
   * @param confidenceThreshold the least confidence, 0.0 to 1.0, for the agent to answer on its
   *     own; null when absent
   * @param maxResponseLength the longest reply in characters, positive; null when absent
   * @param enableProactiveSuggestions whether the agent suggests next steps unasked; null when
   *     absent
   * @param enableProductRecommendations whether the agent recommends products; null when absent
   * @throws IllegalArgumentException naming the field if a number is NaN or infinite
   */
  public AgentBehavior {
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

  /** Builds {@link AgentBehavior} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Double confidenceThreshold;
    private @Nullable Integer maxResponseLength;
    private @Nullable Boolean enableProactiveSuggestions;
    private @Nullable Boolean enableProductRecommendations;

    private Builder() {}

    private Builder(AgentBehavior source) {
      confidenceThreshold = source.confidenceThreshold();
      maxResponseLength = source.maxResponseLength();
      enableProactiveSuggestions = source.enableProactiveSuggestions();
      enableProductRecommendations = source.enableProductRecommendations();
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
     * Sets {@code enable_proactive_suggestions}.
     *
     * @param enableProactiveSuggestions whether the agent suggests next steps unasked; null when
     *     absent
     * @return this builder
     */
    public Builder enableProactiveSuggestions(@Nullable Boolean enableProactiveSuggestions) {
      this.enableProactiveSuggestions = enableProactiveSuggestions;
      return this;
    }

    /**
     * Sets {@code enable_product_recommendations}.
     *
     * @param enableProductRecommendations whether the agent recommends products; null when absent
     * @return this builder
     */
    public Builder enableProductRecommendations(@Nullable Boolean enableProductRecommendations) {
      this.enableProductRecommendations = enableProductRecommendations;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public AgentBehavior build() {
      return new AgentBehavior(
          confidenceThreshold,
          maxResponseLength,
          enableProactiveSuggestions,
          enableProductRecommendations);
    }
  }
}
