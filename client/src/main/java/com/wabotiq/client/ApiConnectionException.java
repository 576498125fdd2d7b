package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer came: the connection was refused or reset, the response was cut short or
 * garbled. Status 0, code {@code connection_failed}; the cause is the I/O failure. Retried by
 * default (a POST only with its idempotency key).
 *
 * @since 0.1.0
 */
public class ApiConnectionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param code {@code connection_failed} or {@code timeout}
   * @param attempts attempts made
   * @param cause the I/O failure
   */
  public ApiConnectionException(
      String message, String code, int attempts, @Nullable Throwable cause) {
    super(message, 0, code, null, attempts, cause);
  }
}
