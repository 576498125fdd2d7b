package com.wabotiq.access.cors;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A serialized origin, {@code scheme://host[:port]}, parsed strictly (RFC 6454 section 6.1 and the
 * WHATWG URL standard's origin serialization, which is what browsers send in {@code Origin}) and
 * kept in canonical form: scheme and host lower-cased, the scheme's default port dropped, an IPv6
 * literal compressed as RFC 5952 writes it. Two origins are the same origin exactly when their
 * canonical forms are equal.
 *
 * <p>Refused: anything but {@code scheme "://" host [":" port]} (a path, even {@code /}, a query, a
 * fragment, user information, whitespace inside), a host with a character outside letters,
 * digits, {@code -}, {@code _} and {@code .}, an empty label or a trailing dot, a numeric host
 * that is not a canonical dotted quad, an IPv6 zone, a port with a sign, a leading zero or above
 * 65535. Non-ASCII hosts are refused: browsers send the punycode form ({@code xn--…}), which is
 * compared as it is sent.
 */
final class Origin {
  /** The longest origin text accepted; real origins are far shorter. */
  static final int MAX_LENGTH = 2048;

  private final String scheme;
  private final String host;
  private final int port;
  private final String serialized;

  private Origin(String scheme, String host, int port) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.serialized = port < 0 ? scheme + "://" + host : scheme + "://" + host + ":" + port;
  }

  /** The lower-case scheme, e.g. {@code https}. */
  String scheme() {
    return scheme;
  }

  /** The lower-case host; an IPv6 literal in brackets, compressed. */
  String host() {
    return host;
  }

  /** The port, or -1 when it is absent or the scheme's default. */
  int port() {
    return port;
  }

  /** The canonical serialization, e.g. {@code https://app.acme.com}: what a browser sends. */
  String serialized() {
    return serialized;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Origin other && serialized.equals(other.serialized);
  }

  @Override
  public int hashCode() {
    return serialized.hashCode();
  }

  @Override
  public String toString() {
    return serialized;
  }

  /**
   * The outcome of parsing: an origin, or why the text is not one.
   *
   * @param origin the parsed origin; null when the text is malformed
   * @param problem why the text is malformed, free of the text itself; empty when it is not
   */
  record Parsed(@Nullable Origin origin, String problem) {}

  private static Parsed bad(String problem) {
    return new Parsed(null, problem);
  }

  /** Parses {@code text}; never throws for any string. */
  static Parsed parse(String text) {
    if (text.isEmpty()) {
      return bad("is empty");
    }
    if (text.length() > MAX_LENGTH) {
      return bad("is longer than " + MAX_LENGTH + " characters");
    }
    int sep = text.indexOf("://");
    if (sep <= 0) {
      return bad("has no scheme followed by ://");
    }
    String scheme = text.substring(0, sep);
    if (!isScheme(scheme)) {
      return bad("has a malformed scheme");
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    String authority = text.substring(sep + 3);
    for (int i = 0; i < authority.length(); i++) {
      switch (authority.charAt(i)) {
        case '/':
          return bad("has a path; an origin is scheme://host[:port]");
        case '?':
          return bad("has a query; an origin is scheme://host[:port]");
        case '#':
          return bad("has a fragment; an origin is scheme://host[:port]");
        case '@':
          return bad("has user information; an origin is scheme://host[:port]");
        default:
          break;
      }
    }
    return authority.startsWith("[") ? parseIpv6(scheme, authority) : parseName(scheme, authority);
  }

  private static Parsed parseName(String scheme, String authority) {
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    String problem = hostProblem(host);
    if (!problem.isEmpty()) {
      return bad(problem);
    }
    return withPort(scheme, host.toLowerCase(Locale.ROOT), colon < 0 ? null
        : authority.substring(colon + 1));
  }

  private static Parsed parseIpv6(String scheme, String authority) {
    int close = authority.indexOf(']');
    if (close < 0) {
      return bad("has an IPv6 literal without ]");
    }
    String literal = authority.substring(1, close);
    int[] pieces = Ipv6.parse(literal);
    if (pieces.length == 0) {
      return bad("has a malformed IPv6 literal");
    }
    String rest = authority.substring(close + 1);
    if (!rest.isEmpty() && rest.charAt(0) != ':') {
      return bad("has characters after the IPv6 literal");
    }
    return withPort(scheme, "[" + Ipv6.serialize(pieces) + "]", rest.isEmpty() ? null
        : rest.substring(1));
  }

  private static Parsed withPort(String scheme, String host, @Nullable String portText) {
    if (portText == null) {
      return new Parsed(new Origin(scheme, host, -1), "");
    }
    if (portText.isEmpty() || portText.length() > 5) {
      return bad("has a port that is not 1 to 5 digits");
    }
    int port = 0;
    for (int i = 0; i < portText.length(); i++) {
      char c = portText.charAt(i);
      if (c < '0' || c > '9') {
        return bad("has a port that is not 1 to 5 digits");
      }
      port = port * 10 + (c - '0');
    }
    if (portText.length() > 1 && portText.charAt(0) == '0') {
      return bad("has a port with a leading zero");
    }
    if (port > 65535) {
      return bad("has a port above 65535");
    }
    return new Parsed(new Origin(scheme, host, port == defaultPort(scheme) ? -1 : port), "");
  }

  /** The scheme's default port, or -2 (never a port) when it has none we know. */
  private static int defaultPort(String scheme) {
    switch (scheme) {
      case "http":
        return 80;
      case "https":
        return 443;
      default:
        return -2;
    }
  }

  /** RFC 3986 {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )}. */
  private static boolean isScheme(String s) {
    if (!isAlpha(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Why a host name or IPv4 address is malformed, or empty when it is well formed. */
  private static String hostProblem(String host) {
    if (host.isEmpty()) {
      return "has no host";
    }
    if (host.length() > 253) {
      return "has a host longer than 253 characters";
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!isAlpha(c) && !isDigit(c) && c != '-' && c != '_' && c != '.') {
        return c > 0x7f
            ? "has a non-ASCII host; browsers send the punycode (xn--) form"
            : "has a character that is not allowed in a host";
      }
    }
    if (host.endsWith(".")) {
      return "has a host that ends with a dot";
    }
    if (host.startsWith(".") || host.contains("..")) {
      return "has a host with an empty label";
    }
    int lastDot = host.lastIndexOf('.');
    String last = host.substring(lastDot + 1);
    if (isNumberLike(last) && !isDottedQuad(host)) {
      return "has a numeric host that is not a dotted-decimal IPv4 address";
    }
    return "";
  }

  /**
   * Whether a label would make the WHATWG URL parser read the host as an IPv4 address: all
   * digits, or {@code 0x} followed by hex digits.
   */
  private static boolean isNumberLike(String label) {
    if (label.isEmpty()) {
      return false;
    }
    int from = 0;
    boolean hex = label.length() >= 2 && label.charAt(0) == '0'
        && (label.charAt(1) == 'x' || label.charAt(1) == 'X');
    if (hex) {
      from = 2;
    }
    for (int i = from; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!(isDigit(c) || (hex && Character.digit(c, 16) >= 0))) {
        return false;
      }
    }
    return true;
  }

  /** Four decimal numbers 0 to 255 without leading zeros, as browsers serialize IPv4. */
  private static boolean isDottedQuad(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (!isDigit(p.charAt(i))) {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
