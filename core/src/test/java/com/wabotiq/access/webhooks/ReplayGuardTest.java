package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory replay guard: window, bound, keying by provider, and one winner under a race. */
class ReplayGuardTest {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private final ReplayGuard guard = ReplayGuard.inMemory(3, Duration.ofMinutes(5));

  @Test
  void firstSeen_sameIdWithinWindow_replayed() {
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_1", T0)).isTrue();
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_1", T0.plusSeconds(300))).isFalse();
  }

  @Test
  void firstSeen_afterWindow_acceptedAgain() {
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_1", T0)).isTrue();
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_1", T0.plusSeconds(301))).isTrue();
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_1", T0.plusSeconds(302))).isFalse();
  }

  @Test
  void firstSeen_sameIdOtherProvider_independent() {
    assertThat(guard.firstSeen(WebhookProvider.SHOPIFY, "42", T0)).isTrue();
    assertThat(guard.firstSeen(WebhookProvider.WOOCOMMERCE, "42", T0)).isTrue();
    assertThat(guard.firstSeen(WebhookProvider.SHOPIFY, "42", T0)).isFalse();
  }

  @Test
  void firstSeen_overMaximumSize_oldestForgotten() {
    for (int i = 1; i <= 4; i++) {
      assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_" + i, T0.plusSeconds(i))).isTrue();
    }
    assertThat(guard.size()).isEqualTo(3);
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_4", T0.plusSeconds(5))).isFalse();
    assertThat(guard.firstSeen(WebhookProvider.STRIPE, "evt_1", T0.plusSeconds(5))).isTrue();
  }

  @Test
  void firstSeen_expiredEntries_dropped() {
    guard.firstSeen(WebhookProvider.STRIPE, "a", T0);
    guard.firstSeen(WebhookProvider.STRIPE, "b", T0.plusSeconds(10));
    guard.firstSeen(WebhookProvider.STRIPE, "c", T0.plusSeconds(400));
    assertThat(guard.size()).isEqualTo(1);
  }

  @Test
  void firstSeen_overlongId_notRemembered() {
    String id = "x".repeat(ReplayGuard.MAX_ID_LENGTH + 1);
    assertThat(guard.firstSeen(WebhookProvider.SHOPIFY, id, T0)).isTrue();
    assertThat(guard.firstSeen(WebhookProvider.SHOPIFY, id, T0)).isTrue();
    assertThat(guard.size()).isZero();
  }

  @Test
  void firstSeen_raceOnOneId_exactlyOneWinner() throws Exception {
    ReplayGuard shared = ReplayGuard.inMemory(1000, Duration.ofMinutes(5));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        String id = "evt_" + round;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger winners = new AtomicInteger();
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
          futures[t] = pool.submit(() -> {
            start.await();
            if (shared.firstSeen(WebhookProvider.STRIPE, id, T0)) {
              winners.incrementAndGet();
            }
            return null;
          });
        }
        start.countDown();
        for (Future<?> f : futures) {
          f.get(10, TimeUnit.SECONDS);
        }
        assertThat(winners.get()).as(id).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void inMemory_badArguments_named() {
    assertThatThrownBy(() -> ReplayGuard.inMemory(0, Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maximumSize (0) must be >= 1");
    assertThatThrownBy(() -> ReplayGuard.inMemory(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("window (PT0S) must be > 0");
    assertThat(guard.toString()).isEqualTo("ReplayGuard[maximumSize=3, window=PT5M]");
    assertThat(guard.maximumSize()).isEqualTo(3);
    assertThat(guard.window()).isEqualTo(Duration.ofMinutes(5));
  }
}
