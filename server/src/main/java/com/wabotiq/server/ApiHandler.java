package com.wabotiq.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.wabotiq.TenantNotFoundException;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.cors.CorsConfigurationException;
import com.wabotiq.access.cors.CorsDecision;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.access.keys.ApiKeyCode;
import com.wabotiq.access.keys.ApiKeyNotAllowedException;
import com.wabotiq.access.keys.ApiKeyNotFoundException;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request, in order: a request id; the tenant's rate limit; CORS (a preflight is answered
 * here, a request from an origin the tenant does not allow is refused before anything else); the
 * route; the API key and {@code X-TENANT-ID}; the operation (a POST with an {@code
 * Idempotency-Key} through the idempotency store); {@code If-None-Match}. Every answer carries
 * {@code X-Request-Id} and the {@code X-RateLimit-*} headers, and every refusal the API's error
 * shape. A failure the server did not expect is a 500 {@code internal_error} whose body names only
 * the request id; the log has the rest.
 */
final class ApiHandler implements HttpHandler {
  static final String BASE_PATH = "/v1/tenants/";

  /** The most of an unread request body read and dropped before answering (4 MiB). */
  static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

  /** A tenant id in the path: a UUID, in either case (ids are stored in lowercase). */
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final TenantSdk sdk;
  private final Operations operations;
  private final RateLimiter limiter;
  private final Idempotency idempotency;
  private final int maxBodyBytes;

  ApiHandler(TenantSdk sdk, Operations operations, RateLimiter limiter, Idempotency idempotency,
      int maxBodyBytes) {
    this.sdk = sdk;
    this.operations = operations;
    this.limiter = limiter;
    this.idempotency = idempotency;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = requestId();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", requestId);
    Answer answer;
    try {
      answer = answer(exchange, requestId, headers);
    } catch (ApiError refused) {
      answer = error(refused, requestId);
    } catch (RuntimeException | Error unexpected) {
      answer = unexpected(unexpected, exchange, requestId);
    }
    send(exchange, headers, answer);
  }

  private Answer answer(HttpExchange exchange, String requestId, Map<String, String> headers) {
    String path = exchange.getRequestURI().getRawPath();
    if (path == null || !path.startsWith(BASE_PATH)) {
      limit("_", headers);
      throw ApiError.notFound("no such resource; the API lives under " + BASE_PATH);
    }
    String after = path.substring(BASE_PATH.length());
    int slash = after.indexOf('/');
    String segment = slash < 0 ? after : after.substring(0, slash);
    String rest = slash < 0 ? "" : after.substring(slash);
    if (!UUID.matcher(segment).matches()) {
      limit("_", headers);
      throw ApiError.malformed("tenant_id in the path is not a UUID");
    }
    TenantId tenant = TenantId.of(segment.toLowerCase(Locale.ROOT));
    limit(tenant.value(), headers);
    Call call = new Call(exchange, requestId, tenant, rest, maxBodyBytes);
    String origin = call.header("Origin");
    if (origin != null) {
      Answer refused = cors(call, origin, headers);
      if (refused != null) {
        return refused;
      }
    }
    Route route = Route.match(call.method(), rest);
    ApiScope scope = "GET".equals(call.method()) ? ApiScope.READ : ApiScope.WRITE;
    authenticate(call, scope, headers);
    return run(call, route);
  }

  private Answer run(Call call, Route route) {
    if ("POST".equals(call.method()) && call.header("Idempotency-Key") != null) {
      byte[] body = call.bodyBytes();
      return idempotency.run(call.tenant().value(), String.valueOf(call.header("Idempotency-Key")),
          call.route(), body, () -> mapped(call, route));
    }
    Answer answer = mapped(call, route);
    String ifNoneMatch = call.header("If-None-Match");
    if (ifNoneMatch != null && answer.status() == 200 && answer.etagListed(ifNoneMatch, true)) {
      return new Answer(304, answer.headers(), null);
    }
    return answer;
  }

  /** The operation, with core's failures as the API's errors. */
  private Answer mapped(Call call, Route route) {
    try {
      return route.run(operations, call);
    } catch (ValidationException e) {
      throw ApiError.violations("The request's values", e.violations());
    } catch (VersionConflictException e) {
      throw ApiError.versionConflict();
    } catch (TenantNotFoundException e) {
      throw ApiError.notFound("no such tenant");
    } catch (ApiKeyNotFoundException e) {
      throw ApiError.notFound("the tenant has no API key with this key_hash");
    } catch (ApiKeyNotAllowedException e) {
      throw ApiError.of(e.code().httpStatus(), errorCode(e.code()),
          e.code().clientMessage());
    } catch (IllegalArgumentException e) {
      // core refusing an argument taken from the request (a past expiry, a blank name)
      throw ApiError.invalid("The request is invalid: " + String.valueOf(e.getMessage()),
          java.util.List.of());
    }
  }

