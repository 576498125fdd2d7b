package com.wabotiq.client;

import java.util.Objects;

/**
 * One rule a request broke, as the API reports it in a 422.
 *
 * @param path the snake_case JSON path into the request body, e.g. {@code llm_temperature} or
 *     {@code business_hours.monday.open}
 * @param rule the rule's name, e.g. {@code range}
 * @param message the rule in words
 * @since 0.1.0
 */
public record FieldError(String path, String rule, String message) {
  /**
   * Checks that no part is null.
   *
   * @param path the path
   * @param rule the rule
   * @param message the message
   * @throws NullPointerException if a part is null
   */
  public FieldError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
