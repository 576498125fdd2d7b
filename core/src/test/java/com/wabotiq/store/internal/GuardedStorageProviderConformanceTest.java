package com.wabotiq.store.internal;

import com.wabotiq.spi.kit.StorageProviderContract;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;

/** The conformance kit's {@link StorageProviderContract}, run against the guarded provider. */
class GuardedStorageProviderConformanceTest extends StorageProviderContract {
  @Override
  protected StorageProvider newProvider() {
    return GuardedStorage.of(InMemoryStorage.create());
  }
}
