package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * 401: the API key was refused (unknown, revoked or expired; the API does not say which).
 *
 * @since 0.1.0
 */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param code the API's error code
   * @param requestId the request id, or null
   * @param attempts attempts made
   */
  public AuthenticationException(
      String message, String code, @Nullable String requestId, int attempts) {
    super(message, 401, code, requestId, attempts, null);
  }
}
