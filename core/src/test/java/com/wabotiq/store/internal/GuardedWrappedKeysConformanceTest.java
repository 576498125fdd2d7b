package com.wabotiq.store.internal;

import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;

/**
 * The conformance kit's {@link WrappedKeysContract}, run against the guarded in-memory store: the
 * guard neither breaks a conforming adapter nor mistakes its answers for garbage.
 */
class GuardedWrappedKeysConformanceTest extends WrappedKeysContract {
  @Override
  protected WrappedKeys newStore() {
    return GuardedStorage.of(InMemoryStorage.create()).wrappedKeys();
  }
}
