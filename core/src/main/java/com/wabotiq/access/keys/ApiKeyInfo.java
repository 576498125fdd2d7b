package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a tenant's API key is, as listed: its hash (the key's identity), name, scopes, validity and
 * last use. Never the key itself, which is shown once, when it is issued.
 *
 * <p>Immutable and thread-safe.
 *
 * @param keyHash the key's SHA-256 hash, 64 lowercase hex digits: pass it to revoke, expire or roll
 * @param name the label given when it was issued; null when none
 * @param scopes what the key may do
 * @param createdAt when it was issued; null when unknown (a key written by another tool)
 * @param expiresAt when it stops working, exclusive; null when never
 * @param active false once revoked
 * @param lastUsedAt its last recorded use (at most a minute apart, and behind by up to the flush
 *     interval); null when none was recorded
 * @since 0.1.0
 */
public record ApiKeyInfo(
    String keyHash,
    @Nullable String name,
    List<ApiScope> scopes,
    @Nullable Instant createdAt,
    @Nullable Instant expiresAt,
    boolean active,
    @Nullable Instant lastUsedAt) {
  /**
   * Checks the required parts and copies the scopes.
   *
   * @param keyHash the key's SHA-256 hash
   * @param name the label; null when none
   * @param scopes what the key may do, copied
   * @param createdAt when it was issued; null when unknown
   * @param expiresAt when it stops working, exclusive; null when never
   * @param active false once revoked
   * @param lastUsedAt its last recorded use; null when none
   * @throws NullPointerException if {@code keyHash} or {@code scopes} (or one scope) is null
   */
  public ApiKeyInfo {
    Checks.notNull(keyHash, "key_hash");
    scopes = List.copyOf(Checks.notNull(scopes, "scopes"));
  }

  /**
   * The info of a stored key.
   *
   * @param key the key as the tenant record holds it
   * @param lastUsedAt its last recorded use, or null; preferred over the record's own {@code
   *     last_used_at} when later
   * @return the info
   * @throws NullPointerException if {@code key} is null
   */
  public static ApiKeyInfo of(ApiKey key, @Nullable Instant lastUsedAt) {
    Checks.notNull(key, "key");
    Instant stored = key.lastUsedAt();
    Instant last =
        stored == null || (lastUsedAt != null && lastUsedAt.isAfter(stored)) ? lastUsedAt : stored;
    return new ApiKeyInfo(
        key.keyHash(), key.name(), key.scopes(), key.createdAt(), key.expiresAt(), key.active(),
        last);
  }

  /**
   * Whether the key works at an instant: active and not expired.
   *
   * @param at the instant
   * @return true when active and {@code at} is before {@code expires_at} (or there is none)
   * @throws NullPointerException if {@code at} is null
   */
  public boolean isUsableAt(Instant at) {
    Checks.notNull(at, "at");
    return active && (expiresAt == null || at.isBefore(expiresAt));
  }

  /**
   * Whether the key has a scope.
   *
   * @param scope the scope
   * @return true when the key's scopes hold it
   */
  public boolean hasScope(ApiScope scope) {
    return scopes.contains(scope);
  }

  /** Shows the first eight hex digits of the hash, the name, scopes and validity. */
  @Override
  public String toString() {
    return "ApiKeyInfo[key_hash=" + ApiKeyNotFoundException.abbreviate(keyHash) + ", name=" + name
        + ", scopes=" + scopes + ", created_at=" + createdAt + ", expires_at=" + expiresAt
        + ", active=" + active + ", last_used_at=" + lastUsedAt + "]";
  }
}
