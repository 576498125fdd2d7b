package com.wabotiq.spi.storage;

import com.wabotiq.spi.WabotiqException;

/**
 * A storage operation failed. Adapters throw its subclasses for the outcomes the contracts name,
 * and a plain {@code StorageException} with the underlying cause for everything else (connection
 * lost, timeout, corrupt row). The SDK core wraps any other exception an adapter lets escape in a
 * {@code StorageException}, so callers catch exactly one type. Messages never contain document
 * contents, secrets or key material.
 *
 * @since 0.1.0
 */
public class StorageException extends WabotiqException {
  /**
   * Creates the exception.
   *
   * @param message what failed, free of document contents and secrets
   */
  public StorageException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed, free of document contents and secrets
   * @param cause the underlying failure
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
