package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An API key of a tenant as stored: the SHA-256 hash of the key (never the key itself), its name,
 * scopes, validity and last use. The plaintext key is shown once, when it is created, and never
 * stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param keyHash the SHA-256 hash of the key, required
 * @param name a human-readable label, e.g. {@code Production API Key}; null when absent
 * @param scopes what the key may do, e.g. {@code read, write}; never null, empty when absent
 * @param createdAt when the key was created; null when absent
 * @param lastUsedAt when the key was last used (updated at most once a minute); null when absent or
 *     never
 * @param expiresAt when the key stops working, exclusive; null when it never expires
 * @param isActive false when the key was revoked; null when absent, which counts as active
 * @since 0.1.0
 */
public record ApiKey(
    String keyHash,
    @Nullable String name,
    List<ApiScope> scopes,
    @Nullable Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant expiresAt,
    @Nullable Boolean isActive) {
  /**
   * Checks well-formedness: {@code key_hash} is present; {@code scopes} is copied.
   *
   * @param keyHash the SHA-256 hash of the key, never null
   * @param name a human-readable label; null when absent
   * @param scopes what the key may do, copied; null becomes empty
   * @param createdAt when the key was created; null when absent
   * @param lastUsedAt when the key was last used; null when absent or never
   * @param expiresAt when the key stops working, exclusive; null when it never expires
   * @param isActive false when the key was revoked; null when absent, which counts as active
   * @throws NullPointerException naming {@code key_hash}, or the index of a null scope
   */
  public ApiKey {
    Checks.notNull(keyHash, "key_hash");
    scopes = Checks.copyOf(scopes, "scopes");
  }

  /**
   * Whether the key has not been revoked: {@code is_active} is true or absent. Expiry is a
   * separate question, answered at check time.
   *
   * @return false only when {@code is_active} is {@link Boolean#FALSE}
   */
  public boolean active() {
    return !Boolean.FALSE.equals(isActive);
  }
}
