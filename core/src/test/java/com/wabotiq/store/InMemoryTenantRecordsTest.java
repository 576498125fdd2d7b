package com.wabotiq.store;

import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.storage.TenantRecords;

/** The conformance kit's {@link TenantRecordsContract}, run against {@link InMemoryStorage}. */
class InMemoryTenantRecordsTest extends TenantRecordsContract {
  @Override
  protected TenantRecords newStore() {
    return InMemoryStorage.create().tenants();
  }
}
