package com.wabotiq.server;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed-window request limit per tenant: at most {@code limit} requests in each window of {@code
 * window}, the windows aligned to the epoch so that every instance of a client sees the same reset
 * instant. Thread-safe; a window's count is updated under its own lock.
 */
final class RateLimiter {
  /** The outcome of one request: admitted or not, and the headers' figures. */
  record Verdict(boolean admitted, int limit, int remaining, long resetEpochSecond,
      long retryAfterSeconds) {}

  private static final class Window {
    long start;
    int count;
  }

  /** Past this many buckets, windows of earlier periods are dropped. */
  private static final int MAX_BUCKETS = 10_000;

  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  Verdict admit(String bucket) {
    long now = clock.millis();
    long start = now - Math.floorMod(now, windowMillis);
    long reset = start + windowMillis;
    if (windows.size() > MAX_BUCKETS) {
      windows.values().removeIf(w -> w.start != start); // stale windows; a racy read is harmless
    }
    Window window = windows.computeIfAbsent(bucket, b -> new Window());
    int count;
    synchronized (window) {
      if (window.start != start) {
        window.start = start;
        window.count = 0;
      }
      count = ++window.count;
    }
    long resetSeconds = Math.floorDiv(reset + 999, 1000);
    if (count > limit) {
      long retryAfter = Math.max(1, Math.floorDiv(reset - now + 999, 1000));
      return new Verdict(false, limit, 0, resetSeconds, retryAfter);
    }
    return new Verdict(true, limit, limit - count, resetSeconds, 0);
  }
}
