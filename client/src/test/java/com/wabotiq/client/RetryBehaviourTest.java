package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.wabotiq.client.FaultFixtures.SETTINGS;
import static com.wabotiq.client.FaultFixtures.TENANT;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.error;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static com.wabotiq.client.FaultFixtures.settingsOk;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which HTTP statuses are retried and how long the client waits: the default statuses, 500 only
 * when asked, {@code Retry-After} in seconds and as an HTTP date (and past the cap), garbage
 * {@code Retry-After}, backoff growth, per-request retry counts, the shared retry budget, and what
 * the {@code onRetry} hook is told. Real HTTP over loopback (WireMock).
 */
@Timeout(value = 20, unit = SECONDS)
class RetryBehaviourTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  /** A whole second, a Thursday: HTTP dates below are written from it. */
  private static final Instant NOW = Instant.parse("2026-12-03T05:00:00Z");

  private final String key = newKey();
  private final List<RetryEvent> events = new CopyOnWriteArrayList<>();

  /** The settings GET answers {@code first}, then the settings. */
  private void thenSuccess(ResponseDefinitionBuilder first) {
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(first).willSetStateTo("ok"));
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(settingsOk("req_ok")));
  }

  private static ResponseDefinitionBuilder rateLimited(String retryAfter) {
    return error(429, "rate_limited", "req_429").withHeader("Retry-After", retryAfter);
  }

  // ---- 5xx ---------------------------------------------------------------------------------

  @Test
  void a500IsNotRetriedByDefault() {
    thenSuccess(error(500, "internal_error", "req_500"));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(500);
      assertThat(e.code()).isEqualTo("internal_error");
      assertThat(e.requestId()).contains("req_500");
      assertThat(e.attempts()).isEqualTo(1);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).isEmpty();
  }

  @Test
  void a500IsRetriedWhenThePolicyListsIt() {
    thenSuccess(error(500, "internal_error", "req_500"));
    RetryPolicy policy = fastPolicy().retryStatuses(Set.of(500, 502, 503, 504))
        .onRetry(events::add).build();
    try (WabotiqClient c = client(server, key, policy).build()) {
      ApiResponse<MaskedSettings> read = c.settings().getWithResponse(RequestOptions.none());
      assertThat(read.attempts()).isEqualTo(2);
      assertThat(read.requestId()).contains("req_ok");
    }
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).containsExactly(
        new RetryEvent("GET", SETTINGS, 1, 500, "internal_error", Duration.ZERO));
  }

  @Test
  void a503ThreeTimesIsAServerExceptionAfterThreeAttempts() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.code()).isEqualTo("unavailable");
      assertThat(e.requestId()).contains("req_503");
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.getMessage())
          .isEqualTo("GET " + SETTINGS + " failed: HTTP 503 unavailable: the server says "
              + "unavailable (request req_503)");
    }
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).extracting(RetryEvent::failedAttempt).containsExactly(1, 2);
  }

  @Test
  void a503WithoutABodyIsNamedByItsStatus() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withStatus(503)));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("http_503");
      assertThat(e.requestId()).isEmpty();
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.getMessage()).isEqualTo("GET " + SETTINGS + " failed: HTTP 503 http_503");
    }
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).extracting(RetryEvent::reason).containsExactly("http_503", "http_503");
  }

  // ---- Retry-After -------------------------------------------------------------------------

  @Test
  void retryAfterZeroSecondsRetriesAtOnce() {
    thenSuccess(rateLimited("0"));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      assertThat(c.settings().getWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    }
    assertThat(events).containsExactly(
        new RetryEvent("GET", SETTINGS, 1, 429, "rate_limited", Duration.ZERO));
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void retryAfterOneSecondWaitsOneSecond() {
    thenSuccess(rateLimited("1"));
    long start = System.nanoTime();
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      assertThat(c.settings().getWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(events).containsExactly(
        new RetryEvent("GET", SETTINGS, 1, 429, "rate_limited", Duration.ofSeconds(1)));
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1))
        .isLessThan(Duration.ofSeconds(4));
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void retryAfterAsAnHttpDateIsReadAgainstTheClientsClock() {
    // RFC 9110 5.6.7 IMF-fixdate, two seconds after NOW; the cap of 1 s ends the retries at once
    // and reports the computed wait, so the test does not wait it.
    thenSuccess(rateLimited("Thu, 03 Dec 2026 05:00:02 GMT"));
    RetryPolicy policy = fastPolicy().maxRetryAfter(Duration.ofSeconds(1)).onRetry(events::add)
        .build();
    try (WabotiqClient c = client(server, key, policy).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build()) {
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.code()).isEqualTo("rate_limited");
      assertThat(e.requestId()).contains("req_429");
    }
    assertThat(events).isEmpty();
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  /**
   * RFC 9110 section 5.6.7: "A recipient that parses a timestamp value in an HTTP field MUST
   * accept all three HTTP-date formats" (IMF-fixdate, the obsolete RFC 850 form and asctime).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Thursday, 03-Dec-26 05:00:02 GMT", "Thu Dec  3 05:00:02 2026"})
  void retryAfterInTheObsoleteHttpDateFormsIsRead(String date) {
    thenSuccess(rateLimited(date));
    RetryPolicy policy = fastPolicy().maxRetryAfter(Duration.ofSeconds(1)).build();
    try (WabotiqClient c = client(server, key, policy).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build()) {
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
      assertThat(e.attempts()).isEqualTo(1);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void retryAfterAsAnHttpDateWithinTheCapIsTheWait() {
    thenSuccess(rateLimited("Thu, 03 Dec 2026 05:00:01 GMT"));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()) {
      assertThat(c.settings().getWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    }
    assertThat(events).extracting(RetryEvent::delay).containsExactly(Duration.ofSeconds(1));
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void retryAfterAsAnHttpDateInThePastRetriesAtOnce() {
    thenSuccess(rateLimited("Thu, 03 Dec 2026 04:59:50 GMT"));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()) {
      assertThat(c.settings().getWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    }
    assertThat(events).extracting(RetryEvent::delay).containsExactly(Duration.ZERO);
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"120", "61", "99999999999999999999"})
  void retryAfterBeyondTheCapEndsTheRetriesAtOnce(String seconds) {
    thenSuccess(rateLimited(seconds));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.code()).isEqualTo("rate_limited");
      assertThat(e.requestId()).contains("req_429");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.retryAfter()).isPresent();
      assertThat(e.retryAfter().get()).isGreaterThan(Duration.ofSeconds(60));
      if (seconds.length() < 4) {
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(Long.parseLong(seconds)));
      }
    }
    assertThat(events).isEmpty();
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-1", "1.5", "0x10", "Thu, 32 Dec 2026 05:00:02 GMT", " "})
  void anUnreadableRetryAfterIsIgnoredAndTheBackoffUsed(String garbage) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(rateLimited(garbage)));
    // jitter 0.5 of bounds 10 ms then 20 ms: waits of exactly 5 ms then 10 ms
    RetryPolicy policy = RetryPolicy.builder().backoff(Duration.ofMillis(10), Duration.ofMillis(40))
        .onRetry(events::add).build();
    try (WabotiqClient c = client(server, key, policy).jitter(() -> 0.5).build()) {
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.retryAfter()).isEmpty();
      assertThat(e.attempts()).isEqualTo(3);
    }
    assertThat(events).extracting(RetryEvent::delay)
        .containsExactly(Duration.ofMillis(5), Duration.ofMillis(10));
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void aRateLimitThatPersistsIsReportedWithItsRetryAfter() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(rateLimited("0")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryAfter()).contains(Duration.ZERO);
    }
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  // ---- backoff and counts ------------------------------------------------------------------

  @Test
  void theBackoffDoublesUpToItsMaximum() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    // bounds 8, 16, 20 (capped), 20 ms; jitter 0.5 halves each
    RetryPolicy policy = RetryPolicy.builder().maxRetries(4)
        .backoff(Duration.ofMillis(8), Duration.ofMillis(20)).onRetry(events::add).build();
    try (WabotiqClient c = client(server, key, policy).jitter(() -> 0.5).build()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.attempts()).isEqualTo(5);
    }
    assertThat(events).extracting(RetryEvent::delay).containsExactly(Duration.ofMillis(4),
        Duration.ofMillis(8), Duration.ofMillis(10), Duration.ofMillis(10));
    server.verify(5, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4})
  void aRequestsOwnRetryCountReplacesThePolicys(int retries) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      RequestOptions options = RequestOptions.builder().maxRetries(retries).build();
      ServerException e =
          catchThrowableOfType(ServerException.class, () -> c.settings().get(options));
      assertThat(e).isNotNull();
      assertThat(e.attempts()).isEqualTo(retries + 1);
    }
    server.verify(retries + 1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void noRetriesMeansOneRequest() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withFault(
        Fault.CONNECTION_RESET_BY_PEER)));
    try (WabotiqClient c = client(server, key, RetryPolicy.none()).build()) {
      ApiConnectionException e =
          catchThrowableOfType(ApiConnectionException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.attempts()).isEqualTo(1);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  // ---- the budget --------------------------------------------------------------------------

  @Test
  void aSpentBudgetStopsRetriesAndSuccessesRefillIt() {
    RetryBudget budget = RetryBudget.of(10, 5);
    RetryPolicy policy = fastPolicy().budget(budget).build();
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    try (WabotiqClient c = client(server, key, policy).build()) {
      // two retries take 2 x 5 tokens
      ServerException first = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(first.attempts()).isEqualTo(3);
      assertThat(budget.available()).isZero();
      server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));

      // spent: the next failing call is reported at once
      server.resetRequests();
      ServerException second =
          catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(second.attempts()).isEqualTo(1);
      server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));

      // five successes put five tokens back: one retry's worth
      server.resetAll();
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_ok")));
      for (int i = 0; i < 5; i++) {
        var unused = c.settings().get();
      }
      assertThat(budget.available()).isEqualTo(5);

      server.resetAll();
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
      ServerException third = catchThrowableOfType(ServerException.class, () -> c.settings().get());
      assertThat(third.attempts()).isEqualTo(2);
      assertThat(budget.available()).isZero();
      server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
    }
  }

  @Test
  void theBudgetIsSharedByClientsOfOnePolicyAndNeverOverfills() {
    RetryBudget budget = RetryBudget.of(10, 5);
    RetryPolicy policy = fastPolicy().budget(budget).build();
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_ok")));
    try (WabotiqClient a = client(server, key, policy).build();
        WabotiqClient b = client(server, key, policy).build()) {
      var unused = a.settings().get();
      assertThat(budget.available()).isEqualTo(10);
      server.resetAll();
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(502, "bad_gateway", "req_502")));
      assertThat(catchThrowableOfType(ServerException.class, () -> a.settings().get())
          .attempts()).isEqualTo(3);
      assertThat(catchThrowableOfType(ServerException.class, () -> b.settings().get())
          .attempts()).isEqualTo(1);
      server.verify(4, getRequestedFor(urlEqualTo(SETTINGS)));
    }
  }

  @Test
  void aRetryAfterATimeoutCostsTwice() {
    RetryBudget budget = RetryBudget.of(10, 5);
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_slow")
        .withFixedDelay(1_000)));
    try (WabotiqClient c = client(server, key, fastPolicy().budget(budget).build())
        .readTimeout(Duration.ofMillis(100)).build()) {
      ApiTimeoutException e =
          catchThrowableOfType(ApiTimeoutException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(budget.available()).isZero();
    }
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void anUnlimitedBudgetNeverRunsOut() {
    RetryPolicy policy = fastPolicy().budget(RetryBudget.unlimited()).build();
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    try (WabotiqClient c = client(server, key, policy).build()) {
      for (int i = 0; i < 5; i++) {
        assertThat(catchThrowableOfType(ServerException.class, () -> c.settings().get())
            .attempts()).isEqualTo(3);
      }
    }
    server.verify(15, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  // ---- what the success and the hook say ---------------------------------------------------

  @Test
  void theHookSeesEveryFailedAttemptAndTheSuccessCountsThem() {
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(error(503, "unavailable", "req_a")).willSetStateTo("reset"));
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("s").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("ok"));
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(settingsOk("req_ok")));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      ApiResponse<MaskedSettings> read = c.settings().getWithResponse(RequestOptions.none());
      assertThat(read.attempts()).isEqualTo(3);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.fromCache()).isFalse();
      assertThat(read.requestId()).contains("req_ok");
      assertThat(read.rateLimit()).contains(new RateLimit(100, 99,
          Instant.ofEpochSecond(1796274000L)));
    }
    assertThat(events).containsExactly(
        new RetryEvent("GET", SETTINGS, 1, 503, "unavailable", Duration.ZERO),
        new RetryEvent("GET", SETTINGS, 2, 0, "connection_failed", Duration.ZERO));
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void theHooksPathHasNoQuery() {
    String daily = "/v1/tenants/" + TENANT.value() + "/analytics/daily";
    server.stubFor(get(urlPathEqualTo(daily)).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(error(504, "gateway_timeout", "req_504")).willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo(daily)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(json(200, "{\"data\":[],\"has_more\":false}")));
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .build()) {
      ApiResponse<Page<com.wabotiq.analytics.DailyAnalytics>> page = c.analytics()
          .dailyPageWithResponse(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, 10,
              RequestOptions.none());
      assertThat(page.attempts()).isEqualTo(2);
      assertThat(page.value().items()).isEmpty();
    }
    assertThat(events).containsExactly(
        new RetryEvent("GET", daily, 1, 504, "gateway_timeout", Duration.ZERO));
    server.verify(2, getRequestedFor(urlPathEqualTo(daily)));
  }
}
