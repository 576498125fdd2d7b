package com.wabotiq.examples.adapter;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;

/** {@link MapStorage} passes the conformance kit's {@link UsageCountersContract}. */
class MapUsageCountersTest extends UsageCountersContract {
  @Override
  protected UsageCounters newStore() {
    return new MapStorage().counters();
  }
}
