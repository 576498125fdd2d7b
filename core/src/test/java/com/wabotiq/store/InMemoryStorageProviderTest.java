package com.wabotiq.store;

import com.wabotiq.spi.kit.StorageProviderContract;
import com.wabotiq.spi.storage.StorageProvider;

/** The conformance kit's {@link StorageProviderContract}, run against {@link InMemoryStorage}. */
class InMemoryStorageProviderTest extends StorageProviderContract {
  @Override
  protected StorageProvider newProvider() {
    return InMemoryStorage.create();
  }
}
