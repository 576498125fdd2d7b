package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.wabotiq.client.FaultFixtures.SETTINGS;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static com.wabotiq.client.FaultFixtures.settingsOk;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The network misbehaves: the connection is reset, closed without an answer, answered with a broken
 * chunk or with random bytes, or answered too slowly. Each is a typed {@link
 * ApiConnectionException} (or {@link ApiTimeoutException}) after the policy's attempts, and a
 * fault that heals is retried into a success. Real HTTP over loopback (WireMock).
 */
@Timeout(value = 20, unit = SECONDS)
class NetworkFaultTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  private final String key = newKey();

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
      "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void aFaultThatNeverHealsFailsAfterThreeAttempts(Fault fault) {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(aResponse().withFault(fault)));
    List<RetryEvent> events = new CopyOnWriteArrayList<>();
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build()).build()) {
      ApiConnectionException e =
          catchThrowableOfType(ApiConnectionException.class, () -> c.settings().get());
      assertThat(e).isNotNull().isExactlyInstanceOf(ApiConnectionException.class);
      assertThat(e.status()).isZero();
      assertThat(e.code()).isEqualTo("connection_failed");
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.requestId()).isEmpty();
      assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
      assertThat(e.getMessage()).startsWith("GET " + SETTINGS + " failed: ");
    }
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
    assertThat(events).extracting(RetryEvent::failedAttempt).containsExactly(1, 2);
    assertThat(events).allSatisfy(ev -> {
      assertThat(ev.status()).isZero();
      assertThat(ev.reason()).isEqualTo("connection_failed");
      assertThat(ev.delay()).isEqualTo(Duration.ZERO);
    });
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
      "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void aFaultThatHealsIsRetriedIntoASuccess(Fault fault) {
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("heal").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(fault)).willSetStateTo("healed"));
    server.stubFor(get(urlEqualTo(SETTINGS)).inScenario("heal").whenScenarioStateIs("healed")
        .willReturn(settingsOk("req_healed")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      ApiResponse<MaskedSettings> read = c.settings().getWithResponse(RequestOptions.none());
      assertThat(read.attempts()).isEqualTo(2);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.requestId()).contains("req_healed");
      assertThat(read.value().settings().llm().llmModel()).isEqualTo("gpt-4o");
    }
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void aSlowAnswerPastTheReadTimeoutIsATimeoutAfterEveryAttempt() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_slow")
        .withFixedDelay(1_500)));
    List<RetryEvent> events = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    try (WabotiqClient c = client(server, key, fastPolicy().onRetry(events::add).build())
        .readTimeout(Duration.ofMillis(200)).build()) {
      ApiTimeoutException e =
          catchThrowableOfType(ApiTimeoutException.class, () -> c.settings().get());
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("timeout");
      assertThat(e.status()).isZero();
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e).isInstanceOf(ApiConnectionException.class);
      assertThat(e.getMessage()).startsWith("GET " + SETTINGS + " timed out");
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // three attempts of about 200 ms each, never the server's 1.5 s delay three times
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(
        Duration.ofSeconds(3));
    assertThat(events).extracting(RetryEvent::reason).containsExactly("timeout", "timeout");
    server.verify(3, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void aRequestTimeoutBoundsEachAttempt() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_slow")
        .withFixedDelay(3_000)));
    long start = System.nanoTime();
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      RequestOptions options =
          RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(1).build();
      ApiTimeoutException e =
          catchThrowableOfType(ApiTimeoutException.class, () -> c.settings().get(options));
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("timeout");
      assertThat(e.attempts()).isEqualTo(2);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(
        Duration.ofMillis(2_500));
    server.verify(2, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void aSlowAnswerWithinTheTimeoutIsASuccess() {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(settingsOk("req_ok").withFixedDelay(50)));
    try (WabotiqClient c = client(server, key, fastPolicy().build())
        .readTimeout(Duration.ofSeconds(2)).build()) {
      assertThat(c.settings().getWithResponse(RequestOptions.none()).attempts()).isEqualTo(1);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }

  @Test
  void aRefusedConnectionIsAConnectionFailure() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    try (WabotiqClient c = WabotiqClient.builder(key, FaultFixtures.TENANT)
        .baseUrl("http://127.0.0.1:" + closedPort + "/v1")
        .retryPolicy(fastPolicy().build()).jitter(() -> 0.0).build()) {
      ApiConnectionException e =
          catchThrowableOfType(ApiConnectionException.class, () -> c.settings().get());
      assertThat(e).isNotNull().isExactlyInstanceOf(ApiConnectionException.class);
      assertThat(e.code()).isEqualTo("connection_failed");
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
    }
  }

  @Test
  void anInterruptDuringARetryWaitEndsTheCallAtOnce() throws Exception {
    server.stubFor(get(urlEqualTo(SETTINGS)).willReturn(json(429,
        FaultFixtures.errorBody("rate_limited", "slow down", "req_429"))
        .withHeader("Retry-After", "10")));
    try (WabotiqClient c = client(server, key, fastPolicy().build()).build()) {
      Thread caller = Thread.currentThread();
      Thread interrupter = new Thread(() -> {
        try {
          FaultFixtures.awaitReceived(server, 1);
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
        caller.interrupt();
      });
      interrupter.start();
      long start = System.nanoTime();
      ApiConnectionException e;
      try {
        e = catchThrowableOfType(ApiConnectionException.class, () -> c.settings().get());
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        boolean wasInterrupted = Thread.interrupted();
        interrupter.join();
        assertThat(wasInterrupted).isTrue();
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("interrupted");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
    }
    server.verify(1, getRequestedFor(urlEqualTo(SETTINGS)));
  }
}
