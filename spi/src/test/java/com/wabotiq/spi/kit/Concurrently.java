package com.wabotiq.spi.kit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kit's start-gate harness: runs a task on several threads released together, and turns a
 * thread's unexpected exception, a deadlock or a hang into a test failure that names it.
 */
final class Concurrently {
  /** How long a race may take before the kit calls it a hang. */
  static final long TIMEOUT_SECONDS = 60;

  /** A task one racing thread runs. */
  @FunctionalInterface
  interface Task<T> {
    /**
     * Runs on thread {@code thread}.
     *
     * @param thread the thread's index, from 0
     * @return the thread's result
     * @throws Exception a failure the race reports
     */
    T run(int thread) throws Exception;
  }

  private Concurrently() {}

  /**
   * Runs {@code task} on {@code threads} threads released together by a start gate.
   *
   * @param threads how many threads race
   * @param task what each runs
   * @param <T> the result type
   * @return each thread's result, by thread index
   */
  static <T> List<T> run(int threads, Task<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kit-racer");
      t.setDaemon(true);
      return t;
    });
    CyclicBarrier gate = new CyclicBarrier(threads);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    try {
      List<Future<T>> futures = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        int thread = i;
        futures.add(pool.submit(() -> {
          gate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          return task.run(thread);
        }));
      }
      List<T> results = new ArrayList<>(threads);
      for (Future<T> future : futures) {
        results.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return results;
    } catch (ExecutionException e) {
      return fail("a racing thread failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      return fail("the race did not finish within " + TIMEOUT_SECONDS + " s: a deadlock or hang", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while racing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits at a round barrier shared by the racing threads, so every thread finishes a round
   * before any starts the next.
   *
   * @param barrier the round barrier
   * @throws InterruptedException if the thread is interrupted while it waits
   * @throws BrokenBarrierException if another thread left the barrier
   * @throws TimeoutException if the round does not complete in time
   */
  static void nextRound(CyclicBarrier barrier) throws InterruptedException, BrokenBarrierException, TimeoutException {
    barrier.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
