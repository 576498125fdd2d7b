package com.wabotiq.access.webhooks;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.TenantId;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Each tenant's inbound webhook and callback URLs, made from one base URL as the tenant data
 * reference shows them: {@code <base>/webhooks/twilio/inbound/<tenant_id>}, {@code
 * <base>/webhooks/twilio/status/<tenant_id>}, {@code <base>/webhooks/mpesa/<tenant_id>} and {@code
 * <base>/webhooks/paystack/<tenant_id>}, and by the same pattern Stripe, Shopify, WooCommerce and
 * Meta (see {@link WebhookEndpoint}). The M-Pesa callback URL handed to Safaricom carries the
 * tenant's callback token as one more path segment ({@link #mpesaCallbackUrl}).
 *
 * <p>The base URL is checked once, when this object is made: absolute, {@code https} (plain
 * {@code http} only to a loopback host, and only through {@link #forLocalTesting}), a host, no user
 * information, no query, no fragment, no empty, {@code .} or {@code ..} path segment. Its scheme
 * and host are lower-cased and trailing slashes are dropped, so {@code https://API.wabotiq.com/v1/}
 * and {@code https://api.wabotiq.com/v1} give the same URLs. The tenant id is percent-encoded as
 * one path segment (a canonical UUID is left as it is), so no id can reach another route.
 *
 * <p>Immutable and thread-safe; no I/O.
 *
 * @since 0.1.0
 */
public final class WebhookUrls {
  /** The reference's base URL: {@value}. */
  public static final String DEFAULT_BASE_URL = "https://api.wabotiq.com/v1";

  /** The longest base URL accepted, in characters. */
  public static final int MAX_BASE_URL_LENGTH = 2000;

  private static final WebhookUrls DEFAULTS = new WebhookUrls(DEFAULT_BASE_URL);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String baseUrl;

  private WebhookUrls(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The URLs under the reference's base URL, {@value #DEFAULT_BASE_URL}.
   *
   * @return the default URLs
   */
  public static WebhookUrls defaults() {
    return DEFAULTS;
  }

  /**
   * The URLs under a public {@code https} base URL.
   *
   * @param baseUrl e.g. {@code https://api.example.com/v1}
   * @return the URLs
   * @throws IllegalArgumentException if the base URL breaks a rule; the message names the rule
   * @throws NullPointerException if {@code baseUrl} is null
   */
  public static WebhookUrls of(String baseUrl) {
    return new WebhookUrls(normalise(baseUrl, false));
  }

  /**
   * The URLs under a base URL that may also be plain {@code http} to a loopback host ({@code
   * localhost}, {@code 127.0.0.0/8}, {@code [::1]}), for tests and local development. Any other
   * host must still use {@code https}.
   *
   * @param baseUrl e.g. {@code http://127.0.0.1:8080/v1}
   * @return the URLs
   * @throws IllegalArgumentException if the base URL breaks a rule; the message names the rule
   * @throws NullPointerException if {@code baseUrl} is null
   */
  public static WebhookUrls forLocalTesting(String baseUrl) {
    return new WebhookUrls(normalise(baseUrl, true));
  }

  /**
   * The normalised base URL, without a trailing slash.
   *
   * @return e.g. {@value #DEFAULT_BASE_URL}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * A tenant's URL for one endpoint.
   *
   * @param endpoint which endpoint
   * @param tenant the tenant
   * @return e.g. {@code https://api.wabotiq.com/v1/webhooks/twilio/inbound/<tenant_id>}
   * @throws IllegalArgumentException if the tenant id is empty, {@code .} or {@code ..}
   * @throws NullPointerException if an argument is null
   */
  public String url(WebhookEndpoint endpoint, TenantId tenant) {
    Checks.notNull(endpoint, "endpoint");
    Checks.notNull(tenant, "tenant");
    return baseUrl + '/' + endpoint.route() + '/' + segment(tenant.value());
  }

  /**
   * A tenant's URLs for every endpoint, in {@link WebhookEndpoint} order.
   *
   * @param tenant the tenant
   * @return an unmodifiable map from each endpoint to its URL
   * @throws IllegalArgumentException if the tenant id is empty, {@code .} or {@code ..}
   * @throws NullPointerException if {@code tenant} is null
   */
  public Map<WebhookEndpoint, String> all(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    EnumMap<WebhookEndpoint, String> urls = new EnumMap<>(WebhookEndpoint.class);
    for (WebhookEndpoint endpoint : WebhookEndpoint.values()) {
      urls.put(endpoint, url(endpoint, tenant));
    }
    return Collections.unmodifiableMap(urls);
  }

  /**
   * The M-Pesa callback URL to give Safaricom: the tenant's {@link WebhookEndpoint#MPESA} URL with
   * the callback token appended as one more path segment. The result holds a secret: keep it out
   * of logs.
   *
   * @param tenant the tenant
   * @param token the tenant's current callback token (see {@link CallbackTokenKeys})
   * @return e.g. {@code https://api.wabotiq.com/v1/webhooks/mpesa/<tenant_id>/<token>}
   * @throws IllegalArgumentException if the token is not a well-formed callback token (the
   *     message does not show it), or the tenant id is empty, {@code .} or {@code ..}
   * @throws NullPointerException if an argument is null
   */
  public String mpesaCallbackUrl(TenantId tenant, String token) {
    Checks.notNull(token, "token");
    Checks.argument(CallbackTokenKeys.isWellFormed(token),
        "token (%d characters) must be %d to %d Base62 characters", token.length(),
        CallbackTokenKeys.MIN_TOKEN_LENGTH, CallbackTokenKeys.MAX_TOKEN_LENGTH);
    return url(WebhookEndpoint.MPESA, tenant) + '/' + token;
  }

  /** The same base URL. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WebhookUrls that && that.baseUrl.equals(baseUrl);
  }

  @Override
  public int hashCode() {
    return baseUrl.hashCode();
  }

  /**
   * The base URL, which holds no secret.
   *
   * @return e.g. {@code WebhookUrls[https://api.wabotiq.com/v1]}
   */
  @Override
  public String toString() {
    return "WebhookUrls[" + baseUrl + "]";
  }

  /** Checks the base URL by every rule and returns its normal form. */
  private static String normalise(String baseUrl, boolean loopbackHttp) {
    Checks.notNull(baseUrl, "base_url");
    Checks.argument(!baseUrl.isBlank(), "base_url must not be blank");
    Checks.argument(baseUrl.length() <= MAX_BASE_URL_LENGTH,
        "base_url (%d characters) must have at most %d", baseUrl.length(), MAX_BASE_URL_LENGTH);
    String shown = shown(baseUrl);
    URI uri;
    try {
      uri = new URI(baseUrl);
    } catch (URISyntaxException e) {
      // The reason names the position only; the input, which may hold a password, is left out.
      throw new IllegalArgumentException(
          "base_url (" + shown + ") must be a valid URI: " + e.getReason() + " at index "
              + e.getIndex());
    }
    Checks.argument(uri.isAbsolute() && !uri.isOpaque(),
        "base_url (%s) must be an absolute hierarchical URL", shown);
    String host = uri.getHost();
    Checks.argument(host != null && !host.isEmpty(), "base_url (%s) must name a host", shown);
    Checks.argument(uri.getRawUserInfo() == null,
        "base_url must not carry user information");
    Checks.argument(uri.getRawQuery() == null, "base_url (%s) must not have a query", shown);
    Checks.argument(uri.getRawFragment() == null,
        "base_url (%s) must not have a fragment", shown);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String lowerHost = host.toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      Checks.argument(loopbackHttp && isLoopback(lowerHost),
          "base_url (%s) must use https (http is allowed only to a loopback host, through"
              + " forLocalTesting)", shown);
    } else {
      Checks.argument(scheme.equals("https"), "base_url (%s) must use https", shown);
    }
    String path = trimTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    checkSegments(path, shown);
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return scheme + "://" + lowerHost + port + path;
  }

  /** The base URL as error messages show it: withheld when it may carry a password. */
  private static String shown(String baseUrl) {
    return baseUrl.indexOf('@') >= 0 ? "withheld: it contains '@'" : baseUrl;
  }

  private static String trimTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  private static void checkSegments(String path, String baseUrl) {
    if (path.isEmpty()) {
      return;
    }
    // The path starts with '/'; every segment after it must be a real name.
    for (String segment : path.substring(1).split("/", -1)) {
      Checks.argument(!segment.isEmpty() && !segment.equals(".") && !segment.equals(".."),
          "base_url (%s) must not have an empty, '.' or '..' path segment", baseUrl);
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost") || host.equals("[::1]")) {
      return true;
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** The tenant id as one path segment: RFC 3986 unreserved characters kept, others escaped. */
  private static String segment(String id) {
    Checks.argument(!id.isEmpty() && !id.equals(".") && !id.equals(".."),
        "tenant_id (%s) must not be empty, '.' or '..'", id);
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
