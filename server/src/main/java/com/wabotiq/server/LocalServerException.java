package com.wabotiq.server;

import com.wabotiq.spi.WabotiqException;
import org.jspecify.annotations.Nullable;

/**
 * The local server could not start (its port is taken, its store cannot be reached) or was used
 * after it stopped.
 *
 * @since 0.1.0
 */
public class LocalServerException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure, or null
   */
  public LocalServerException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
