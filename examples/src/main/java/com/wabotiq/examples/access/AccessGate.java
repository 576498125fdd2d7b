package com.wabotiq.examples.access;

import com.wabotiq.TenantNotFoundException;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.cors.CorsConfigurationException;
import com.wabotiq.access.cors.CorsDecision;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.access.webhooks.CallbackTokenCheck;
import com.wabotiq.access.webhooks.Verification;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.access.webhooks.WebhookProvider;
import com.wabotiq.access.webhooks.WebhookRequest;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.TenantId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who gets in, decided once for any HTTP server: the servlet filter ({@link AccessServletFilter})
 * and the JDK {@code HttpServer} handler ({@link AccessHttpHandler}) are thin adapters around it.
 *
 * <p>Routes, under {@code /v1/}:
 *
 * <ul>
 *   <li>{@code /v1/tenants/{tenant_id}/...}: the tenant's API. A CORS preflight ({@code OPTIONS}
 *       with {@code Origin} and {@code Access-Control-Request-Method}) is answered here from the
 *       tenant's allowed origins, 204 or 403. Any other request must carry {@code Authorization:
 *       Bearer <key>}; a key of another tenant, or an {@code X-TENANT-ID} naming another tenant
 *       than the path, is refused. {@code GET} and {@code HEAD} need the {@code read} scope,
 *       everything else {@code write}. A request with an {@code Origin} the tenant does not
 *       allow is refused with 403 before the key is looked at, so a foreign page cannot make a
 *       simple {@code POST} have effects the browser would merely hide from it.
 *   <li>{@code /v1/webhooks/{provider}/{tenant_id}}: an inbound webhook, verified with the
 *       tenant's secret from its encrypted settings ({@code meta} with the host's app secrets;
 *       {@code mpesa/{tenant_id}/{token}} with the tenant's callback token).
 * </ul>
 *
 * <p>The tenant is in the path because a preflight carries no credentials and no {@code
 * X-TENANT-ID} value: the URL is the only thing that can say whose allowed origins apply.
 * Refusals are answered with a small JSON error whose message never tells an unknown key from a
 * revoked one; the host's log gets the precise code. Storage failures are 503, never 401.
 */
public final class AccessGate {
  /** The attribute (servlet) or context key under which a passed request carries its tenant. */
  public static final String TENANT_ATTRIBUTE = "com.wabotiq.tenant";

  /** The largest webhook body read, in bytes; a larger delivery is refused with 413. */
  public static final int MAX_WEBHOOK_BODY = 1 << 20;

  private static final String TENANTS = "/v1/tenants/";
  private static final String WEBHOOKS = "/v1/webhooks/";

  private final TenantSdk sdk;
  private final List<Secret> metaAppSecrets;
  private final String publicBaseUrl;

  /**
   * A gate over a facade built with a key encryption (webhook secrets and callback tokens are
   * sealed in tenants' settings).
   *
   * @param sdk the facade
   * @param metaAppSecrets the Meta app secret(s) of the bot's own WhatsApp channel; may be empty
   */
  public AccessGate(TenantSdk sdk, List<Secret> metaAppSecrets) {
    this.sdk = sdk;
    this.metaAppSecrets = List.copyOf(metaAppSecrets);
    // Twilio signs the URL it called: the public one, as the facade generates it.
    this.publicBaseUrl = sdk.callbacks().urls().baseUrl();
  }

  /**
   * Decides a request.
   *
   * @param request the request as the server sees it
   * @return what to do: go on to the application, or answer now
   */
  public Outcome check(Incoming request) {
    String path = request.path();
    try {
      if (path.startsWith(TENANTS)) {
        return api(request, path.substring(TENANTS.length()));
      }
      if (path.startsWith(WEBHOOKS)) {
        return webhook(request, path.substring(WEBHOOKS.length()));
      }
      return Outcome.pass(null, Map.of());
    } catch (StorageException e) {
      return Outcome.refuse(503, Map.of(), "unavailable", "try again later");
    }
  }

