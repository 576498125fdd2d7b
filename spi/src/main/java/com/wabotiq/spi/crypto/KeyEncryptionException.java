package com.wabotiq.spi.crypto;

import com.wabotiq.spi.WabotiqException;

/**
 * A key-encryption key could not wrap or unwrap: the key id is unknown or retired, the wrapped
 * bytes do not authenticate (tampered, or bound to other associated data), or the key service is
 * unavailable. The message never holds key material.
 *
 * @since 0.1.0
 */
public class KeyEncryptionException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, free of key material
   */
  public KeyEncryptionException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed, free of key material
   * @param cause the underlying failure
   */
  public KeyEncryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
