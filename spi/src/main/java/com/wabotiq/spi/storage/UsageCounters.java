package com.wabotiq.spi.storage;

import java.util.List;

/**
 * Atomic usage counters, keyed by tenant, metric and period: what quota metering stands on.
 *
 * <p>The core of the contract is atomicity: {@link #addIfWithinLimits} checks and adds in one
 * indivisible step, so any number of threads and processes sharing the store never push a total
 * past its limit and never lose an increment, whatever the interleaving. A counter that was never
 * written reads 0. Counters are plain values (in SQL, a row per tenant, metric and period).
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public interface UsageCounters {
  /**
   * Reads a counter.
   *
   * @param tenantId the tenant
   * @param metric the metric
   * @param period the period key
   * @return the total, 0 when never written
   * @throws StorageException if the store fails
   */
  long get(String tenantId, String metric, String period);

  /**
   * Adds every amount if every counter's total stays within its limit ({@code used + amount <=
   * limit}), and adds none otherwise: all or nothing, atomically.
   *
   * @param tenantId the tenant whose counters these are
   * @param deltas one or more deltas, each naming a distinct (metric, period)
   * @return whether the amounts were added, and the totals
   * @throws IllegalArgumentException if {@code deltas} is empty or names a counter twice
   * @throws StorageException if the store fails; then nothing was added
   */
  AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas);

  /**
   * Takes amounts back (a send that did not happen), atomically, never below 0; limits are
   * ignored.
   *
   * @param tenantId the tenant whose counters these are
   * @param deltas one or more deltas, each naming a distinct (metric, period)
   * @throws IllegalArgumentException if {@code deltas} is empty or names a counter twice
   * @throws StorageException if the store fails; then nothing was refunded
   */
  void refund(String tenantId, List<CounterDelta> deltas);
}
