package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;

/**
 * A key just issued: the key itself, to hand over once, and what was stored about it.
 *
 * <p>Immutable and thread-safe. Its {@code toString} masks the key.
 *
 * @param secret the key; {@link ApiKeySecret#reveal()} gives it, once, to its owner
 * @param info what was stored: hash, name, scopes, validity
 * @since 0.1.0
 */
public record IssuedApiKey(ApiKeySecret secret, ApiKeyInfo info) {
  /**
   * Checks that both parts are present.
   *
   * @param secret the key
   * @param info what was stored
   * @throws NullPointerException naming a missing part
   */
  public IssuedApiKey {
    Checks.notNull(secret, "secret");
    Checks.notNull(info, "info");
  }
}
