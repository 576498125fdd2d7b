package com.wabotiq.client.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.client.ApiException;
import com.wabotiq.client.ApiResponse;
import com.wabotiq.client.ConflictException;
import com.wabotiq.client.FieldError;
import com.wabotiq.client.InvalidRequestException;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.Quota;
import com.wabotiq.client.RequestOptions;
import com.wabotiq.client.RetryPolicy;
import com.wabotiq.client.SettingsPatch;
import com.wabotiq.client.UsageReport;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The code of docs/client.md, run against a loopback stub: each region between {@code //
 * [snippet:...]} and {@code // [end]} is a block of the page, word for word ({@link
 * ClientDocSnippetsTest} checks that), and each test asserts what the snippet does.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientDocExamplesTest {
  static final TenantId TENANT = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
  private static final String BASE = "/v1/tenants/" + TENANT.value();

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
      .build();

  private final String apiKey =
      ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
  private final TenantId tenantId = TENANT;
  private WabotiqClient client;

  @BeforeEach
  void client() {
    client = WabotiqClient.builder(apiKey, tenantId)
        .baseUrl(api.baseUrl() + "/v1")
        .retryPolicy(RetryPolicy.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .build())
        .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void buildsAClientThatNeverShowsItsKey() {
    // [snippet:build]
    WabotiqClient client = WabotiqClient.builder(apiKey, tenantId)
        .userAgentSuffix("acme-shop/2.3")
        .build();
    // [end]
    assertThat(client.toString()).doesNotContain(apiKey).contains(apiKey.substring(44));
    assertThat(client.baseUrl()).isEqualTo("https://api.wabotiq.com/v1/");
    client.close();
  }

  @Test
  void patchesSettingsWithAWriteOnlyCredential() {
    String stripeKey = "sk_test_51HxYzAbCdEfGh4242";
    api.stubFor(get(urlEqualTo(BASE + "/settings")).willReturn(okJson(settings("\"sk_…1111\""))));
    api.stubFor(patch(urlEqualTo(BASE + "/settings")).willReturn(okJson(
        settings("\"sk_…4242\"").replace("gpt-4o", "gpt-4o-mini"))));

    // [snippet:patch]
    MaskedSettings current = client.settings().get();
    SettingsPatch patch = SettingsPatch.builder()
        .group(current.settings().llm().toBuilder().llmModel("gpt-4o-mini").build())
        .credential(Credential.STRIPE_SECRET_KEY, Secret.of(stripeKey))
        .clear("woo_store_url")
        .build();
    MaskedSettings updated = client.settings().update(patch);
    // [end]

    assertThat(updated.hint(Credential.STRIPE_SECRET_KEY)).contains("sk_…4242");
    assertThat(updated.settings().llm().llmModel()).isEqualTo("gpt-4o-mini");
    assertThat(patch.toString()).doesNotContain(stripeKey).contains("[credential]");
    api.verify(patchRequestedFor(urlEqualTo(BASE + "/settings"))
        .withHeader("Content-Type", matching("application/merge-patch\\+json.*"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
            "{\"llm_provider\":\"openai\",\"llm_model\":\"gpt-4o-mini\","
                + "\"stripe_secret_key\":\"" + stripeKey + "\",\"woo_store_url\":null}")));
  }

  @Test
  void writesOnlyIfNobodyWroteSince() {
    String stored = JsonCodec.lenient().toJson(AgentConfiguration.builder().tenantId(TENANT)
        .build());
    api.stubFor(get(urlEqualTo(BASE + "/agent-configuration"))
        .willReturn(okJson(stored).withHeader("ETag", "\"3\"")));
    api.stubFor(put(urlEqualTo(BASE + "/agent-configuration"))
        .withHeader("If-Match", equalTo("\"3\""))
        .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":\"version_conflict\",\"message\":\"changed since\","
                + "\"request_id\":\"req_9\"}}")));

    ConflictException lost = org.junit.jupiter.api.Assertions.assertThrows(
        ConflictException.class, () -> {
          // [snippet:if-match]
          ApiResponse<AgentConfiguration> read =
              client.agentConfiguration().getWithResponse(RequestOptions.none());
          AgentConfiguration changed = edit(read.value());
          client.agentConfiguration().replace(changed,
              RequestOptions.builder().ifMatch(read.etag().orElseThrow()).build());
          // [end]
        });
    assertThat(lost.code()).isEqualTo("version_conflict");
    assertThat(lost.requestId()).contains("req_9");
    assertThat(lost.attempts()).isEqualTo(1);
    api.verify(1, putRequestedFor(urlEqualTo(BASE + "/agent-configuration")));
  }

  private static AgentConfiguration edit(AgentConfiguration configuration) {
    return configuration.toBuilder()
        .behavior(configuration.behavior().toBuilder().maxResponseLength(400).build())
        .build();
  }

  @Test
  void reportsEveryBrokenRule() {
    List<String> problems = new ArrayList<>();
    SettingsPatch patch = SettingsPatch.builder().clear("llm_model").build();
    api.stubFor(patch(urlEqualTo(BASE + "/settings")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":\"invalid_request\",\"message\":\"2 rules broken\","
            + "\"field_errors\":[{\"path\":\"llm_model\",\"rule\":\"required\",\"message\":"
            + "\"must be set\"},{\"path\":\"llm_temperature\",\"rule\":\"range\",\"message\":"
            + "\"0 to 2\"}]}}")));

    // [snippet:errors]
    try {
      client.settings().update(patch);
    } catch (InvalidRequestException e) {
      for (FieldError error : e.fieldErrors()) {
        problems.add(error.path() + " broke " + error.rule() + ": " + error.message());
      }
    } catch (ConflictException e) {
      problems.add("changed since we read it: read again and reapply");
    } catch (ApiException e) {
      problems.add("failed (request " + e.requestId().orElse("?") + "): " + e.code());
    }
    // [end]

    assertThat(problems).containsExactly(
        "llm_model broke required: must be set", "llm_temperature broke range: 0 to 2");
  }

  @Test
  void retriesByAPolicyOfOnesOwn() {
    List<String> retriesSeen = new ArrayList<>();
    api.stubFor(get(urlEqualTo(BASE + "/usage")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    api.stubFor(get(urlEqualTo(BASE + "/usage")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson(USAGE)));

    // [snippet:retry-policy]
    RetryPolicy policy = RetryPolicy.builder()
        .maxRetries(4)
        .backoff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .onRetry(event -> retriesSeen.add(event.reason()))
        .build();
    // [end]

    try (WabotiqClient patient = WabotiqClient.builder(apiKey, tenantId)
        .baseUrl(api.baseUrl() + "/v1").retryPolicy(policy).build()) {
      ApiResponse<UsageReport> usage = patient.subscription().usageWithResponse(
          RequestOptions.none());
      assertThat(usage.attempts()).isEqualTo(2);
    }
    assertThat(retriesSeen).containsExactly("http_503");
  }

  @Test
  void sendsPerRequestOptions() {
    String orderId = "order-2026-0042";
    String traceId = "trace-7f3a";
    api.stubFor(get(urlEqualTo(BASE + "/usage")).willReturn(okJson(USAGE)));

    // [snippet:request-options]
    RequestOptions options = RequestOptions.builder()
        .timeout(Duration.ofSeconds(5))  // this request's limit per attempt
        .maxRetries(0)                   // no retries for this one
        .idempotencyKey(orderId)         // a POST's key of your own
        .header("X-Trace-Id", traceId)   // extra headers; the client's own cannot be replaced
        .build();
    // [end]

    assertThat(client.subscription().usage(options).quota("monthly_messages")).isPresent();
    api.verify(getRequestedFor(urlEqualTo(BASE + "/usage"))
        .withHeader("X-Trace-Id", equalTo(traceId))
        .withoutHeader("Idempotency-Key"));
  }

  @Test
  void pagesLazily() {
    LocalDate from = LocalDate.of(2026, 11, 1);
    LocalDate to = LocalDate.of(2026, 11, 3);
    List<DailyAnalytics> report = new ArrayList<>();
    api.stubFor(get(urlPathEqualTo(BASE + "/analytics/daily")).withQueryParam("cursor",
            com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson(page("\"c2\"", day(from), day(from.plusDays(1))))));
    api.stubFor(get(urlPathEqualTo(BASE + "/analytics/daily")).withQueryParam("cursor",
            equalTo("c2"))
        .willReturn(okJson(page("null", day(to)))));
    api.stubFor(get(urlPathEqualTo(BASE + "/api-keys")).willReturn(okJson(
        "{\"data\":[{\"key_hash\":\"" + "ab".repeat(32) + "\",\"name\":\"CI\","
            + "\"scopes\":[\"read\"],\"is_active\":true}],\"has_more\":false}")));

    // [snippet:pagination]
    for (DailyAnalytics day : client.analytics().daily(from, to)) {
      report.add(day);
    }
    Optional<ApiKeyInfo> ci = client.apiKeys().list().stream()
        .filter(k -> "CI".equals(k.name()))
        .findFirst();  // fetches only the pages it needs
    // [end]

    assertThat(report).extracting(DailyAnalytics::date)
        .containsExactly(from, from.plusDays(1), to);
    assertThat(ci).map(ApiKeyInfo::keyHash).contains("ab".repeat(32));
    api.verify(2, getRequestedFor(urlPathEqualTo(BASE + "/analytics/daily")));
  }

  private final List<Quota> shown = new ArrayList<>();

  private void show(Quota quota) {
    shown.add(quota);
  }

  @Test
  void callsWithoutBlocking() {
    api.stubFor(get(urlEqualTo(BASE + "/usage")).willReturn(okJson(USAGE)));

    // [snippet:async]
    CompletableFuture<UsageReport> usage = client.subscription().usageAsync();
    CompletableFuture<Void> shownLater = usage.orTimeout(2, TimeUnit.SECONDS)
        .thenAccept(report -> report.quota("monthly_messages").ifPresent(this::show));
    // [end]

    shownLater.join();
    assertThat(shown).singleElement().extracting(Quota::remaining).isEqualTo(3800L);
  }

  static final String USAGE = """
      {"tier_id": "growth",
       "period_start": "2026-11-15T00:00:00Z", "period_end": "2026-12-15T00:00:00Z",
       "quotas": [{"metric": "monthly_messages", "used": 1200, "limit": 5000,
                   "remaining": 3800, "resets_at": "2026-12-15T00:00:00Z"}]}""";

  private static String settings(String stripeHint) {
    return "{\"tenant_id\":\"" + TENANT.value() + "\",\"llm_provider\":\"openai\","
        + "\"llm_model\":\"gpt-4o\",\"stripe_secret_key\":" + stripeHint
        + ",\"woo_store_url\":\"https://store.acme.com\"}";
  }

  private static String day(LocalDate date) {
    return JsonCodec.lenient().toJson(DailyAnalytics.builder().date(date).tenantId(TENANT)
        .revenue(new BigDecimal("1250.00")).build());
  }

  private static String page(String nextCursor, String... items) {
    return "{\"data\":[" + String.join(",", items) + "],\"next_cursor\":" + nextCursor
        + ",\"has_more\":" + !"null".equals(nextCursor) + "}";
  }
}
