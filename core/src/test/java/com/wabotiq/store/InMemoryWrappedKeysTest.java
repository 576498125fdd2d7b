package com.wabotiq.store;

import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.WrappedKeys;

/** The conformance kit's {@link WrappedKeysContract}, run against {@link InMemoryStorage}. */
class InMemoryWrappedKeysTest extends WrappedKeysContract {
  @Override
  protected WrappedKeys newStore() {
    return InMemoryStorage.create().wrappedKeys();
  }
}
