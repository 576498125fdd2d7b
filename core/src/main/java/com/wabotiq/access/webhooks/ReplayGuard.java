package com.wabotiq.access.webhooks;

import com.wabotiq.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the ids of verified webhook deliveries for a window, so that a second delivery of the
 * same id within it is refused as {@link VerificationCode#REPLAYED}. In memory and bounded: at most
 * {@code maximumSize} ids, the oldest forgotten first when full (so size it above the deliveries
 * a process receives in one window). It guards one process only; ids are keyed by provider.
 *
 * <p>Only deliveries whose signature matched are remembered, so forged requests cannot fill it.
 * Providers put the id in an unsigned header (Shopify, WooCommerce, Twilio) or in the signed body
 * (Stripe's event id): a replayer who rewrites an unsigned header passes it, which is why Stripe's
 * timestamp tolerance remains the main defence there. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ReplayGuard {
  /** Longer ids are not remembered, so that memory stays bounded by {@code maximumSize}. */
  static final int MAX_ID_LENGTH = 256;

  private final int maximumSize;
  private final Duration window;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  private ReplayGuard(int maximumSize, Duration window) {
    this.maximumSize = maximumSize;
    this.window = window;
  }

  /**
   * A guard in this process's memory.
   *
   * @param maximumSize the most ids remembered, at least 1
   * @param window how long an id is remembered; positive (Stripe: at least the tolerance)
   * @return the guard
   * @throws IllegalArgumentException if {@code maximumSize} is below 1 or {@code window} is not
   *     positive
   * @throws NullPointerException if {@code window} is null
   */
  public static ReplayGuard inMemory(int maximumSize, Duration window) {
    Checks.argument(maximumSize >= 1, "maximumSize (%s) must be >= 1", maximumSize);
    Checks.notNull(window, "window");
    Checks.argument(!window.isZero() && !window.isNegative(), "window (%s) must be > 0", window);
    return new ReplayGuard(maximumSize, window);
  }

  /**
   * The most ids remembered.
   *
   * @return the size bound
   */
  public int maximumSize() {
    return maximumSize;
  }

  /**
   * How long an id is remembered.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  /**
   * Records a verified delivery's id unless it was seen within the window.
   *
   * @return true the first time (and after the window), false for a replay
   */
  synchronized boolean firstSeen(WebhookProvider provider, String id, Instant now) {
    if (id.length() > MAX_ID_LENGTH) {
      return true;
    }
    forgetExpired(now);
    String key = provider.name() + ":" + id;
    Instant previous = seen.get(key);
    if (previous != null && !previous.plus(window).isBefore(now)) {
      return false;
    }
    seen.remove(key);
    seen.put(key, now);
    if (seen.size() > maximumSize) {
      Iterator<String> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /** How many ids are remembered now (expired ones may still count until the next call). */
  synchronized int size() {
    return seen.size();
  }

  /** Drops ids older than the window, from the oldest on (insertion order is arrival order). */
  private void forgetExpired(Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      if (!it.next().getValue().plus(window).isBefore(now)) {
        return;
      }
      it.remove();
    }
  }

  /**
   * The bounds, never an id.
   *
   * @return e.g. {@code ReplayGuard[maximumSize=10000, window=PT5M]}
   */
  @Override
  public String toString() {
    return "ReplayGuard[maximumSize=" + maximumSize + ", window=" + window + "]";
  }
}
