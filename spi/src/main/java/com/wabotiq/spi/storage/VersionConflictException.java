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
  private final String tenantId;
  private final long expectedVersion;
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

  /** The tenant whose data it is. @return the tenant id */
  public String tenantId() {
    return tenantId;
  }

  /** The version the writer expected. @return the expected version */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored when the write was refused. @return the stored version */
  public long actualVersion() {
    return actualVersion;
  }
}
