package com.wabotiq.validation;

import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The string formats the validation checks, each with its rule code and message. Every check is
 * locale-independent and anchored: the whole string must match.
 */
enum FormatKind {
  /** A canonical lowercase UUID, 8-4-4-4-12 hex digits. */
  UUID("uuid", "must be a canonical lowercase UUID (8-4-4-4-12 hex digits)"),
  /** A SHA-256 digest as 64 lowercase hex digits. */
  SHA256_HEX("sha256_hex", "must be a SHA-256 hash: 64 lowercase hex digits"),
  /** An E.164 phone number. */
  E164("e164", "must be an E.164 phone number: + then 7 to 15 digits, the first not 0"),
  /** An e-mail address (local part, @, a domain with a top-level label of letters). */
  EMAIL("email", "must be an e-mail address such as name@example.com"),
  /** An https URL: https scheme, a host, optional port, path, query and fragment. */
  HTTPS_URL("https_url", "must be an https URL with a host, such as https://example.com/path"),
  /** An https origin: https scheme, a host and an optional port, nothing else. */
  HTTPS_ORIGIN(
      "https_origin",
      "must be an https origin: https://host with an optional :port and no path, not even /"),
  /** A colour {@code #RRGGBB}. */
  HEX_COLOR("hex_color", "must be a colour #RRGGBB (6 hex digits)"),
  /** A slug: lowercase letters and digits, in groups joined by single hyphens. */
  SLUG("slug", "must be lowercase letters and digits, in groups joined by single hyphens"),
  /** An IANA region time zone id known to the JVM (not an offset). */
  IANA_ZONE("iana_zone", "must be an IANA time zone id such as Africa/Nairobi, not an offset"),
  /** A language code of 2 to 8 lowercase letters. */
  LANGUAGE_CODE("language_code", "must be a language code of 2 to 8 lowercase letters"),
  /** A Shopify shop domain, {@code <shop>.myshopify.com}. */
  SHOPIFY_DOMAIN("shopify_domain", "must be a shop domain such as acme.myshopify.com"),
  /** An M-Pesa business short code of 5 to 7 digits. */
  MPESA_SHORTCODE("mpesa_shortcode", "must be an M-Pesa short code of 5 to 7 digits"),
  /** A standard HTTP method, upper case. */
  HTTP_METHOD(
      "http_method",
      "must be a standard upper-case HTTP method: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS,"
          + " TRACE or CONNECT"),
  /** An HTTP header name, an RFC 7230 token. */
  HTTP_TOKEN("http_token", "must be an HTTP header name (an RFC 7230 token)");

  private final String code;
  private final String message;

  FormatKind(String code, String message) {
    this.code = code;
    this.message = message;
  }

  /** The rule code reported for this format. @return the code */
  String code() {
    return code;
  }

  /** The message reported for this format. @return the message */
  String message() {
    return message;
  }

  /**
   * Whether {@code s} has this format.
   *
   * @param s the string to test
   * @return true when the whole string has the format
   */
  boolean test(String s) {
    switch (this) {
      case UUID:
        return Lazy.UUID.matcher(s).matches();
      case SHA256_HEX:
        return Lazy.SHA256_HEX.matcher(s).matches();
      case E164:
        return Lazy.E164.matcher(s).matches();
      case EMAIL:
        return isEmail(s);
      case HTTPS_URL:
        return isHttps(s, false);
      case HTTPS_ORIGIN:
        return isHttps(s, true);
      case HEX_COLOR:
        return Lazy.HEX_COLOR.matcher(s).matches();
      case SLUG:
        return Lazy.SLUG.matcher(s).matches();
      case IANA_ZONE:
        return Lazy.ZONE_IDS.contains(s);
      case LANGUAGE_CODE:
        return Lazy.LANGUAGE_CODE.matcher(s).matches();
      case SHOPIFY_DOMAIN:
        return Lazy.SHOPIFY_DOMAIN.matcher(s).matches();
      case MPESA_SHORTCODE:
        return Lazy.MPESA_SHORTCODE.matcher(s).matches();
      case HTTP_METHOD:
        return Lazy.HTTP_METHODS.contains(s);
      case HTTP_TOKEN:
        return Lazy.HTTP_TOKEN.matcher(s).matches();
    }
    throw new AssertionError(this);
  }

  private static boolean isEmail(String s) {
    int at = s.lastIndexOf('@');
    if (s.length() > 254 || at < 1 || at > 64) {
      return false;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    return Lazy.EMAIL_LOCAL.matcher(local).matches()
        && Lazy.EMAIL_DOMAIN.matcher(domain).matches()
        && domain.length() <= 253;
  }

  /*
   * An https URL is checked by hand rather than with java.net.URI: URI refuses characters such as
   * the braces of the reference's URL templates ("https://api.wabotiq.com/v1/webhooks/mpesa/
   * {tenant_id}"), and accepts things a browser or webhook caller would not (an empty host, user
   * info). The rules: lowercase scheme "https://", no user info, a DNS host name (letters, digits,
   * hyphens; labels of 1 to 63; at most 253 characters), an IPv4 address or a bracketed IPv6
   * literal, an optional port 1 to 65535; then, for a URL only, an optional path, query and
   * fragment free of whitespace, control characters and backslashes.
   */
  private static boolean isHttps(String s, boolean originOnly) {
    String scheme = "https://";
    if (!s.startsWith(scheme) || s.length() > 2048) {
      return false;
    }
    int end = s.length();
    for (int i = scheme.length(); i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    if (originOnly && end != s.length()) {
      return false;
    }
    if (!isAuthority(s.substring(scheme.length(), end))) {
      return false;
    }
    for (int i = end; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAuthority(String authority) {
    String host = authority;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']', colon) < 0) {
      String port = authority.substring(colon + 1);
      if (!Lazy.PORT.matcher(port).matches()
          || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65535) {
        return false;
      }
      host = authority.substring(0, colon);
    }
    return host.length() <= 253
        && (Lazy.HOST.matcher(host).matches() || Lazy.IPV6.matcher(host).matches());
  }

  /** Compiled patterns, created on first use. */
  private static final class Lazy {
    static final Pattern UUID =
        Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    static final Pattern EMAIL_LOCAL =
        Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** A DNS label: letters, digits and inner hyphens, 1 to 63 characters. */
    static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** A top-level label: starts with a letter (so {@code xn--p1ai} passes, {@code 1com} not). */
    static final String TOP_LABEL = "[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    static final Pattern EMAIL_DOMAIN = Pattern.compile("(" + LABEL + "\\.)+" + TOP_LABEL);
    static final Pattern HOST = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]");
    static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,8}");
    static final Pattern SHOPIFY_DOMAIN =
        Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?\\.myshopify\\.com");
    static final Pattern MPESA_SHORTCODE = Pattern.compile("[0-9]{5,7}");
    static final Pattern HTTP_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    static final Set<String> HTTP_METHODS =
        Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");
    static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
  }
}
