package com.wabotiq.access.keys;

/**
 * Why an API key was accepted or refused: for the host, to log and to count. Each code has the
 * HTTP status and the message meant for the client; the message never tells an unknown key from a
 * revoked, expired or mistyped one (all are 401 "invalid API key"), so a client cannot probe which
 * keys exist.
 *
 * @since 0.1.0
 */
public enum ApiKeyCode {
  /** The key is good for the request. */
  VALID(200, "ok"),
  /** The key is not in the key format (length, prefix or alphabet). */
  MALFORMED(401, ApiKeyCode.INVALID),
  /** The key is in the format but its checksum does not match: mistyped or made up. */
  BAD_CHECKSUM(401, ApiKeyCode.INVALID),
  /** No tenant that is not soft-deleted holds the key. */
  UNKNOWN(401, ApiKeyCode.INVALID),
  /** The key was revoked ({@code is_active} false). */
  REVOKED(401, ApiKeyCode.INVALID),
  /** The key's {@code expires_at} has passed (it is exclusive: at that instant it has expired). */
  EXPIRED(401, ApiKeyCode.INVALID),
  /** The request names another tenant ({@code X-TENANT-ID}) than the one holding the key. */
  TENANT_MISMATCH(403, "API key is not valid for this tenant"),
  /** The tenant's status does not allow the request (see {@link ApiKeyPolicy}). */
  TENANT_FORBIDDEN(403, "account may not use the API for this request"),
  /** The tenant's tier does not grant the API access the request needs. */
  TIER_FORBIDS(403, "subscription tier does not allow this request"),
  /** The key lacks the scope the request needs. */
  INSUFFICIENT_SCOPE(403, "API key lacks the required scope");

  private static final String INVALID = "invalid API key";

  private final int httpStatus;
  private final String clientMessage;

  ApiKeyCode(int httpStatus, String clientMessage) {
    this.httpStatus = httpStatus;
    this.clientMessage = clientMessage;
  }

  /**
   * The HTTP status to answer with.
   *
   * @return 200 for {@link #VALID}, 401 when the key is not accepted at all, 403 when it is but
   *     may not do this
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The message meant for the HTTP client: the same for every 401 code.
   *
   * @return e.g. {@code invalid API key}
   */
  public String clientMessage() {
    return clientMessage;
  }

  /**
   * The wire form, for logs and JSON.
   *
   * @return the lowercase name, e.g. {@code bad_checksum}
   */
  public String wireValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
