package com.wabotiq.metering;

import com.wabotiq.billing.TierLimits;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.UsageCounters;
import org.jspecify.annotations.Nullable;

/**
 * Where a meter's counters live: its own heap table, or a storage adapter's {@link
 * com.wabotiq.spi.storage.UsageCounters}. Thread-safe.
 */
interface CounterBackend {
  /**
   * The backend's own state for a tenant, which a meter keeps and passes back in each {@link
   * Charge#slot}, so that the backend need not look it up again; null when it keeps none.
   */
  default @Nullable Object slot(String tenantId) {
    return null;
  }

  /**
   * These counters as the storage SPI sees them: what a meter's {@code usageCounters()} returns.
   */
  UsageCounters counters();

  /**
   * Adds every amount of the charge if every touched counter stays within its limit, and none
   * otherwise, in one indivisible step; writes the totals as they stood before into {@link
   * Charge#before}.
   *
   * @return whether the amounts were added
   * @throws com.wabotiq.spi.storage.StorageException if the store fails; then nothing was added
   */
  boolean tryAdd(Charge charge);

  /**
   * {@link #tryAdd} for a request that touches one counter, as a meter's fast path: the same
   * atomic step, answered without a {@link Charge} where the backend can.
   *
   * @param metric the ordinal of the one metric the request touches
   * @param keys the period keys by metric ordinal
   * @return the total before the request when added; {@code -1 - total} when refused
   * @throws com.wabotiq.spi.storage.StorageException if the store fails; then nothing was added
   */
  default long tryAddOne(
      String tenantId,
      @Nullable Object slot,
      int metric,
      String[] keys,
      Usage request,
      TierLimits limits) {
    Charge charge = Charge.of(tenantId, keys, slot, request, limits);
    boolean added = tryAdd(charge);
    long before = charge.before(metric);
    return added ? before : -1 - before;
  }

  /**
   * Writes the touched counters' current totals into {@link Charge#before}, adding nothing.
   *
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  void read(Charge charge);

  /**
   * Adds the charge's amounts whatever the limits (a reconciliation of units admitted while the
   * store was down), all or none.
   *
   * @throws com.wabotiq.spi.storage.StorageException if the store fails; then nothing was added
   */
  void force(Charge charge);

  /**
   * Takes the charge's amounts back, never below zero.
   *
   * @throws com.wabotiq.spi.storage.StorageException if the store fails; then nothing was taken
   */
  void refund(Charge charge);
}
