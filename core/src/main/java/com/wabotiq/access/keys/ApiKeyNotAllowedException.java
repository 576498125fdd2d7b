package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.WabotiqException;
import com.wabotiq.types.TenantId;

/**
 * A tenant may not hold the key asked for: its tier does not grant the scope ({@link
 * ApiKeyCode#TIER_FORBIDS}: a {@code read} tier cannot hold a {@code write} key), or its status
 * does not allow it ({@link ApiKeyCode#TENANT_FORBIDDEN}). Nothing was written.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class ApiKeyNotAllowedException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** The tenant asked. */
  private final TenantId tenantId;

  /** Why not. */
  private final ApiKeyCode code;

  /**
   * Creates the exception.
   *
   * @param tenantId the tenant asked
   * @param code why not: {@link ApiKeyCode#TIER_FORBIDS} or {@link ApiKeyCode#TENANT_FORBIDDEN}
   * @param reason what the rule says, e.g. {@code scope write needs api_access full, tier has read}
   * @throws NullPointerException if an argument is null
   */
  public ApiKeyNotAllowedException(TenantId tenantId, ApiKeyCode code, String reason) {
    super(
        "tenant " + Checks.notNull(tenantId, "tenant_id").value() + " may not hold this API key ("
            + Checks.notNull(code, "code").wireValue() + "): " + Checks.notNull(reason, "reason"));
    this.tenantId = tenantId;
    this.code = code;
  }

  /**
   * The tenant asked.
   *
   * @return its id
   */
  public TenantId tenantId() {
    return tenantId;
  }

  /**
   * Why not.
   *
   * @return {@link ApiKeyCode#TIER_FORBIDS} or {@link ApiKeyCode#TENANT_FORBIDDEN}
   */
  public ApiKeyCode code() {
    return code;
  }
}
