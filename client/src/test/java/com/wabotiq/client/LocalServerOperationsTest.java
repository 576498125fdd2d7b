package com.wabotiq.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
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
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every one of the API's 21 operations through the client against a running {@link
 * LocalApiServer}, each in its four forms (blocking, {@code WithResponse}, async, async {@code
 * WithResponse}): each decoded answer equals what the server's facade holds ({@code
 * server.sdk()}), or, for what the server keeps beside the facade (subscription, business
 * summaries, analytics), what it seeded; each write is seen by the facade. The {@code
 * WithResponse} forms also carry the server's status, request id and rate-limit headers.
 */
@Timeout(60)
class LocalServerOperationsTest {
  private static final JsonCodec CODEC = JsonCodec.lenient();

  private static LocalApiServer server;
  private static SeededTenant demo;
  private static TenantId id;
  private static TenantSdk sdk;
  private static WabotiqClient client;

  /** How an operation is called. */
  enum Form {
    BLOCKING,
    WITH_RESPONSE,
    ASYNC,
    ASYNC_WITH_RESPONSE
  }

  /** One form of a call: the value, or the {@link ApiResponse} of the with-forms. */
  @FunctionalInterface
  interface Invoker {
    Object call(Form form, RequestOptions options) throws Exception;
  }

  @BeforeAll
  static void start() {
    // the default limit (100 a second) is for people; 84 calls in a burst would meet it here
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    demo = server.seedDemoTenant();
    id = demo.tenantId();
    sdk = server.sdk();
    client = WabotiqClient.builder(demo.apiKey().reveal(), id)
        .baseUrl(server.baseUri().toString())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  /** Calls in every form, checks each value, and returns them in form order. */
  private static List<Object> everyForm(int status, Invoker invoker, Consumer<Object> check)
      throws Exception {
    List<Object> values = new ArrayList<>();
    for (Form form : Form.values()) {
      Object result = invoker.call(form, RequestOptions.none());
      Object value = result;
      if (result instanceof ApiResponse<?> response) {
        assertThat(response.status()).as(form.name()).isEqualTo(status);
        assertThat(response.requestId()).as(form.name()).hasValueSatisfying(
            requestId -> assertThat(requestId).startsWith("req_"));
        assertThat(response.rateLimit()).as(form.name()).isPresent();
        value = response.value();
      } else {
        assertThat(form).isIn(Form.BLOCKING, Form.ASYNC);
      }
      check.accept(value);
      values.add(value);
    }
    return values;
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  @Test
  void getTenant_isTheFacadesTenant_withoutItsSealedFields() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.tenant().get();
      case WITH_RESPONSE -> client.tenant().getWithResponse(o);
      case ASYNC -> await(client.tenant().getAsync());
      case ASYNC_WITH_RESPONSE -> await(client.tenant().getWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(OperationFixtures.unsealed(sdk.tenant(id).orElseThrow())));
  }

  @Test
  void getSettings_isTheFacadesSettings_masked() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.settings().get();
      case WITH_RESPONSE -> client.settings().getWithResponse(o);
      case ASYNC -> await(client.settings().getAsync());
      case ASYNC_WITH_RESPONSE -> await(client.settings().getWithResponseAsync(o));
    }, v -> assertMasked((MaskedSettings) v));
  }

  @Test
  void updateSettings_isStoredByTheFacade_andAnsweredMasked() throws Exception {
    List<String> models = List.of("gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-4.1-mini");
    int[] call = {0};
    everyForm(200, (f, o) -> {
      String model = models.get(call[0]++);
      SettingsPatch patch = SettingsPatch.builder()
          .group(sdk.settings(id).value().llm().toBuilder().llmModel(model).build())
          .build();
      return switch (f) {
        case BLOCKING -> client.settings().update(patch);
        case WITH_RESPONSE -> client.settings().updateWithResponse(patch, o);
        case ASYNC -> await(client.settings().updateAsync(patch));
        case ASYNC_WITH_RESPONSE -> await(client.settings().updateWithResponseAsync(patch, o));
      };
    }, v -> {
      MaskedSettings masked = (MaskedSettings) v;
      assertThat(masked.settings().llm().llmModel()).isEqualTo(models.get(call[0] - 1));
      assertMasked(masked);
    });
  }

  @Test
  void getAgentConfiguration_isTheFacades() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.agentConfiguration().get();
      case WITH_RESPONSE -> client.agentConfiguration().getWithResponse(o);
      case ASYNC -> await(client.agentConfiguration().getAsync());
      case ASYNC_WITH_RESPONSE -> await(client.agentConfiguration().getWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(sdk.agentConfiguration(id).value()));
  }

  @Test
  void replaceAgentConfiguration_isStoredByTheFacade() throws Exception {
    int[] call = {0};
    everyForm(200, (f, o) -> {
      AgentConfiguration next = sdk.agentConfiguration(id).value().toBuilder()
          .customInstructions("Form " + call[0]++ + ": mention free delivery.")
          .build();
      return switch (f) {
        case BLOCKING -> client.agentConfiguration().replace(next);
        case WITH_RESPONSE -> client.agentConfiguration().replaceWithResponse(next, o);
        case ASYNC -> await(client.agentConfiguration().replaceAsync(next));
        case ASYNC_WITH_RESPONSE -> await(
            client.agentConfiguration().replaceWithResponseAsync(next, o));
      };
    }, v -> {
      AgentConfiguration stored = sdk.agentConfiguration(id).value();
      assertThat(v).isEqualTo(stored);
      assertThat(stored.customInstructions())
          .isEqualTo("Form " + (call[0] - 1) + ": mention free delivery.");
    });
  }

  @Test
  void getSubscription_isTheTenantsOnItsTier_inTheCurrentPeriod() throws Exception {
    LocalDate today = LocalDate.now(zone());
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.subscription().get();
      case WITH_RESPONSE -> client.subscription().getWithResponse(o);
      case ASYNC -> await(client.subscription().getAsync());
      case ASYNC_WITH_RESPONSE -> await(client.subscription().getWithResponseAsync(o));
    }, v -> {
      Subscription subscription = (Subscription) v;
      assertThat(subscription.tenantId()).isEqualTo(id);
      assertThat(subscription.tierId()).isEqualTo(sdk.tenant(id).orElseThrow().subscriptionTierId());
      assertThat(subscription.startDate()).isEqualTo(today.minusDays(40));
      assertThat(subscription.currentPeriodStart()).isNotNull().isBeforeOrEqualTo(today);
      assertThat(subscription.currentPeriodEnd()).isNotNull().isAfter(today);
    });
  }

  @Test
  void listTiers_areTheBuiltInTiers() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.subscription().tiers();
      case WITH_RESPONSE -> client.subscription().tiersWithResponse(o);
      case ASYNC -> await(client.subscription().tiersAsync());
      case ASYNC_WITH_RESPONSE -> await(client.subscription().tiersWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(SubscriptionTier.builtIns()));
  }

  @Test
  void getUsage_hasTheTiersQuotas_andTheMetersCounts() throws Exception {
    SubscriptionTier tier = SubscriptionTier.builtIn(
        sdk.tenant(id).orElseThrow().subscriptionTierId()).orElseThrow();
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.subscription().usage();
      case WITH_RESPONSE -> client.subscription().usageWithResponse(o);
      case ASYNC -> await(client.subscription().usageAsync());
      case ASYNC_WITH_RESPONSE -> await(client.subscription().usageWithResponseAsync(o));
    }, v -> {
      UsageReport usage = (UsageReport) v;
      assertThat(usage.tierId()).isEqualTo(tier.id());
      assertThat(usage.periodStart()).isBefore(usage.periodEnd());
      Quota monthly = usage.quota("monthly_messages").orElseThrow();
      assertThat(monthly.limit()).isEqualTo(tier.limits().monthlyMessages());
      assertThat(monthly.used()).isZero();
      assertThat(usage.quotas()).extracting(Quota::metric).containsExactly("monthly_messages",
          "max_daily_outbound", "max_campaign_sends", "max_products", "max_services");
    });
  }

  @Test
  void listDailyAnalytics_pageIsTheSeededDays() throws Exception {
    LocalDate to = LocalDate.now(zone()).minusDays(1);
    LocalDate from = to.minusDays(29);
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.analytics().dailyPage(from, to, null, 10);
      case WITH_RESPONSE -> client.analytics().dailyPageWithResponse(from, to, null, 10, o);
      case ASYNC -> await(client.analytics().dailyPageAsync(from, to, null, 10));
      case ASYNC_WITH_RESPONSE -> await(
          client.analytics().dailyPageWithResponseAsync(from, to, null, 10, o));
    }, v -> {
      @SuppressWarnings("unchecked")
      Page<DailyAnalytics> page = (Page<DailyAnalytics>) v;
      assertThat(page.items()).extracting(DailyAnalytics::date)
          .containsExactlyElementsOf(from.datesUntil(from.plusDays(10)).toList());
      assertThat(page.items()).allSatisfy(day -> {
        assertThat(day.tenantId()).isEqualTo(id);
        assertThat(day.messagesTotal())
            .isEqualTo(day.messagesInbound() + day.messagesOutbound());
      });
      assertThat(page.nextCursor()).isNotNull();
    });
  }

  @Test
  void getPerformanceMetrics_isTheMonthsRollUp() throws Exception {
    YearMonth month = YearMonth.from(LocalDate.now(zone()));
    LocalDate from = month.atDay(1);
    LocalDate to = LocalDate.now(zone());
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.analytics().performance(from, to);
      case WITH_RESPONSE -> client.analytics().performanceWithResponse(from, to, o);
      case ASYNC -> await(client.analytics().performanceAsync(from, to));
      case ASYNC_WITH_RESPONSE -> await(client.analytics().performanceWithResponseAsync(from, to, o));
    }, v -> {
      PerformanceMetrics metrics = (PerformanceMetrics) v;
      assertThat(metrics.tenantId()).isEqualTo(id);
      assertThat(metrics.period()).isEqualTo(month);
    });
  }

  @Test
  void business_summariesAreTheSeededOnes() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.business().catalog();
      case WITH_RESPONSE -> client.business().catalogWithResponse(o);
      case ASYNC -> await(client.business().catalogAsync());
      case ASYNC_WITH_RESPONSE -> await(client.business().catalogWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(seeded("catalog.json", ProductCatalogSummary.class)));
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.business().services();
      case WITH_RESPONSE -> client.business().servicesWithResponse(o);
      case ASYNC -> await(client.business().servicesAsync());
      case ASYNC_WITH_RESPONSE -> await(client.business().servicesWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(seeded("services.json", ServiceCatalogSummary.class)));
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.business().customers();
      case WITH_RESPONSE -> client.business().customersWithResponse(o);
      case ASYNC -> await(client.business().customersAsync());
      case ASYNC_WITH_RESPONSE -> await(client.business().customersWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(seeded("customers.json", CustomerSummary.class)));
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.business().orders();
      case WITH_RESPONSE -> client.business().ordersWithResponse(o);
      case ASYNC -> await(client.business().ordersAsync());
      case ASYNC_WITH_RESPONSE -> await(client.business().ordersWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(seeded("orders.json", OrderSummary.class)));
  }

  @Test
  void listApiKeys_pageIsTheFacadesKeys() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.apiKeys().listPage(null, 100);
      case WITH_RESPONSE -> client.apiKeys().listPageWithResponse(null, 100, o);
      case ASYNC -> await(client.apiKeys().listPageAsync(null, 100));
      case ASYNC_WITH_RESPONSE -> await(client.apiKeys().listPageWithResponseAsync(null, 100, o));
    }, v -> {
      @SuppressWarnings("unchecked")
      Page<ApiKeyInfo> page = (Page<ApiKeyInfo>) v;
      assertThat(page.items()).extracting(ApiKeyInfo::keyHash, ApiKeyInfo::name,
              ApiKeyInfo::scopes, ApiKeyInfo::active)
          .containsExactlyInAnyOrderElementsOf(sdk.apiKeys().list(id).stream()
              .map(k -> org.assertj.core.groups.Tuple.tuple(k.keyHash(), k.name(), k.scopes(),
                  k.active()))
              .toList());
      assertThat(page.nextCursor()).isNull();
    });
  }

  @Test
  void createApiKey_issuesAKeyTheFacadeKnowsAndAccepts() throws Exception {
    Instant expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    NewApiKey request = new NewApiKey("CI", List.of(ApiScope.READ), expires);
    everyForm(201, (f, o) -> switch (f) {
      case BLOCKING -> client.apiKeys().create(request);
      case WITH_RESPONSE -> client.apiKeys().createWithResponse(request, o);
      case ASYNC -> await(client.apiKeys().createAsync(request));
      case ASYNC_WITH_RESPONSE -> await(client.apiKeys().createWithResponseAsync(request, o));
    }, v -> {
      IssuedApiKey issued = (IssuedApiKey) v;
      assertThat(issued.info().name()).isEqualTo("CI");
      assertThat(issued.info().scopes()).containsExactly(ApiScope.READ);
      assertThat(issued.info().expiresAt()).isEqualTo(expires);
      assertThat(sdk.apiKeys().list(id)).extracting(ApiKeyInfo::keyHash)
          .contains(issued.info().keyHash());
      assertThat(sdk.apiKeys().authenticate(issued.secret().reveal(), ApiScope.READ, id)
          .isValid()).isTrue();
    });
  }

  @Test
  void rollApiKey_issuesAReplacement_andTheOldKeyExpiresWhenAsked() throws Exception {
    Instant until = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Map<Form, String> olds = new EnumMap<>(Form.class);
    for (Form form : Form.values()) {
      olds.put(form, sdk.apiKeys().issue(id, "rolled " + form, Set.of(ApiScope.READ), null)
          .info().keyHash());
    }
    Form[] current = {Form.BLOCKING};
    everyForm(201, (f, o) -> {
      current[0] = f;
      String old = olds.get(f);
      return switch (f) {
        case BLOCKING -> client.apiKeys().roll(old, until);
        case WITH_RESPONSE -> client.apiKeys().rollWithResponse(old, until, o);
        case ASYNC -> await(client.apiKeys().rollAsync(old, until));
        case ASYNC_WITH_RESPONSE -> await(client.apiKeys().rollWithResponseAsync(old, until, o));
      };
    }, v -> {
      IssuedApiKey issued = (IssuedApiKey) v;
      assertThat(issued.info().name()).isEqualTo("rolled " + current[0]);
      List<ApiKeyInfo> keys = sdk.apiKeys().list(id);
      assertThat(keys).filteredOn(k -> k.keyHash().equals(issued.info().keyHash())).hasSize(1);
      assertThat(keys).filteredOn(k -> k.keyHash().equals(olds.get(current[0])))
          .singleElement().satisfies(k -> assertThat(k.expiresAt()).isEqualTo(until));
    });
  }

  @Test
  void revokeApiKey_answersTheKeyInactive_asTheFacadeHoldsIt() throws Exception {
    Map<Form, String> hashes = new EnumMap<>(Form.class);
    for (Form form : Form.values()) {
      hashes.put(form, sdk.apiKeys().issue(id, "revoked " + form, Set.of(ApiScope.READ), null)
          .info().keyHash());
    }
    everyForm(200, (f, o) -> {
      String hash = hashes.get(f);
      return switch (f) {
        case BLOCKING -> client.apiKeys().revoke(hash);
        case WITH_RESPONSE -> client.apiKeys().revokeWithResponse(hash, o);
        case ASYNC -> await(client.apiKeys().revokeAsync(hash));
        case ASYNC_WITH_RESPONSE -> await(client.apiKeys().revokeWithResponseAsync(hash, o));
      };
    }, v -> {
      ApiKeyInfo revoked = (ApiKeyInfo) v;
      assertThat(revoked.active()).isFalse();
      assertThat(sdk.apiKeys().list(id))
          .filteredOn(k -> k.keyHash().equals(revoked.keyHash()))
          .singleElement().satisfies(k -> assertThat(k.active()).isFalse());
    });
  }

  @Test
  void getCors_hasTheTenantsAllowedOrigins() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.cors().get();
      case WITH_RESPONSE -> client.cors().getWithResponse(o);
      case ASYNC -> await(client.cors().getAsync());
      case ASYNC_WITH_RESPONSE -> await(client.cors().getWithResponseAsync(o));
    }, v -> assertThat(((CorsConfiguration) v).allowedOrigins())
        .isEqualTo(sdk.tenant(id).orElseThrow().allowedOrigins()));
  }

  @Test
  void replaceCors_changesTheTenantsAllowedOrigins() throws Exception {
    int[] call = {0};
    everyForm(200, (f, o) -> {
      CorsConfiguration next = new CorsConfiguration(
          List.of("https://app" + call[0]++ + ".acme.com"), List.of("GET", "PUT"),
          List.of("Content-Type", "Authorization", "X-TENANT-ID"), Duration.ofMinutes(10));
      return switch (f) {
        case BLOCKING -> client.cors().replace(next);
        case WITH_RESPONSE -> client.cors().replaceWithResponse(next, o);
        case ASYNC -> await(client.cors().replaceAsync(next));
        case ASYNC_WITH_RESPONSE -> await(client.cors().replaceWithResponseAsync(next, o));
      };
    }, v -> {
      CorsConfiguration stored = (CorsConfiguration) v;
      assertThat(stored.allowedOrigins())
          .containsExactly("https://app" + (call[0] - 1) + ".acme.com")
          .isEqualTo(sdk.tenant(id).orElseThrow().allowedOrigins());
      assertThat(stored.allowedMethods()).containsExactly("GET", "PUT");
    });
  }

  @Test
  void getWebhookUrls_areTheFacadesCallbacks() throws Exception {
    everyForm(200, (f, o) -> switch (f) {
      case BLOCKING -> client.webhookUrls().get();
      case WITH_RESPONSE -> client.webhookUrls().getWithResponse(o);
      case ASYNC -> await(client.webhookUrls().getAsync());
      case ASYNC_WITH_RESPONSE -> await(client.webhookUrls().getWithResponseAsync(o));
    }, v -> assertThat(v).isEqualTo(sdk.callbacks().webhookUrls(id)));
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The answer's settings are the facade's without credentials, and each hint the vault's. */
  private static void assertMasked(MaskedSettings masked) {
    TenantSettings stored = sdk.settings(id).value();
    assertThat(masked.settings()).isEqualTo(Credential.withoutAny(stored));
    for (Credential credential : Credential.values()) {
      if (credential.in(stored).isPresent()) {
        Secret secret = sdk.credentials().get(id, credential).orElseThrow();
        assertThat(masked.hint(credential)).as(credential.fieldName()).contains(secret.hint());
        assertThat(masked.hint(credential).orElseThrow()).doesNotContain(secret.reveal());
      } else {
        assertThat(masked.isSet(credential)).as(credential.fieldName()).isFalse();
      }
    }
    assertThat(masked.hints()).isNotEmpty();
  }

  private static ZoneId zone() {
    ZoneId zone = sdk.tenant(id).orElseThrow().timezone();
    return zone == null ? ZoneId.of("UTC") : zone;
  }

  /** What the server seeded from its demo resources. */
  private static <T> T seeded(String resource, Class<T> type) {
    try (InputStream in = LocalApiServer.class.getResourceAsStream("demo/" + resource)) {
      assertThat(in).as("the server's demo/%s", resource).isNotNull();
      return CODEC.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
