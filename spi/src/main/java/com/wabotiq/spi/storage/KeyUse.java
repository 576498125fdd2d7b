package com.wabotiq.spi.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One observed use of an API key: which tenant's key, identified by its SHA-256 hash, and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId the tenant that holds the key
 * @param keyHash the key's SHA-256 hash, as the tenant record's {@code key_hash} holds it
 * @param usedAt when the key was used
 * @since 0.1.0
 */
public record KeyUse(String tenantId, String keyHash, Instant usedAt) {
  /**
   * Checks that no part is null.
   *
   * @param tenantId the tenant that holds the key
   * @param keyHash the key's SHA-256 hash
   * @param usedAt when the key was used
   * @throws NullPointerException naming the null part
   */
  public KeyUse {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(keyHash, "key_hash == null");
    Objects.requireNonNull(usedAt, "used_at == null");
  }
}
