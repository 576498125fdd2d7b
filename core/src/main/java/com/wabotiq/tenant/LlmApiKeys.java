package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's own API keys for the language model providers, each stored encrypted. Its fields
 * appear flattened in the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param openaiApiKey the OpenAI API key, encrypted; null when absent
 * @param geminiApiKey the Google Gemini API key, encrypted; null when absent
 * @param togetherApiKey the Together AI API key, encrypted; null when absent
 * @param anthropicApiKey the Anthropic API key, encrypted; null when absent
 * @since 0.1.0
 */
public record LlmApiKeys(
    @Nullable SealedSecret openaiApiKey,
    @Nullable SealedSecret geminiApiKey,
    @Nullable SealedSecret togetherApiKey,
    @Nullable SealedSecret anthropicApiKey)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final LlmApiKeys EMPTY = new LlmApiKeys(null, null, null, null);

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

  /** Builds {@link LlmApiKeys} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret openaiApiKey;
    private @Nullable SealedSecret geminiApiKey;
    private @Nullable SealedSecret togetherApiKey;
    private @Nullable SealedSecret anthropicApiKey;

    private Builder() {}

    private Builder(LlmApiKeys source) {
      openaiApiKey = source.openaiApiKey();
      geminiApiKey = source.geminiApiKey();
      togetherApiKey = source.togetherApiKey();
      anthropicApiKey = source.anthropicApiKey();
    }

    /**
     * Sets {@code openai_api_key}.
     *
     * @param openaiApiKey the OpenAI API key, encrypted; null when absent
     * @return this builder
     */
    public Builder openaiApiKey(@Nullable SealedSecret openaiApiKey) {
      this.openaiApiKey = openaiApiKey;
      return this;
    }

    /**
     * Sets {@code gemini_api_key}.
     *
     * @param geminiApiKey the Google Gemini API key, encrypted; null when absent
     * @return this builder
     */
    public Builder geminiApiKey(@Nullable SealedSecret geminiApiKey) {
      this.geminiApiKey = geminiApiKey;
      return this;
    }

    /**
     * Sets {@code together_api_key}.
     *
     * @param togetherApiKey the Together AI API key, encrypted; null when absent
     * @return this builder
     */
    public Builder togetherApiKey(@Nullable SealedSecret togetherApiKey) {
      this.togetherApiKey = togetherApiKey;
      return this;
    }

    /**
     * Sets {@code anthropic_api_key}.
     *
     * @param anthropicApiKey the Anthropic API key, encrypted; null when absent
     * @return this builder
     */
    public Builder anthropicApiKey(@Nullable SealedSecret anthropicApiKey) {
      this.anthropicApiKey = anthropicApiKey;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public LlmApiKeys build() {
      return new LlmApiKeys(openaiApiKey, geminiApiKey, togetherApiKey, anthropicApiKey);
    }
  }
}
