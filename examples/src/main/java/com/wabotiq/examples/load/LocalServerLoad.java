package com.wabotiq.examples.load;

import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.client.ApiException;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.Page;
import com.wabotiq.client.RetryPolicy;
import com.wabotiq.client.SettingsPatch;
import com.wabotiq.client.UsageReport;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A load test of the local API server over loopback HTTP: it starts a {@link LocalApiServer} with
 * a rate limit too high to interfere, seeds {@code tenants} tenants (Growth and Enterprise in
 * turn), and runs {@code clients} {@link WabotiqClient}s at once, each on its own
 * thread and each for one tenant (client {@code i} for tenant {@code i mod tenants}), until
 * {@code requests} requests have been answered. Each request's latency is recorded; it prints
 * requests per second, p50, p90, p99, the maximum and the errors.
 *
 * <p>The mix, by request number modulo 20: 6 settings reads, 5 usage reads, 4 API key lists, 4
 * pages of 31 days of analytics, and 1 settings patch (30 %, 25 %, 20 %, 20 %, 5 %). Every answer
 * is checked to belong to the client's own tenant: the {@code tenant_id} of settings and of each
 * analytics day, the listed key hashes (exactly the tenant's own), the usage's tier and monthly
 * limit, and a metadata marker each tenant's patches write. An answer about another tenant counts
 * as an error and as a cross-tenant answer; so does the client's own refusal of one ({@code
 * malformed_response}). Clients run with retries off, so every failure is counted.
 *
 * <p>Before the timed run, each client sends 10 requests of the same mix, checked but not timed.
 *
 * <p>The JDK's HTTP server writes a response's headers and body in two writes and leaves Nagle's
 * algorithm on unless the system property {@code sun.net.httpserver.nodelay} is {@code true}; the
 * client's delayed ACK then holds most answers about 40 ms. {@code LocalApiServer} sets it to
 * {@code true} unless the JVM set it; the first line printed says which was in effect, and {@code
 * docs/performance.md} has the figures of both.
 *
 * <pre>
 * java ... LocalServerLoad [tenants [clients [requests]]]     (defaults: 4 32 20000)
 * </pre>
 *
 * <p>{@code mvn -q -B -ntp -Pload -pl examples -am test-compile -Dmaven.test.skip=true} runs it
 * with the defaults; {@code -Dload.args="2 8 2000"} passes others. See {@code
 * docs/performance.md}.
 */
public final class LocalServerLoad {
  /** Tenants by default. */
  public static final int DEFAULT_TENANTS = 4;

  /** Concurrent clients by default. */
  public static final int DEFAULT_CLIENTS = 32;

  /** Timed requests by default. */
  public static final int DEFAULT_REQUESTS = 20_000;

  /** Untimed requests each client sends first. */
  static final int WARM_UP_PER_CLIENT = 10;

  /** Days of analytics each analytics request reads (one page). */
  static final int ANALYTICS_PAGE_DAYS = 31;

  /** The metadata member a tenant's settings patches write: the tenant's own id. */
  static final String MARKER = "load_test_tenant";

  /** The operations of the mix, in the order of their share. */
  enum Operation {
    SETTINGS_GET("settings get"),
    USAGE("usage"),
    API_KEYS("api keys list"),
    ANALYTICS_PAGE("analytics page"),
    SETTINGS_PATCH("settings patch");

    private final String label;

    Operation(String label) {
      this.label = label;
    }

    /** The operation of request number {@code n}: 6, 5, 4, 4 and 1 in every 20. */
    static Operation of(long n) {
      int slot = (int) (n % 20);
      return slot < 6 ? SETTINGS_GET
          : slot < 11 ? USAGE
          : slot < 15 ? API_KEYS
          : slot < 19 ? ANALYTICS_PAGE
          : SETTINGS_PATCH;
    }
  }

