package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wabotiq.client.OperationFixtures.Example.AGENT_CONFIGURATION;
import static com.wabotiq.client.OperationFixtures.Example.CATALOG;
import static com.wabotiq.client.OperationFixtures.Example.CORS;
import static com.wabotiq.client.OperationFixtures.Example.CUSTOMERS;
import static com.wabotiq.client.OperationFixtures.Example.DAILY_ANALYTICS;
import static com.wabotiq.client.OperationFixtures.Example.ORDERS;
import static com.wabotiq.client.OperationFixtures.Example.PERFORMANCE;
import static com.wabotiq.client.OperationFixtures.Example.SERVICES;
import static com.wabotiq.client.OperationFixtures.Example.SETTINGS;
import static com.wabotiq.client.OperationFixtures.Example.SUBSCRIPTION;
import static com.wabotiq.client.OperationFixtures.Example.TENANT;
import static com.wabotiq.client.OperationFixtures.KEY;
import static com.wabotiq.client.OperationFixtures.KEY_HASH;
import static com.wabotiq.client.OperationFixtures.TENANT_PATH;
import static com.wabotiq.client.OperationFixtures.apiKeyElements;
import static com.wabotiq.client.OperationFixtures.example;
import static com.wabotiq.client.OperationFixtures.json;
import static com.wabotiq.client.OperationFixtures.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TierId;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every operation of the hosted API's contract (21), each through its four forms (blocking, with
 * the HTTP answer, async, async with the HTTP answer), against a WireMock server answering with the
 * data reference's examples: the request on the wire (method, path with the tenant, the headers
 * every request carries, query, content type and exact JSON body, {@code Idempotency-Key} on
 * POSTs, {@code If-Match} when given) and the decoded answer (equal to what core's lenient codec
 * reads from the same example). Bad arguments fail before any request.
 */
@Timeout(120)
class ClientOperationsTest {
  @RegisterExtension static WireMockExtension server = OperationFixtures.server();

  private static final JsonCodec CODEC = JsonCodec.lenient();
  private static final LocalDate FROM = LocalDate.parse("2025-11-01");
  private static final LocalDate TO = LocalDate.parse("2025-11-30");
  private static final Instant EXPIRES = Instant.parse("2026-11-05T14:00:00Z");
  private static final String ETAG = "\"v7\"";
  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String NEW_KEY =
      ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();

  private static WabotiqClient client;

