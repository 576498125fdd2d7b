package com.wabotiq.client;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one operation: builds the request once (the same idempotency key on every attempt), runs
 * the attempts, retries by the policy and the budget, maps answers to results or typed failures,
 * and serves revalidated GETs from the cache. Blocking calls run on the caller's thread; async
 * calls on OkHttp's dispatcher, with retry waits on one shared daemon scheduler, so no thread of the
 * caller's is ever blocked.
 */
final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(WabotiqClient.class);

  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final MediaType MERGE_PATCH = MediaType.get("application/merge-patch+json; charset=utf-8");

  /** The most of an error body read. */
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "wabotiq-client-retry");
        t.setDaemon(true);
        return t;
      });

  /**
   * One operation: method, path under the base URL, query, body, and how to read its result. The
   * body array is the exchange's own: it is zeroed when the call is over.
   */
  @SuppressWarnings("ArrayRecordComponent") // identity and equality of specs are never used
  record Spec<T>(
      String method,
      String path,
      Map<String, String> query,
      byte @Nullable [] body,
      @Nullable MediaType contentType,
      Decoder<T> decoder,
      boolean cacheable) {}

  /** Reads a success body. */
  @FunctionalInterface
  interface Decoder<T> {
    T decode(String body) throws Wire.MalformedBody;
  }

  /** A cached GET: its version and decoded value. */
  record Cached(String etag, Object value) {}

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String tenant;
  private final String authorization;
  private final String userAgent;
  private final RetryPolicy retry;
  private final @Nullable Cache<String, Cached> cache;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final long maxResponseBytes;
  private final boolean generateIdempotencyKeys;

  Transport(
      OkHttpClient http,
      HttpUrl base,
      String tenant,
      String apiKey,
      String userAgent,
      RetryPolicy retry,
      @Nullable Cache<String, Cached> cache,
      Clock clock,
      DoubleSupplier jitter,
      long maxResponseBytes,
      boolean generateIdempotencyKeys) {
    this.http = http;
    this.base = base;
    this.tenant = tenant;
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent;
    this.retry = retry;
    this.cache = cache;
    this.clock = clock;
    this.jitter = jitter;
    this.maxResponseBytes = maxResponseBytes;
    this.generateIdempotencyKeys = generateIdempotencyKeys;
  }

  // ---- one operation, blocking -------------------------------------------------------------

  <T> ApiResponse<T> execute(Spec<T> spec, RequestOptions options) {
    Exchange<T> exchange = new Exchange<>(spec, options);
    try {
      while (true) {
        exchange.attempt++;
        Call call = exchange.newCall();
        Outcome<T> outcome;
        try (Response response = call.execute()) {
          outcome = exchange.read(response);
        } catch (IOException e) {
          if (Thread.currentThread().isInterrupted()) {
            throw new ApiConnectionException(
                "interrupted while calling " + exchange.where(), "interrupted", exchange.attempt, e);
          }
          outcome = exchange.failed(e);
        }
        if (outcome.response != null) {
          return outcome.response;
        }
        Duration delay = exchange.retryDelay(outcome);
        if (delay == null) {
          throw outcome.failure();
        }
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ApiConnectionException("interrupted while waiting to retry "
              + exchange.where(), "interrupted", exchange.attempt, e);
        }
      }
    } finally {
      exchange.wipe();
    }
  }

  // ---- one operation, async ----------------------------------------------------------------

  <T> ClientFuture<ApiResponse<T>> executeAsync(Spec<T> spec, RequestOptions options) {
    Exchange<T> exchange = new Exchange<>(spec, options);
    ClientFuture<ApiResponse<T>> future = new ClientFuture<>();
    var unused = future.whenComplete((r, e) -> exchange.wipe());
    attemptAsync(exchange, future);
    return future;
  }

  private <T> void attemptAsync(Exchange<T> exchange, ClientFuture<ApiResponse<T>> future) {
    if (future.isDone()) {
      return;
    }
    exchange.attempt++;
    Call call = exchange.newCall();
    future.current(call);
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) {
        Outcome<T> outcome;
        try (response) {
          outcome = exchange.read(response);
        } catch (IOException e) {
          outcome = exchange.failed(e);
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
          return;
        }
        next(outcome);
      }

      @Override
      public void onFailure(Call c, IOException e) {
        if (future.isDone()) {
          return;
        }
        next(exchange.failed(e));
      }

      private void next(Outcome<T> outcome) {
        try {
          decide(outcome);
        } catch (RuntimeException e) {
          // the onRetry hook threw: the call ends with it, as a blocking call would
          future.completeExceptionally(e);
        }
      }

      private void decide(Outcome<T> outcome) {
        if (outcome.response != null) {
          future.complete(outcome.response);
          return;
        }
        Duration delay = future.isDone() ? null : exchange.retryDelay(outcome);
        if (delay == null) {
          future.completeExceptionally(outcome.failure());
          return;
        }
        ScheduledFuture<?> pending = RETRIES.schedule(
            () -> attemptAsync(exchange, future), delay.toMillis(), TimeUnit.MILLISECONDS);
        future.pending(pending);
      }
    });
  }

  // ---- the attempts of one operation -------------------------------------------------------

  /** What one attempt gave: a result, or a failure with what the retry decision needs. */
  private static final class Outcome<T> {
    final @Nullable ApiResponse<T> response;
    final @Nullable ApiException failure;
    final boolean retryable;
    final boolean timeout;
    final @Nullable Duration retryAfter;

    Outcome(@Nullable ApiResponse<T> response, @Nullable ApiException failure, boolean retryable,
        boolean timeout, @Nullable Duration retryAfter) {
      this.response = response;
      this.failure = failure;
      this.retryable = retryable;
      this.timeout = timeout;
      this.retryAfter = retryAfter;
    }

    ApiException failure() {
      if (failure == null) {
        throw new IllegalStateException("no failure");
      }
      return failure;
    }
  }

  private final class Exchange<T> {
    final Spec<T> spec;
    final RequestOptions options;
    final Request request;
    final @Nullable Cached cached;
    final @Nullable String cacheKey;
    final boolean mayRetry;
    final int maxRetries;
    int attempt;

    Exchange(Spec<T> spec, RequestOptions options) {
      this.spec = spec;
      this.options = options;
      HttpUrl.Builder url = base.newBuilder().addPathSegments(spec.path());
      spec.query().forEach(url::addQueryParameter);
      HttpUrl full = url.build();
      Request.Builder b = new Request.Builder()
          .url(full)
          .header("Authorization", authorization)
          .header("X-TENANT-ID", tenant)
          .header("User-Agent", userAgent)
          .header("Accept", "application/json");
      options.headers().forEach(b::header);
      options.ifMatch().ifPresent(etag -> b.header("If-Match", etag));
      String idempotencyKey = null;
      if (spec.method().equals("POST") && !options.withoutIdempotencyKey()) {
        idempotencyKey = options.idempotencyKey()
            .orElse(generateIdempotencyKeys ? UUID.randomUUID().toString() : null);
        if (idempotencyKey != null) {
          b.header("Idempotency-Key", idempotencyKey);
        }
      }
      Cache<String, Cached> store = cache;
      this.cacheKey = store != null && spec.cacheable() ? full.toString() : null;
      this.cached = store == null || cacheKey == null ? null : store.getIfPresent(cacheKey);
      if (cached != null) {
        b.header("If-None-Match", cached.etag());
      }
      byte[] body = spec.body();
      MediaType type = spec.contentType();
      b.method(spec.method(), body == null
          ? (spec.method().equals("GET") || spec.method().equals("DELETE") ? null
              : RequestBody.create(new byte[0], JSON))
          : RequestBody.create(body, type));
      this.request = b.build();
      this.mayRetry = !spec.method().equals("POST") || idempotencyKey != null;
      this.maxRetries = options.maxRetries().orElse(retry.maxRetries());
    }

    String where() {
      return spec.method() + " " + request.url().encodedPath();
    }

    Call newCall() {
      Call call = http.newCall(request);
      options.timeout().ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
      return call;
    }

    Outcome<T> read(Response response) throws IOException {
      int status = response.code();
      Headers headers = response.headers();
      if (status == 304 && cached != null) {
        retry.budget().onSuccess();
        @SuppressWarnings("unchecked") // stored under this operation's URL by this operation
        T value = (T) cached.value();
        return success(new ApiResponse<>(value, status, headers, attempt, true));
      }
      if (status >= 200 && status < 300) {
        String body = readBody(response.body(), maxResponseBytes);
        if (body == null) {
          return failure(new ApiException("the answer to " + where() + " is larger than "
              + maxResponseBytes + " bytes", status, "response_too_large",
              response.header("X-Request-Id"), attempt, null), false, false, null);
        }
        T value;
        try {
          value = spec.decoder().decode(body);
          Decoders.requireTenant(value, tenant);
        } catch (Wire.MalformedBody | RuntimeException e) {
          // A RuntimeException here is a value the model refuses (a rule of its constructor).
          return failure(new ApiException("the answer to " + where() + " (HTTP " + status
              + ") is not the documented JSON: " + Wire.mask(String.valueOf(e.getMessage())),
              status, "malformed_response", response.header("X-Request-Id"), attempt, null),
              false, false, null);
        }
        retry.budget().onSuccess();
        String etag = response.header("ETag");
        if (cache != null) {
          if (cacheKey != null && etag != null) {
            cache.put(cacheKey, new Cached(etag, value));
          } else if (!spec.method().equals("GET")) {
            cache.invalidateAll();
          }
        }
        return success(new ApiResponse<>(value, status, headers, attempt, false));
      }
      return error(response, status);
    }

    private Outcome<T> error(Response response, int status) throws IOException {
      String body = readPrefix(response.body(), MAX_ERROR_BODY);
      Wire.ErrorBody shape = Wire.error(body);
      String requestId = response.header("X-Request-Id");
      if (requestId == null && shape != null) {
        requestId = shape.requestId();
      }
      // What a server wrote is bounded and masked before it reaches a failure.
      requestId = requestId == null ? null : Wire.mask(requestId, 100);
      String code = shape != null && shape.code() != null && !shape.code().isBlank()
          ? Wire.mask(shape.code(), 100)
          : "http_" + status;
      String detail = shape != null && shape.message() != null
          ? Wire.mask(shape.message())
          : excerpt(body, response.header("Content-Type"));
      String message = where() + " failed: HTTP " + status + " " + code
          + (detail.isEmpty() ? "" : ": " + detail)
          + (requestId == null ? "" : " (request " + requestId + ")");
      String retryAfterHeader = response.header("Retry-After");
      Duration retryAfter = retryAfter(
          retryAfterHeader != null ? retryAfterHeader : response.header(HIDDEN_RETRY_AFTER));
      List<FieldError> fields = shape == null ? List.of() : shape.fieldErrors();
      ApiException failure = switch (status) {
        case 400, 413, 415, 422 ->
            new InvalidRequestException(message, status, code, requestId, attempt, fields);
        case 401 -> new AuthenticationException(message, code, requestId, attempt);
        case 403 -> new PermissionException(message, code, requestId, attempt);
        case 404 -> new NotFoundException(message, code, requestId, attempt);
        case 409 -> new ConflictException(message, code, requestId, attempt);
        case 429 -> new RateLimitException(message, code, requestId, attempt, retryAfter);
        default -> status >= 500
            ? new ServerException(message, status, code, requestId, attempt)
            : new ApiException(message, status, code, requestId, attempt, null);
      };
      return failure(failure, retry.retryStatuses().contains(status), false, retryAfter);
    }

    Outcome<T> failed(IOException e) {
      // OkHttp: SocketTimeoutException for connect, read and write timeouts, an
      // InterruptedIOException "timeout" for the call timeout; its other InterruptedIOExceptions
      // ("executor rejected" by a closed client, "interrupted") are no timeout.
      boolean timeout = e instanceof SocketTimeoutException
          || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
      if (isRejected(e)) {
        return failure(new ApiConnectionException(where() + " not sent: the client is closed",
            "client_closed", attempt, e), false, false, null);
      }
      ApiException failure = timeout
          ? new ApiTimeoutException(where() + " timed out: " + Wire.mask(String.valueOf(
              e.getMessage()), 200), attempt, e)
          : new ApiConnectionException(where() + " failed: " + e.getClass().getSimpleName()
              + ": " + Wire.mask(String.valueOf(e.getMessage()), 200), "connection_failed",
              attempt, e);
      boolean canceled = "Canceled".equals(e.getMessage());
      boolean interrupted = !timeout && e instanceof InterruptedIOException;
      return failure(failure, !canceled && !interrupted, timeout, null);
    }

    private boolean isRejected(IOException e) {
      return e instanceof InterruptedIOException
          && (e.getCause() instanceof java.util.concurrent.RejectedExecutionException
              || "executor rejected".equals(e.getMessage()));
    }

    private Outcome<T> success(ApiResponse<T> response) {
      return new Outcome<>(response, null, false, false, null);
    }

    private Outcome<T> failure(ApiException failure, boolean retryable, boolean timeout,
        @Nullable Duration retryAfter) {
      return new Outcome<>(null, failure, retryable, timeout, retryAfter);
    }

    /** The wait before the next attempt, or null when there is none. */
    @Nullable Duration retryDelay(Outcome<T> outcome) {
      ApiException failure = outcome.failure();
      if (!outcome.retryable || !mayRetry || attempt > maxRetries) {
        return null;
      }
      Duration delay;
      if (outcome.retryAfter != null) {
        if (retry.maxRetryAfter().isZero()
            || outcome.retryAfter.compareTo(retry.maxRetryAfter()) > 0) {
          return null;
        }
        delay = outcome.retryAfter;
      } else {
        delay = backoff(attempt);
      }
      if (!retry.budget().tryAcquire(outcome.timeout)) {
        LOG.debug("{} not retried: the retry budget is spent", where());
        return null;
      }
      RetryEvent event = new RetryEvent(spec.method(), request.url().encodedPath(), attempt,
          failure.status(), failure.code(), delay);
      LOG.debug("retrying {} after attempt {} gave {} {}, in {} ms", where(), attempt,
          failure.status(), failure.code(), delay.toMillis());
      Consumer<RetryEvent> hook = retry.onRetry();
      if (hook != null) {
        hook.accept(event);
      }
      return delay;
    }

    void wipe() {
      byte[] body = spec.body();
      if (body != null) {
        Arrays.fill(body, (byte) 0);
      }
    }
  }

  /**
   * The name a 503's {@code Retry-After} travels under between the network and the client.
   * OkHttp's own follow-up logic repeats a request once, whatever its method, when a 503 says
   * {@code Retry-After: 0}; renamed below it, the header reaches only this client's policy, so a
   * POST without an idempotency key is never sent twice and every attempt is counted.
   */
  static final String HIDDEN_RETRY_AFTER = "X-Wabotiq-Retry-After";

  static Response hideRetryAfterFromOkHttp(okhttp3.Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response.newBuilder()
        .removeHeader("Retry-After")
        .header(HIDDEN_RETRY_AFTER, retryAfter)
        .build();
  }

  /** Full jitter: a random wait in [0, min(max, initial * 2^(retry - 1))). */
  Duration backoff(int failedAttempt) {
    long initial = retry.initialBackoff().toMillis();
    long max = retry.maxBackoff().toMillis();
    int shift = failedAttempt - 1;
    // initial * 2^shift > max exactly when initial > floor(max / 2^shift); no overflow otherwise
    long bound = shift >= 63 || initial > (max >> shift) ? max : initial << shift;
    return Duration.ofMillis((long) (jitter.getAsDouble() * bound));
  }

  /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
  @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return v.length() > 9 ? Duration.ofSeconds(999_999_999L) : Duration.ofSeconds(Long.parseLong(v));
    }
    Instant at = HttpDates.parse(v, clock.instant());
    if (at == null) {
      return null;
    }
    Duration wait = Duration.between(clock.instant(), at);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** The whole body as UTF-8, or null when it is longer than {@code max} bytes. */
  private static @Nullable String readBody(@Nullable ResponseBody body, long max)
      throws IOException {
    if (body == null) {
      return "";
    }
    if (body.contentLength() > max) {
      return null;
    }
    BufferedSource source = body.source();
    if (source.request(max + 1)) {
      return null;
    }
    return source.getBuffer().readUtf8();
  }

  /** At most {@code max} bytes of a body; what a failed read gave so far. */
  private static String readPrefix(@Nullable ResponseBody body, int max) {
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(max);
      okio.Buffer buffer = source.getBuffer();
      return buffer.readUtf8(Math.min(buffer.size(), max));
    } catch (IOException e) {
      return "";
    }
  }

  private static String excerpt(String body, @Nullable String contentType) {
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    String kind = contentType == null ? "" : contentType.split(";", 2)[0].strip();
    return "a body that is not the API's error shape" + (kind.isEmpty() ? "" : " (" + Wire.mask(
        kind, 60) + ")") + ": " + Wire.mask(trimmed, Wire.EXCERPT);
  }

  /** A future that cancels the request in flight and any retry waiting. */
  static final class ClientFuture<V> extends CompletableFuture<V> {
    private volatile @Nullable Call current;
    private volatile @Nullable ScheduledFuture<?> pending;

    void current(Call call) {
      this.current = call;
      if (isCancelled()) {
        call.cancel();
      }
    }

    void pending(ScheduledFuture<?> wait) {
      this.pending = wait;
      if (isCancelled()) {
        wait.cancel(false);
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Call call = current;
      if (call != null) {
        call.cancel();
      }
      ScheduledFuture<?> wait = pending;
      if (wait != null) {
        wait.cancel(false);
      }
      return cancelled;
    }

    /** A future of the value alone whose cancellation cancels this one. */
    <U> CompletableFuture<U> map(java.util.function.Function<V, U> f) {
      ClientFuture<V> source = this;
      CompletableFuture<U> mapped = new CompletableFuture<>() {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
          source.cancel(mayInterruptIfRunning);
          return super.cancel(mayInterruptIfRunning);
        }
      };
      var unused = whenComplete((v, e) -> {
        if (e != null) {
          mapped.completeExceptionally(e);
        } else {
          mapped.complete(f.apply(v));
        }
      });
      return mapped;
    }
  }
}
