package com.wabotiq.credentials;

import com.wabotiq.spi.WabotiqException;
import org.jspecify.annotations.Nullable;

/**
 * A credential could not be sealed or opened: the ciphertext was tampered with, belongs to another
 * tenant or field, or was sealed under a key that is wrong, missing or destroyed. The message
 * names what failed and why, never a plaintext, key or ciphertext byte.
 *
 * @since 0.1.0
 */
public class CredentialException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, free of secrets
   */
  public CredentialException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, free of secrets
   * @param cause the underlying failure, itself free of secrets
   */
  public CredentialException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