  @BeforeAll
  static void open() {
    client = OperationFixtures.client(server);
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  /** How an operation is called. */
  enum Form {
    BLOCKING,
    WITH_RESPONSE,
    ASYNC,
    ASYNC_WITH_RESPONSE;

    boolean takesOptions() {
      return this == WITH_RESPONSE || this == ASYNC_WITH_RESPONSE;
    }
  }

  /** One form of an operation's call: the value, or the {@link ApiResponse} of the with-forms. */
  @FunctionalInterface
  interface Invoker {
    Object call(WabotiqClient client, Form form, RequestOptions options) throws Exception;
  }

  /** An operation: what goes on the wire, what comes back, and how its result reads. */
  record Case(
      String operation,
      String method,
      String path,
      Map<String, String> query,
      int status,
      String answer,
      @Nullable String contentType,
      @Nullable String requestJson,
      boolean conditional,
      Invoker invoker,
      Consumer<Object> check) {
    RequestOptions options() {
      RequestOptions.Builder b = RequestOptions.builder();
      if (conditional) {
        b.ifMatch(ETAG);
      }
      if (method.equals("POST")) {
        b.idempotencyKey("idem-" + operation);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return operation;
    }
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static Case read(String operation, String path, String answer, Invoker invoker,
      Consumer<Object> check) {
    return read(operation, path, Map.of(), answer, invoker, check);
  }

  private static Case read(String operation, String path, Map<String, String> query,
      String answer, Invoker invoker, Consumer<Object> check) {
    return new Case(operation, "GET", path, query, 200, answer, null, null, false, invoker, check);
  }

  static List<Case> operations() {
    List<Case> cases = new ArrayList<>();
    cases.add(read("getTenant", "", example(TENANT), (c, f, o) -> switch (f) {
      case BLOCKING -> c.tenant().get();
      case WITH_RESPONSE -> c.tenant().getWithResponse(o);
      case ASYNC -> await(c.tenant().getAsync());
      case ASYNC_WITH_RESPONSE -> await(c.tenant().getWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(TENANT), Tenant.class))));

    cases.add(read("getSettings", "/settings", OperationFixtures.maskedSettingsJson(),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.settings().get();
          case WITH_RESPONSE -> c.settings().getWithResponse(o);
          case ASYNC -> await(c.settings().getAsync());
          case ASYNC_WITH_RESPONSE -> await(c.settings().getWithResponseAsync(o));
        }, ClientOperationsTest::assertMaskedSettings));

    cases.add(new Case("updateSettings", "PATCH", "/settings", Map.of(), 200,
        OperationFixtures.maskedSettingsJson(), "application/merge-patch+json", PATCH_JSON, true,
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.settings().update(patch());
          case WITH_RESPONSE -> c.settings().updateWithResponse(patch(), o);
          case ASYNC -> await(c.settings().updateAsync(patch()));
          case ASYNC_WITH_RESPONSE -> await(c.settings().updateWithResponseAsync(patch(), o));
        }, ClientOperationsTest::assertMaskedSettings));

    cases.add(read("getAgentConfiguration", "/agent-configuration", example(AGENT_CONFIGURATION),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.agentConfiguration().get();
          case WITH_RESPONSE -> c.agentConfiguration().getWithResponse(o);
          case ASYNC -> await(c.agentConfiguration().getAsync());
          case ASYNC_WITH_RESPONSE -> await(c.agentConfiguration().getWithResponseAsync(o));
        }, v -> assertThat(v).isEqualTo(agentConfiguration())));

    cases.add(new Case("replaceAgentConfiguration", "PUT", "/agent-configuration", Map.of(), 200,
        example(AGENT_CONFIGURATION), "application/json", example(AGENT_CONFIGURATION), true,
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.agentConfiguration().replace(agentConfiguration());
          case WITH_RESPONSE -> c.agentConfiguration().replaceWithResponse(agentConfiguration(), o);
          case ASYNC -> await(c.agentConfiguration().replaceAsync(agentConfiguration()));
          case ASYNC_WITH_RESPONSE -> await(
              c.agentConfiguration().replaceWithResponseAsync(agentConfiguration(), o));
        }, v -> assertThat(v).isEqualTo(agentConfiguration())));

