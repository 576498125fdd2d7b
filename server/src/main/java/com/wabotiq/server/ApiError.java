package com.wabotiq.server;

import com.wabotiq.spi.WabotiqException;
import com.wabotiq.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, with the status, code and message of the API's error shape. Thrown
 * by the operations and turned into an answer by the dispatcher; never leaves the server.
 */
final class ApiError extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** One field error of a 422. */
  record FieldError(String path, String rule, String message) {}

  private final int status;
  private final String code;
  private final transient List<FieldError> fieldErrors;
  private final transient Map<String, String> headers;

  private ApiError(int status, String code, String message, List<FieldError> fieldErrors,
      Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.headers = Map.copyOf(headers);
  }

  static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, List.of(), Map.of());
  }

  static ApiError malformed(String message) {
    return of(400, "malformed_request", message);
  }

  static ApiError notFound(String message) {
    return of(404, "not_found", message);
  }

  static ApiError invalid(String message, List<FieldError> fieldErrors) {
    return new ApiError(422, "invalid_request", message, fieldErrors, Map.of());
  }

  static ApiError invalidField(String path, String rule, String message) {
    return invalid("The request is invalid.", List.of(new FieldError(path, rule, message)));
  }

  static ApiError violations(String what, List<Violation> violations) {
    return invalid(what + " are invalid.", violations.stream()
        .map(v -> new FieldError(v.path(), v.rule(), v.message()))
        .toList());
  }

  static ApiError versionConflict() {
    return of(409, "version_conflict",
        "The resource changed since the ETag given in If-Match; read it again and retry.");
  }

  ApiError withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiError(status, code, String.valueOf(getMessage()), fieldErrors, more);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** The error body of the API, with the request's id. */
  String body(String requestId) {
    StringBuilder json = new StringBuilder(128)
        .append("{\"error\":{\"code\":").append(Json.quote(code))
        .append(",\"message\":").append(Json.quote(String.valueOf(getMessage())))
        .append(",\"request_id\":").append(Json.quote(requestId));
    if (!fieldErrors.isEmpty()) {
      json.append(",\"field_errors\":[");
      for (int i = 0; i < fieldErrors.size(); i++) {
        FieldError error = fieldErrors.get(i);
        json.append(i == 0 ? "" : ",")
            .append("{\"path\":").append(Json.quote(error.path()))
            .append(",\"rule\":").append(Json.quote(error.rule()))
            .append(",\"message\":").append(Json.quote(error.message())).append('}');
      }
      json.append(']');
    }
    return json.append("}}").toString();
  }
}
