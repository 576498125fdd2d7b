package com.wabotiq.server;

import static com.wabotiq.server.Http.assertError;
import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.send;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.server.Http.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The per-tenant rate limit, 5 requests a minute on a clock the test moves: the sixth request is
 * 429 {@code rate_limited} with {@code Retry-After} in whole seconds and {@code
 * X-RateLimit-Remaining: 0}; every answer, errors included, carries the {@code X-RateLimit-*}
 * headers; another tenant has its own count; the next window admits again.
 */
@Timeout(value = 30, unit = SECONDS)
class RateLimitTest {
  /** 20 s into a minute: the window (aligned to the epoch) ends 40 s later. */
  private static final Instant START = Instant.parse("2026-03-02T09:15:20Z");

  private final MovableClock clock = new MovableClock(START);
  private LocalApiServer server;
  private SeededTenant alpha;
  private SeededTenant beta;

  @BeforeEach
  void start() {
    server = LocalApiServer.builder().clock(clock).rateLimit(5, Duration.ofSeconds(60)).build()
        .start();
    alpha = server.seedDemoTenant();
    beta = server.seedDemoTenant();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void assertLimitHeaders(Reply reply, int remaining) {
    assertThat(reply.header("X-RateLimit-Limit")).as("%s", reply).isEqualTo("5");
    assertThat(reply.header("X-RateLimit-Remaining")).as("%s", reply)
        .isEqualTo(Integer.toString(remaining));
    assertThat(reply.header("X-RateLimit-Reset")).as("%s", reply)
        .isEqualTo(Long.toString(Instant.parse("2026-03-02T09:16:00Z").getEpochSecond()));
  }

  @Test
  void theSixthRequestIs429WithRetryAfter() {
    for (int i = 1; i <= 5; i++) {
      Reply reply = get(server, alpha, "/usage");
      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertLimitHeaders(reply, 5 - i);
    }
    Reply limited = get(server, alpha, "/usage");
    assertError(limited, 429, "rate_limited");
    assertLimitHeaders(limited, 0);
    assertThat(limited.header("Retry-After")).isEqualTo("40");

    clock.advance(Duration.ofMillis(39_500));
    Reply stillLimited = get(server, alpha, "/settings");
    assertError(stillLimited, 429, "rate_limited");
    assertThat(Long.parseLong(stillLimited.requiredHeader("Retry-After"))).isEqualTo(1);

    assertThat(get(server, beta, "/usage").status()).as("another tenant's count").isEqualTo(200);

    clock.advance(Duration.ofMillis(500));
    Reply next = get(server, alpha, "/usage");
    assertThat(next.status()).as("the next window").isEqualTo(200);
    assertThat(next.header("X-RateLimit-Remaining")).isEqualTo("4");
  }

  @Test
  void errorsCarryTheHeadersAndCount() {
    Reply notFound = get(server, alpha, "/nope");
    assertError(notFound, 404, "not_found");
    assertLimitHeaders(notFound, 4);
    Reply unauthenticated = send(Http.request(server, "/tenants/" + alpha.tenantId().value()
        + "/usage").header("X-TENANT-ID", alpha.tenantId().value()).build());
    assertError(unauthenticated, 401, "invalid_api_key");
    assertLimitHeaders(unauthenticated, 3);
    Reply badQuery = get(server, alpha, "/api-keys?limit=0");
    assertError(badQuery, 400, "malformed_request");
    assertLimitHeaders(badQuery, 2);
    Reply wrongMethod = send(Http.tenant(server, alpha, "/usage").DELETE().build());
    assertError(wrongMethod, 405, "method_not_allowed");
    assertLimitHeaders(wrongMethod, 1);
    Reply preflight = send(Http.tenant(server, alpha, "/usage")
        .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    assertError(preflight, 403, "cors_refused");
    assertLimitHeaders(preflight, 0);
    Reply limited = get(server, alpha, "/usage");
    assertError(limited, 429, "rate_limited");
    assertLimitHeaders(limited, 0);

    Reply bad = send(Http.request(server, "/tenants/nope/usage").build());
    assertError(bad, 400, "malformed_request");
    assertThat(bad.header("X-RateLimit-Limit")).isEqualTo("5");
    assertThat(get(server, beta, "/usage").header("X-RateLimit-Remaining")).isEqualTo("4");
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
