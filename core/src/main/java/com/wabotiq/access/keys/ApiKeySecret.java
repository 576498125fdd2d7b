package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A raw API key, as it is handed to its owner exactly once when it is issued: the only type that
 * holds it. The SDK never stores it (only its {@link #digest() SHA-256 hash}); its {@link
 * #toString()} shows the prefix and the last four characters only; {@link #reveal()} gives the key
 * itself, to show to the user or send to the client.
 *
 * <p>Immutable and thread-safe; equality is constant-time.
 *
 * @since 0.1.0
 */
public final class ApiKeySecret {
  private final String key;

  private ApiKeySecret(String key) {
    this.key = key;
  }

  /** Wraps a key this package made; the caller guarantees the format. */
  static ApiKeySecret wrap(String key) {
    return new ApiKeySecret(key);
  }

  /**
   * The key itself: show it once, then forget it.
   *
   * @return the 48-character key
   */
  public String reveal() {
    return key;
  }

  /**
   * The environment the key's prefix names.
   *
   * @return live or test
   */
  public ApiKeyEnvironment environment() {
    return Checks.notNull(ApiKeyFormat.environmentOf(key), "environment");
  }

  /**
   * The key's SHA-256 hash, as the tenant record stores it.
   *
   * @return the digest
   */
  public ApiKeyDigest digest() {
    return ApiKeyDigest.of(key);
  }

  /**
   * A masked form for display: the prefix, an ellipsis and the last four characters, e.g. {@code
   * wbq_live_…x9Qa}.
   *
   * @return the masked key
   */
  public String hint() {
    return key.substring(0, ApiKeyFormat.PREFIX_LENGTH) + "…" + key.substring(key.length() - 4);
  }

  /** Compares the two keys in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeySecret that
        && MessageDigest.isEqual(
            key.getBytes(StandardCharsets.US_ASCII), that.key.getBytes(StandardCharsets.US_ASCII));
  }

  /** A hash of the key's digest, never of the key's characters alone. */
  @Override
  public int hashCode() {
    return digest().hashCode();
  }

  /**
   * Returns {@link #hint()}: never the key.
   *
   * @return e.g. {@code ApiKeySecret[wbq_live_…x9Qa]}
   */
  @Override
  public String toString() {
    return "ApiKeySecret[" + hint() + "]";
  }
}
