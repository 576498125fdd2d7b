package com.wabotiq.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request itself was refused: 422 with the rules it broke ({@link #fieldErrors()}), 400 for a
 * body the server could not read, 413 for one too large, 415 for a wrong content type. Never
 * retried: the same request would fail the same way.
 *
 * @since 0.1.0
 */
public final class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The rules broken. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<FieldError> fieldErrors;

  /**
   * Creates the failure.
   *
   * @param message what failed
   * @param status 400, 413, 415 or 422
   * @param code the API's error code
   * @param requestId the request id, or null
   * @param attempts attempts made
   * @param fieldErrors the rules broken, copied; empty when the answer names none
   */
  public InvalidRequestException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      int attempts,
      List<FieldError> fieldErrors) {
    super(message, status, code, requestId, attempts, null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /**
   * Every rule the request broke, with its snake_case path.
   *
   * @return the field errors, empty when the answer names none
   */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
