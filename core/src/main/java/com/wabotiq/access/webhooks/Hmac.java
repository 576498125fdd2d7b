package com.wabotiq.access.webhooks;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * One secret as an HMAC key of one algorithm, with a {@link Mac} per thread initialised once, so
 * that verifying a delivery costs the MAC of its bytes and nothing more: no key schedule, no hex or
 * base64 string of the result (the header is decoded to bytes and compared with {@link
 * MessageDigest#isEqual}).
 */
final class Hmac {
  private final String algorithm;
  private final RawKey key;
  private final ThreadLocal<Mac> macs;

  Hmac(String algorithm, byte[] secret) {
    this.algorithm = algorithm;
    this.key = new RawKey(algorithm, secret);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** A MAC ready for {@code update}; {@code doFinal} leaves it ready again. */
  Mac mac() {
    return macs.get();
  }

  /** The MAC of one whole message. */
  byte[] of(byte[] message) {
    return mac().doFinal(message);
  }

  /** Whether {@code expected} is the MAC just computed; constant time for equal lengths. */
  static boolean matches(byte[] computed, byte[] expected) {
    return MessageDigest.isEqual(computed, expected);
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
