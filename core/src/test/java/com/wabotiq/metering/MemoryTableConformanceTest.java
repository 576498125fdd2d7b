package com.wabotiq.metering;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;

/**
 * The conformance kit's {@link UsageCountersContract}, run against {@link UsageMeter#inMemory()}'s
 * own table as {@link UsageMeter#usageCounters()} exposes it: the table the facade's in-memory
 * meter counts in is a conforming storage adapter, atomic multi-counter adds included.
 */
class MemoryTableConformanceTest extends UsageCountersContract {
  @Override
  protected UsageCounters newStore() {
    return UsageMeter.inMemory().usageCounters();
  }
}
