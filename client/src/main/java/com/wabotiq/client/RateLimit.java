package com.wabotiq.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The request-rate allowance the server reported with an answer ({@code X-RateLimit-Limit}, {@code
 * -Remaining}, {@code -Reset}).
 *
 * @param limit requests allowed in the current window
 * @param remaining requests left in it
 * @param reset when the window ends
 * @since 0.1.0
 */
public record RateLimit(long limit, long remaining, Instant reset) {
  /**
   * Checks that the reset is present.
   *
   * @param limit the limit
   * @param remaining the remaining requests
   * @param reset the window's end
   * @throws NullPointerException if {@code reset} is null
   */
  public RateLimit {
    Objects.requireNonNull(reset, "reset");
  }
}
