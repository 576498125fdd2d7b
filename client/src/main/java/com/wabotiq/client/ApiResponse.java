package com.wabotiq.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A typed result with the HTTP answer it came from: status, headers, request id, ETag, rate limit,
 * and how many attempts it took.
 *
 * <p>Immutable (the value is one of core's immutable types); the header map is made on first use.
 *
 * @param <T> the result's type
 * @since 0.1.0
 */
public final class ApiResponse<T> {
  private final T value;
  private final int status;
  private final Headers raw;
  private final int attempts;
  private final boolean fromCache;
  private volatile @Nullable Map<String, List<String>> headers;

  ApiResponse(T value, int status, Headers raw, int attempts, boolean fromCache) {
    this.value = value;
    this.status = status;
    this.raw = raw;
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
    Map<String, List<String>> map = headers;
    if (map == null) {
      TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < raw.size(); i++) {
        copy.computeIfAbsent(raw.name(i), k -> new ArrayList<>()).add(raw.value(i));
      }
      copy.replaceAll((k, v) -> List.copyOf(v));
      map = Collections.unmodifiableMap(copy);
      headers = map;
    }
    return map;
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, any case
   * @return its first value, or empty
   */
  public Optional<String> header(String name) {
    for (int i = 0; i < raw.size(); i++) {
      if (raw.name(i).equalsIgnoreCase(name)) {
        return Optional.of(raw.value(i));
      }
    }
    return Optional.empty();
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

  @Override
  public String toString() {
    return "ApiResponse[status=" + status + ", requestId=" + requestId().orElse(null)
        + ", attempts=" + attempts + ", fromCache=" + fromCache + ", value=" + value + "]";
  }
}
