package com.wabotiq.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs racing threads released together by one start gate, as the store races do. */
final class Race {
  /** A task of one racing thread. */
  @FunctionalInterface
  interface Racer {
    void run(int thread) throws Exception;
  }

  private Race() {}

  /**
   * Runs the racer on {@code threads} threads that all wait at one gate before starting; fails on
   * the first exception any of them throws.
   *
   * @return the elapsed milliseconds from the gate's opening
   */
  static long run(int threads, Racer racer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          gate.await();
          racer.run(thread);
          return null;
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).as("every racer at the gate").isTrue();
      long start = System.nanoTime();
      gate.countDown();
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      pool.shutdownNow();
    }
  }
}
