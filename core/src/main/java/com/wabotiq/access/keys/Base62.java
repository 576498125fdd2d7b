package com.wabotiq.access.keys;

/** Fixed-width Base62 ({@code 0-9A-Za-z}) of unsigned big-endian numbers. */
final class Base62 {
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** Each ASCII character's digit value, or -1. */
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private Base62() {}

  /** The digit value of {@code c}, or -1 when it is not a Base62 character. */
  static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }

  /**
   * Writes {@code bytes} (unsigned, big-endian) as exactly {@code width} digits, left-padded with
   * {@code 0}, into {@code out} from {@code offset}. The caller guarantees that the number fits.
   */
  static void encode(byte[] bytes, int width, char[] out, int offset) {
    byte[] number = bytes.clone();
    for (int position = offset + width - 1; position >= offset; position--) {
      int remainder = 0;
      for (int i = 0; i < number.length; i++) { // long division of the whole number by 62
        int acc = (remainder << 8) | (number[i] & 0xff);
        number[i] = (byte) (acc / 62);
        remainder = acc % 62;
      }
      out[position] = ALPHABET.charAt(remainder);
    }
    java.util.Arrays.fill(number, (byte) 0);
  }

  /** Writes {@code value} (0 to 2^32 - 1) as exactly {@code width} digits into {@code out}. */
  static void encode(long value, int width, char[] out, int offset) {
    long rest = value;
    for (int position = offset + width - 1; position >= offset; position--) {
      out[position] = ALPHABET.charAt((int) (rest % 62));
      rest /= 62;
    }
  }

  /**
   * The value of {@code width} digits of {@code text} from {@code offset}, or -1 when one is not
   * a Base62 character. At most 10 digits (62^10 fits in a long).
   */
  static long decode(CharSequence text, int offset, int width) {
    long value = 0;
    for (int i = offset; i < offset + width; i++) {
      int digit = value(text.charAt(i));
      if (digit < 0) {
        return -1;
      }
      value = value * 62 + digit;
    }
    return value;
  }
}
