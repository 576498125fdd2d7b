package com.wabotiq.access.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Twilio signs: the full URL followed by every form field, sorted by name (then by value for a
 * repeated name), each name immediately followed by its value, decoded from the raw form body. As
 * Twilio's own SDKs do, the URL is tried without its port and with its port (the scheme's default,
 * 443 or 80, added when it has none), because Twilio's signing side is inconsistent about ports.
 *
 * <p>Sources: twilio-java {@code com/twilio/security/RequestValidator.java} ({@code validate},
 * {@code removePort}, {@code addPort}); twilio-node {@code lib/webhooks/webhooks.ts} (repeated
 * names sorted by value).
 */
final class TwilioCanonical {
  private static final Comparator<Map.Entry<String, String>> BY_NAME_THEN_VALUE =
      Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

  private TwilioCanonical() {}

  /**
   * The URL without its port, then with its port (the scheme's default added when absent); one
   * element when both are the same or the URL is not {@code scheme://authority...}.
   */
  static List<String> urlCandidates(String url) {
    int schemeEnd = url.indexOf("://");
    if (schemeEnd <= 0) {
      return List.of(url);
    }
    int authorityStart = schemeEnd + 3;
    int authorityEnd = authorityStart;
    while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    int hostStart = url.lastIndexOf('@', authorityEnd - 1) + 1;
    hostStart = Math.max(hostStart, authorityStart);
    int bracket = url.lastIndexOf(']', authorityEnd - 1);
    int colon = url.lastIndexOf(':', authorityEnd - 1);
    boolean hasPort = colon >= hostStart && colon > bracket;
    if (hasPort && !allDigits(url, colon + 1, authorityEnd)) {
      return List.of(url);
    }
    String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    String withoutPort = hasPort ? url.substring(0, colon) + url.substring(authorityEnd) : url;
    String withPort;
    if (hasPort) {
      withPort = url;
    } else if (scheme.equals("https")) {
      withPort = url.substring(0, authorityEnd) + ":443" + url.substring(authorityEnd);
    } else if (scheme.equals("http")) {
      withPort = url.substring(0, authorityEnd) + ":80" + url.substring(authorityEnd);
    } else {
      withPort = url;
    }
    return withPort.equals(withoutPort) ? List.of(url) : List.of(withoutPort, withPort);
  }

  /** The value of the URL's query parameter {@code name} (decoded), or null when absent. */
  static @Nullable String queryParameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return null;
    }
    int fragment = url.indexOf('#', query);
    List<Map.Entry<String, String>> pairs =
        form(url.substring(query + 1, fragment < 0 ? url.length() : fragment));
    if (pairs == null) {
      return null;
    }
    for (Map.Entry<String, String> pair : pairs) {
      if (pair.getKey().equals(name)) {
        return pair.getValue();
      }
    }
    return null;
  }

  /**
   * The canonical field string of a form body: fields sorted, each name then value; null when the
   * body is not valid form encoding (a {@code %} not followed by two hex digits).
   */
  static @Nullable String sortedFields(byte[] body) {
    List<Map.Entry<String, String>> pairs =
        form(new String(body, StandardCharsets.ISO_8859_1)); // bytes as chars; decoded below
    if (pairs == null) {
      return null;
    }
    pairs.sort(BY_NAME_THEN_VALUE);
    StringBuilder out = new StringBuilder(body.length);
    for (Map.Entry<String, String> pair : pairs) {
      out.append(pair.getKey()).append(pair.getValue());
    }
    return out.toString();
  }

  /**
   * The pairs of {@code application/x-www-form-urlencoded} text whose chars are bytes ({@code +}
   * is a space, {@code %XX} a byte, the bytes then read as UTF-8); empty segments skipped, a name
   * without {@code =} has the empty value; null on a bad escape.
   */
  static @Nullable List<Map.Entry<String, String>> form(String text) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int amp = text.indexOf('&', start);
      int end = amp < 0 ? text.length() : amp;
      if (end > start) {
        int eq = text.indexOf('=', start);
        int nameEnd = eq < 0 || eq > end ? end : eq;
        String name = decode(text, start, nameEnd);
        String value = nameEnd == end ? "" : decode(text, nameEnd + 1, end);
        if (name == null || value == null) {
          return null;
        }
        pairs.add(Map.entry(name, value));
      }
      start = end + 1;
    }
    return pairs;
  }

  private static @Nullable String decode(String text, int from, int to) {
    byte[] bytes = new byte[(to - from) * 3];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes[n++] = ' ';
      } else if (c == '%') {
        if (i + 2 >= to) {
          return null;
        }
        byte[] hex = Codec.hex(text, i + 1, i + 3);
        if (hex == null) {
          return null;
        }
        bytes[n++] = hex[0];
        i += 2;
      } else if (c > 0xFF) {
        // Only in a query string holding non-Latin-1 text: keep the run as UTF-8.
        int j = i;
        while (j < to && text.charAt(j) > 0xFF) {
          j++;
        }
        byte[] utf8 = text.substring(i, j).getBytes(StandardCharsets.UTF_8);
        if (n + utf8.length > bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, n + utf8.length + (to - j) * 3);
        }
        System.arraycopy(utf8, 0, bytes, n, utf8.length);
        n += utf8.length;
        i = j - 1;
      } else {
        bytes[n++] = (byte) c;
      }
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  private static boolean allDigits(String text, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
