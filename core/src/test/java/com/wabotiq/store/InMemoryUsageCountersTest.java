package com.wabotiq.store;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;

/** The conformance kit's {@link UsageCountersContract}, run against {@link InMemoryStorage}. */
class InMemoryUsageCountersTest extends UsageCountersContract {
  @Override
  protected UsageCounters newStore() {
    return InMemoryStorage.create().counters();
  }
}