    cases.add(read("getSubscription", "/subscription", example(SUBSCRIPTION),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.subscription().get();
          case WITH_RESPONSE -> c.subscription().getWithResponse(o);
          case ASYNC -> await(c.subscription().getAsync());
          case ASYNC_WITH_RESPONSE -> await(c.subscription().getWithResponseAsync(o));
        }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(SUBSCRIPTION),
            Subscription.class))));

    cases.add(read("listTiers", "/tiers", OperationFixtures.tiersJson(),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.subscription().tiers();
          case WITH_RESPONSE -> c.subscription().tiersWithResponse(o);
          case ASYNC -> await(c.subscription().tiersAsync());
          case ASYNC_WITH_RESPONSE -> await(c.subscription().tiersWithResponseAsync(o));
        }, v -> assertThat(v).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
            .containsExactly(SubscriptionTier.STARTER, SubscriptionTier.GROWTH,
                SubscriptionTier.ENTERPRISE)));

    cases.add(read("getUsage", "/usage", OperationFixtures.usageJson(),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.subscription().usage();
          case WITH_RESPONSE -> c.subscription().usageWithResponse(o);
          case ASYNC -> await(c.subscription().usageAsync());
          case ASYNC_WITH_RESPONSE -> await(c.subscription().usageWithResponseAsync(o));
        }, ClientOperationsTest::assertUsage));

    Map<String, String> page = new LinkedHashMap<>();
    page.put("from", "2025-11-01");
    page.put("to", "2025-11-30");
    page.put("cursor", "c1");
    page.put("limit", "50");
    cases.add(read("listDailyAnalytics", "/analytics/daily", page,
        OperationFixtures.pageJson(List.of(example(DAILY_ANALYTICS)), "c2"),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.analytics().dailyPage(FROM, TO, "c1", 50);
          case WITH_RESPONSE -> c.analytics().dailyPageWithResponse(FROM, TO, "c1", 50, o);
          case ASYNC -> await(c.analytics().dailyPageAsync(FROM, TO, "c1", 50));
          case ASYNC_WITH_RESPONSE -> await(
              c.analytics().dailyPageWithResponseAsync(FROM, TO, "c1", 50, o));
        }, v -> assertThat(v).isEqualTo(new Page<>(
            List.of(CODEC.fromJson(example(DAILY_ANALYTICS), DailyAnalytics.class)), "c2"))));

    cases.add(read("getPerformanceMetrics", "/analytics/performance",
        Map.of("from", "2025-11-01", "to", "2025-11-30"), example(PERFORMANCE),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.analytics().performance(FROM, TO);
          case WITH_RESPONSE -> c.analytics().performanceWithResponse(FROM, TO, o);
          case ASYNC -> await(c.analytics().performanceAsync(FROM, TO));
          case ASYNC_WITH_RESPONSE -> await(c.analytics().performanceWithResponseAsync(FROM, TO, o));
        }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(PERFORMANCE),
            PerformanceMetrics.class))));

    cases.add(read("getCatalogSummary", "/business/catalog", example(CATALOG),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.business().catalog();
          case WITH_RESPONSE -> c.business().catalogWithResponse(o);
          case ASYNC -> await(c.business().catalogAsync());
          case ASYNC_WITH_RESPONSE -> await(c.business().catalogWithResponseAsync(o));
        }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(CATALOG),
            ProductCatalogSummary.class))));

    cases.add(read("getServicesSummary", "/business/services", example(SERVICES),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.business().services();
          case WITH_RESPONSE -> c.business().servicesWithResponse(o);
          case ASYNC -> await(c.business().servicesAsync());
          case ASYNC_WITH_RESPONSE -> await(c.business().servicesWithResponseAsync(o));
        }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(SERVICES),
            ServiceCatalogSummary.class))));

    cases.add(read("getCustomersSummary", "/business/customers", example(CUSTOMERS),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.business().customers();
          case WITH_RESPONSE -> c.business().customersWithResponse(o);
          case ASYNC -> await(c.business().customersAsync());
          case ASYNC_WITH_RESPONSE -> await(c.business().customersWithResponseAsync(o));
        }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(CUSTOMERS),
            CustomerSummary.class))));

    cases.add(read("getOrdersSummary", "/business/orders", example(ORDERS),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.business().orders();
          case WITH_RESPONSE -> c.business().ordersWithResponse(o);
          case ASYNC -> await(c.business().ordersAsync());
          case ASYNC_WITH_RESPONSE -> await(c.business().ordersWithResponseAsync(o));
        }, v -> assertThat(v).isEqualTo(CODEC.fromJson(example(ORDERS), OrderSummary.class))));

    cases.add(read("listApiKeys", "/api-keys", Map.of("cursor", "k1", "limit", "2"),
        OperationFixtures.pageJson(apiKeyElements(), null),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.apiKeys().listPage("k1", 2);
          case WITH_RESPONSE -> c.apiKeys().listPageWithResponse("k1", 2, o);
          case ASYNC -> await(c.apiKeys().listPageAsync("k1", 2));
          case ASYNC_WITH_RESPONSE -> await(c.apiKeys().listPageWithResponseAsync("k1", 2, o));
        }, v -> assertThat(v).isEqualTo(new Page<>(
            apiKeyElements().stream().map(ClientOperationsTest::info).toList(), null))));

    NewApiKey newKey = new NewApiKey("CI", List.of(ApiScope.READ, ApiScope.WRITE), EXPIRES);
    cases.add(new Case("createApiKey", "POST", "/api-keys", Map.of(), 201,
        OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(0)), "application/json",
        "{\"name\": \"CI\", \"scopes\": [\"read\", \"write\"],"
            + " \"expires_at\": \"2026-11-05T14:00:00Z\"}", false,
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.apiKeys().create(newKey);
          case WITH_RESPONSE -> c.apiKeys().createWithResponse(newKey, o);
          case ASYNC -> await(c.apiKeys().createAsync(newKey));
          case ASYNC_WITH_RESPONSE -> await(c.apiKeys().createWithResponseAsync(newKey, o));
        }, v -> assertIssued(v, apiKeyElements().get(0))));

    cases.add(new Case("rollApiKey", "POST", "/api-keys/" + KEY_HASH + "/roll", Map.of(), 201,
        OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(1)), "application/json",
        "{\"old_key_expires_at\": \"2026-11-05T14:00:00Z\"}", false,
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.apiKeys().roll(KEY_HASH, EXPIRES);
          case WITH_RESPONSE -> c.apiKeys().rollWithResponse(KEY_HASH, EXPIRES, o);
          case ASYNC -> await(c.apiKeys().rollAsync(KEY_HASH, EXPIRES));
          case ASYNC_WITH_RESPONSE -> await(c.apiKeys().rollWithResponseAsync(KEY_HASH, EXPIRES, o));
        }, v -> assertIssued(v, apiKeyElements().get(1))));

    String revoked = apiKeyElements().get(0).replace("\"is_active\": true", "\"is_active\": false");
    cases.add(new Case("revokeApiKey", "DELETE", "/api-keys/" + KEY_HASH, Map.of(), 200, revoked,
        null, null, false,
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.apiKeys().revoke(KEY_HASH);
          case WITH_RESPONSE -> c.apiKeys().revokeWithResponse(KEY_HASH, o);
          case ASYNC -> await(c.apiKeys().revokeAsync(KEY_HASH));
          case ASYNC_WITH_RESPONSE -> await(c.apiKeys().revokeWithResponseAsync(KEY_HASH, o));
        }, v -> {
          assertThat(v).isEqualTo(info(revoked));
          assertThat(((ApiKeyInfo) v).active()).isFalse();
          assertThat(((ApiKeyInfo) v).keyHash()).isEqualTo(KEY_HASH);
        }));

    cases.add(read("getCors", "/cors", example(CORS), (c, f, o) -> switch (f) {
      case BLOCKING -> c.cors().get();
      case WITH_RESPONSE -> c.cors().getWithResponse(o);
      case ASYNC -> await(c.cors().getAsync());
      case ASYNC_WITH_RESPONSE -> await(c.cors().getWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(cors())));

    cases.add(new Case("replaceCors", "PUT", "/cors", Map.of(), 200, example(CORS),
        "application/json", example(CORS), true,
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.cors().replace(cors());
          case WITH_RESPONSE -> c.cors().replaceWithResponse(cors(), o);
          case ASYNC -> await(c.cors().replaceAsync(cors()));
          case ASYNC_WITH_RESPONSE -> await(c.cors().replaceWithResponseAsync(cors(), o));
        }, v -> assertThat(v).isEqualTo(cors())));

    cases.add(read("getWebhookUrls", "/webhook-urls", OperationFixtures.webhookUrlsJson(),
        (c, f, o) -> switch (f) {
          case BLOCKING -> c.webhookUrls().get();
          case WITH_RESPONSE -> c.webhookUrls().getWithResponse(o);
          case ASYNC -> await(c.webhookUrls().getAsync());
          case ASYNC_WITH_RESPONSE -> await(c.webhookUrls().getWithResponseAsync(o));
        }, ClientOperationsTest::assertWebhookUrls));
    return cases;
  }

  static Stream<Arguments> calls() {
    return operations().stream()
        .flatMap(c -> Stream.of(Form.values()).map(f -> Arguments.of(c, f)));
  }

  @Test
  void operations_coverTheContractsTwentyOne() {
    assertThat(operations()).extracting(Case::operation).doesNotHaveDuplicates().hasSize(21);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("calls")
  void operation_sendsTheContractsRequestAndReadsItsAnswer(Case c, Form form) throws Exception {
    server.stubFor(request(c.method(), urlPathEqualTo(TENANT_PATH + c.path()))
        .willReturn(json(c.status(), c.answer()).withHeader("ETag", "\"e1\"")));

    Object result = c.invoker().call(client, form, c.options());

    Object value = result;
    if (form.takesOptions()) {
      assertThat(result).isInstanceOf(ApiResponse.class);
      ApiResponse<?> response = (ApiResponse<?>) result;
      assertThat(response.status()).isEqualTo(c.status());
      assertThat(response.requestId()).hasValueSatisfying(
          id -> assertThat(id).startsWith("req_" + c.status() + "_"));
      assertThat(response.etag()).contains("\"e1\"");
      assertThat(response.attempts()).isEqualTo(1);
      assertThat(response.fromCache()).isFalse();
      assertThat(response.rateLimit()).isPresent();
      value = response.value();
    } else {
      assertThat(result).isNotInstanceOf(ApiResponse.class);
    }
    c.check().accept(value);

    List<LoggedRequest> sent = requests(server);
    assertThat(sent).hasSize(1);
    LoggedRequest r = sent.get(0);
    assertThat(r.getMethod().value()).isEqualTo(c.method());
    assertThat(r.getUrl().split("\\?", 2)[0]).isEqualTo(TENANT_PATH + c.path());
    Map<String, String> query = new LinkedHashMap<>();
    r.getQueryParams().forEach((name, p) -> query.put(name, p.firstValue()));
    assertThat(query).isEqualTo(c.query());
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(r.getHeader("X-TENANT-ID")).isEqualTo(OperationFixtures.TENANT.value());
    assertThat(r.getHeader("User-Agent")).startsWith("wabotiq-java/");
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    assertThat(r.getHeader("If-None-Match")).as("no cache configured").isNull();
    if (c.conditional() && form.takesOptions()) {
      assertThat(r.getHeader("If-Match")).isEqualTo(ETAG);
    } else {
      assertThat(r.getHeader("If-Match")).isNull();
    }
    if (c.method().equals("POST")) {
      if (form.takesOptions()) {
        assertThat(r.getHeader("Idempotency-Key")).isEqualTo("idem-" + c.operation());
      } else {
        assertThat(r.getHeader("Idempotency-Key")).matches(UUID_PATTERN);
      }
    } else {
      assertThat(r.getHeader("Idempotency-Key")).isNull();
    }
    String requestJson = c.requestJson();
    if (requestJson == null) {
      assertThat(r.getBody()).isEmpty();
      assertThat(r.getHeader("Content-Type")).isNull();
    } else {
      assertThat(r.getHeader("Content-Type")).startsWith(c.contentType());
      assertThat(OperationFixtures.tree(r.getBodyAsString(), true))
          .as("request body %s", r.getBodyAsString())
          .isEqualTo(OperationFixtures.tree(requestJson, true));
    }
  }

  // ---- what each answer must read as ------------------------------------------------------

  /** The settings patch of the updateSettings case: a group, a credential and two clears. */
  private static final String STRIPE_PLAINTEXT = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

  private static final String PATCH_JSON = """
      {"llm_provider": "openai", "llm_model": "gpt-4o", "llm_temperature": 0.7,
       "llm_max_tokens": 1000, "llm_timeout": 60.0, "llm_max_retries": 3,
       "stripe_secret_key": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
       "woo_store_url": null, "pinecone_api_key": null}
      """;

  private static SettingsPatch patch() {
    TenantSettings settings = CODEC.fromJson(example(SETTINGS), TenantSettings.class);
    return SettingsPatch.builder()
        .group(settings.llm())
        .credential(Credential.STRIPE_SECRET_KEY, Secret.of(STRIPE_PLAINTEXT))
        .clear("woo_store_url")
        .clear(Credential.PINECONE_API_KEY)
        .build();
  }

  private static AgentConfiguration agentConfiguration() {
    return CODEC.fromJson(example(AGENT_CONFIGURATION), AgentConfiguration.class);
  }

  private static CorsConfiguration cors() {
    return CODEC.fromJson(example(CORS), CorsConfiguration.class);
  }

  private static ApiKeyInfo info(String apiKeyJson) {
    return ApiKeyInfo.of(CODEC.fromJson(apiKeyJson, ApiKey.class), null);
  }

  private static void assertMaskedSettings(Object value) {
    assertThat(value).isInstanceOf(MaskedSettings.class);
    MaskedSettings masked = (MaskedSettings) value;
    assertThat(masked.settings()).isEqualTo(
        CODEC.fromJson(OperationFixtures.settingsWithoutCredentialsJson(), TenantSettings.class));
    assertThat(masked.hints()).isEqualTo(OperationFixtures.hints()).hasSize(20);
    assertThat(masked.hint(Credential.STRIPE_SECRET_KEY)).hasValueSatisfying(
        h -> assertThat(h).startsWith("sk_…").hasSize("sk_…".length() + 4));
    assertThat(masked.isSet(Credential.WEBHOOK_SECRET)).isFalse();
    for (Credential credential : Credential.values()) {
      Object sealed = credential.in(masked.settings()).orElse(null);
      assertThat(sealed).as("%s in settings()", credential).isNull();
    }
  }

  private static void assertUsage(Object value) {
    assertThat(value).isInstanceOf(UsageReport.class);
    UsageReport usage = (UsageReport) value;
    assertThat(usage.tierId()).isEqualTo(TierId.of("growth"));
    assertThat(usage.periodStart()).isEqualTo(Instant.parse("2026-11-15T00:00:00Z"));
    assertThat(usage.periodEnd()).isEqualTo(Instant.parse("2026-12-15T00:00:00Z"));
    assertThat(usage.quotas()).containsExactly(
        new Quota("monthly_messages", 1200, 5000L, 3800L, Instant.parse("2026-12-15T00:00:00Z")),
        new Quota("max_daily_outbound", 120, 500L, 380L, Instant.parse("2026-12-03T21:00:00Z")),
        new Quota("max_campaign_sends", 40, null, null, Instant.parse("2026-12-15T00:00:00Z")),
        new Quota("max_products", 150, 500L, 350L, null),
        new Quota("max_services", 12, null, null, null));
    assertThat(usage.quota("max_campaign_sends")).hasValueSatisfying(q -> {
      assertThat(q.isUnlimited()).isTrue();
      assertThat(q.remainingAmount()).isEmpty();
    });
    assertThat(usage.quota("max_products")).hasValueSatisfying(q -> {
      assertThat(q.reset()).isEmpty();
      assertThat(q.remainingAmount()).hasValue(350);
    });
    assertThat(usage.quota("no_such_metric")).isEmpty();
  }

  private static void assertIssued(Object value, String apiKeyJson) {
    assertThat(value).isInstanceOf(IssuedApiKey.class);
    IssuedApiKey issued = (IssuedApiKey) value;
    assertThat(issued.secret().reveal()).isEqualTo(NEW_KEY);
    assertThat(issued.secret().environment()).isEqualTo(ApiKeyEnvironment.LIVE);
    assertThat(issued.info()).isEqualTo(info(apiKeyJson));
    assertThat(issued.toString()).doesNotContain(NEW_KEY);
  }

  private static void assertWebhookUrls(Object value) {
    Map<WebhookEndpoint, String> expected = new EnumMap<>(WebhookEndpoint.class);
    String base = "https://api.wabotiq.com/v1/webhooks/";
    String id = OperationFixtures.TENANT.value();
    expected.put(WebhookEndpoint.TWILIO_INBOUND, base + "twilio/inbound/" + id);
    expected.put(WebhookEndpoint.TWILIO_STATUS, base + "twilio/status/" + id);
    expected.put(WebhookEndpoint.MPESA, base + "mpesa/" + id);
    expected.put(WebhookEndpoint.PAYSTACK, base + "paystack/" + id);
    expected.put(WebhookEndpoint.STRIPE, base + "stripe/" + id);
    expected.put(WebhookEndpoint.SHOPIFY, base + "shopify/" + id);
    expected.put(WebhookEndpoint.WOOCOMMERCE, base + "woocommerce/" + id);
    expected.put(WebhookEndpoint.META, base + "meta/" + id);
    assertThat(value).isEqualTo(expected);
  }

  // ---- details of single operations --------------------------------------------------------

  @Test
  void updateSettings_writesTheCredentialsPlaintextAndNullsThatClear() {
    server.stubFor(request("PATCH", urlPathEqualTo(TENANT_PATH + "/settings"))
        .willReturn(json(200, OperationFixtures.maskedSettingsJson())));

    SettingsPatch patch = patch();
    client.settings().update(patch);

    String body = requests(server).get(0).getBodyAsString();
    assertThat(body).contains("\"woo_store_url\":null").contains("\"pinecone_api_key\":null")
        .contains("\"stripe_secret_key\":\"" + STRIPE_PLAINTEXT + "\"");
    assertThat(patch.toString()).doesNotContain(STRIPE_PLAINTEXT).contains("[credential]");
    assertThat(patch.fields()).containsExactly("llm_provider", "llm_model", "llm_temperature",
        "llm_max_tokens", "llm_timeout", "llm_max_retries", "stripe_secret_key", "woo_store_url",
        "pinecone_api_key");
  }

  @Test
  void createApiKey_withoutExpiry_sendsNoExpiresAt() {
    server.stubFor(request("POST", urlPathEqualTo(TENANT_PATH + "/api-keys"))
        .willReturn(json(201, OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(1)))));

    client.apiKeys().create(NewApiKey.of("Mobile App Key", ApiScope.READ));

    OperationFixtures.assertSameJson(requests(server).get(0).getBodyAsString(),
        "{\"name\": \"Mobile App Key\", \"scopes\": [\"read\"]}");
  }

  @Test
  void post_withNoIdempotencyKey_sendsNone() {
    server.stubFor(request("POST", urlPathEqualTo(TENANT_PATH + "/api-keys"))
        .willReturn(json(201, OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(1)))));

    client.apiKeys().create(NewApiKey.of("CI", ApiScope.READ),
        RequestOptions.builder().noIdempotencyKey().build());

    assertThat(requests(server).get(0).getHeader("Idempotency-Key")).isNull();
  }

  @Test
  void post_generatesANewIdempotencyKeyPerCall() {
    server.stubFor(request("POST", urlPathEqualTo(TENANT_PATH + "/api-keys"))
        .willReturn(json(201, OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(1)))));

    client.apiKeys().create(NewApiKey.of("CI", ApiScope.READ));
    client.apiKeys().create(NewApiKey.of("CI", ApiScope.READ));

    List<LoggedRequest> sent = requests(server);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getHeader("Idempotency-Key"))
        .isNotEqualTo(sent.get(1).getHeader("Idempotency-Key"));
  }

  @Test
  void issuedKey_thatIsNotAWellFormedKey_isMalformedResponseWithoutTheKey() {
    String bad = NEW_KEY.substring(0, 47) + (NEW_KEY.charAt(47) == 'A' ? 'B' : 'A');
    server.stubFor(request("POST", urlPathEqualTo(TENANT_PATH + "/api-keys"))
        .willReturn(json(201, OperationFixtures.issuedJson(bad, apiKeyElements().get(1)))));

    assertThatThrownBy(() -> client.apiKeys().create(NewApiKey.of("CI", ApiScope.READ)))
        .isExactlyInstanceOf(ApiException.class)
        .satisfies(e -> {
          ApiException api = (ApiException) e;
          assertThat(api.code()).isEqualTo("malformed_response");
          assertThat(api.status()).isEqualTo(201);
          assertThat(api.getMessage()).doesNotContain(bad.substring(9));
        });
  }

  @Test
  void webhookUrls_skipsEndpointsThisClientDoesNotKnow() {
    String json = OperationFixtures.webhookUrlsJson().replace("{",
        "{\"pigeon_post\": \"https://api.wabotiq.com/v1/webhooks/pigeon/x\", ");
    server.stubFor(request("GET", urlPathEqualTo(TENANT_PATH + "/webhook-urls"))
        .willReturn(json(200, json)));

    assertWebhookUrls(client.webhookUrls().get());
  }

  // ---- bad arguments fail before any request ----------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nothex", "", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
      "../../../../tenants/other/api-keys/0123456789abcdef0123456789abcdef01234567"})
  void revokeAndRoll_badKeyHash_failBeforeAnyRequest(String hash) {
    assertThatThrownBy(() -> client.apiKeys().revoke(hash))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyHash");
    assertThatThrownBy(() -> client.apiKeys().revokeAsync(hash))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyHash");
    assertThatThrownBy(() -> client.apiKeys().roll(hash, EXPIRES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyHash");
    assertThat(requests(server)).isEmpty();
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {-1, 101, 1000, Integer.MIN_VALUE})
  void pageLimit_outOfRange_failsBeforeAnyRequest(int limit) {
    assertThatThrownBy(() -> client.analytics().dailyPage(FROM, TO, null, limit))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> client.apiKeys().listPage(null, limit))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThat(requests(server)).isEmpty();
  }

  @Test
  void pageLimit_zero_failsBeforeAnyRequest() {
    server.stubFor(request("GET", urlPathEqualTo(TENANT_PATH + "/analytics/daily"))
        .willReturn(json(200, OperationFixtures.pageJson(List.of(), null))));
    server.stubFor(request("GET", urlPathEqualTo(TENANT_PATH + "/api-keys"))
        .willReturn(json(200, OperationFixtures.pageJson(List.of(), null))));

    assertThatThrownBy(() -> client.analytics().dailyPage(FROM, TO, null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> client.apiKeys().listPage(null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThat(requests(server)).isEmpty();
  }

  @Test
  void pageLimit_bounds_areAccepted() {
    server.stubFor(request("GET", urlPathEqualTo(TENANT_PATH + "/analytics/daily"))
        .willReturn(json(200, OperationFixtures.pageJson(List.of(), null))));

    client.analytics().dailyPage(FROM, TO, null, 1);
    client.analytics().dailyPage(FROM, TO, null, 100);

    assertThat(requests(server)).extracting(r -> r.queryParameter("limit").firstValue())
        .containsExactly("1", "100");
  }

  @Test
  void emptyCursor_failsBeforeAnyRequest() {
    assertThatThrownBy(() -> client.analytics().dailyPage(FROM, TO, "", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    assertThat(requests(server)).isEmpty();
  }

  @Test
  void dateRange_toBeforeFrom_failsBeforeAnyRequest() {
    LocalDate later = TO.plusDays(1);
    assertThatThrownBy(() -> client.analytics().dailyPage(later, TO, null, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> client.analytics().daily(later, TO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> client.analytics().performance(later, TO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> client.analytics().performanceAsync(later, TO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThat(requests(server)).isEmpty();
  }

  @Test
  void dateRange_oneDay_isAllowed() {
    server.stubFor(request("GET", urlPathEqualTo(TENANT_PATH + "/analytics/performance"))
        .willReturn(json(200, example(PERFORMANCE))));

    client.analytics().performance(TO, TO);

    assertThat(requests(server).get(0).queryParameter("from").firstValue()).isEqualTo(
        "2025-11-30");
  }

  @Test
  void settingsPatch_groupWithASealedCredential_isRefused() {
    TenantSettings settings = CODEC.fromJson(example(SETTINGS), TenantSettings.class);
    assertThat(settings.stripe().stripeSecretKey()).isNotNull();

    assertThatThrownBy(() -> SettingsPatch.builder().group(settings.stripe()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stripe_secret_key")
        .hasMessageNotContaining("sk_...");
    assertThat(requests(server)).isEmpty();
  }

  @Test
  void settingsPatch_agentConfigurationGroup_isRefused() {
    AgentConfiguration agent = agentConfiguration();

    assertThatThrownBy(() -> SettingsPatch.builder().group(agent.persona()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AgentPersona");
  }

  @Test
  void settingsPatch_empty_isRefused() {
    assertThatThrownBy(() -> SettingsPatch.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one field");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"id", "tenant_id", "created_at", "updated_at", "Not_Snake", ""})
  void settingsPatch_clearOfAFieldTheServerOwnsOrNotAName_isRefused(String field) {
    assertThatThrownBy(() -> SettingsPatch.builder().clear(field))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsPatch_wipedSecret_isRefused() {
    Secret secret = Secret.of(STRIPE_PLAINTEXT);
    secret.wipe();

    assertThatThrownBy(() -> SettingsPatch.builder()
        .credential(Credential.STRIPE_SECRET_KEY, secret))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stripe_secret_key");
  }
}
