package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The language settings: the default language and the languages the bot answers in. Its fields
 * appear flattened in the parent's JSON object; each is null when absent from the document. The
 * language list is never null, only empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableLanguageConsistency whether the bot answers in the customer's language; null when
 *     absent
 * @param defaultLanguage the language code used when none is detected, e.g. {@code en}; null when
 *     absent
 * @param supportedLanguages the language codes the bot answers in, e.g. {@code en, sw, sheng};
 *     empty when absent
 * @since 0.1.0
 */
public record LanguageSettings(
    @Nullable Boolean enableLanguageConsistency,
    @Nullable String defaultLanguage,
    List<String> supportedLanguages)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final LanguageSettings EMPTY = new LanguageSettings(null, null, List.of());

  /**
   * Checks well-formedness and copies collections.
   *
   * @param enableLanguageConsistency whether the bot answers in the customer's language; null when
   *     absent
   * @param defaultLanguage the language code used when none is detected; null when absent
   * @param supportedLanguages the language codes the bot answers in, copied; null becomes empty
   */
  public LanguageSettings {
    supportedLanguages = Checks.copyOf(supportedLanguages, "supported_languages");
  }

  /**
   * A builder with every field absent (collections empty).
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

  /** Builds {@link LanguageSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableLanguageConsistency;
    private @Nullable String defaultLanguage;
    private List<String> supportedLanguages = List.of();

    private Builder() {}

    private Builder(LanguageSettings source) {
      enableLanguageConsistency = source.enableLanguageConsistency();
      defaultLanguage = source.defaultLanguage();
      supportedLanguages = source.supportedLanguages();
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
     * Sets {@code default_language}.
     *
     * @param defaultLanguage the language code used when none is detected, e.g. {@code en}; null
     *     when absent
     * @return this builder
     */
    public Builder defaultLanguage(@Nullable String defaultLanguage) {
      this.defaultLanguage = defaultLanguage;
      return this;
    }

    /**
     * Sets {@code supported_languages}.
     *
     * @param supportedLanguages the language codes the bot answers in, e.g. {@code en, sw, sheng};
     *     empty when absent
     * @return this builder
     */
    public Builder supportedLanguages(List<String> supportedLanguages) {
      this.supportedLanguages = supportedLanguages;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public LanguageSettings build() {
      return new LanguageSettings(enableLanguageConsistency, defaultLanguage, supportedLanguages);
    }
  }
}
