package com.wabotiq;

import com.wabotiq.spi.WabotiqException;
import com.wabotiq.types.TenantId;
import java.util.Objects;

/**
 * An operation named a tenant that does not exist, or wrote to one that is soft-deleted (a
 * soft-deleted tenant can be read, never changed). Nothing was written.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class TenantNotFoundException extends WabotiqException {
  /** The tenant asked for. */
  private final TenantId tenantId;

  /** Whether it exists but is soft-deleted. */
  private final boolean deleted;

  /**
   * Creates the exception.
   *
   * @param tenantId the tenant asked for
   * @param deleted true when the tenant exists but is soft-deleted
   * @throws NullPointerException if {@code tenantId} is null
   */
  public TenantNotFoundException(TenantId tenantId, boolean deleted) {
    super(
        "tenant "
            + Objects.requireNonNull(tenantId, "tenant_id == null").value()
            + (deleted ? " is deleted" : " does not exist"));
    this.tenantId = tenantId;
    this.deleted = deleted;
  }

  /**
   * The tenant asked for.
   *
   * @return its id
   */
  public TenantId tenantId() {
    return tenantId;
  }

  /**
   * Whether the tenant exists but is soft-deleted.
   *
   * @return true when it is soft-deleted; false when no tenant has the id
   */
  public boolean isDeleted() {
    return deleted;
  }
}
