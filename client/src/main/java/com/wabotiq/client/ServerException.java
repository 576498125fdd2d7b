package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * 5xx: the server or a proxy in front of it failed. 502, 503 and 504 are retried by default; 500 is
 * not unless {@link RetryPolicy.Builder#retryStatuses} says so.
 *
 * @since 0.1.0
 */
public final class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param status the 5xx status
   * @param code the API's error code, or {@code http_<status>} for a body not in the error shape
   * @param requestId the request id, or null
   * @param attempts attempts made
   */
  public ServerException(
      String message, int status, String code, @Nullable String requestId, int attempts) {
    super(message, status, code, requestId, attempts, null);
  }
}
