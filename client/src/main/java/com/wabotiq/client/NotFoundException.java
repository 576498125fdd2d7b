package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * 404: no such resource (an unknown API key hash, a tenant that is gone).
 *
 * @since 0.1.0
 */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param code the API's error code
   * @param requestId the request id, or null
   * @param attempts attempts made
   */
  public NotFoundException(String message, String code, @Nullable String requestId, int attempts) {
    super(message, 404, code, requestId, attempts, null);
  }
}
