package com.wabotiq.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * When and how the client tries a failed request again.
 *
 * <p>Retried: connection failures and timeouts, and the statuses of {@link #retryStatuses()} (by
 * default 408, 429, 502, 503, 504). {@code GET}, {@code PUT}, {@code PATCH} and {@code DELETE} are
 * retried; a {@code POST} only when it carries an idempotency key (the client generates one for
 * every POST unless told not to, and sends the same key on every attempt), so a retried POST can
 * never act twice. A 409, 422 or any other 4xx is never retried.
 *
 * <p>Waits grow exponentially with full jitter: before retry {@code n} (from 1) the client waits a
 * random time in {@code [0, min(maxBackoff, initialBackoff * 2^(n-1)))}. A {@code Retry-After} from
 * the server (seconds or an HTTP date) replaces that wait when it is at most {@link
 * #maxRetryAfter()}; a longer one ends the retries at once, with the wait in {@link
 * RateLimitException#retryAfter()}. The {@link RetryBudget} shared by the client's calls can end
 * them too, when most calls fail.
 *
 * <p>Defaults: 2 retries (3 attempts), 500 ms initial, 8 s maximum backoff, {@code Retry-After} up
 * to 60 s, the standard budget. Immutable.
 *
 * @since 0.1.0
 */
public final class RetryPolicy {
  private static final Set<Integer> DEFAULT_STATUSES = Set.of(408, 429, 502, 503, 504);

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryStatuses;
  private final RetryBudget budget;
  private final @Nullable Consumer<RetryEvent> onRetry;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryStatuses = Set.copyOf(b.retryStatuses);
    this.budget = b.budget == null ? RetryBudget.standard() : b.budget;
    this.onRetry = b.onRetry;
  }

  /**
   * The defaults (2 retries), with a budget of its own.
   *
   * @return a new default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * No retries at all: every failure is reported at once.
   *
   * @return a policy of zero retries
   */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Retries after the first attempt.
   *
   * @return 0 or more
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The first retry's backoff bound.
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The largest backoff bound.
   *
   * @return the maximum backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest {@code Retry-After} the client waits for; a longer one ends the retries.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The HTTP statuses retried.
   *
   * @return the statuses, immutable
   */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  /**
   * The budget shared by every call of a client built with this policy.
   *
   * @return the budget
   */
  public RetryBudget budget() {
    return budget;
  }

  /** The hook, or null. */
  @Nullable Consumer<RetryEvent> onRetry() {
    return onRetry;
  }

  /**
   * A builder holding this policy's values (the same budget and hook).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.maxRetryAfter = maxRetryAfter;
    b.retryStatuses = new TreeSet<>(retryStatuses);
    b.budget = budget;
    b.onRetry = onRetry;
    return b;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", retryStatuses="
        + new TreeSet<>(retryStatuses) + ", budget=" + budget + "]";
  }

  /**
   * Builds a {@link RetryPolicy}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryStatuses = new TreeSet<>(DEFAULT_STATUSES);
    private @Nullable RetryBudget budget;
    private @Nullable Consumer<RetryEvent> onRetry;

    private Builder() {}

    /**
     * Retries after the first attempt; 0 turns retries off.
     *
     * @param retries 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10: " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /**
     * The first retry's backoff bound; each later one doubles it, up to {@code max}.
     *
     * @param initial positive
     * @param max at least {@code initial}
     * @return this builder
     * @throws IllegalArgumentException if not positive or {@code max < initial}
     */
    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial");
      Objects.requireNonNull(max, "max");
      if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("backoff needs 0 < initial <= max");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * The longest {@code Retry-After} waited for.
     *
     * @param cap zero or more; zero means a {@code Retry-After} always ends the retries
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration cap) {
      Objects.requireNonNull(cap, "cap");
      if (cap.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative");
      }
      this.maxRetryAfter = cap;
      return this;
    }

    /**
     * The HTTP statuses retried, replacing the default 408, 429, 502, 503, 504.
     *
     * @param statuses statuses from 400 to 599; a 409 or 422 is refused (never safe to repeat)
     * @return this builder
     * @throws IllegalArgumentException if a status is out of range, 409 or 422
     */
    public Builder retryStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses");
      for (Integer s : statuses) {
        if (s == null || s < 400 || s > 599 || s == 409 || s == 422) {
          throw new IllegalArgumentException("not a retryable status: " + s);
        }
      }
      this.retryStatuses = new TreeSet<>(statuses);
      return this;
    }

    /**
     * The budget that stops retry storms; share one between clients to share the limit.
     *
     * @param budget the budget ({@link RetryBudget#unlimited()} for none)
     * @return this builder
     */
    public Builder budget(RetryBudget budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /**
     * A hook called before each retry's wait, on the thread that will wait (the caller's for
     * blocking calls, the client's for async ones); keep it quick. It sees no key.
     *
     * @param hook the hook
     * @return this builder
     */
    public Builder onRetry(Consumer<RetryEvent> hook) {
      this.onRetry = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
