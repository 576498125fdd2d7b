package com.wabotiq.examples.kms;

import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.crypto.WrappedDataKey;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * A worked {@link KeyEncryption} adapter over a cloud KMS, written only against {@code
 * wabotiq-spi}: data keys are wrapped by the KMS's {@code Encrypt} under the primary key, with the
 * SDK's associated data as the encryption context (so a wrapped key moved to another tenant does not
 * decrypt), and unwrapped by {@code Decrypt}. The KMS holds the key material; this process never
 * sees it. Rotation: point {@code primaryKeyId} at the new KMS key; the KMS still decrypts blobs of
 * the old one until it is disabled.
 */
public final class KmsKeyEncryption implements KeyEncryption {
  private static final String PURPOSE = "wabotiq-data-key";

  private final KmsClient kms;
  private final String primaryKeyId;

  /**
   * An adapter wrapping under one KMS key.
   *
   * @param kms the KMS client
   * @param primaryKeyId the KMS key new wraps use
   */
  public KmsKeyEncryption(KmsClient kms, String primaryKeyId) {
    this.kms = Objects.requireNonNull(kms, "kms");
    this.primaryKeyId = Objects.requireNonNull(primaryKeyId, "primaryKeyId");
  }

  private static Map<String, String> context(byte[] associatedData) {
    return Map.of("purpose", PURPOSE, "binding", Base64.getEncoder().encodeToString(associatedData));
  }

  @Override
  public String primaryKeyId() {
    return primaryKeyId;
  }

  @Override
  public WrappedDataKey wrap(byte[] dataKey, byte[] associatedData) {
    try {
      return new WrappedDataKey(primaryKeyId,
          kms.encrypt(primaryKeyId, dataKey, context(associatedData)));
    } catch (KmsClient.KmsUnavailableException e) {
      throw new KeyEncryptionException("the KMS is unavailable: cannot wrap under " + primaryKeyId, e);
    }
  }

  @Override
  public byte[] unwrap(WrappedDataKey wrapped, byte[] associatedData) {
    try {
      return kms.decrypt(wrapped.ciphertext(), context(associatedData));
    } catch (KmsClient.KmsUnavailableException e) {
      throw new KeyEncryptionException(
          "the KMS is unavailable: cannot unwrap under " + wrapped.keyId(), e);
    } catch (IllegalArgumentException e) {
      throw new KeyEncryptionException("the KMS refused to unwrap a data key of " + wrapped.keyId()
          + " (wrong key, disabled key, or another tenant's context)");
    }
  }

  /**
   * The primary key id only.
   *
   * @return e.g. {@code KmsKeyEncryption[primary=alias/wabotiq-2026]}
   */
  @Override
  public String toString() {
    return "KmsKeyEncryption[primary=" + primaryKeyId + "]";
  }
}
