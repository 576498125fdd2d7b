package com.wabotiq.access.cors;

import com.wabotiq.spi.WabotiqException;

/**
 * A CORS configuration that cannot be used: a malformed allowed origin (a path, a trailing dot,
 * a non-ASCII host…), an {@code http} origin without {@link CorsPolicy.Builder#allowHttpOrigins},
 * a wildcard origin together with credentials, a method or header name that is not an HTTP token,
 * a negative max age. The message names the field (e.g. {@code allowed_origins[2]}), quotes the
 * value (cut to 64 characters) and states the rule.
 *
 * @since 0.1.0
 */
public class CorsConfigurationException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** The configuration field at fault, e.g. {@code allowed_origins[2]}. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the configuration field at fault, e.g. {@code allowed_origins[2]}
   * @param message what is wrong, naming the field and the rule
   */
  public CorsConfigurationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The configuration field at fault, with its index for a list element.
   *
   * @return e.g. {@code allowed_origins[2]}, {@code max_age} or {@code allow_credentials}
   */
  public String field() {
    return field;
  }
}
