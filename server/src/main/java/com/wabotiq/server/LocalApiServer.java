package com.wabotiq.server;

import com.sun.net.httpserver.HttpServer;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.webhooks.WebhookUrls;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.types.TierId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hosted API of {@code docs/openapi.yaml}, served on loopback by core: API keys with scopes
 * and tier access, tenant isolation, CORS, settings with encrypted credentials and masked reads,
 * usage from the meter, ETags and {@code If-Match}, idempotency keys, a request rate limit, and
 * the API's error shape for every refusal.
 *
 * <pre>{@code
 * try (LocalApiServer server = LocalApiServer.builder().build().start()) {
 *   SeededTenant demo = server.seedDemoTenant();
 *   WabotiqClient client = WabotiqClient.builder(demo.apiKey().reveal(), demo.tenantId())
 *       .baseUrl(server.baseUri().toString())
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>It listens on the loopback interface only, on the JDK's own HTTP server ({@code
 * com.sun.net.httpserver}): no dependency for a project that embeds it in its tests, and enough
 * for a development server. Not a production server: see {@code docs/local-server.md} for what
 * it keeps in memory and what it leaves out.
 *
 * <p>Thread-safe. {@link #close()} stops it gracefully: no new connection is accepted, requests
 * in flight finish (up to the builder's grace period).
 *
 * @since 0.1.0
 */
public final class LocalApiServer implements AutoCloseable {
  /** The port {@link LocalServerMain} listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8787;

  /** Requests per tenant per window, by default. */
  public static final int DEFAULT_RATE_LIMIT = 100;

  /** The rate limit's window, by default. */
  public static final Duration DEFAULT_RATE_WINDOW = Duration.ofSeconds(1);

  /** The largest request body read, by default (256 KiB); a larger one is 413. */
  public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

  static {
    // The JDK's server writes an answer's head and body as two segments; with Nagle's algorithm
    // on, the body waits for the client's delayed acknowledgement of the head, some 40 ms on
    // every answer of a kept-alive connection. Its configuration is read once per JVM, when its
    // first server is made, so this is set before that unless the JVM was told otherwise.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Clock clock;
  private final Duration shutdownGrace;
  private final HttpServer http;
  private final ExecutorService executor;
  private final TenantSdk sdk;
  private final Operations operations;
  private final URI baseUri;
  private final Random random = new SecureRandom();
  private final AtomicLong phoneNumbers;
  private volatile boolean closed;
  private volatile boolean started;

  private LocalApiServer(Builder options) {
    this.clock = options.clock;
    this.shutdownGrace = options.shutdownGrace;
    try {
      this.http = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port), 128);
    } catch (IOException e) {
      throw new LocalServerException(
          "cannot listen on 127.0.0.1:" + options.port + ": " + e.getMessage(), e);
    }
    int port = http.getAddress().getPort();
    this.baseUri = URI.create("http://127.0.0.1:" + port + "/v1");
    this.sdk = TenantSdk.builder()
        .storage(options.storage)
        .keyEncryption(options.keyEncryption)
        .clock(options.clock)
        .apiKeyEnvironment(ApiKeyEnvironment.TEST)
        .webhookUrls(WebhookUrls.forLocalTesting(baseUri.toString()))
        .build();
    this.operations =
        new Operations(sdk, sdk.credentials().vault(), options.strict, options.clock);
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(options.threads, options.threads, 0L,
        TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "wabotiq-local-server-" + threadNumber.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    http.setExecutor(executor);
    http.createContext("/", new ApiHandler(sdk, operations,
        new RateLimiter(options.rateLimit, options.rateWindow, options.clock),
        new Idempotency(100_000), options.maxBodyBytes));
    this.phoneNumbers = new AtomicLong(10_000_000L + random.nextInt(80_000_000));
  }

  /**
   * A builder: in-memory storage, a fresh key-encryption key, any free port, {@value
   * #DEFAULT_RATE_LIMIT} requests per tenant per second, bodies up to 256 KiB, strict bodies.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; a second call does nothing.
   *
   * @return this server
   * @throws LocalServerException if it was closed
   */
  public LocalApiServer start() {
    if (closed) {
      throw new LocalServerException("the server was closed", null);
    }
    synchronized (this) {
      if (!started) {
        started = true;
        http.start();
      }
    }
    return this;
  }

  /**
   * The API's base URL, e.g. {@code http://127.0.0.1:8787/v1}: what a client's {@code baseUrl}
   * takes.
   *
   * @return the base URL
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * The port listened on (the one chosen, when the builder asked for any).
   *
   * @return the port
   */
  public int port() {
    return http.getAddress().getPort();
  }

  /**
   * The facade the server serves: to meter usage a partner's bot would, or to look at what the API
   * changed.
   *
   * @return the facade
   */
  public TenantSdk sdk() {
    return sdk;
  }

  /**
   * Seeds the data reference's example tenant, "Acme Electronics" on Growth, and issues its API
   * key. Each call seeds another tenant (another id, slug and WhatsApp number).
   *
   * @return the tenant and its API key
   */
  public SeededTenant seedDemoTenant() {
    return seedTenant("Acme Electronics", Objects.requireNonNull(SubscriptionTier.GROWTH.id()));
  }

  /**
   * Seeds a tenant from the data reference's examples, with this name and tier: active, its
   * settings with every credential sealed, its agent configuration, a subscription started 40
   * days ago, 90 days of analytics ending today, the reference's business summaries and CORS
   * configuration; and issues it an API key with both scopes (only read when the tier's API access
   * is read, as Starter's).
   *
   * @param name the tenant's name
   * @param tier a built-in tier: starter, growth or enterprise
   * @return the tenant and its API key
   * @throws IllegalArgumentException if the tier is not built in
   */
  public SeededTenant seedTenant(String name, TierId tier) {
    if (SubscriptionTier.builtIn(tier).isEmpty()) {
      throw new IllegalArgumentException("not a built-in tier: " + tier);
    }
    DemoData.Seeded seeded = DemoData.seed(sdk, sdk.credentials().vault(), name, tier,
        "+2547" + phoneNumbers.incrementAndGet(), clock, random);
    operations.register(seeded.tenant().tenantId(), seeded.extras());
    return seeded.tenant();
  }

  /**
   * Stops gracefully: stops accepting connections, lets requests in flight finish for up to the
   * grace period, then stops the threads. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    synchronized (this) {
      if (!started) {
        // Never started: nothing to wait for (the JDK's stop would wait the whole delay), but the
        // JDK's dispatcher must run once for the listening socket to be released.
        started = true;
        http.start();
        http.stop(0);
      } else {
        http.stop((int) Math.min(Integer.MAX_VALUE, shutdownGrace.toSeconds()));
      }
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(shutdownGrace.toMillis() + 1000,
          TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "LocalApiServer[" + baseUri + (closed ? ", closed" : "") + "]";
  }

  /** How a {@link LocalApiServer} is built. Not thread-safe. */
  public static final class Builder {
    private StorageProvider storage = InMemoryStorage.create();
    private KeyEncryption keyEncryption = LocalKeyEncryption.generate("local-server");
    private int port;
    private int rateLimit = DEFAULT_RATE_LIMIT;
    private Duration rateWindow = DEFAULT_RATE_WINDOW;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private boolean strict = true;
    private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private Clock clock = Clock.systemUTC();
    private Duration shutdownGrace = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * The storage; in memory by default.
     *
     * @param storage e.g. {@code JdbcStorage.postgresql(dataSource)}
     * @return this builder
     */
    public Builder storage(StorageProvider storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * The key-encryption key of tenants' credentials; a fresh one by default, so credentials
     * stored by an earlier run in a lasting database do not open: pass the same key to each run.
     *
     * @param kek e.g. {@code LocalKeyEncryption.fromFile(path)}
     * @return this builder
     */
    public Builder keyEncryption(KeyEncryption kek) {
      this.keyEncryption = Objects.requireNonNull(kek, "kek");
      return this;
    }

    /**
     * The port on 127.0.0.1; 0 (the default) takes any free one.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The request rate limit, per tenant: {@code requests} in each {@code window} (windows
     * aligned to the epoch); past it, 429 with {@code Retry-After}.
     *
     * @param requests at least 1
     * @param window at least one millisecond
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder rateLimit(int requests, Duration window) {
      if (requests < 1 || window.toMillis() < 1) {
        throw new IllegalArgumentException("the rate limit needs requests >= 1 and a window >= 1 ms");
      }
      this.rateLimit = requests;
      this.rateWindow = window;
      return this;
    }

    /**
     * The largest request body read; past it, 413 {@code payload_too_large}.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1 || bytes == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("maxBodyBytes must be 1 to 2^31 - 2: " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Whether a request body with a member the API does not define is refused (422, rule {@code
     * unknown_field}; the default) or the member ignored, as a lenient production server might.
     *
     * @param strict true to refuse unknown members
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The threads serving requests.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The clock of the facade, the meter and the rate limit.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long {@link #close()} lets requests in flight finish (whole seconds); 5 s by default.
     *
     * @param grace zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder shutdownGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("the grace period must not be negative");
      }
      this.shutdownGrace = grace;
      return this;
    }

    /**
     * Binds the port and builds the server, not yet started.
     *
     * @return the server
     * @throws LocalServerException if the port cannot be bound
     */
    public LocalApiServer build() {
      return new LocalApiServer(this);
    }
  }
}
