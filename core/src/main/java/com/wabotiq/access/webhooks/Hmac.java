package com.wabotiq.access.webhooks;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * One secret as an HMAC key of one algorithm: a {@link Mac} initialised once, as a prototype that
 * each use clones (the clone carries the key schedule, so no key is processed per delivery). The
 * result is compared as bytes with {@link MessageDigest#isEqual}: no hex or base64 string of it is
 * built. Cloning rather than a {@code Mac} per thread keeps no key material in threads' maps after
 * a verifier is dropped (the facade builds one per call).
 */
final class Hmac {
  private final String algorithm;
  private final RawKey key;
  private final Mac prototype;
  private final boolean cloneable;

  Hmac(String algorithm, byte[] secret) {
    this.algorithm = algorithm;
    this.key = new RawKey(algorithm, secret);
    this.prototype = newMac();
    this.cloneable = canClone(prototype);
  }

  /** A MAC ready for {@code update}, of this caller's own. */
  Mac mac() {
    if (cloneable) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        // canClone said otherwise; fall through to a fresh instance
      }
    }
    return newMac();
  }

  /** The MAC of one whole message. */
  byte[] of(byte[] message) {
    return mac().doFinal(message);
  }

  /** Whether {@code expected} is the MAC just computed; constant time for equal lengths. */
  static boolean matches(byte[] computed, byte[] expected) {
    return MessageDigest.isEqual(computed, expected);
  }

  private static boolean canClone(Mac mac) {
    try {
      return mac.clone() != null;
    } catch (CloneNotSupportedException e) {
      return false;
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE platform must support HmacSHA1 and HmacSHA256; SunJCE has HmacSHA512.
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  /**
   * A raw key that, unlike {@code SecretKeySpec}, accepts an empty array (WooCommerce's own test
   * signs with an empty secret); the SDK's public API refuses empty secrets before they get here.
   */
  private static final class RawKey implements SecretKey {
    private static final long serialVersionUID = 1L;
    private final String algorithm;
    private final byte[] bytes;

    RawKey(String algorithm, byte[] bytes) {
      this.algorithm = algorithm;
      this.bytes = bytes.clone();
    }

    @Override
    public String getAlgorithm() {
      return algorithm;
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return bytes.clone();
    }

    @Override
    public void destroy() {
      Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
      return false;
    }

    @Override
    public String toString() {
      return "RawKey[" + algorithm + ", redacted]";
    }
  }
}
