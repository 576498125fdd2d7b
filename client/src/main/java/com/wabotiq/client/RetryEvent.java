package com.wabotiq.client;

import java.time.Duration;
import java.util.Objects;

/**
 * One retry about to happen, as given to {@link RetryPolicy.Builder#onRetry}: which request, which
 * attempt failed and why, and how long the client waits before the next.
 *
 * @param method the HTTP method
 * @param path the request's path, e.g. {@code /v1/tenants/<id>/settings} (no query, no key)
 * @param failedAttempt the attempt that failed, from 1
 * @param status the HTTP status of that attempt, 0 when no answer came
 * @param reason the error code of that attempt, e.g. {@code http_503}, {@code rate_limited},
 *     {@code connection_failed}, {@code timeout}
 * @param delay how long the client waits before the next attempt
 * @since 0.1.0
 */
public record RetryEvent(
    String method, String path, int failedAttempt, int status, String reason, Duration delay) {
  /**
   * Checks that no part is null.
   *
   * @param method the method
   * @param path the path
   * @param failedAttempt the failed attempt
   * @param status the status
   * @param reason the reason
   * @param delay the delay
   * @throws NullPointerException if a part is null
   */
  public RetryEvent {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(delay, "delay");
  }
}
