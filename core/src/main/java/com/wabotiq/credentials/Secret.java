package com.wabotiq.credentials;

import com.wabotiq.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A credential in plaintext: the one type that holds it. Its {@link #toString()} is {@code
 * Secret[redacted]}, it has no accessor a serializer or logger would find, and revealing it takes
 * an explicit call to {@link #reveal()}. {@link #wipe()} overwrites it; a wiped secret can no
 * longer be revealed. {@link #hint()} gives a masked form for display: a short known prefix (such
 * as {@code sk_}, {@code AC} or {@code shpat_}) and the last four characters.
 *
 * <p>Equality compares the plaintexts in constant time; every secret has the same hash code, so
 * hashing reveals nothing. The SDK's JSON codec refuses to write a secret, and its fields are
 * {@code transient}, so reflective serializers skip them. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Secret {
  /** Known credential prefixes shown in hints, longest first so the most specific wins. */
  private static final List<String> KNOWN_PREFIXES =
      List.of(
          "sk_live_", "sk_test_", "pk_live_", "pk_test_", "shpat_", "whsec_", "sk-ant-", "AIza",
          "sk_", "pk_", "ck_", "cs_", "sk-", "AC", "SK");

  /** Shorter plaintexts get no visible characters in their hint. */
  private static final int MIN_HINT_LENGTH = 8;

  // Transient, so that reflective serializers (Gson, Moshi's class adapter) skip the plaintext.
  private final transient byte[] utf8;
  private transient boolean wiped;

  private Secret(byte[] utf8) {
    this.utf8 = utf8;
  }

  /**
   * A secret holding a copy of a plaintext.
   *
   * @param plaintext the plaintext, not empty
   * @return the secret
   * @throws NullPointerException if {@code plaintext} is null
   * @throws IllegalArgumentException if {@code plaintext} is empty
   */
  public static Secret of(String plaintext) {
    Checks.notNull(plaintext, "plaintext");
    Checks.argument(!plaintext.isEmpty(), "plaintext must not be empty");
    return new Secret(plaintext.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A secret holding a copy of a UTF-8 plaintext; the caller may wipe its own array afterwards.
   *
   * @param utf8 the plaintext's UTF-8 bytes, not empty
   * @return the secret
   * @throws NullPointerException if {@code utf8} is null
   * @throws IllegalArgumentException if {@code utf8} is empty
   */
  public static Secret ofUtf8(byte[] utf8) {
    Checks.notNull(utf8, "utf8");
    Checks.argument(utf8.length > 0, "utf8 must not be empty");
    return new Secret(utf8.clone());
  }

  /**
   * The plaintext, for the moment of calling the provider that needs it.
   *
   * @return the plaintext
   * @throws IllegalStateException if the secret was wiped
   */
  public synchronized String reveal() {
    requireNotWiped();
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /**
   * A copy of the plaintext's UTF-8 bytes, which the caller can wipe when done.
   *
   * @return a new array
   * @throws IllegalStateException if the secret was wiped
   */
  public synchronized byte[] revealUtf8() {
    requireNotWiped();
    return utf8.clone();
  }

  /**
   * A masked form for display: a known prefix, an ellipsis and the last four characters (e.g.
   * {@code sk_…4242}); a plaintext under eight characters shows nothing but its known prefix.
   *
   * @return the hint
   * @throws IllegalStateException if the secret was wiped
   */
  public synchronized String hint() {
    requireNotWiped();
    String plain = new String(utf8, StandardCharsets.UTF_8);
    String prefix = "";
    for (String known : KNOWN_PREFIXES) {
      if (plain.startsWith(known) && plain.length() >= known.length() + MIN_HINT_LENGTH) {
        prefix = known;
        break;
      }
    }
    int codePoints = plain.codePointCount(0, plain.length());
    if (codePoints < MIN_HINT_LENGTH) {
      return prefix + "…";
    }
    int lastFour = plain.offsetByCodePoints(plain.length(), -4);
    return prefix + "…" + plain.substring(lastFour);
  }

  /** Overwrites the plaintext; afterwards the secret can no longer be revealed. */
  public synchronized void wipe() {
    Arrays.fill(utf8, (byte) 0);
    wiped = true;
  }

  /**
   * Whether {@link #wipe()} was called.
   *
   * @return true once wiped
   */
  public synchronized boolean isWiped() {
    return wiped;
  }

  private void requireNotWiped() {
    if (wiped) {
      throw new IllegalStateException("the secret was wiped");
    }
  }

  /**
   * Whether another secret holds the same plaintext, compared in constant time for equal lengths.
   * Wiped secrets equal only themselves.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Secret that)) {
      return false;
    }
    byte[] mine;
    byte[] theirs;
    synchronized (this) {
      if (wiped) {
        return false;
      }
      mine = utf8.clone();
    }
    synchronized (that) {
      if (that.wiped) {
        return false;
      }
      theirs = that.utf8.clone();
    }
    try {
      return MessageDigest.isEqual(mine, theirs);
    } finally {
      Arrays.fill(mine, (byte) 0);
      Arrays.fill(theirs, (byte) 0);
    }
  }

  /** The same for every secret, so that a hash reveals nothing of the plaintext. */
  @Override
  public int hashCode() {
    return 0x5ec7e7;
  }

  /**
   * Never the plaintext.
   *
   * @return {@code Secret[redacted]}
   */
  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
