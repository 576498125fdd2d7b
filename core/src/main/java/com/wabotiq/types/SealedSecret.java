package com.wabotiq.types;

import com.wabotiq.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A field the data reference marks "Encrypted", as stored: an opaque ciphertext string. This SDK
 * never holds such a field's plaintext in the model; the credentials module seals and opens it.
 *
 * <p>Its {@link #toString()} reveals nothing (not even the ciphertext, its length or its prefix),
 * and {@link #equals} compares in constant time. The ciphertext itself is not a secret, but it is
 * shown only by the explicit {@link #ciphertext()} call, which the JSON codec uses.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SealedSecret {
  private final String ciphertext;

  private SealedSecret(String ciphertext) {
    this.ciphertext = ciphertext;
  }

  /**
   * Wraps a stored ciphertext.
   *
   * @param ciphertext the opaque stored form, never null
   * @return the sealed secret
   * @throws NullPointerException if {@code ciphertext} is null
   */
  public static SealedSecret of(String ciphertext) {
    return new SealedSecret(Checks.notNull(ciphertext, "ciphertext"));
  }

  /**
   * The stored ciphertext, for persistence and the JSON codec. Never log it.
   *
   * @return the opaque stored form
   */
  public String ciphertext() {
    return ciphertext;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedSecret other
        && MessageDigest.isEqual(
            ciphertext.getBytes(StandardCharsets.UTF_8),
            other.ciphertext.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return ciphertext.hashCode();
  }

  /** Returns {@code "SealedSecret[redacted]"}, whatever the content. */
  @Override
  public String toString() {
    return "SealedSecret[redacted]";
  }
}
