package com.wabotiq;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;

/**
 * The conformance kit's {@link UsageCountersContract}, run against {@link
 * TenantSdk#usageCounters()} of {@link TenantSdk#inMemory()}: the meter's heap table behind the
 * store's guard.
 */
class FacadeMeterConformanceTest extends UsageCountersContract {
  @Override
  protected UsageCounters newStore() {
    return TenantSdk.inMemory().usageCounters();
  }
}
