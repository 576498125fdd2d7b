package com.wabotiq.access.cors;

import java.util.Collections;
import java.util.Map;

/**
 * The answer of a {@link CorsPolicy} to one request: whether it is allowed, why ({@link #code()}
 * and a {@link #detail()} for the host's log), and the exact response headers to send.
 *
 * <p>A server copies {@link #headers()} into its response, allowed or not: a refusal carries only
 * {@code Vary}, so the browser blocks the page's script from reading the answer (or, after a
 * refused preflight, from sending the request at all). A refusal is the normal outcome of a
 * request from a page the tenant has not allowed, not an error.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CorsDecision {
  /** {@code Access-Control-Allow-Origin}. */
  public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  /** {@code Access-Control-Allow-Credentials}. */
  public static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

  /** {@code Access-Control-Allow-Methods}. */
  public static final String ALLOW_METHODS = "Access-Control-Allow-Methods";

  /** {@code Access-Control-Allow-Headers}. */
  public static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";

  /** {@code Access-Control-Max-Age}. */
  public static final String MAX_AGE = "Access-Control-Max-Age";

  /** {@code Access-Control-Expose-Headers}. */
  public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

  /** {@code Vary}. */
  public static final String VARY = "Vary";

  /** The {@code Vary} value of an answer to an actual request. */
  static final String VARY_ACTUAL = "Origin";

  /** The {@code Vary} value of an answer to a preflight. */
  static final String VARY_PREFLIGHT =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private static final Map<String, String> ACTUAL_REFUSED = Map.of(VARY, VARY_ACTUAL);
  private static final Map<String, String> PREFLIGHT_REFUSED = Map.of(VARY, VARY_PREFLIGHT);

  private final boolean allowed;
  private final CorsCode code;
  private final String detail;
  private final Map<String, String> headers;

  private CorsDecision(boolean allowed, CorsCode code, String detail, Map<String, String> headers) {
    this.allowed = allowed;
    this.code = code;
    this.detail = detail;
    this.headers = headers;
  }

  static CorsDecision allowed(String detail, Map<String, String> headers) {
    return new CorsDecision(true, CorsCode.ALLOWED, detail, Collections.unmodifiableMap(headers));
  }

  static CorsDecision refused(CorsCode code, String detail, boolean preflight) {
    return new CorsDecision(false, code, detail, preflight ? PREFLIGHT_REFUSED : ACTUAL_REFUSED);
  }

  /**
   * Whether the request is allowed: the headers grant the origin access.
   *
   * @return true only with {@link CorsCode#ALLOWED}
   */
  public boolean isAllowed() {
    return allowed;
  }

  /**
   * Why the request is allowed or refused.
   *
   * @return the rule that decided, never null
   */
  public CorsCode code() {
    return code;
  }

  /**
   * A sentence for the host's log that says why, e.g. {@code origin "https://evil.example" is not
   * one of the 2 allowed origins}. Request values in it are quoted, cut to 64 characters and
   * escaped, so a request cannot inject into a log line. Not meant for the HTTP client.
   *
   * @return the reason, never null
   */
  public String detail() {
    return detail;
  }

  /**
   * The response headers to send, in this order when present: {@code
   * Access-Control-Allow-Origin}, {@code -Allow-Credentials}, {@code -Allow-Methods}, {@code
   * -Allow-Headers}, {@code -Max-Age}, {@code -Expose-Headers}, and always {@code Vary} (on a
   * preflight, {@code Origin, Access-Control-Request-Method, Access-Control-Request-Headers};
   * otherwise {@code Origin}). Merge {@code Vary} with any {@code Vary} the response already has.
   *
   * @return an unmodifiable, ordered map from header name to value
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The code and the headers; the detail is left out.
   *
   * @return e.g. {@code CorsDecision{ALLOWED, {Access-Control-Allow-Origin=…, Vary=Origin}}}
   */
  @Override
  public String toString() {
    return "CorsDecision{" + code + ", " + headers + "}";
  }
}
