package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * An attempt ran out of time: connect, read or write timeout, or the per-attempt call timeout.
 * Code {@code timeout}. Retried like other connection failures.
 *
 * @since 0.1.0
 */
public final class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param attempts attempts made
   * @param cause the I/O failure
   */
  public ApiTimeoutException(String message, int attempts, @Nullable Throwable cause) {
    super(message, "timeout", attempts, cause);
  }
}
