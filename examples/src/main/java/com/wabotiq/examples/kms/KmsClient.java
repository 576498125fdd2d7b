package com.wabotiq.examples.kms;

import java.util.Map;

/**
 * The two calls of a cloud KMS that key encryption needs, shaped like AWS KMS's {@code Encrypt}
 * and {@code Decrypt}: the ciphertext blob names the key that made it, and the encryption context
 * must match exactly on decrypt. A real adapter implements this with the vendor's SDK client.
 */
public interface KmsClient {
  /**
   * Encrypts under a key.
   *
   * @param keyId the KMS key id or alias
   * @param plaintext at most a few kilobytes (a data key is 32 bytes)
   * @param context the encryption context, bound to the ciphertext
   * @return the ciphertext blob, which names the key
   * @throws KmsUnavailableException if the service cannot be reached
   */
  byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> context);

  /**
   * Decrypts a blob made by {@link #encrypt}.
   *
   * @param blob the ciphertext blob
   * @param context the same encryption context
   * @return the plaintext
   * @throws KmsUnavailableException if the service cannot be reached
   * @throws IllegalArgumentException if the blob does not decrypt with this context (the KMS's
   *     InvalidCiphertextException)
   */
  byte[] decrypt(byte[] blob, Map<String, String> context);

  /** The service could not be reached. */
  final class KmsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     */
    public KmsUnavailableException(String message) {
      super(message);
    }
  }
}
