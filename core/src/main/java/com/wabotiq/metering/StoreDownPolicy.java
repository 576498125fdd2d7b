package com.wabotiq.metering;

import com.wabotiq.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link UsageMeter} does when its store cannot be reached: refuse ({@link #failClosed()},
 * the default), or admit from a bounded local allowance that is handed to the store once it is
 * back ({@link #failOpen(long)}). Either way the {@link Consumption#basis()} says which happened.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class StoreDownPolicy {
  private static final StoreDownPolicy FAIL_CLOSED = new StoreDownPolicy(0);

  private final long allowance;

  private StoreDownPolicy(long allowance) {
    this.allowance = allowance;
  }

  /**
   * Refuse every request that would consume quota while the store is down. Nothing is ever
   * admitted beyond a limit.
   *
   * @return the fail-closed policy
   */
  public static StoreDownPolicy failClosed() {
    return FAIL_CLOSED;
  }

  /**
   * Admit requests while the store is down, up to {@code allowance} units per counter (tenant,
   * metric and period) that this meter has admitted and not yet handed to the store. The units are
   * added to the store, whatever its limits, when it is back; so a counter may end above its limit
   * by at most {@code allowance} for each meter that admitted locally.
   *
   * @param allowance the most unreconciled local units per counter, at least 1
   * @return a fail-open policy
   * @throws IllegalArgumentException if {@code allowance} is below 1
   */
  public static StoreDownPolicy failOpen(long allowance) {
    Checks.argument(allowance >= 1, "allowance (%d) must be at least 1", allowance);
    return new StoreDownPolicy(allowance);
  }

  /**
   * Whether requests may be admitted from a local allowance while the store is down.
   *
   * @return true for a fail-open policy
   */
  public boolean isFailOpen() {
    return allowance > 0;
  }

  /**
   * The most unreconciled local units per counter.
   *
   * @return the allowance; 0 when failing closed
   */
  public long allowance() {
    return allowance;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoreDownPolicy that && that.allowance == allowance;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(allowance);
  }

  /**
   * A description of the policy.
   *
   * @return {@code StoreDownPolicy[fail-closed]} or e.g. {@code StoreDownPolicy[fail-open,
   *     allowance=100]}
   */
  @Override
  public String toString() {
    return allowance == 0
        ? "StoreDownPolicy[fail-closed]"
        : "StoreDownPolicy[fail-open, allowance=" + allowance + "]";
  }
}
