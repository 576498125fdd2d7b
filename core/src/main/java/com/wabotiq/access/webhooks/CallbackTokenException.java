package com.wabotiq.access.webhooks;

import com.wabotiq.spi.WabotiqException;

/**
 * A tenant's stored callback token keys cannot be read: the decrypted {@code webhook_secret} is
 * not in the {@code cbk1} format (see {@link CallbackTokenKeys#parse}). The message names the rule
 * that failed and never shows a token or any of the stored text.
 *
 * @since 0.1.0
 */
public final class CallbackTokenException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the rule that failed, free of secrets
   */
  public CallbackTokenException(String message) {
    super(message);
  }
}
