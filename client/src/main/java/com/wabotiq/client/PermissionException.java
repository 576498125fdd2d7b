package com.wabotiq.client;

import org.jspecify.annotations.Nullable;

/**
 * 403: the key is valid but may not do this: a missing scope ({@code insufficient_scope}), another
 * tenant ({@code tenant_mismatch}), the tenant's status ({@code tenant_forbidden}) or its tier's API
 * access ({@code tier_forbids}).
 *
 * @since 0.1.0
 */
public final class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param code the API's error code
   * @param requestId the request id, or null
   * @param attempts attempts made
   */
  public PermissionException(
      String message, String code, @Nullable String requestId, int attempts) {
    super(message, 403, code, requestId, attempts, null);
  }
}
