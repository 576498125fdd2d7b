package com.wabotiq.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops retry storms: a token bucket shared by every call of one client. A retry takes {@code
 * retryCost} tokens (twice that after a timeout), a success puts one back, up to the capacity.
 * While most calls fail, the bucket empties and failures are reported at once instead of being
 * retried, so a struggling server is not sent two or three times the traffic; as calls succeed
 * again, retries come back. The design follows the retry quota of the AWS SDKs.
 *
 * <p>The default, {@link #standard()}, holds 500 tokens at 5 a retry: 100 retries in a row
 * without any success between them, then none until successes refill it. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RetryBudget {
  private final int capacity;
  private final int retryCost;
  private final AtomicInteger tokens;

  private RetryBudget(int capacity, int retryCost) {
    this.capacity = capacity;
    this.retryCost = retryCost;
    this.tokens = new AtomicInteger(capacity);
  }

  /**
   * The default budget: 500 tokens, 5 a retry (10 after a timeout), 1 back per success.
   *
   * @return a new budget, full
   */
  public static RetryBudget standard() {
    return new RetryBudget(500, 5);
  }

  /**
   * A budget of one's own.
   *
   * @param capacity tokens when full, at least 1
   * @param retryCost tokens a retry takes, at least 1 (twice that after a timeout)
   * @return a new budget, full
   * @throws IllegalArgumentException if a number is below 1
   */
  public static RetryBudget of(int capacity, int retryCost) {
    if (capacity < 1 || retryCost < 1) {
      throw new IllegalArgumentException("capacity and retryCost must be at least 1");
    }
    return new RetryBudget(capacity, retryCost);
  }

  /**
   * No budget: every retry the policy allows happens.
   *
   * @return a budget that never runs out
   */
  public static RetryBudget unlimited() {
    return new RetryBudget(Integer.MAX_VALUE, 0);
  }

  /**
   * Tokens left now.
   *
   * @return between 0 and the capacity
   */
  public int available() {
    return tokens.get();
  }

  /** Takes the tokens of one retry if there are enough; false when the budget is spent. */
  boolean tryAcquire(boolean afterTimeout) {
    int cost = afterTimeout ? retryCost * 2 : retryCost;
    while (true) {
      int now = tokens.get();
      if (now < cost) {
        return false;
      }
      if (tokens.compareAndSet(now, now - cost)) {
        return true;
      }
    }
  }

  /** A call succeeded: one token back, up to the capacity. */
  void onSuccess() {
    if (retryCost == 0) {
      return;
    }
    while (true) {
      int now = tokens.get();
      if (now >= capacity || tokens.compareAndSet(now, now + 1)) {
        return;
      }
    }
  }

  @Override
  public String toString() {
    return retryCost == 0
        ? "RetryBudget[unlimited]"
        : "RetryBudget[" + tokens.get() + "/" + capacity + ", retryCost=" + retryCost + "]";
  }
}
