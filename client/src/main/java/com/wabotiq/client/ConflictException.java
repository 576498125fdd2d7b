package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * 409: the write lost a race ({@code version_conflict}: the {@code If-Match} version is no longer
 * current; read again, reapply, retry) or an idempotency key was reused with another body ({@code
 * idempotency_conflict}). Never retried by the client.
 *
 * @since 0.1.0
 */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param code the API's error code
   * @param requestId the request id, or null
   * @param attempts attempts made
   */
  public ConflictException(String message, String code, @Nullable String requestId, int attempts) {
    super(message, 409, code, requestId, attempts, null);
  }
}
