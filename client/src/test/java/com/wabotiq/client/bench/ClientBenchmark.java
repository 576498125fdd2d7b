package com.wabotiq.client.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.client.ApiResponse;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.RequestOptions;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.credentials.Credential;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * One {@code GET /v1/tenants/{id}/settings} over loopback HTTP/1.1 with keep-alive, answered by a
 * JDK {@code HttpServer} in the same JVM with the data reference's settings example (every
 * encrypted field a hint such as {@code sk_…4242}), and decoded into typed values:
 *
 * <ul>
 *   <li>{@code clientGet}: {@code client.settings().get()} of a {@link WabotiqClient} without a
 *       cache: URL, headers, the attempt, status mapping, the body read under its size bound, the
 *       hints taken out, the rest decoded as {@link TenantSettings}.
 *   <li>{@code handWrittenOkHttpMoshi} (the anchor; target: {@code clientGet} at most 1.15 ×):
 *       what a partner writes by hand, an {@code OkHttpClient} and a {@code Request} with the same
 *       three headers, {@code execute()}, the body as a string, decoded with core's {@code
 *       JsonCodec.lenient().fromJson(body, TenantSettings.class)} (the hints read as sealed
 *       values), the response closed.
 *   <li>{@code handWrittenOkHttpMoshiMap}: a cheaper anchor, the same call decoded by plain Moshi
 *       into a {@code Map<String, Object>}.
 *   <li>{@code clientGetCached}: a client with {@code .cache(100, 10 min)}: every call sends
 *       {@code If-None-Match: "42"}, gets a 304 without a body and answers from its cache.
 * </ul>
 *
 * <p>Each of the three callers has its own OkHttp connection pool, warmed up in the trial's set-up,
 * where each one's answer is also checked. One thread; the server answers on its own dispatcher
 * thread, so a call costs both cores' time in turn. Every answer carries the contract's headers:
 * {@code Content-Type}, {@code ETag}, {@code X-Request-Id} and the three {@code X-RateLimit-*}.
 *
 * <p>On a machine busy with other work, a loopback round trip waits for the scheduler twice (the
 * server's thread, then the caller's), and the time per call says more about the load than about
 * the code. {@link ProcessCpu} ({@code -prof com.wabotiq.client.bench.ClientBenchmark$ProcessCpu})
 * adds the process's CPU time per call (user and system, every thread: caller, server, GC, JIT),
 * which such waits do not inflate.
 *
 * <p>Run (docs/performance.md, section Client): {@code mvn -B -o -Pbench-client -pl client -am
 * verify -DskipTests -Dinvoker.skip=true -Djmh.args="ClientBenchmark -foe true -f 3 -wi 10 -w 1s
 * -i 5 -r 1s -prof gc -prof com.wabotiq.client.bench.ClientBenchmark\$ProcessCpu"}. The profile
 * has its own name so that {@code -am} does not run core's benchmarks too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Threads(1)
public class ClientBenchmark {
  private static final String TENANT = "2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
  private static final String ETAG = "\"42\"";

  /**
   * The data reference's TenantSettings example (section 2), comments removed, the {@code "uuid"}
   * placeholders replaced by ids, and each field the reference marks "Encrypted" replaced by the
   * hint the API shows ({@code Secret.hint()}: a known prefix, "…", the last four characters).
   */
  static final String SETTINGS = """
      {
        "id": "7b0e4c1d-9a3f-4e2b-8c6d-5f1a2b3c4d5e",
        "tenant_id": "2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
        "llm_provider": "openai",
        "llm_model": "gpt-4o",
        "llm_temperature": 0.7,
        "llm_max_tokens": 1000,
        "llm_timeout": 60.0,
        "llm_max_retries": 3,
        "openai_api_key": "sk-…Q3xZ",
        "gemini_api_key": "AIza…9fKq",
        "together_api_key": "…a1b2",
        "anthropic_api_key": "sk-ant-…7TqA",
        "ai_agent_enabled": true,
        "confidence_threshold": 0.7,
        "max_response_length": 500,
        "enable_spelling_correction": true,
        "enable_context_summarization": true,
        "enable_key_fact_extraction": true,
        "enable_document_retrieval": true,
        "enable_database_retrieval": true,
        "enable_internet_enrichment": false,
        "enable_source_attribution": true,
        "enable_grounded_validation": true,
        "rag_top_k_results": 5,
        "rag_semantic_weight": 0.7,
        "rag_keyword_weight": 0.3,
        "enable_message_harmonization": true,
        "harmonization_wait_seconds": 3,
        "enable_language_consistency": true,
        "default_language": "en",
        "supported_languages": ["en", "sw", "sheng"],
        "enable_rich_messages": true,
        "enable_product_cards": true,
        "enable_service_cards": true,
        "enable_button_messages": true,
        "enable_list_messages": true,
        "enable_progressive_handoff": true,
        "max_clarification_attempts": 3,
        "handoff_on_low_confidence": true,
        "handoff_confidence_threshold": 0.5,
        "enable_feedback_collection": true,
        "feedback_prompt_frequency": 5,
        "twilio_sid": "AC…3f9e",
        "twilio_token": "…8c21",
        "twilio_whatsapp_number": "+254712345678",
        "woo_store_url": "https://store.acme.com",
        "woo_consumer_key": "ck_…5d0a",
        "woo_consumer_secret": "cs_…77be",
        "woo_webhook_secret": "…k2Pz",
        "shopify_shop_domain": "acme.myshopify.com",
        "shopify_access_token": "shpat_…c0de",
        "shopify_webhook_secret": "…91fa",
        "mpesa_consumer_key": "…Gm4w",
        "mpesa_consumer_secret": "…Rt8s",
        "mpesa_shortcode": "174379",
        "mpesa_passkey": "…b919",
        "mpesa_environment": "production",
        "paystack_secret_key": "sk_…0f3c",
        "paystack_public_key": "pk_...",
        "pesapal_consumer_key": "…Lq2n",
        "pesapal_consumer_secret": "…Zx7c",
        "pesapal_ipn_id": "...",
        "stripe_secret_key": "sk_…4242",
        "stripe_publishable_key": "pk_...",
        "stripe_webhook_secret": "whsec_…Vb5e",
        "pinecone_api_key": "…e5d2",
        "pinecone_index_name": "wabotiq-rag",
        "pinecone_namespace": "tenant_uuid",
        "business_name": "Acme Electronics",
        "business_description": "Electronics and gadgets store",
        "business_hours": {
          "monday": {"open": "09:00", "close": "18:00"},
          "tuesday": {"open": "09:00", "close": "18:00"},
          "wednesday": {"open": "09:00", "close": "18:00"},
          "thursday": {"open": "09:00", "close": "18:00"},
          "friday": {"open": "09:00", "close": "18:00"},
          "saturday": {"open": "10:00", "close": "16:00"},
          "sunday": {"closed": true}
        },
        "business_location": "Nairobi, Kenya",
        "business_website": "https://acme.com",
        "brand_color": "#007bff",
        "brand_logo_url": "https://cdn.acme.com/logo.png",
        "welcome_message": "Karibu Acme Electronics! How can I help you today?",
        "bot_name": "Acme Assistant",
        "bot_personality": "friendly",
        "notify_on_handoff": true,
        "notify_on_order": true,
        "notify_on_appointment": true,
        "notification_email": "alerts@acme.com",
        "notification_phone": "+254712345678",
        "enable_analytics": true,
        "analytics_retention_days": 365,
        "enable_customer_segmentation": true,
        "metadata": {
          "industry": "electronics",
          "target_market": "kenya",
          "average_order_value": 15000,
          "preferred_payment_method": "mpesa"
        },
        "created_at": "2025-11-01T00:00:00Z",
        "updated_at": "2025-11-20T10:30:00Z"
      }
      """;

  private static final byte[] SETTINGS_UTF8 = SETTINGS.getBytes(StandardCharsets.UTF_8);
  private static final JsonCodec CODEC = JsonCodec.lenient();

  private HttpServer server;
  private WabotiqClient client;
  private WabotiqClient cachedClient;
  private OkHttpClient handWritten;
  private HttpUrl settingsUrl;
  private String authorization;
  private JsonAdapter<Map<String, Object>> mapAdapter;

  /** Starts the server, builds the three callers, and checks each one's answer once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    // Read when the JDK's server classes load: headers and body leave in one segment's time.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/tenants/", ClientBenchmark::answer);
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";

    TenantId tenant = TenantId.of(TENANT);
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
    authorization = "Bearer " + key;
    client = WabotiqClient.builder(key, tenant).baseUrl(base).build();
    cachedClient = WabotiqClient.builder(key, tenant).baseUrl(base)
        .cache(100, Duration.ofMinutes(10)).build();
    handWritten = new OkHttpClient();
    settingsUrl = HttpUrl.get(base + "/tenants/" + TENANT + "/settings");
    Type mapType = Types.newParameterizedType(Map.class, String.class, Object.class);
    mapAdapter = new Moshi.Builder().build().adapter(mapType);

    MaskedSettings typed = clientGet();
    check(typed.settings().llm().llmModel().equals("gpt-4o"), "clientGet: llm_model");
    check(typed.hints().size() == 20, "clientGet: 20 hints, not " + typed.hints().size());
    check(typed.hint(Credential.STRIPE_SECRET_KEY).orElse("").equals("sk_…4242"),
        "clientGet: the Stripe key's hint");
    check(typed.settings().stripe().stripeSecretKey() == null, "clientGet: no sealed credential");
    TenantSettings anchor = handWrittenOkHttpMoshi();
    check(anchor.llm().llmModel().equals("gpt-4o"), "handWrittenOkHttpMoshi: llm_model");
    check(anchor.stripe().stripeSecretKey() != null, "handWrittenOkHttpMoshi: the Stripe hint");
    Map<String, Object> map = handWrittenOkHttpMoshiMap();
    check("sk_…4242".equals(map.get("stripe_secret_key")), "handWrittenOkHttpMoshiMap");
    ApiResponse<MaskedSettings> first = cachedClient.settings().getWithResponse(
        RequestOptions.none());
    ApiResponse<MaskedSettings> second = cachedClient.settings().getWithResponse(
        RequestOptions.none());
    check(!first.fromCache() && first.status() == 200, "clientGetCached: the first is a 200");
    check(second.fromCache() && second.status() == 304
        && second.value().equals(first.value()), "clientGetCached: the next ones are 304s");
    check(clientGetCached().equals(typed), "clientGetCached: the same settings as clientGet");
  }

  /** Closes the callers and stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    cachedClient.close();
    handWritten.dispatcher().executorService().shutdown();
    handWritten.connectionPool().evictAll();
    server.stop(0);
  }

  /**
   * The typed client without a cache.
   *
   * @return the masked settings
   */
  @Benchmark
  public MaskedSettings clientGet() {
    return client.settings().get();
  }

  /**
   * The typed client with a cache: a 304 per call, the value from the cache.
   *
   * @return the masked settings
   */
  @Benchmark
  public MaskedSettings clientGetCached() {
    return cachedClient.settings().get();
  }

  /**
   * The anchor: OkHttp and core's codec by hand, into the same model type.
   *
   * @return the settings
   * @throws IOException if the call fails
   */
  @Benchmark
  public TenantSettings handWrittenOkHttpMoshi() throws IOException {
    Request request = new Request.Builder()
        .url(settingsUrl)
        .header("Authorization", authorization)
        .header("X-TENANT-ID", TENANT)
        .header("Accept", "application/json")
        .build();
    try (Response response = handWritten.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      return CODEC.fromJson(response.body().string(), TenantSettings.class);
    }
  }

  /**
   * The cheaper anchor: OkHttp and plain Moshi into a map.
   *
   * @return the settings as a map
   * @throws IOException if the call fails
   */
  @Benchmark
  public Map<String, Object> handWrittenOkHttpMoshiMap() throws IOException {
    Request request = new Request.Builder()
        .url(settingsUrl)
        .header("Authorization", authorization)
        .header("X-TENANT-ID", TENANT)
        .header("Accept", "application/json")
        .build();
    try (Response response = handWritten.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      Map<String, Object> map = mapAdapter.fromJson(response.body().string());
      if (map == null) {
        throw new IOException("null body");
      }
      return map;
    }
  }

  /** The server: the settings with an ETag, or 304 when the caller has that version. */
  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      var headers = exchange.getResponseHeaders();
      headers.set("X-Request-Id", "req_bench");
      headers.set("X-RateLimit-Limit", "1000");
      headers.set("X-RateLimit-Remaining", "999");
      headers.set("X-RateLimit-Reset", "1764720000");
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")
          || !path.equals("/v1/tenants/" + TENANT + "/settings")
          || !TENANT.equals(exchange.getRequestHeaders().getFirst("X-TENANT-ID"))) {
        byte[] error = "{\"error\":{\"code\":\"not_found\",\"message\":\"no such resource\"}}"
            .getBytes(StandardCharsets.UTF_8);
        headers.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(404, error.length);
        exchange.getResponseBody().write(error);
        return;
      }
      headers.set("ETag", ETAG);
      if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      headers.set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, SETTINGS_UTF8.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(SETTINGS_UTF8);
      }
    }
  }

  /**
   * A JMH profiler: the CPU time the whole process spent per operation in each iteration, from
   * {@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}.
   */
  public static final class ProcessCpu implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    /** Made by JMH from the class name given to {@code -prof}. */
    public ProcessCpu() {}

    @Override
    public String getDescription() {
      return "process CPU time (user + system, all threads) per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
      before = os.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature
    public Collection<? extends Result> afterIteration(
        BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
      long spent = os.getProcessCpuTime() - before;
      long ops = result.getMetadata().getAllOps();
      double perOp = ops == 0 ? Double.NaN : spent / 1_000.0 / ops;
      return List.of(new ScalarResult("cpu.time.norm", perOp, "us/op", AggregationPolicy.AVG));
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("the benchmark's set-up is wrong: " + what);
    }
  }
}