  private Outcome api(Incoming request, String rest) {
    Optional<TenantId> id = tenantId(rest.split("/", 2)[0]);
    Optional<Tenant> tenant = id.flatMap(sdk::tenant).filter(t -> !t.isDeleted());
    if (tenant.isEmpty()) {
      return Outcome.refuse(404, Map.of(), "not_found", "no such tenant");
    }
    String origin = request.header("Origin");
    Optional<CorsPolicy> policy = origin == null ? Optional.empty() : cors(tenant.get());
    if (origin != null && policy.isEmpty()) {
      return Outcome.refuse(403, Map.of("Vary", "Origin"), "cors_refused", "origin not allowed");
    }
    String requestMethod = request.header("Access-Control-Request-Method");
    if ("OPTIONS".equals(request.method()) && origin != null && requestMethod != null) {
      CorsPolicy cors = policy.get();
      CorsDecision preflight = cors.decidePreflight(
          origin, requestMethod, request.header("Access-Control-Request-Headers"));
      return preflight.isAllowed()
          ? Outcome.refuse(204, preflight.headers(), null, null)
          : Outcome.refuse(403, preflight.headers(), "cors_refused", "origin not allowed");
    }
    Map<String, String> corsHeaders = Map.of();
    if (origin != null) {
      CorsDecision actual = policy.get().decide(origin, request.method());
      if (!actual.isAllowed()) {
        return Outcome.refuse(403, actual.headers(), "cors_refused", "origin not allowed");
      }
      corsHeaders = actual.headers();
    }
    String authorization = request.header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Map<String, String> headers = new LinkedHashMap<>(corsHeaders);
      headers.put("WWW-Authenticate", "Bearer");
      return Outcome.refuse(401, headers, "unauthenticated", "an API key is required");
    }
    String claimed = request.header("X-TENANT-ID");
    if (claimed != null && !claimed.equals(id.get().value())) {
      return Outcome.refuse(403, corsHeaders, "tenant_mismatch", "X-TENANT-ID names another tenant");
    }
    ApiScope scope = "GET".equals(request.method()) || "HEAD".equals(request.method())
        ? ApiScope.READ : ApiScope.WRITE;
    ApiKeyVerification key =
        sdk.apiKeys().authenticate(authorization.substring(7).strip(), scope, id.get());
    if (!key.isValid()) {
      Map<String, String> headers = new LinkedHashMap<>(corsHeaders);
      if (key.httpStatus() == 401) {
        headers.put("WWW-Authenticate", "Bearer");
      }
      return Outcome.refuse(key.httpStatus(), headers,
          key.httpStatus() == 401 ? "invalid_api_key" : "forbidden", key.clientMessage());
    }
    return Outcome.pass(id.get(), corsHeaders);
  }

  /**
   * The tenant's CORS policy, or empty when its stored origins are not a usable configuration (an
   * {@code http} origin written around {@code updateAllowedOrigins}): then no browser gets in, and
   * calls without an {@code Origin} (servers, apps) still do.
   */
  private static Optional<CorsPolicy> cors(Tenant tenant) {
    try {
      return Optional.of(CorsPolicy.forTenant(tenant));
    } catch (CorsConfigurationException misconfigured) {
      return Optional.empty();
    }
  }

  private Outcome webhook(Incoming request, String rest) {
    if (!"POST".equals(request.method())) {
      return Outcome.refuse(405, Map.of("Allow", "POST"), "method_not_allowed", "POST only");
    }
    for (WebhookEndpoint endpoint : WebhookEndpoint.values()) {
      String prefix = endpoint.route().substring("webhooks/".length()) + "/";
      if (rest.startsWith(prefix)) {
        String[] parts = rest.substring(prefix.length()).split("/", -1);
        Optional<TenantId> tenant = tenantId(parts[0]);
        if (tenant.isEmpty()) {
          return Outcome.refuse(404, Map.of(), "not_found", "no such tenant");
        }
        return verify(request, endpoint, tenant.get(), parts.length > 1 ? parts[1] : null);
      }
    }
    return Outcome.refuse(404, Map.of(), "not_found", "no such webhook");
  }

  private Outcome verify(
      Incoming request, WebhookEndpoint endpoint, TenantId tenant, @Nullable String token) {
    try {
      if (endpoint == WebhookEndpoint.MPESA) {
        CallbackTokenCheck check = sdk.callbacks().verifyMpesa(tenant, token);
        return check.isValid()
            ? Outcome.pass(tenant, Map.of())
            : Outcome.refuse(404, Map.of(), "not_found", "no such webhook");
      }
      Optional<byte[]> body = request.body(MAX_WEBHOOK_BODY);
      if (body.isEmpty()) {
        return Outcome.refuse(413, Map.of(), "too_large", "body too large");
      }
      WebhookRequest.Builder delivery = WebhookRequest.builder().body(body.get());
      request.headers().forEach((name, values) -> values.forEach(v -> delivery.header(name, v)));
      String query = request.query();
      delivery.url(publicBaseUrl + request.path().substring("/v1".length())
          + (query == null || query.isEmpty() ? "" : "?" + query));
      Verification verification = endpoint == WebhookEndpoint.META
          ? sdk.webhooks().verifyMeta(delivery.build(), metaAppSecrets)
          : sdk.webhooks().verify(tenant, provider(endpoint), delivery.build());
      return verification.isVerified()
          ? Outcome.pass(tenant, Map.of())
          : Outcome.refuse(401, Map.of(), "invalid_signature",
              verification.code().name().toLowerCase(Locale.ROOT));
    } catch (TenantNotFoundException e) {
      return Outcome.refuse(404, Map.of(), "not_found", "no such tenant");
    }
  }

  private static WebhookProvider provider(WebhookEndpoint endpoint) {
    return switch (endpoint) {
      case TWILIO_INBOUND, TWILIO_STATUS -> WebhookProvider.TWILIO;
      case STRIPE -> WebhookProvider.STRIPE;
      case SHOPIFY -> WebhookProvider.SHOPIFY;
      case WOOCOMMERCE -> WebhookProvider.WOOCOMMERCE;
      case PAYSTACK -> WebhookProvider.PAYSTACK;
      case META -> WebhookProvider.META;
      case MPESA -> throw new IllegalArgumentException("M-Pesa callbacks are not signed");
    };
  }

  private static Optional<TenantId> tenantId(String text) {
    try {
      return Optional.of(TenantId.of(text));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  /** A request as an HTTP server sees it; the body is read only when a webhook needs it. */
  public interface Incoming {
    /**
     * The method, as sent.
     *
     * @return e.g. {@code GET}
     */
    String method();

    /**
     * The path, without the query.
     *
     * @return e.g. {@code /v1/tenants/3f.../settings}
     */
    String path();

    /**
     * The raw query, without {@code ?}.
     *
     * @return the query, or null when there is none
     */
    @Nullable String query();

    /**
     * One header's first value; names are case-insensitive.
     *
     * @param name the header's name
     * @return its first value, or null when it is absent
     */
    @Nullable String header(String name);

    /**
     * Every header with all its values.
     *
     * @return the headers
     */
    Map<String, List<String>> headers();

    /**
     * The raw body bytes, read at most once (later calls return the same bytes).
     *
     * @param maxBytes the most bytes to read
     * @return the body, or empty when it is longer than {@code maxBytes}
     */
    Optional<byte[]> body(int maxBytes);
  }

  /**
   * What to do with a request.
   *
   * @param proceed true: hand it to the application, adding {@code headers} to the response
   * @param status the status to answer with when not proceeding
   * @param headers response headers to set (CORS headers, {@code WWW-Authenticate}...)
   * @param body a JSON error body to answer with, or null for none
   * @param tenant the tenant the request is for, when it proceeds
   */
  public record Outcome(boolean proceed, int status, Map<String, String> headers,
      @Nullable String body, @Nullable TenantId tenant) {
    /**
     * Copies the headers.
     *
     * @param proceed go on, or answer now
     * @param status the status to answer with
     * @param headers the headers to set
     * @param body the body, or null
     * @param tenant the tenant, or null
     */
    public Outcome {
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static Outcome pass(@Nullable TenantId tenant, Map<String, String> headers) {
      return new Outcome(true, 200, headers, null, tenant);
    }

    static Outcome refuse(int status, Map<String, String> headers, @Nullable String code,
        @Nullable String message) {
      String body = code == null
          ? null
          : "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
      return new Outcome(false, status, headers, body, null);
    }
  }
}
