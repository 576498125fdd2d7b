package com.wabotiq.examples.kms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in KMS for the example and its tests, behaving like a cloud KMS where it matters: keys
 * live only inside it, blobs name their key, the encryption context is authenticated, keys can be
 * created and disabled, and the service can be "down". Not for production.
 */
public final class InProcessKms implements KmsClient {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
  private volatile boolean down;

  /**
   * Creates a key.
   *
   * @param keyId its id
   */
  public void createKey(String keyId) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    keys.put(keyId, key);
  }

  /**
   * Disables a key: blobs it made no longer decrypt.
   *
   * @param keyId its id
   */
  public void disableKey(String keyId) {
    keys.remove(keyId);
  }

  /**
   * Takes the service down or brings it back.
   *
   * @param down whether calls fail as unreachable
   */
  public void setDown(boolean down) {
    this.down = down;
  }

  @Override
  public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> context) {
    byte[] key = available(keyId);
    byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, context, plaintext);
    return ByteBuffer.allocate(1 + id.length + 12 + sealed.length)
        .put((byte) id.length).put(id).put(nonce).put(sealed).array();
  }

  @Override
  public byte[] decrypt(byte[] blob, Map<String, String> context) {
    if (blob.length < 1 + 12 + 16) {
      throw new IllegalArgumentException("invalid ciphertext");
    }
    int idLength = blob[0] & 0xff;
    String keyId = new String(blob, 1, idLength, StandardCharsets.UTF_8);
    byte[] key = available(keyId);
    byte[] nonce = java.util.Arrays.copyOfRange(blob, 1 + idLength, 13 + idLength);
    byte[] sealed = java.util.Arrays.copyOfRange(blob, 13 + idLength, blob.length);
    return cipher(Cipher.DECRYPT_MODE, key, nonce, context, sealed);
  }

  private byte[] available(String keyId) {
    if (down) {
      throw new KmsUnavailableException("connection refused");
    }
    byte[] key = keys.get(keyId);
    if (key == null) {
      throw new IllegalArgumentException("invalid ciphertext: key " + keyId + " is disabled or unknown");
    }
    return key;
  }

  private static byte[] cipher(
      int mode, byte[] key, byte[] nonce, Map<String, String> context, byte[] input) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      c.updateAAD(new TreeMap<>(context).toString().getBytes(StandardCharsets.UTF_8));
      return c.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("invalid ciphertext: the encryption context does not match");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
