package com.wabotiq.spi.storage;

/**
 * A write carried a stale version: somebody else wrote first. Nothing was written. The caller
 * re-reads, re-applies its change and tries again, or gives up.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class VersionConflictException extends StorageException {
  /** The tenant whose data it is. */
  private final String tenantId;

  /** The version the writer expected. */
  private final long expectedVersion;

  /** The version stored when the write was refused. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param what what was written, e.g. {@code "tenant"} or {@code "settings"}
   * @param tenantId the tenant whose data it is
   * @param expectedVersion the version the writer expected
   * @param actualVersion the version stored now
   */
  public VersionConflictException(
      String what, String tenantId, long expectedVersion, long actualVersion) {
    super(what + " of tenant " + tenantId + " is at version " + actualVersion
        + ", not the expected " + expectedVersion);
    this.tenantId = tenantId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** {@return the tenant whose data it is} */
  public String tenantId() {
    return tenantId;
  }

  /** {@return the version the writer expected} */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** {@return the version stored when the write was refused} */
  public long actualVersion() {
    return actualVersion;
  }
}
