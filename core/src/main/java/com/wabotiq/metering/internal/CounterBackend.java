package com.wabotiq.metering.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a meter's counters live: its own heap table, or a storage adapter's {@link
 * com.wabotiq.spi.storage.UsageCounters}. Thread-safe.
 */
public interface CounterBackend {
  /**
   * The backend's own state for a tenant, which a meter keeps and passes back in each {@link
   * Charge#slot}, so that the backend need not look it up again; null when it keeps none.
   */
  default @Nullable Object slot(String tenantId) {
    return null;
  }

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
