package com.wabotiq.access.webhooks;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code Stripe-Signature} header: {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}, with
 * other schemes ({@code v0}, future ones) and items without {@code =} ignored, as Stripe's
 * libraries do. Unlike stripe-java's parser (which lets {@code NumberFormatException} and
 * {@code ArrayIndexOutOfBoundsException} escape on a bad header), {@link #parse} never throws.
 */
final class StripeHeader {
  /** Longer headers are refused unread. Stripe's are under 300 bytes. */
  static final int MAX_LENGTH = 8192;

  /** More than 18 digits could overflow a long; Stripe's are 10. */
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  /** The bytes of an HMAC-SHA256. */
  private static final int V1_BYTES = 32;

  final long timestamp;
  /** The v1 signatures that decode to 32 bytes; v1 items of another shape are kept out. */
  final List<byte[]> signatures;

  private StripeHeader(long timestamp, List<byte[]> signatures) {
    this.timestamp = timestamp;
    this.signatures = signatures;
  }

  /**
   * The header's timestamp and signatures, or null when it is malformed: too long, no {@code t},
   * two {@code t}, a {@code t} that is not 1 to 18 ASCII digits, or no {@code v1} item at all.
   */
  static @Nullable StripeHeader parse(String header) {
    if (header.length() > MAX_LENGTH) {
      return null;
    }
    long timestamp = -1;
    boolean sawV1 = false;
    List<byte[]> signatures = new ArrayList<>(2);
    int start = 0;
    int length = header.length();
    while (start <= length) {
      int comma = header.indexOf(',', start);
      int end = comma < 0 ? length : comma;
      int from = skipSpaces(header, start, end);
      int to = trimSpaces(header, from, end);
      int eq = header.indexOf('=', from);
      if (eq >= 0 && eq < to) {
        if (isKey(header, from, eq, "t")) {
          if (timestamp >= 0) {
            return null;
          }
          timestamp = digits(header, eq + 1, to);
          if (timestamp < 0) {
            return null;
          }
        } else if (isKey(header, from, eq, "v1")) {
          sawV1 = true;
          byte[] signature = Codec.hex(header, eq + 1, to);
          if (signature != null && signature.length == V1_BYTES) {
            signatures.add(signature);
          }
        }
      }
      start = end + 1;
    }
    return timestamp < 0 || !sawV1 ? null : new StripeHeader(timestamp, signatures);
  }

  private static boolean isKey(String header, int from, int to, String key) {
    return to - from == key.length() && header.regionMatches(from, key, 0, key.length());
  }

  /** The decimal value of {@code text[from, to)}, or -1 unless it is 1 to 18 ASCII digits. */
  private static long digits(String text, int from, int to) {
    if (to <= from || to - from > MAX_TIMESTAMP_DIGITS) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int skipSpaces(String text, int from, int to) {
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

  private static int trimSpaces(String text, int from, int to) {
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    return to;
  }
}
