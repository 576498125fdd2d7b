package com.wabotiq.spi.storage;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link UsageCounters#addIfWithinLimits}: whether the amounts were added, and the
 * counters' totals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param applied true when every amount was added; false when none was
 * @param totals each counter's total, in the order of the deltas: after the add when applied; as
 *     it stood when refused
 * @since 0.1.0
 */
public record AddResult(boolean applied, List<Long> totals) {
  /**
   * Copies the totals.
   *
   * @param applied whether the amounts were added
   * @param totals the counters' totals
   * @throws NullPointerException if {@code totals} or a total is null
   */
  public AddResult {
    totals = List.copyOf(Objects.requireNonNull(totals, "totals == null"));
  }
}
