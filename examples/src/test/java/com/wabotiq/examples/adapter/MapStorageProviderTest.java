package com.wabotiq.examples.adapter;

import com.wabotiq.spi.kit.StorageProviderContract;
import com.wabotiq.spi.storage.StorageProvider;

/** {@link MapStorage} passes the conformance kit's {@link StorageProviderContract}. */
class MapStorageProviderTest extends StorageProviderContract {
  @Override
  protected StorageProvider newProvider() {
    return new MapStorage();
  }
}
