package com.wabotiq.access.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** HTTP tokens (RFC 9110 section 5.6.2), comma-separated lists of them, and safe quoting. */
final class Tokens {
  /** The most header names a preflight may ask for. */
  static final int MAX_HEADER_NAMES = 64;

  /** The longest {@code Access-Control-Request-Headers} value read. */
  static final int MAX_HEADER_LIST_LENGTH = 4096;

  /** The most characters of untrusted text a detail quotes. */
  static final int QUOTE_LIMIT = 64;

  private Tokens() {}

  /** Whether {@code s} is a non-empty RFC 9110 token: {@code 1*tchar}. */
  static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isTchar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTchar(char c) {
    return Origin.isAlpha(c) || Origin.isDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  /**
   * The lower-cased names of a comma-separated list, empty elements and optional whitespace
   * around elements skipped (RFC 9110 section 5.6.1); or null when an element is not a token,
   * the value is longer than {@link #MAX_HEADER_LIST_LENGTH} or names more than {@link
   * #MAX_HEADER_NAMES} headers. {@code problem[0]} then says which.
   */
  static @Nullable List<String> parseList(String value, String[] problem) {
    if (value.length() > MAX_HEADER_LIST_LENGTH) {
      problem[0] = "is longer than " + MAX_HEADER_LIST_LENGTH + " characters";
      return null;
    }
    List<String> names = new ArrayList<>();
    int start = 0;
    while (start <= value.length()) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      String item = trimOws(value.substring(start, end));
      if (!item.isEmpty()) {
        if (!isToken(item)) {
          problem[0] = "has " + quote(item) + ", which is not a header name";
          return null;
        }
        if (names.size() == MAX_HEADER_NAMES) {
          problem[0] = "names more than " + MAX_HEADER_NAMES + " headers";
          return null;
        }
        names.add(item.toLowerCase(Locale.ROOT));
      }
      start = end + 1;
    }
    return names;
  }

  /** {@code s} without leading and trailing spaces and horizontal tabs. */
  static String trimOws(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isOws(s.charAt(from))) {
      from++;
    }
    while (to > from && isOws(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Untrusted text made safe for a log line: in double quotes, cut to {@link #QUOTE_LIMIT}
   * characters (then followed by {@code …(N chars)}), every character outside printable ASCII,
   * every quote and backslash escaped as {@code \\u} and four hex digits.
   */
  static String quote(String s) {
    int shown = Math.min(s.length(), QUOTE_LIMIT);
    StringBuilder sb = new StringBuilder(shown + 16).append('"');
    for (int i = 0; i < shown; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
    if (shown < s.length()) {
      sb.append("…(").append(s.length()).append(" chars)");
    }
    return sb.toString();
  }
}
