package com.wabotiq.examples.adapter;

import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.storage.TenantRecords;

/** {@link MapStorage} passes the conformance kit's {@link TenantRecordsContract}. */
class MapTenantRecordsTest extends TenantRecordsContract {
  @Override
  protected TenantRecords newStore() {
    return new MapStorage().tenants();
  }
}
