package com.wabotiq.credentials;

import com.wabotiq.types.TenantId;

/**
 * Hears how a bulk rewrap or shred over many tenants advances, e.g. to print a progress line.
 * Called on the caller's thread after each tenant.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Progress {
  /** A listener that hears nothing. */
  Progress NONE = (done, total, tenant, changed) -> { };

  /**
   * One more tenant is done.
   *
   * @param done how many tenants are done, this one included
   * @param total how many there are in all
   * @param tenant the tenant just done
   * @param changed how many data keys it rewrapped or deleted (0 when already done: a resumed run
   *     skips what a crashed one finished)
   */
  void tenantDone(int done, int total, TenantId tenant, int changed);
}
