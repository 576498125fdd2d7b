package com.wabotiq.credentials;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a 96-bit nonce and a 128-bit tag, through the JDK's JCE provider (no global
 * provider is installed). Only these sizes are accepted: the format never needs others, and
 * refusing them closes off the long-nonce and short-tag weaknesses GCM allows. Stateless and
 * thread-safe: each call makes its own {@link Cipher}. Package-private: the vault and the local
 * key-encryption key use it; nothing outside this package needs the bare primitive.
 */
final class AesGcm {
  /** Key length in bytes. */
  static final int KEY_BYTES = 32;

  /** Nonce length in bytes. */
  static final int NONCE_BYTES = 12;

  /** Tag length in bytes. */
  static final int TAG_BYTES = 16;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private AesGcm() {}

  /**
   * Encrypts and authenticates.
   *
   * @return the ciphertext followed by the 16-byte tag
   * @throws IllegalArgumentException if the key is not 32 bytes or the nonce not 12
   */
  static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
    checkSizes(key, nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BYTES * 8, nonce));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available: " + e.getClass().getName());
    }
  }

  /**
   * Checks and decrypts.
   *
   * @param sealed the ciphertext followed by its 16-byte tag
   * @return the plaintext
   * @throws CredentialException if the tag does not verify: tampered data, wrong key, wrong nonce
   *     or wrong associated data (the message says only that)
   * @throws IllegalArgumentException if the key is not 32 bytes, the nonce not 12, or {@code
   *     sealed} is shorter than a tag
   */
  static byte[] open(byte[] key, byte[] nonce, byte[] sealed, byte[] associatedData) {
    checkSizes(key, nonce);
    return open(key, nonce, 0, sealed, 0, sealed.length, associatedData);
  }

  /**
   * Checks and decrypts, reading the nonce and the sealed data in place (no copies).
   *
   * @return the plaintext
   * @throws CredentialException if the tag does not verify
   * @throws IllegalArgumentException if the key is not 32 bytes, the nonce's range is out of
   *     bounds, or the sealed range is shorter than a tag
   */
  static byte[] open(
      byte[] key,
      byte[] nonceSource,
      int nonceOffset,
      byte[] sealedSource,
      int sealedOffset,
      int sealedLength,
      byte[] associatedData) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "key (" + key.length + " bytes) must have " + KEY_BYTES + " bytes for AES-256");
    }
    if (nonceOffset < 0 || nonceOffset + NONCE_BYTES > nonceSource.length) {
      throw new IllegalArgumentException(
          "nonceOffset ("
              + nonceOffset
              + ") must leave "
              + NONCE_BYTES
              + " nonce bytes within the source ("
              + nonceSource.length
              + " bytes)");
    }
    if (sealedLength < TAG_BYTES) {
      throw new IllegalArgumentException(
          "sealedLength (" + sealedLength + ") must be at least the " + TAG_BYTES + "-byte tag");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BYTES * 8, nonceSource, nonceOffset, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealedSource, sealedOffset, sealedLength);
    } catch (AEADBadTagException e) {
      throw new CredentialException(
          "the ciphertext does not authenticate (tampered, or sealed under another key, tenant or"
              + " field)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available: " + e.getClass().getName());
    }
  }

  private static void checkSizes(byte[] key, byte[] nonce) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "key (" + key.length + " bytes) must have " + KEY_BYTES + " bytes for AES-256");
    }
    if (nonce.length != NONCE_BYTES) {
      throw new IllegalArgumentException(
          "nonce (" + nonce.length + " bytes) must have " + NONCE_BYTES + " bytes");
    }
  }
}
