package com.wabotiq.access.cors;

/**
 * IPv6 literals as the WHATWG URL standard parses and serializes them: eight 16-bit pieces, one
 * {@code ::} at most, an optional dotted-quad tail; serialized in lower-case hex without leading
 * zeros, the first longest run of two or more zero pieces written {@code ::} (as RFC 5952 says).
 * No zone identifiers.
 */
final class Ipv6 {
  private static final int[] MALFORMED = new int[0];

  private Ipv6() {}

  /** The eight pieces of {@code text}, or an empty array when it is not an IPv6 address. */
  static int[] parse(String text) {
    if (text.isEmpty() || text.length() > 45) {
      return MALFORMED;
    }
    int[] pieces = new int[8];
    int count = 0;
    int compress = -1;
    int i = 0;
    int n = text.length();
    if (text.startsWith("::")) {
      compress = 0;
      i = 2;
      if (i == n) {
        return pieces;
      }
    } else if (text.charAt(0) == ':') {
      return MALFORMED;
    }
    while (i < n) {
      if (count == 8) {
        return MALFORMED;
      }
      int start = i;
      int value = 0;
      while (i < n && i - start < 4 && Character.digit(text.charAt(i), 16) >= 0
          && text.charAt(i) < 0x80) {
        value = value * 16 + Character.digit(text.charAt(i), 16);
        i++;
      }
      if (i < n && text.charAt(i) == '.') {
        return ipv4Tail(text, start, pieces, count, compress);
      }
      if (i == start) {
        return MALFORMED;
      }
      pieces[count++] = value;
      if (i == n) {
        break;
      }
      if (text.charAt(i) != ':') {
        return MALFORMED;
      }
      i++;
      if (i < n && text.charAt(i) == ':') {
        if (compress >= 0) {
          return MALFORMED;
        }
        compress = count;
        i++;
        if (i == n) {
          break;
        }
      } else if (i == n) {
        return MALFORMED;
      }
    }
    return finish(pieces, count, compress);
  }

  private static int[] ipv4Tail(String text, int start, int[] pieces, int count, int compress) {
    if (count > 6) {
      return MALFORMED;
    }
    String[] parts = text.substring(start).split("\\.", -1);
    if (parts.length != 4) {
      return MALFORMED;
    }
    int[] octets = new int[4];
    for (int k = 0; k < 4; k++) {
      String p = parts[k];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return MALFORMED;
      }
      int v = 0;
      for (int j = 0; j < p.length(); j++) {
        char c = p.charAt(j);
        if (!Origin.isDigit(c)) {
          return MALFORMED;
        }
        v = v * 10 + (c - '0');
      }
      if (v > 255) {
        return MALFORMED;
      }
      octets[k] = v;
    }
    pieces[count] = (octets[0] << 8) | octets[1];
    pieces[count + 1] = (octets[2] << 8) | octets[3];
    return finish(pieces, count + 2, compress);
  }

  private static int[] finish(int[] pieces, int count, int compress) {
    if (compress < 0) {
      return count == 8 ? pieces : MALFORMED;
    }
    if (count == 8) {
      return MALFORMED; // "::" must stand for at least one piece
    }
    int[] out = new int[8];
    System.arraycopy(pieces, 0, out, 0, compress);
    int tail = count - compress;
    System.arraycopy(pieces, compress, out, 8 - tail, tail);
    return out;
  }

  /** The canonical text of eight pieces, without brackets. */
  static String serialize(int[] pieces) {
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (pieces[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && pieces[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append(i == 0 ? "::" : ":");
        i += bestLen - 1;
        continue;
      }
      sb.append(Integer.toHexString(pieces[i]));
      if (i < 7) {
        sb.append(':');
      }
    }
    return sb.toString();
  }
}
