package com.wabotiq.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A monotonic nanosecond clock that is cheap to read: one volatile read of a value that a single
 * JVM-wide daemon thread refreshes from {@link System#nanoTime()} every {@link #RESOLUTION}.
 * Internal: not API.
 *
 * <p>Why: a cache with expiry reads its ticker on every lookup. On the two-core VMs we measure on,
 * {@code System.nanoTime()} costs about 30 ns, several times a whole Caffeine lookup (about 6 ns),
 * so a tenant cache hit was dominated by reading the clock. Expiry measured in tens of seconds
 * does not need nanosecond precision: entries live at most {@link #RESOLUTION} longer than asked.
 * (Measured with TenantLookupBenchmark; figures in docs/performance.md.)
 *
 * <p>The refresh thread starts on the first read and is a daemon: it never keeps a JVM alive.
 */
public final class CoarseTicker {
  /** How often the value is refreshed: the most a reading lags behind {@code System.nanoTime()}. */
  public static final Duration RESOLUTION = Duration.ofMillis(20);

  private CoarseTicker() {}

  /**
   * The current coarse time.
   *
   * @return a {@code System.nanoTime()} value at most {@link #RESOLUTION} old
   */
  public static long read() {
    return Refresher.now;
  }

  /** Holds the value; its class initialisation starts the refresh thread exactly once. */
  private static final class Refresher {
    static volatile long now = System.nanoTime();

    static {
      ScheduledExecutorService refresher =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "wabotiq-coarse-ticker");
                thread.setDaemon(true);
                return thread;
              });
      long period = RESOLUTION.toNanos();
      // Runs for the JVM's life: nothing cancels or awaits the task.
      ScheduledFuture<?> unused =
          refresher.scheduleAtFixedRate(
              () -> now = System.nanoTime(), period, period, TimeUnit.NANOSECONDS);
    }
  }
}
