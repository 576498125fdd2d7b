package com.wabotiq.validation;

import com.wabotiq.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a validated document.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param path the field's snake_case JSON path from the validated document's root, with the model's
 *     flattened groups left out, as the field appears in JSON: {@code llm_temperature}, {@code
 *     business_hours.monday.close}, {@code api_keys[0].key_hash}, {@code allowed_origins[1]}
 * @param rule a stable lowercase code of the rule, e.g. {@code range}, {@code e164}, {@code
 *     https_origin}, {@code weights_sum_to_one}, {@code derived_figure}; the codes are listed in
 *     {@code docs/validation.md}
 * @param message a human-readable explanation naming the bound, free of secrets, e.g. {@code "must
 *     be in [0, 2]"}
 * @param rejectedValue the rejected value as a string ({@code "2.5"}, {@code "+03:00"}), {@code
 *     "****"} for a secret, or null when the rule rejects an absent value
 * @since 0.1.0
 */
public record Violation(String path, String rule, String message, @Nullable String rejectedValue) {
  /**
   * Checks that path, rule and message are present.
   *
   * @param path the field's snake_case JSON path from the document's root, never null
   * @param rule a stable lowercase code of the rule, never null
   * @param message a human-readable explanation naming the bound, never null
   * @param rejectedValue the rejected value as a string, masked for a secret; null when the rule
   *     rejects an absent value
   */
  public Violation {
    Checks.notNull(path, "path");
    Checks.notNull(rule, "rule");
    Checks.notNull(message, "message");
  }

  /**
   * Returns the violation as one line: {@code path: message [rule] (rejected: value)}, e.g. {@code
   * llm_temperature: must be in [0, 2] [range] (rejected: 2.5)}.
   */
  @Override
  public String toString() {
    return path + ": " + message + " [" + rule + "] (rejected: " + rejectedValue + ")";
  }
}
