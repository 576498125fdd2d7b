package com.wabotiq.store.internal;

import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.InMemoryStorage;

/**
 * The conformance kit's {@link UsageCountersContract}, run against the guarded in-memory store: the
 * guard neither breaks a conforming adapter nor mistakes its answers for garbage.
 */
class GuardedUsageCountersConformanceTest extends UsageCountersContract {
  @Override
  protected UsageCounters newStore() {
    return GuardedStorage.of(InMemoryStorage.create()).counters();
  }
}
