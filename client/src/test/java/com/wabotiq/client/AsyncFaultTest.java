package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.wabotiq.client.FaultFixtures.SETTINGS;
import static com.wabotiq.client.FaultFixtures.awaitReceived;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.error;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static com.wabotiq.client.FaultFixtures.received;
import static com.wabotiq.client.FaultFixtures.settingsOk;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.tenant.LlmSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same faults through the async calls: the future fails with the same typed exception (as the
 * cause of {@link ExecutionException}); cancelling it cancels the request in flight or the retry
 * waiting, so the server sees no further attempt; many concurrent calls all complete. Real HTTP
 * over loopback (WireMock).
 */
@Timeout(value = 20, unit = SECONDS)
class AsyncFaultTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  private final String key = newKey();

  /** A caller's OkHttp client: the client derives its own from it and shares its dispatcher. */
  private final OkHttpClient shared = new OkHttpClient();

  @AfterEach
  void releaseSharedClient() {
    shared.dispatcher().executorService().shutdown();
    shared.connectionPool().evictAll();
  }

  /** The cause an async call failed with, after at most 10 s. */
  private static Throwable failureOf(Future<?> future) {
    Throwable thrown = catchThrowable(() -> future.get(10, SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    return thrown.getCause();
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
      "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void aFaultFailsTheFutureWithTheSameType(Fault fault) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withFault(fault)));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      Throwable cause = failureOf(c.settings().getAsync());
      assertThat(cause).isExactlyInstanceOf(ApiConnectionException.class);
      ApiConnectionException e = (ApiConnectionException) cause;
      assertThat(e.status()).isZero();
      assertThat(e.code()).isEqualTo("connection_failed");
      assertThat(e.attempts()).isEqualTo(3);
    }
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
      "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void aFaultThatHealsCompletesTheFuture(Fault fault) throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("h").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(fault)).willSetStateTo("ok"));
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("h").whenScenarioStateIs("ok")
        .willReturn(settingsOk("req_ok")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ApiResponse<MaskedSettings> read =
          c.settings().getWithResponseAsync(RequestOptions.none()).get(10, SECONDS);
      assertThat(read.attempts()).isEqualTo(2);
      assertThat(read.requestId()).contains("req_ok");
    }
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void statusFailuresHaveTheirTypes() {
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
      Throwable unavailable = failureOf(c.settings().getAsync());
      assertThat(unavailable).isExactlyInstanceOf(ServerException.class);
      assertThat(((ApiException) unavailable).attempts()).isEqualTo(3);
      assertThat(((ApiException) unavailable).requestId()).contains("req_503");
      server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));

      server.resetAll();
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(429, "rate_limited", "req_429")
          .withHeader("Retry-After", "3600")));
      Throwable limited = failureOf(c.settings().getAsync());
      assertThat(limited).isExactlyInstanceOf(RateLimitException.class);
      assertThat(((RateLimitException) limited).retryAfter()).contains(Duration.ofHours(1));
      assertThat(((ApiException) limited).attempts()).isEqualTo(1);
      server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));

      server.resetAll();
      server.stubFor(patch(urlEqualTo(SETTINGS)).willReturn(json(422,
          "{\"error\":{\"code\":\"invalid_request\",\"message\":\"bad\",\"field_errors\":"
              + "[{\"path\":\"llm_model\",\"rule\":\"length\",\"message\":\"too long\"}]}}")));
      Throwable invalid = failureOf(c.settings().updateAsync(SettingsPatch.builder()
          .group(LlmSettings.builder().llmModel("m").build()).build()));
      assertThat(invalid).isExactlyInstanceOf(InvalidRequestException.class);
      assertThat(((InvalidRequestException) invalid).fieldErrors())
          .containsExactly(new FieldError("llm_model", "length", "too long"));

      server.resetAll();
      server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(200, "<html>")));
      Throwable malformed = failureOf(c.settings().getAsync());
      assertThat(malformed).isExactlyInstanceOf(ApiException.class);
      assertThat(((ApiException) malformed).code()).isEqualTo("malformed_response");
      assertThat(((ApiException) malformed).attempts()).isEqualTo(1);
    }
  }

  @Test
  void aTimeoutFailsTheFutureWithATimeout() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_slow")
        .withFixedDelay(2_000)));
    try (WabotiqClient c = client(server, key, fastPolicy().build())
        .readTimeout(Duration.ofMillis(150)).build()) {
      Throwable cause = failureOf(c.settings().getAsync());
      assertThat(cause).isExactlyInstanceOf(ApiTimeoutException.class);
      assertThat(((ApiException) cause).code()).isEqualTo("timeout");
      assertThat(((ApiException) cause).attempts()).isEqualTo(3);

      Throwable perRequest = failureOf(c.settings().getAsync(RequestOptions.builder()
          .timeout(Duration.ofMillis(100)).maxRetries(0).build()));
      assertThat(perRequest).isExactlyInstanceOf(ApiTimeoutException.class);
      assertThat(((ApiException) perRequest).attempts()).isEqualTo(1);
    }
    server.verify(4, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  // ---- cancellation ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cancellingDuringASlowAnswerCancelsTheRequest(boolean withResponse) throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_slow")
        .withFixedDelay(5_000)));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).okHttpClient(shared)
        .build()) {
      CompletableFuture<?> future = withResponse
          ? c.settings().getWithResponseAsync(RequestOptions.none())
          : c.settings().getAsync();
      awaitReceived(server, 1);
      assertThat(shared.dispatcher().runningCallsCount()).isEqualTo(1);
      long start = System.nanoTime();
      assertThat(future.cancel(true)).isTrue();
      assertThat(future.isCancelled()).isTrue();
      assertThat(catchThrowable(() -> future.get(1, SECONDS)))
          .isInstanceOf(CancellationException.class);
      awaitIdle(shared);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      Thread.sleep(300);
    }
    assertThat(received(server)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cancellingDuringARetryWaitSendsNoSecondRequest(boolean withResponse) throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(429, "rate_limited", "req_429")
        .withHeader("Retry-After", "2")));
    CountDownLatch waiting = new CountDownLatch(1);
    List<RetryEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    RetryPolicy policy = fastPolicy().onRetry(e -> {
      events.add(e);
      waiting.countDown();
    }).build();
    try (WabotiqClient c = client(server, key, policy).build()) {
      CompletableFuture<?> future = withResponse
          ? c.settings().getWithResponseAsync(RequestOptions.none())
          : c.settings().getAsync();
      assertThat(waiting.await(5, SECONDS)).isTrue();
      assertThat(future.cancel(true)).isTrue();
      assertThat(future.isCancelled()).isTrue();
      Thread.sleep(2_500);
      assertThat(events).extracting(RetryEvent::delay).containsExactly(Duration.ofSeconds(2));
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void closingTheClientDuringARetryWaitStillCompletesTheFuture() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(429, "rate_limited", "req_429")
        .withHeader("Retry-After", "1")));
    CountDownLatch waiting = new CountDownLatch(1);
    RetryPolicy policy = fastPolicy().onRetry(e -> waiting.countDown()).build();
    CompletableFuture<MaskedSettings> future;
    try (WabotiqClient c = client(server, key, policy).build()) {
      future = c.settings().getAsync();
      try {
        assertThat(waiting.await(5, SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    Throwable cause = failureOf(future);
    assertThat(cause).isInstanceOf(ApiConnectionException.class);
    assertThat(received(server)).isEqualTo(1);

  }

  @Test
  void aRetryRejectedByAClosedClientIsNotReportedAsATimeout() throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    CountDownLatch waiting = new CountDownLatch(1);
    RetryBudget budget = RetryBudget.of(100, 5);
    RetryPolicy policy = RetryPolicy.builder().backoff(Duration.ofMillis(300),
        Duration.ofMillis(300)).budget(budget).onRetry(e -> waiting.countDown()).build();
    CompletableFuture<MaskedSettings> future;
    try (WabotiqClient c = client(server, key, policy).jitter(() -> 0.99).build()) {
      future = c.settings().getAsync();
      assertThat(waiting.await(5, SECONDS)).isTrue();
    }
    Throwable cause = failureOf(future);
    assertThat(cause).isInstanceOf(ApiConnectionException.class)
        .isNotInstanceOf(ApiTimeoutException.class);
    assertThat(((ApiException) cause).code()).isNotEqualTo("timeout");
    assertThat(((ApiException) cause).attempts()).isLessThanOrEqualTo(2);
    assertThat(budget.available()).isGreaterThanOrEqualTo(95);
    assertThat(received(server)).isEqualTo(1);
  }

  // ---- many at once ------------------------------------------------------------------------

  @Test
  void fiftyConcurrentCallsAllComplete() throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_ok").withFixedDelay(20)));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      List<CompletableFuture<ApiResponse<MaskedSettings>>> futures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        futures.add(c.settings().getWithResponseAsync(RequestOptions.none()));
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(15, SECONDS);
      assertThat(futures).extracting(f -> f.join().attempts()).containsOnly(1);
      assertThat(futures).extracting(f -> f.join().value().settings().llm().llmModel())
          .containsOnly("gpt-4o");
    }
    server.verify(50, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void fiftyConcurrentFailingCallsAllRetryAndFail() throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(error(503, "unavailable", "req_503")));
    RetryPolicy policy = fastPolicy().budget(RetryBudget.unlimited()).build();
    try (WabotiqClient c = client(server, key, policy).build()) {
      List<CompletableFuture<MaskedSettings>> futures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        futures.add(c.settings().getAsync());
      }
      CompletableFuture<Void> all = CompletableFuture.allOf(
          futures.toArray(CompletableFuture[]::new));
      assertThat(catchThrowable(() -> all.get(15, SECONDS)))
          .isNotInstanceOf(TimeoutException.class);
      assertThat(futures).allSatisfy(f -> assertThat(f).isCompletedExceptionally());
      assertThat(futures).extracting(f -> failureOf(f)).allSatisfy(cause -> {
        assertThat(cause).isExactlyInstanceOf(ServerException.class);
        assertThat(((ApiException) cause).attempts()).isEqualTo(3);
      });
    }
    server.verify(150, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  /** Waits (at most 2 s) until the dispatcher runs no call. */
  private static void awaitIdle(OkHttpClient http) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (http.dispatcher().runningCallsCount() > 0) {
      if (System.nanoTime() > end) {
        throw new AssertionError("calls still running: " + http.dispatcher().runningCallsCount());
      }
      Thread.sleep(5);
    }
  }
}
