package com.wabotiq.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options of one request, over the client's own: a time limit per attempt, the retry count, the
 * idempotency key of a POST, the {@code If-Match} version of an update, extra headers.
 *
 * <pre>{@code
 * ApiResponse<MaskedSettings> read = client.settings().getWithResponse(RequestOptions.none());
 * client.settings().update(patch,
 *     RequestOptions.builder().ifMatch(read.etag().orElseThrow()).build());
 * }</pre>
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  /** Headers the client sets itself; extra headers may not replace them. */
  private static final Set<String> RESERVED = Set.of(
      "authorization", "x-tenant-id", "idempotency-key", "if-match", "content-type",
      "content-length", "host", "user-agent", "transfer-encoding", "connection");

  private final @Nullable Duration timeout;
  private final @Nullable Integer maxRetries;
  private final @Nullable String idempotencyKey;
  private final boolean noIdempotencyKey;
  private final @Nullable String ifMatch;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.idempotencyKey = b.idempotencyKey;
    this.noIdempotencyKey = b.noIdempotencyKey;
    this.ifMatch = b.ifMatch;
    this.headers = Map.copyOf(b.headers);
  }

  /**
   * No options: the client's own apply.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The time limit of each attempt (connect, write, wait, read), replacing the client's call
   * timeout.
   *
   * @return the limit, or empty for the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The retries of this request, replacing the policy's count.
   *
   * @return the count, or empty for the policy's
   */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /**
   * The caller's idempotency key for a POST.
   *
   * @return the key, or empty when the client generates one (or none is sent)
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Whether a POST goes without an idempotency key (and is therefore never retried).
   *
   * @return true when {@link Builder#noIdempotencyKey()} was set
   */
  public boolean withoutIdempotencyKey() {
    return noIdempotencyKey;
  }

  /**
   * The version an update is conditional on ({@code If-Match}).
   *
   * @return the ETag, or empty for an unconditional write
   */
  public Optional<String> ifMatch() {
    return Optional.ofNullable(ifMatch);
  }

  /**
   * Extra headers, sent as given.
   *
   * @return the headers, immutable
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", idempotencyKey=" + (idempotencyKey == null ? "generated" : "given")
        + ", ifMatch=" + ifMatch + ", headers=" + headers.keySet() + "]";
  }

  /**
   * Builds {@link RequestOptions}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private @Nullable String idempotencyKey;
    private boolean noIdempotencyKey;
    private @Nullable String ifMatch;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The time limit of each attempt.
     *
     * @param limit positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration limit) {
      Objects.requireNonNull(limit, "limit");
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = limit;
      return this;
    }

    /**
     * The retries of this request; 0 for none.
     *
     * @param retries 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10: " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /**
     * A POST's idempotency key, sent on every attempt; a repeat of the same request with the same
     * key (even from another process) has no second effect.
     *
     * @param key 1 to 255 printable ASCII characters
     * @return this builder
     * @throws IllegalArgumentException if empty, too long or not printable ASCII
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "key");
      if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
        throw new IllegalArgumentException(
            "an idempotency key is 1 to 255 printable ASCII characters without spaces");
      }
      this.idempotencyKey = key;
      this.noIdempotencyKey = false;
      return this;
    }

    /**
     * Sends a POST without an idempotency key; it is then never retried.
     *
     * @return this builder
     */
    public Builder noIdempotencyKey() {
      this.noIdempotencyKey = true;
      this.idempotencyKey = null;
      return this;
    }

    /**
     * Makes an update conditional on a version read before ({@link ApiResponse#etag()}); a stale
     * one gives {@link ConflictException} with code {@code version_conflict}.
     *
     * @param etag the ETag as the server gave it, quotes included
     * @return this builder
     * @throws IllegalArgumentException if empty or not a header value
     */
    public Builder ifMatch(String etag) {
      this.ifMatch = headerValue("If-Match", etag);
      return this;
    }

    /**
     * Adds a header (e.g. a trace id). The client's own headers ({@code Authorization}, {@code
     * X-TENANT-ID}, {@code Idempotency-Key}, {@code If-Match}, {@code Content-Type}, {@code
     * User-Agent}...) cannot be replaced this way.
     *
     * @param name a header name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the name is reserved or either is not valid in a header
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty() || !name.chars().allMatch(RequestOptions::isTokenChar)) {
        throw new IllegalArgumentException("not a header name: " + name);
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the client sets " + name + " itself");
      }
      headers.put(name, headerValue(name, value));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }

  private static String headerValue(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || !value.chars().allMatch(c -> c == '\t' || (c >= 32 && c < 127))) {
      throw new IllegalArgumentException("not a valid value for header " + name);
    }
    return value;
  }

  private static boolean isTokenChar(int c) {
    return c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
  }
}
