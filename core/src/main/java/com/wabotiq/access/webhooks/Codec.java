package com.wabotiq.access.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * Hex and base64 decoding of untrusted header text that never throws: a malformed input gives
 * null, which the verifier reports as {@link VerificationCode#MALFORMED_HEADER} or as no match.
 */
final class Codec {
  private static final byte[] BASE64 = new byte[128];

  static {
    java.util.Arrays.fill(BASE64, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      BASE64[alphabet.charAt(i)] = (byte) i;
    }
  }

  private Codec() {}

  /** Hex digits (either case) of {@code text[from, to)} as bytes; null if odd or not hex. */
  static byte @Nullable [] hex(String text, int from, int to) {
    int length = to - from;
    if (length < 0 || (length & 1) != 0) {
      return null;
    }
    byte[] out = new byte[length / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = hexDigit(text.charAt(from + 2 * i));
      int lo = hexDigit(text.charAt(from + 2 * i + 1));
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  /** The value of an ASCII hex digit, or -1 (unlike {@code Character.digit}, no other script). */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Hex digits of the whole text; null if malformed. */
  static byte @Nullable [] hex(String text) {
    return hex(text, 0, text.length());
  }

  /**
   * Standard base64 (RFC 4648 section 4) with padding, as every provider here sends it; null for
   * a wrong length, a character outside the alphabet, misplaced padding or non-zero pad bits.
   */
  static byte @Nullable [] base64(String text) {
    int length = text.length();
    if (length == 0 || length % 4 != 0) {
      return null;
    }
    int pad = text.charAt(length - 1) == '=' ? (text.charAt(length - 2) == '=' ? 2 : 1) : 0;
    byte[] out = new byte[length / 4 * 3 - pad];
    int o = 0;
    for (int i = 0; i < length; i += 4) {
      int bits = 0;
      for (int j = 0; j < 4; j++) {
        char c = text.charAt(i + j);
        int v;
        if (c == '=' && i + 4 == length && j >= 4 - pad) {
          v = 0;
        } else if (c < 128 && BASE64[c] >= 0) {
          v = BASE64[c];
        } else {
          return null;
        }
        bits = (bits << 6) | v;
      }
      if (pad == 2 && i + 4 == length && (bits & 0xFFFF) != 0) {
        return null;
      }
      if (pad == 1 && i + 4 == length && (bits & 0xFF) != 0) {
        return null;
      }
      out[o++] = (byte) (bits >> 16);
      if (o < out.length) {
        out[o++] = (byte) (bits >> 8);
      }
      if (o < out.length) {
        out[o++] = (byte) bits;
      }
    }
    return out;
  }
}
