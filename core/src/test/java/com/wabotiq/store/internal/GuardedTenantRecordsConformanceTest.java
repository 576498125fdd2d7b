package com.wabotiq.store.internal;

import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.store.InMemoryStorage;

/**
 * The conformance kit's {@link TenantRecordsContract}, run against the guarded in-memory store: the
 * guard neither breaks a conforming adapter nor mistakes its answers for garbage.
 */
class GuardedTenantRecordsConformanceTest extends TenantRecordsContract {
  @Override
  protected TenantRecords newStore() {
    return GuardedStorage.of(InMemoryStorage.create()).tenants();
  }
}
