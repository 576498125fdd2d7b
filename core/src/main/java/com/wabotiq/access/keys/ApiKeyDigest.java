package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash of an API key: what the tenant record stores as {@code key_hash} (64 lowercase
 * hex digits) and what a presented key is looked up by. It cannot be turned back into the key.
 *
 * <p>Immutable and thread-safe; equality is constant-time. Usable as a map key: its hash code is
 * taken from the first bytes of the digest.
 *
 * @since 0.1.0
 */
public final class ApiKeyDigest {
  /** The length of the digest, in bytes. */
  public static final int BYTES = 32;

  private static final HexFormat HEX = HexFormat.of();

  /** One SHA-256 engine and input buffer per thread: hashing a key allocates only the result. */
  private static final ThreadLocal<Engine> ENGINE = ThreadLocal.withInitial(Engine::new);

  private final byte[] bytes;
  private final int hash;

  private ApiKeyDigest(byte[] bytes) {
    this.bytes = bytes;
    this.hash =
        ((bytes[0] & 0xff) << 24)
            | ((bytes[1] & 0xff) << 16)
            | ((bytes[2] & 0xff) << 8)
            | (bytes[3] & 0xff);
  }

  /**
   * The SHA-256 of a key's characters (UTF-8; a key is ASCII).
   *
   * @param key the key, e.g. as presented by a client
   * @return its digest
   * @throws NullPointerException if {@code key} is null
   */
  public static ApiKeyDigest of(CharSequence key) {
    Checks.notNull(key, "key");
    return new ApiKeyDigest(ENGINE.get().digest(key));
  }

  /**
   * Reads a stored {@code key_hash}.
   *
   * @param hex 64 hex digits, lowercase
   * @return the digest
   * @throws IllegalArgumentException if {@code hex} is not 64 lowercase hex digits; the message
   *     does not quote it
   * @throws NullPointerException if {@code hex} is null
   */
  public static ApiKeyDigest parse(String hex) {
    Checks.notNull(hex, "key_hash");
    Checks.argument(
        isHex(hex), "key_hash (%d characters) must be 64 lowercase hex digits", hex.length());
    return new ApiKeyDigest(HEX.parseHex(hex));
  }

  /**
   * Whether a string is a well-formed {@code key_hash}: 64 lowercase hex digits.
   *
   * @param hex the string
   * @return true when {@link #parse} accepts it
   * @throws NullPointerException if {@code hex} is null
   */
  public static boolean isHex(String hex) {
    Checks.notNull(hex, "key_hash");
    if (hex.length() != 2 * BYTES) {
      return false;
    }
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The digest as the tenant record stores it.
   *
   * @return 64 lowercase hex digits
   */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  /**
   * Whether this digest equals a stored {@code key_hash}, compared in constant time.
   *
   * @param storedHex the stored hash
   * @return true when both are the same 32 bytes; false for anything else, malformed included
   * @throws NullPointerException if {@code storedHex} is null
   */
  public boolean matches(String storedHex) {
    Checks.notNull(storedHex, "key_hash");
    return isHex(storedHex) && MessageDigest.isEqual(bytes, HEX.parseHex(storedHex));
  }

  /** Compares the two digests in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeyDigest that && MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * The first eight hex digits, enough to tell keys apart in a log.
   *
   * @return e.g. {@code ApiKeyDigest[3f2a9c01…]}
   */
  @Override
  public String toString() {
    return "ApiKeyDigest[" + HEX.formatHex(bytes, 0, 4) + "…]";
  }

  /** A thread's SHA-256 engine and its input buffer. */
  private static final class Engine {
    private final MessageDigest sha256;
    private final byte[] ascii = new byte[ApiKeyFormat.LENGTH];

    Engine() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    byte[] digest(CharSequence key) {
      if (key.length() == ascii.length && isAscii(key)) {
        for (int i = 0; i < ascii.length; i++) {
          ascii[i] = (byte) key.charAt(i);
        }
        return sha256.digest(ascii);
      }
      return sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(CharSequence key) {
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) >= 0x80) {
          return false;
        }
      }
      return true;
    }
  }
}
