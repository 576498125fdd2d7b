package com.wabotiq.spi.storage;

/**
 * An update named something that does not exist. Nothing was written.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class NotFoundException extends StorageException {
  /**
   * Creates the exception.
   *
   * @param what what is missing, e.g. {@code "tenant 0b6f..."}
   */
  public NotFoundException(String what) {
    super(what + " does not exist");
  }
}
