package com.wabotiq.spi.crypto;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A data key wrapped by a key-encryption key: the id of the key that wrapped it and the opaque
 * bytes to hand back to {@link KeyEncryption#unwrap}. Holds copies; its {@code toString} shows the
 * key id and length, never the bytes.
 *
 * @since 0.1.0
 */
public final class WrappedDataKey {
  private final String keyId;
  private final byte[] ciphertext;

  /**
   * Creates a wrapped data key.
   *
   * @param keyId the id of the key-encryption key that wrapped it, not blank, at most 255 ASCII
   *     characters
   * @param ciphertext the wrapped bytes, not empty; copied
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key id is blank, too long or not printable ASCII, or
   *     the ciphertext is empty
   */
  public WrappedDataKey(String keyId, byte[] ciphertext) {
    Objects.requireNonNull(keyId, "key_id == null");
    Objects.requireNonNull(ciphertext, "ciphertext == null");
    if (keyId.isBlank() || keyId.length() > 255 || !keyId.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "key_id (a string of "
              + keyId.length()
              + " characters) must be 1 to 255 printable ASCII characters");
    }
    if (ciphertext.length == 0) {
      throw new IllegalArgumentException("ciphertext must not be empty");
    }
    this.keyId = keyId;
    this.ciphertext = ciphertext.clone();
  }

  /**
   * The id of the key-encryption key that wrapped the data key.
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The wrapped bytes.
   *
   * @return a copy
   */
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WrappedDataKey that
        && that.keyId.equals(keyId)
        && Arrays.equals(that.ciphertext, ciphertext);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode() * 31 + Arrays.hashCode(ciphertext);
  }

  /**
   * The key id and length only.
   *
   * @return e.g. {@code WrappedDataKey[keyId=master-2026, 60 bytes]}
   */
  @Override
  public String toString() {
    return "WrappedDataKey[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
  }
}