  /**
   * What the run measured.
   *
   * @param tenants the tenants
   * @param clients the concurrent clients
   * @param requests the timed requests
   * @param errors requests that failed or whose answer failed a check
   * @param crossTenant answers about another tenant (part of the errors)
   * @param seconds the timed run's wall-clock time
   * @param p50 the median latency
   * @param p90 the 90th percentile
   * @param p99 the 99th percentile
   * @param max the slowest request
   * @param mix timed requests by operation
   * @param firstErrors the first few errors, described
   */
  public record Result(int tenants, int clients, int requests, long errors, long crossTenant,
      double seconds, Duration p50, Duration p90, Duration p99, Duration max,
      Map<String, Long> mix, List<String> firstErrors) {
    /**
     * Throughput.
     *
     * @return timed requests per second of wall-clock time
     */
    public double requestsPerSecond() {
      return requests / seconds;
    }
  }

  private LocalServerLoad() {}

  /**
   * Runs the load test and prints its figures.
   *
   * @param args optionally tenants, clients and requests (defaults 4, 32, 20000)
   * @throws Exception if a thread fails
   * @throws IllegalStateException if any request failed or any answer was another tenant's
   */
  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_TENANTS;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_CLIENTS;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_REQUESTS;
    Result result = run(tenants, clients, requests, System.out);
    if (result.errors() > 0) {
      throw new IllegalStateException(result.errors() + " errors, " + result.crossTenant()
          + " cross-tenant answers: " + result.firstErrors());
    }
  }

  /**
   * Runs the load test.
   *
   * @param tenants tenants to seed, at least 1
   * @param clients concurrent clients, at least {@code tenants}
   * @param requests timed requests, at least 1
   * @param out where to print the figures
   * @return the figures
   * @throws Exception if a thread fails
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Result run(int tenants, int clients, int requests, PrintStream out)
      throws Exception {
    if (tenants < 1 || clients < tenants || requests < 1) {
      throw new IllegalArgumentException(
          "need tenants >= 1, clients >= tenants, requests >= 1: " + tenants + " " + clients
              + " " + requests);
    }
    try (LocalApiServer server = LocalApiServer.builder()
        .rateLimit(Integer.MAX_VALUE / 2, Duration.ofSeconds(1))
        .build()
        .start()) {
      List<Expected> expected = new ArrayList<>();
      // Growth and Enterprise in turn (a Starter tenant may hold read keys only, and the seeded
      // key has both scopes).
      List<SubscriptionTier> tiers = List.of(SubscriptionTier.GROWTH, SubscriptionTier.ENTERPRISE);
      for (int t = 0; t < tenants; t++) {
        SeededTenant seeded = server.seedTenant("Load Tenant " + (t + 1),
            Objects.requireNonNull(tiers.get(t % tiers.size()).id()));
        Set<String> hashes = server.sdk().apiKeys().list(seeded.tenantId()).stream()
            .map(ApiKeyInfo::keyHash)
            .collect(Collectors.toUnmodifiableSet());
        ZoneId zone = Objects.requireNonNullElse(
            server.sdk().tenant(seeded.tenantId()).orElseThrow().timezone(), ZoneId.of("UTC"));
        expected.add(new Expected(seeded, hashes, zone));
      }
      out.println("Local API server under load: " + server.baseUri() + ", " + tenants
          + " tenants, " + clients + " concurrent clients, " + requests + " requests (after "
          + clients * WARM_UP_PER_CLIENT + " untimed warm-up requests), "
          + Runtime.getRuntime().availableProcessors() + " CPUs, sun.net.httpserver.nodelay="
          + System.getProperty("sun.net.httpserver.nodelay", "false"));

      List<WabotiqClient> clientList = new ArrayList<>();
      ExecutorService threads = Executors.newFixedThreadPool(clients);
      try {
        for (int c = 0; c < clients; c++) {
          Expected own = expected.get(c % tenants);
          clientList.add(WabotiqClient.builder(own.tenant().apiKey(), own.tenant().tenantId())
              .baseUrl(server.baseUri().toString())
              .retryPolicy(RetryPolicy.none())
              .build());
        }
        Counters warmUp = new Counters();
        drive(clientList, expected, threads, clients * WARM_UP_PER_CLIENT, warmUp);
        Counters timed = new Counters();
        long start = System.nanoTime();
        long[] latencies = drive(clientList, expected, threads, requests, timed);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        Result result = new Result(tenants, clients, requests,
            timed.errors.get() + warmUp.errors.get(),
            timed.crossTenant.get() + warmUp.crossTenant.get(), seconds,
            percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
            Duration.ofNanos(latencies[latencies.length - 1]), timed.mix(),
            List.copyOf(warmUp.firstErrors.isEmpty() ? timed.firstErrors : warmUp.firstErrors));
        print(result, out);
        return result;
      } finally {
        threads.shutdownNow();
        clientList.forEach(WabotiqClient::close);
      }
    }
  }

  /** One seeded tenant and what its answers must show. */
  record Expected(SeededTenant tenant, Set<String> keyHashes, ZoneId zone) {}

  /** Errors and requests by operation, shared by the threads. */
  private static final class Counters {
    final AtomicLong errors = new AtomicLong();
    final AtomicLong crossTenant = new AtomicLong();
    final Map<Operation, AtomicLong> byOperation = new EnumMap<>(Operation.class);

    Counters() {
      for (Operation operation : Operation.values()) {
        byOperation.put(operation, new AtomicLong());
      }
    }

    void count(Operation operation) {
      Objects.requireNonNull(byOperation.get(operation)).incrementAndGet();
    }

    final List<String> firstErrors = new CopyOnWriteArrayList<>();

    void error(String what, boolean otherTenant) {
      errors.incrementAndGet();
      if (otherTenant) {
        crossTenant.incrementAndGet();
      }
      if (firstErrors.size() < 5) {
        firstErrors.add(what);
      }
    }

    Map<String, Long> mix() {
      Map<String, Long> mix = new LinkedHashMap<>();
      byOperation.forEach((operation, count) -> mix.put(operation.label, count.get()));
      return mix;
    }
  }

  /**
   * Runs {@code requests} requests from every client at once, each client on its own thread, and
   * returns their latencies in nanoseconds.
   */
  private static long[] drive(List<WabotiqClient> clients, List<Expected> expected,
      ExecutorService threads, int requests, Counters counters) throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients.size(); c++) {
      WabotiqClient client = clients.get(c);
      Expected own = expected.get(c % expected.size());
      running.add(threads.submit(() -> {
        go.await();
        for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
          Operation operation = Operation.of(n);
          counters.count(operation);
          long began = System.nanoTime();
          Optional<String> foreign;
          try {
            foreign = call(client, own, operation, n);
          } catch (ApiException e) {
            latencies[n] = System.nanoTime() - began;
            counters.error(operation.label + ": " + e.status() + " " + e.code(),
                "malformed_response".equals(e.code()));
            continue;
          }
          latencies[n] = System.nanoTime() - began;
          foreign.ifPresent(problem -> counters.error(operation.label + ": " + problem, true));
        }
        return Boolean.TRUE;
      }));
    }
    go.countDown();
    for (Future<?> f : running) {
      f.get(10, TimeUnit.MINUTES);
    }
    return latencies;
  }

  /**
   * Sends one request of the mix, and checks its answer.
   *
   * @return what showed another tenant's data, or empty when the answer is the tenant's own
   */
  static Optional<String> call(WabotiqClient client, Expected own, Operation operation, long n) {
    return switch (operation) {
      case SETTINGS_GET -> Isolation.settings(own, client.settings().get());
      case USAGE -> Isolation.usage(own, client.subscription().usage());
      case API_KEYS -> Isolation.apiKeys(own, client.apiKeys().listPage(null, 100));
      case ANALYTICS_PAGE -> {
        LocalDate to = LocalDate.now(own.zone()).minusDays(n % 30);
        yield Isolation.analytics(own, client.analytics()
            .dailyPage(to.minusDays(ANALYTICS_PAGE_DAYS - 1), to, null, 100));
      }
      case SETTINGS_PATCH -> Isolation.settings(own, client.settings().update(
          SettingsPatch.builder()
              .metadata(Map.of(MARKER, own.tenant().tenantId().value(),
                  "load_test_write", Long.toString(n)))
              .build()));
    };
  }

  /** The checks that an answer is about its own tenant. */
  static final class Isolation {
    private Isolation() {}

    static Optional<String> settings(Expected own, MaskedSettings answer) {
      TenantId tenant = own.tenant().tenantId();
      if (!tenant.equals(answer.settings().tenantId())) {
        return Optional.of("settings of tenant " + answer.settings().tenantId());
      }
      Object marker = answer.settings().metadata().get(MARKER);
      if (marker != null && !tenant.value().equals(marker)) {
        return Optional.of("settings carrying the marker of tenant " + marker);
      }
      return Optional.empty();
    }

    static Optional<String> usage(Expected own, UsageReport answer) {
      TierId tier = own.tenant().tierId();
      if (!tier.equals(answer.tierId())) {
        return Optional.of("usage of a " + tierName(answer.tierId()) + " tenant, not "
            + tierName(tier));
      }
      @Nullable Long limit = SubscriptionTier.builtIn(tier).orElseThrow().limits().monthlyMessages();
      @Nullable Long shown = answer.quota("monthly_messages").map(q -> q.limit()).orElse(null);
      if (!Objects.equals(limit, shown)) {
        return Optional.of("a monthly limit of " + shown + ", not " + limit);
      }
      return Optional.empty();
    }

    private static String tierName(TierId tier) {
      return SubscriptionTier.builtIn(tier).map(SubscriptionTier::name).orElse(tier.value());
    }

    static Optional<String> apiKeys(Expected own, Page<ApiKeyInfo> answer) {
      Set<String> listed = answer.items().stream()
          .map(ApiKeyInfo::keyHash)
          .collect(Collectors.toUnmodifiableSet());
      if (!listed.equals(own.keyHashes())) {
        return Optional.of("key hashes " + listed + ", not the tenant's own " + own.keyHashes());
      }
      return Optional.empty();
    }

    static Optional<String> analytics(Expected own, Page<DailyAnalytics> answer) {
      for (DailyAnalytics day : answer.items()) {
        if (!own.tenant().tenantId().equals(day.tenantId())) {
          return Optional.of("analytics of tenant " + day.tenantId());
        }
      }
      if (answer.items().size() != ANALYTICS_PAGE_DAYS) {
        return Optional.of(answer.items().size() + " days, not " + ANALYTICS_PAGE_DAYS);
      }
      return Optional.empty();
    }
  }

  private static Duration percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return Duration.ofNanos(sorted[Math.max(0, index)]);
  }

  private static void print(Result result, PrintStream out) {
    out.println("mix: " + result.mix().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    out.println(String.format(Locale.ROOT, "requests/s: %.0f (%d requests in %.2f s)",
        result.requestsPerSecond(), result.requests(), result.seconds()));
    out.println(String.format(Locale.ROOT, "latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f",
        millis(result.p50()), millis(result.p90()), millis(result.p99()), millis(result.max())));
    out.println("errors: " + result.errors() + (result.firstErrors().isEmpty() ? ""
        : " " + result.firstErrors()));
    out.println("cross-tenant answers: " + result.crossTenant() + " (every answer checked:"
        + " tenant_id, key hashes, tier and limit, metadata marker)");
  }

  private static double millis(Duration duration) {
    return duration.toNanos() / 1e6;
  }
}
