package com.wabotiq.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A typed result with the HTTP answer it came from: status, headers, request id, ETag, rate limit,
 * and how many attempts it took.
 *
 * <p>Immutable (the value is one of core's immutable types).
 *
 * @param <T> the result's type
 * @since 0.1.0
 */
public final class ApiResponse<T> {
  private final T value;
  private final int status;
  private final Map<String, List<String>> headers;
  private final int attempts;
  private final boolean fromCache;

  ApiResponse(T value, int status, Map<String, List<String>> headers, int attempts,
      boolean fromCache) {
    this.value = value;
    this.status = status;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.attempts = attempts;
    this.fromCache = fromCache;
  }

  /**
   * The typed result.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * The HTTP status of the answer (200, 201, 204; 304 when a cached value was revalidated).
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The answer's headers, by case-insensitive name.
   *
   * @return the headers, immutable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, any case
   * @return its first value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The server's request id ({@code X-Request-Id}).
   *
   * @return the id, or empty
   */
  public Optional<String> requestId() {
    return header("X-Request-Id");
  }

  /**
   * The version of the resource read or written ({@code ETag}), for {@link
   * RequestOptions.Builder#ifMatch}.
   *
   * @return the ETag, quotes included, or empty
   */
  public Optional<String> etag() {
    return header("ETag");
  }

  /**
   * The rate-limit headers, when all three came and are numbers.
   *
   * @return the allowance, or empty
   */
  public Optional<RateLimit> rateLimit() {
    Optional<String> limit = header("X-RateLimit-Limit");
    Optional<String> remaining = header("X-RateLimit-Remaining");
    Optional<String> reset = header("X-RateLimit-Reset");
    if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RateLimit(
          Long.parseLong(limit.get().trim()),
          Long.parseLong(remaining.get().trim()),
          java.time.Instant.ofEpochSecond(Long.parseLong(reset.get().trim()))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * How many attempts the result took, retries included.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether the value came from the client's cache after the server answered 304 Not Modified.
   *
   * @return true when revalidated from the cache
   */
  public boolean fromCache() {
    return fromCache;
  }

  /** A copy holding another value. */
  <U> ApiResponse<U> map(U other) {
    return new ApiResponse<>(other, status, headers, attempts, fromCache);
  }

  @Override
  public String toString() {
    return "ApiResponse[status=" + status + ", requestId=" + requestId().orElse(null)
        + ", attempts=" + attempts + ", fromCache=" + fromCache + ", value=" + value + "]";
  }
}
