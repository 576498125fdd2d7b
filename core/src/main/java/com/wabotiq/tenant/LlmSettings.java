package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The language model configuration of a tenant's settings: provider, model and call limits. Its
 * fields appear flattened in the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param llmProvider the model provider, e.g. {@code openai}; null when absent
 * @param llmModel the provider's model name, e.g. {@code gpt-4o}; null when absent
 * @param llmTemperature the sampling temperature, 0.0 to 2.0 (0.7 in the reference); null when
 *     absent
 * @param llmMaxTokens the most tokens one completion may produce, positive; null when absent
 * @param llmTimeout how long one model call may take (seconds on the wire, {@code 60.0}); null when
 *     absent
 * @param llmMaxRetries how many times a failed model call is retried, not negative; null when
 *     absent
 * @since 0.1.0
 */
public record LlmSettings(
    @Nullable LlmProvider llmProvider,
    @Nullable String llmModel,
    @Nullable Double llmTemperature,
    @Nullable Integer llmMaxTokens,
    @Nullable Duration llmTimeout,
    @Nullable Integer llmMaxRetries)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final LlmSettings EMPTY = new LlmSettings(null, null, null, null, null, null);

  /**
   * Checks that every number is finite: JSON has no form for NaN or an infinity.
   *
   * @param llmProvider the model provider, e.g. {@code openai}; null when absent
   * @param llmModel the provider's model name, e.g. {@code gpt-4o}; null when absent
   * @param llmTemperature the sampling temperature, 0.0 to 2.0 (0.7 in the reference); null when
   *     absent
   * @param llmMaxTokens the most tokens one completion may produce, positive; null when absent
   * @param llmTimeout how long one model call may take (seconds on the wire, {@code 60.0}); null
   *     when absent
   * @param llmMaxRetries how many times a failed model call is retried, not negative; null when
   *     absent
   * @throws IllegalArgumentException naming the field if a number is NaN or infinite
   */
  public LlmSettings {
    Checks.finite(llmTemperature, "llm_temperature");
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

  /** Builds {@link LlmSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable LlmProvider llmProvider;
    private @Nullable String llmModel;
    private @Nullable Double llmTemperature;
    private @Nullable Integer llmMaxTokens;
    private @Nullable Duration llmTimeout;
    private @Nullable Integer llmMaxRetries;

    private Builder() {}

    private Builder(LlmSettings source) {
      llmProvider = source.llmProvider();
      llmModel = source.llmModel();
      llmTemperature = source.llmTemperature();
      llmMaxTokens = source.llmMaxTokens();
      llmTimeout = source.llmTimeout();
      llmMaxRetries = source.llmMaxRetries();
    }

    /**
     * Sets {@code llm_provider}.
     *
     * @param llmProvider the model provider, e.g. {@code openai}; null when absent
     * @return this builder
     */
    public Builder llmProvider(@Nullable LlmProvider llmProvider) {
      this.llmProvider = llmProvider;
      return this;
    }

    /**
     * Sets {@code llm_model}.
     *
     * @param llmModel the provider's model name, e.g. {@code gpt-4o}; null when absent
     * @return this builder
     */
    public Builder llmModel(@Nullable String llmModel) {
      this.llmModel = llmModel;
      return this;
    }

    /**
     * Sets {@code llm_temperature}.
     *
     * @param llmTemperature the sampling temperature, 0.0 to 2.0 (0.7 in the reference); null when
     *     absent
     * @return this builder
     */
    public Builder llmTemperature(@Nullable Double llmTemperature) {
      this.llmTemperature = llmTemperature;
      return this;
    }

    /**
     * Sets {@code llm_max_tokens}.
     *
     * @param llmMaxTokens the most tokens one completion may produce, positive; null when absent
     * @return this builder
     */
    public Builder llmMaxTokens(@Nullable Integer llmMaxTokens) {
      this.llmMaxTokens = llmMaxTokens;
      return this;
    }

    /**
     * Sets {@code llm_timeout}.
     *
     * @param llmTimeout how long one model call may take (seconds on the wire, {@code 60.0}); null
     *     when absent
     * @return this builder
     */
    public Builder llmTimeout(@Nullable Duration llmTimeout) {
      this.llmTimeout = llmTimeout;
      return this;
    }

    /**
     * Sets {@code llm_max_retries}.
     *
     * @param llmMaxRetries how many times a failed model call is retried, not negative; null when
     *     absent
     * @return this builder
     */
    public Builder llmMaxRetries(@Nullable Integer llmMaxRetries) {
      this.llmMaxRetries = llmMaxRetries;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public LlmSettings build() {
      return new LlmSettings(
          llmProvider, llmModel, llmTemperature, llmMaxTokens, llmTimeout, llmMaxRetries);
    }
  }
}
