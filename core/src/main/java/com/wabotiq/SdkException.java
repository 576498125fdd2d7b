package com.wabotiq;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this SDK throws on purpose. Unchecked, so that callers catch what
 * they can act on and lambdas stay clean. Messages never contain a secret, key or token.
 *
 * @since 0.1.0
 */
public class SdkException extends RuntimeException {
  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   */
  public SdkException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong, free of secrets
   * @param cause the underlying failure, or null when there is none
   */
  public SdkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
