/**
 * Atomic quota metering: {@link com.wabotiq.metering.UsageMeter} checks a request with {@link
 * com.wabotiq.limits.Limits#check} and consumes its units from the tenant's counters in one step,
 * in memory or through a storage adapter shared by many instances; {@link
 * com.wabotiq.metering.StoreDownPolicy} says what happens when the store is down, and each {@link
 * com.wabotiq.metering.Consumption} says what happened.
 *
 * <p>The public types are {@code UsageMeter} (with its builder), {@code Consumption} and {@code
 * StoreDownPolicy}. Everything else, the counter backends (the in-memory table and the storage SPI
 * path), the period keys, the charges and the store-down ledger, is package-private: no framework
 * reaches any of it by reflection.
 */
@NullMarked
package com.wabotiq.metering;

import org.jspecify.annotations.NullMarked;