  private void authenticate(Call call, ApiScope scope, Map<String, String> headers) {
    String authorization = call.header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      headers.put("WWW-Authenticate", "Bearer");
      throw ApiError.of(401, "invalid_api_key", "an API key is required (Authorization: Bearer)");
    }
    String claimed = call.header("X-TENANT-ID");
    if (claimed == null) {
      throw ApiError.malformed("the X-TENANT-ID header is required");
    }
    if (!claimed.strip().equalsIgnoreCase(call.tenant().value())) {
      throw ApiError.of(403, "tenant_mismatch", "X-TENANT-ID names another tenant than the path");
    }
    ApiKeyVerification verification =
        sdk.apiKeys().authenticate(authorization.substring(7).strip(), scope, call.tenant());
    if (!verification.isValid()) {
      if (verification.httpStatus() == 401) {
        headers.put("WWW-Authenticate", "Bearer");
      }
      throw ApiError.of(verification.httpStatus(), errorCode(verification.code()),
          verification.clientMessage());
    }
  }

  private static String errorCode(ApiKeyCode code) {
    return switch (code) {
      case TENANT_MISMATCH -> "tenant_mismatch";
      case TENANT_FORBIDDEN -> "tenant_forbidden";
      case TIER_FORBIDS -> "tier_forbids";
      case INSUFFICIENT_SCOPE -> "insufficient_scope";
      default -> "invalid_api_key";
    };
  }

  /** Answers a preflight, refuses a foreign origin, or adds the CORS headers and returns null. */
  private @Nullable Answer cors(Call call, String origin, Map<String, String> headers) {
    CorsPolicy policy;
    try {
      policy = CorsPolicy.of(operations.cors(call.tenant()));
    } catch (ApiError | CorsConfigurationException | TenantNotFoundException noPolicy) {
      headers.put("Vary", "Origin");
      throw ApiError.of(403, "cors_refused", "this origin may not call the API for this tenant");
    }
    String requestMethod = call.header("Access-Control-Request-Method");
    if ("OPTIONS".equals(call.method()) && requestMethod != null) {
      CorsDecision preflight = policy.decidePreflight(
          origin, requestMethod, call.header("Access-Control-Request-Headers"));
      headers.putAll(preflight.headers());
      if (!preflight.isAllowed()) {
        throw ApiError.of(403, "cors_refused", "this origin may not call the API for this tenant");
      }
      return new Answer(204, Map.of(), null);
    }
    CorsDecision actual = policy.decide(origin, call.method());
    headers.putAll(actual.headers());
    if (!actual.isAllowed()) {
      throw ApiError.of(403, "cors_refused", "this origin may not call the API for this tenant");
    }
    return null;
  }

  private void limit(String bucket, Map<String, String> headers) {
    RateLimiter.Verdict verdict = limiter.admit(bucket);
    headers.put("X-RateLimit-Limit", Integer.toString(verdict.limit()));
    headers.put("X-RateLimit-Remaining", Integer.toString(verdict.remaining()));
    headers.put("X-RateLimit-Reset", Long.toString(verdict.resetEpochSecond()));
    if (!verdict.admitted()) {
      headers.put("Retry-After", Long.toString(verdict.retryAfterSeconds()));
      throw ApiError.of(429, "rate_limited", "Too many requests; retry after "
          + verdict.retryAfterSeconds() + " s.");
    }
  }

  private static Answer error(ApiError refused, String requestId) {
    Answer answer = Answer.json(refused.status(), refused.body(requestId));
    for (Map.Entry<String, String> header : refused.headers().entrySet()) {
      answer = answer.withHeader(header.getKey(), header.getValue());
    }
    return answer;
  }

  private static Answer unexpected(Throwable failure, HttpExchange exchange, String requestId) {
    if (failure instanceof StorageException) {
      LOG.warn("{} {} {}: storage failed: {}", requestId, exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), failure.getMessage());
      return error(ApiError.of(503, "unavailable", "storage is unavailable; retry later")
          .withHeader("Retry-After", "1"), requestId);
    }
    LOG.error("{} {} {} failed", requestId, exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(), failure);
    return error(ApiError.of(500, "internal_error",
        "the server failed; quote the request id when reporting it"), requestId);
  }

  /**
   * Reads and drops what is left of the request body, up to {@link #DRAIN_LIMIT} bytes, before
   * answering: a connection closed with unread bytes is reset, and a reset can destroy the answer
   * (a 413, a 401 to a large upload) before the client has read it. A body declared longer than
   * the limit is left alone.
   */
  private static void drain(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      if (length != null && Long.parseLong(length.strip()) > DRAIN_LIMIT) {
        return; // a client waiting for an early refusal of a huge body is not kept waiting
      }
    } catch (NumberFormatException e) {
      return;
    }
    try {
      InputStream in = exchange.getRequestBody();
      byte[] buffer = new byte[8192];
      long left = DRAIN_LIMIT;
      int read;
      while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= read;
      }
    } catch (IOException e) {
      // the client went away or sent a broken body; the answer is still attempted
    }
  }

  private static void send(HttpExchange exchange, Map<String, String> headers, Answer answer)
      throws IOException {
    drain(exchange);
    try (exchange) {
      var responseHeaders = exchange.getResponseHeaders();
      headers.forEach(responseHeaders::set);
      answer.headers().forEach(responseHeaders::set);
      byte[] body = answer.body();
      if (body == null) {
        exchange.sendResponseHeaders(answer.status(), -1);
        return;
      }
      responseHeaders.set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "req_" + Long.toHexString(random.nextLong() | Long.MIN_VALUE).toLowerCase(Locale.ROOT)
        + Integer.toHexString(random.nextInt() | Integer.MIN_VALUE);
  }
}
