package com.wabotiq.access.cors;

/**
 * Why a {@link CorsDecision} allows or refuses: one code per rule, so a host can count, log and
 * alert on refusals without parsing text. The codes are stable; new ones may be added.
 *
 * @since 0.1.0
 */
public enum CorsCode {
  /** The origin, and on a preflight the method and every requested header, are allowed. */
  ALLOWED,
  /**
   * The request carries no {@code Origin} header (or an empty one): it is not a cross-origin
   * request from a browser, and CORS has nothing to grant. Serve it by your other rules.
   */
  NO_ORIGIN,
  /**
   * The origin is {@code null}: an opaque origin (a sandboxed frame, a {@code file:} or {@code
   * data:} page, some redirects), which any page can produce, so it is never allowed.
   */
  NULL_ORIGIN,
  /** The origin is not a serialized origin {@code scheme://host[:port]}; the detail says why. */
  MALFORMED_ORIGIN,
  /** The origin is well formed but not one of the allowed origins. */
  ORIGIN_NOT_ALLOWED,
  /** A preflight without {@code Access-Control-Request-Method}: not a preflight request. */
  MISSING_REQUEST_METHOD,
  /** The method is not an HTTP token. */
  MALFORMED_METHOD,
  /** The method is not one of the allowed methods. */
  METHOD_NOT_ALLOWED,
  /**
   * The method matches an allowed method only when case is ignored (e.g. {@code patch} against
   * {@code PATCH}). Methods are case-sensitive (RFC 9110, and the Fetch standard's preflight
   * check); browsers upper-case only DELETE, GET, HEAD, OPTIONS, POST and PUT.
   */
  METHOD_CASE_MISMATCH,
  /** {@code Access-Control-Request-Headers} is not a list of header names, or is too long. */
  MALFORMED_REQUEST_HEADERS,
  /** A requested header is not one of the allowed headers. */
  HEADER_NOT_ALLOWED
}
