package com.wabotiq.spi;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure the WabotIQ SDK throws: storage (including version conflicts and
 * duplicate keys), key encryption, JSON decoding, validation, quota, status transitions, missing
 * tenants and credentials all extend it, so {@code catch (WabotiqException e)} around any call of
 * the SDK catches every failure it reports. Unchecked, so that lambdas stay clean and callers
 * catch what they can act on.
 *
 * <p>Programming errors are not failures and do not extend it: a null argument is a {@link
 * NullPointerException}, an argument out of its range an {@link IllegalArgumentException} (its
 * message reads "name (value) must be ..."), a call in the wrong state an {@link
 * IllegalStateException}.
 *
 * <p>Messages never contain a secret, a key, a token or a stored document's content. It lives in
 * the SPI, which depends on the JDK only, so that adapters and every SDK module share one root.
 *
 * @since 0.1.0
 */
public class WabotiqException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, free of secrets
   */
  public WabotiqException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, free of secrets
   * @param cause the underlying failure, or null when there is none
   */
  public WabotiqException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception, choosing whether it records suppressed exceptions and a stack trace:
   * for failures raised often on a path where the message says everything (a decoding error
   * with its JSON path).
   *
   * @param message what failed, free of secrets
   * @param cause the underlying failure, or null when there is none
   * @param enableSuppression whether suppressed exceptions are recorded
   * @param writableStackTrace whether the stack trace is filled in
   */
  protected WabotiqException(
      String message,
      @Nullable Throwable cause,
      boolean enableSuppression,
      boolean writableStackTrace) {
    super(message, cause, enableSuppression, writableStackTrace);
  }
}
