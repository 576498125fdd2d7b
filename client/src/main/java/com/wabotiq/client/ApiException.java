package com.wabotiq.client;

import com.wabotiq.spi.WabotiqException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A call to the hosted API failed: the root of every failure the client reports, itself under the
 * SDK's one root, {@link WabotiqException}. A subclass names the kind (authentication, permission,
 * not found, conflict, invalid request, rate limited, server error, connection failure, timeout);
 * this class itself stands for an answer of no known kind (an unexpected status, or a success whose
 * body is not the documented JSON).
 *
 * <p>Each carries the HTTP status (0 when no answer came), the API's error code, the request id
 * the server gave, and how many attempts were made. The message never holds the API key: the
 * server's text and an excerpt of a body that is not the error shape are bounded and any API key in
 * them is masked.
 *
 * @since 0.1.0
 */
public class ApiException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, 0 when no answer came. */
  private final int status;
  /** The error code. */
  private final String code;
  /** The server's request id, or null. */
  private final @Nullable String requestId;
  /** The attempts made. */
  private final int attempts;

  /**
   * Creates the failure.
   *
   * @param message what failed, free of secrets
   * @param status the HTTP status, 0 when no answer came
   * @param code the API's error code (e.g. {@code invalid_request}), or the client's own for answers
   *     without one (e.g. {@code http_502}, {@code connection_failed})
   * @param requestId the server's request id, or null when none came
   * @param attempts how many attempts were made, at least 1
   * @param cause the underlying failure, or null
   */
  public ApiException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      int attempts,
      @Nullable Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.attempts = attempts;
  }

  /**
   * The HTTP status of the last answer.
   *
   * @return the status, or 0 when no answer came (connection failure, timeout)
   */
  public int status() {
    return status;
  }

  /**
   * The API's error code, e.g. {@code version_conflict}; for an answer not in the error shape, the
   * client's own ({@code http_<status>}), and for no answer {@code connection_failed} or {@code
   * timeout}. Unknown codes of a newer server come through as they are.
   *
   * @return the code, never empty
   */
  public String code() {
    return code;
  }

  /**
   * The request id the server gave (header {@code X-Request-Id}, else the error body's), to quote
   * to support.
   *
   * @return the id, or empty when none came
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * How many attempts were made before giving up, retries included.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }
}
