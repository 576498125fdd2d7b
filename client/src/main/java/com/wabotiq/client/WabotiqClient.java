package com.wabotiq.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.ApiKeySecret;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The client of the hosted WabotIQ API for one tenant: built once from its API key, immutable and
 * thread-safe; share one instance.
 *
 * <pre>{@code
 * try (WabotiqClient client = WabotiqClient.builder(System.getenv("WABOTIQ_API_KEY"), tenantId)
 *     .build()) {
 *   MaskedSettings settings = client.settings().get();
 *   UsageReport usage = client.subscription().usage();
 *   for (ApiKeyInfo key : client.apiKeys().list()) { ... }
 * }
 * }</pre>
 *
 * <p>Resources are grouped as the API is: {@link #tenant()}, {@link #settings()}, {@link
 * #agentConfiguration()}, {@link #subscription()} (with tiers and usage), {@link #analytics()},
 * {@link #business()}, {@link #apiKeys()}, {@link #cors()}, {@link #webhookUrls()}. Each call
 * comes blocking ({@code get()}), with its HTTP answer ({@code getWithResponse(...)}), and async
 * ({@code getAsync()}, a cancellable {@code CompletableFuture} completed on the HTTP client's
 * threads; no thread of the caller's waits). Failures are {@link ApiException}s.
 *
 * <p>Defaults: base URL {@code https://api.wabotiq.com/v1}; timeouts of 10 s to connect, 30 s to
 * read and to write, 60 s for a whole attempt; {@link RetryPolicy#defaults() 2 retries}; every
 * POST with a generated idempotency key; answers up to 16 MiB; no cache. The key is checked
 * offline when the client is built: a mistyped key fails here, before any request, with {@link
 * MalformedApiKeyException}. It is sent only in the {@code Authorization} header and appears in no
 * {@code toString}, message or log line of the client.
 *
 * @since 0.1.0
 */
public final class WabotiqClient implements AutoCloseable {
  /** The hosted API. */
  public static final String DEFAULT_BASE_URL = "https://api.wabotiq.com/v1";

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  private final HttpUrl baseUrl;
  private final TenantId tenant;
  private final ApiKeySecret key;
  private final Transport transport;
  private final boolean ownsHttp;
  private final OkHttpClient http;
  private final TenantResource tenantResource;
  private final SettingsResource settings;
  private final AgentConfigurationResource agentConfiguration;
  private final SubscriptionResource subscription;
  private final AnalyticsResource analytics;
  private final BusinessResource business;
  private final ApiKeysResource apiKeys;
  private final CorsResource cors;
  private final WebhookUrlsResource webhookUrls;

  private WabotiqClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.tenant = b.tenant;
    this.key = b.key;
    this.ownsHttp = b.http == null;
    OkHttpClient.Builder http;
    if (b.http == null) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequestsPerHost(64);
      dispatcher.setMaxRequests(256);
      http = new OkHttpClient.Builder().dispatcher(dispatcher);
    } else {
      http = b.http.newBuilder();
    }
    this.http = http
        .connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(b.writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addNetworkInterceptor(Transport::hideRetryAfterFromOkHttp)
        .build();
    Cache<String, Transport.Cached> cache = b.cacheEntries == 0 ? null
        : Caffeine.newBuilder()
            .maximumSize(b.cacheEntries)
            .expireAfterWrite(b.cacheExpireAfterWrite)
            .<String, Transport.Cached>build();
    String agent = "wabotiq-java/" + version() + " java/" + System.getProperty("java.version")
        + (b.userAgentSuffix == null ? "" : " " + b.userAgentSuffix);
    this.transport = new Transport(this.http, baseUrl, tenant.value(), key.reveal(), agent,
        b.retry, cache, b.clock, b.jitter, b.maxResponseBytes, b.generateIdempotencyKeys);
    String path = "tenants/" + tenant.value();
    this.tenantResource = new TenantResource(transport, path);
    this.settings = new SettingsResource(transport, path);
    this.agentConfiguration = new AgentConfigurationResource(transport, path);
    this.subscription = new SubscriptionResource(transport, path);
    this.analytics = new AnalyticsResource(transport, path);
    this.business = new BusinessResource(transport, path);
    this.apiKeys = new ApiKeysResource(transport, path);
    this.cors = new CorsResource(transport, path);
    this.webhookUrls = new WebhookUrlsResource(transport, path);
  }

  /**
   * A builder for a tenant's client.
   *
   * @param apiKey the tenant's API key ({@code wbq_live_…} or {@code wbq_test_…})
   * @param tenant the tenant the key belongs to
   * @return a new builder
   * @throws MalformedApiKeyException if the key is not a WabotIQ key (checked offline)
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String apiKey, TenantId tenant) {
    Objects.requireNonNull(apiKey, "apiKey");
    ApiKeyFormat.Check check = ApiKeyFormat.check(apiKey);
    if (check != ApiKeyFormat.Check.WELL_FORMED) {
      throw new MalformedApiKeyException(check);
    }
    return new Builder(ApiKeyFormat.parse(apiKey), Objects.requireNonNull(tenant, "tenant"));
  }

  /**
   * A builder for a tenant's client, from a key already held as a secret.
   *
   * @param apiKey the tenant's API key
   * @param tenant the tenant the key belongs to
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(ApiKeySecret apiKey, TenantId tenant) {
    return new Builder(Objects.requireNonNull(apiKey, "apiKey"),
        Objects.requireNonNull(tenant, "tenant"));
  }

  /**
   * The tenant record.
   *
   * @return the resource
   */
  public TenantResource tenant() {
    return tenantResource;
  }

  /**
   * The tenant's settings: read masked, update partially.
   *
   * @return the resource
   */
  public SettingsResource settings() {
    return settings;
  }

  /**
   * The tenant's agent configuration.
   *
   * @return the resource
   */
  public AgentConfigurationResource agentConfiguration() {
    return agentConfiguration;
  }

  /**
   * The tenant's subscription, the tiers, and its current usage.
   *
   * @return the resource
   */
  public SubscriptionResource subscription() {
    return subscription;
  }

  /**
   * Daily analytics and period performance.
   *
   * @return the resource
   */
  public AnalyticsResource analytics() {
    return analytics;
  }

  /**
   * Business summaries: catalog, services, customers, orders.
   *
   * @return the resource
   */
  public BusinessResource business() {
    return business;
  }

  /**
   * The tenant's API keys.
   *
   * @return the resource
   */
  public ApiKeysResource apiKeys() {
    return apiKeys;
  }

  /**
   * The tenant's CORS configuration.
   *
   * @return the resource
   */
  public CorsResource cors() {
    return cors;
  }

  /**
   * The tenant's inbound webhook URLs.
   *
   * @return the resource
   */
  public WebhookUrlsResource webhookUrls() {
    return webhookUrls;
  }

  /**
   * The tenant this client acts for.
   *
   * @return the tenant id
   */
  public TenantId tenantId() {
    return tenant;
  }

  /**
   * The API's base URL.
   *
   * @return e.g. {@code https://api.wabotiq.com/v1/}
   */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the connections and threads of the HTTP client the builder made; a caller-supplied
   * {@code OkHttpClient} is left alone. Calls in flight are not cancelled.
   */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Shows the base URL, the tenant and the key's hint, never the key. */
  @Override
  public String toString() {
    return "WabotiqClient[baseUrl=" + baseUrl + ", tenant=" + tenant + ", key=" + key + "]";
  }

  static String version() {
    try (InputStream in = WabotiqClient.class.getResourceAsStream(
        "/META-INF/maven/com.wabotiq/wabotiq-client/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      }
    } catch (IOException e) {
      // fall through: the version is informative only
    }
    return "dev";
  }

  /**
   * Builds a {@link WabotiqClient}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ApiKeySecret key;
    private final TenantId tenant;
    private HttpUrl baseUrl = Objects.requireNonNull(HttpUrl.parse(DEFAULT_BASE_URL + "/"));
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retry = RetryPolicy.defaults();
    private @Nullable OkHttpClient http;
    private @Nullable String userAgentSuffix;
    private long cacheEntries;
    private Duration cacheExpireAfterWrite = Duration.ofMinutes(10);
    private long maxResponseBytes = 16L << 20;
    private boolean generateIdempotencyKeys = true;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(ApiKeySecret key, TenantId tenant) {
      this.key = key;
      this.tenant = tenant;
    }

    /**
     * The API's base URL, for a local server or a test double. Plain {@code http} is accepted
     * only for loopback hosts ({@code localhost}, {@code 127.0.0.1}, {@code ::1}), so the key
     * never crosses a network unencrypted.
     *
     * @param url e.g. {@code https://api.wabotiq.com/v1} or {@code http://127.0.0.1:8080/v1}
     * @return this builder
     * @throws IllegalArgumentException if not an http(s) URL, plain http to another host, or it
     *     carries a query, fragment or user info
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url");
      HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
      if (parsed == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + Wire.mask(url, 200));
      }
      if (parsed.query() != null || parsed.fragment() != null || !parsed.username().isEmpty()) {
        throw new IllegalArgumentException("a base URL has no query, fragment or user info");
      }
      if (!parsed.isHttps() && !LOOPBACK.contains(parsed.host())) {
        throw new IllegalArgumentException(
            "plain http only to a loopback host; use https for " + parsed.host());
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * The time limit to open a connection.
     *
     * @param limit positive
     * @return this builder
     */
    public Builder connectTimeout(Duration limit) {
      this.connectTimeout = positive(limit, "connectTimeout");
      return this;
    }

    /**
     * The longest wait for the next bytes of an answer.
     *
     * @param limit positive
     * @return this builder
     */
    public Builder readTimeout(Duration limit) {
      this.readTimeout = positive(limit, "readTimeout");
      return this;
    }

    /**
     * The longest wait to send the next bytes of a request.
     *
     * @param limit positive
     * @return this builder
     */
    public Builder writeTimeout(Duration limit) {
      this.writeTimeout = positive(limit, "writeTimeout");
      return this;
    }

    /**
     * The time limit of one whole attempt (connect, send, wait, read); retries each get their
     * own. {@link RequestOptions.Builder#timeout} replaces it for one request.
     *
     * @param limit positive
     * @return this builder
     */
    public Builder callTimeout(Duration limit) {
      this.callTimeout = positive(limit, "callTimeout");
      return this;
    }

    /**
     * When and how to retry; {@link RetryPolicy#none()} turns retries off.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retry = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * An {@code OkHttpClient} to share its connection pool and threads with; the client derives
     * its own from it ({@code newBuilder()}) with its timeouts, and never closes it. Its
     * interceptors run on every attempt: one that logs headers must redact {@code Authorization}.
     *
     * @param client the shared client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.http = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Text appended to the {@code User-Agent}, e.g. {@code acme-shop/2.3}.
     *
     * @param suffix printable ASCII, at most 200 characters
     * @return this builder
     * @throws IllegalArgumentException if empty, too long, or not printable ASCII
     */
    public Builder userAgentSuffix(String suffix) {
      Objects.requireNonNull(suffix, "suffix");
      if (suffix.isBlank() || suffix.length() > 200
          || !suffix.chars().allMatch(c -> c >= 32 && c < 127)) {
        throw new IllegalArgumentException("a User-Agent suffix is 1-200 printable ASCII");
      }
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Caches the answers of single-resource GETs (tenant, settings, agent configuration,
     * subscription, CORS, webhook URLs) that carry an {@code ETag}, and revalidates them: the
     * next GET sends {@code If-None-Match}, and a 304 is answered from the cache without reading
     * a body. Any successful write through this client empties the cache.
     *
     * @param maxEntries the most answers kept, at least 1
     * @param expireAfterWrite how long an answer is kept at most
     * @return this builder
     * @throws IllegalArgumentException if {@code maxEntries < 1} or the duration is not positive
     */
    public Builder cache(long maxEntries, Duration expireAfterWrite) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries must be at least 1");
      }
      this.cacheEntries = maxEntries;
      this.cacheExpireAfterWrite = positive(expireAfterWrite, "expireAfterWrite");
      return this;
    }

    /**
     * The largest success body read; a larger one fails with code {@code response_too_large}.
     *
     * @param bytes at least 1 KiB
     * @return this builder
     * @throws IllegalArgumentException if below 1024
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Whether each POST gets a generated idempotency key (a random UUID, the same on every
     * attempt) when the request gives none; without one a POST is never retried.
     *
     * @param generate true by default
     * @return this builder
     */
    public Builder generateIdempotencyKeys(boolean generate) {
      this.generateIdempotencyKeys = generate;
      return this;
    }

    /**
     * The clock that reads {@code Retry-After} dates.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The jitter source, for tests: values in [0, 1). */
    Builder jitter(DoubleSupplier source) {
      this.jitter = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public WabotiqClient build() {
      return new WabotiqClient(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
