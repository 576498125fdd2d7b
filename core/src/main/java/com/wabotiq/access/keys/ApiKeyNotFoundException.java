package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.WabotiqException;
import com.wabotiq.types.TenantId;

/**
 * A tenant holds no API key with the given hash (it never did, or it is another tenant's). Nothing
 * was written. The message shows the first eight hex digits of the hash only.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class ApiKeyNotFoundException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** The tenant asked. */
  private final TenantId tenantId;

  /**
   * Creates the exception.
   *
   * @param tenantId the tenant asked
   * @param keyHash the hash asked for
   * @throws NullPointerException if an argument is null
   */
  public ApiKeyNotFoundException(TenantId tenantId, String keyHash) {
    super(
        "tenant " + Checks.notNull(tenantId, "tenant_id").value() + " has no API key with hash "
            + abbreviate(Checks.notNull(keyHash, "key_hash")));
    this.tenantId = tenantId;
  }

  /**
   * The tenant asked.
   *
   * @return its id
   */
  public TenantId tenantId() {
    return tenantId;
  }

  /** The first eight characters of a hash and an ellipsis, for messages. */
  static String abbreviate(String keyHash) {
    return keyHash.length() <= 8 ? keyHash : keyHash.substring(0, 8) + "…";
  }
}
