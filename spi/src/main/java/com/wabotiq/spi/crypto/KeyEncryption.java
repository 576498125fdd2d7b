package com.wabotiq.spi.crypto;

/**
 * A key-encryption key (KEK): wraps and unwraps the per-tenant data keys that encrypt
 * credentials, binding each wrap to associated data (the SDK passes the tenant id and the data
 * key's version), so a wrapped key moved to another tenant does not unwrap. Adopters implement it
 * with their KMS (AWS KMS {@code Encrypt}/{@code Decrypt} with an encryption context, Google Cloud
 * KMS with additional authenticated data, Vault transit with a context); the SDK ships a local one.
 *
 * <p>Rotation: {@link #wrap} always uses the current primary key; {@link #unwrap} accepts every
 * key id the implementation still holds. Retiring a key makes the data keys wrapped by it
 * unreadable, so rewrap them first.
 *
 * <p>Implementations must be thread-safe and must never log, print or put in an exception message
 * a key or a data key.
 *
 * @since 0.1.0
 */
public interface KeyEncryption {
  /**
   * The id of the key that {@link #wrap} uses now.
   *
   * @return the primary key id
   */
  String primaryKeyId();

  /**
   * Wraps a data key under the primary key.
   *
   * @param dataKey the plaintext data key; the implementation must not keep it
   * @param associatedData bound to the wrap: unwrapping needs the same bytes
   * @return the wrapped key and the id of the key that wrapped it
   * @throws KeyEncryptionException if the key service fails
   */
  WrappedDataKey wrap(byte[] dataKey, byte[] associatedData);

  /**
   * Unwraps a data key.
   *
   * @param wrapped a wrapped key made by {@link #wrap}, possibly under an older primary
   * @param associatedData the bytes given to {@link #wrap}
   * @return the plaintext data key, a new array the caller wipes when done
   * @throws KeyEncryptionException if the key id is unknown or retired, the bytes do not
   *     authenticate with this associated data, or the key service fails
   */
  byte[] unwrap(WrappedDataKey wrapped, byte[] associatedData);
}
