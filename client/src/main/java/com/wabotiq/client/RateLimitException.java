package com.wabotiq.client;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429: too many requests. Retried by the client after the server's {@code Retry-After} while
 * retries remain and the wait is within {@link RetryPolicy#maxRetryAfter()}; thrown when they do
 * not.
 *
 * @since 0.1.0
 */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The server's requested wait, or null. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param code the API's error code
   * @param requestId the request id, or null
   * @param attempts attempts made
   * @param retryAfter how long the server asked to wait, or null when it did not say
   */
  public RateLimitException(
      String message,
      String code,
      @Nullable String requestId,
      int attempts,
      @Nullable Duration retryAfter) {
    super(message, 429, code, requestId, attempts, null);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked to wait before trying again ({@code Retry-After}, in seconds or as
   * an HTTP date).
   *
   * @return the wait, or empty when the server did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
