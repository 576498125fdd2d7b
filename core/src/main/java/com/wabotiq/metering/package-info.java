/**
 * Atomic quota metering: {@link com.wabotiq.metering.UsageMeter} checks a request with {@link
 * com.wabotiq.limits.Limits#check} and consumes its units from the tenant's counters in one step,
 * in memory or through a storage adapter shared by many instances; {@link
 * com.wabotiq.metering.StoreDownPolicy} says what happens when the store is down, and each {@link
 * com.wabotiq.metering.Consumption} says what happened.
 */
@NullMarked
package com.wabotiq.metering;

import org.jspecify.annotations.NullMarked;
