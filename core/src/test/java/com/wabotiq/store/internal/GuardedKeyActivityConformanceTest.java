package com.wabotiq.store.internal;

import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.store.InMemoryStorage;

/**
 * The conformance kit's {@link KeyActivityContract}, run against the guarded in-memory store: the
 * guard neither breaks a conforming adapter nor mistakes its answers for garbage.
 */
class GuardedKeyActivityConformanceTest extends KeyActivityContract {
  @Override
  protected KeyActivity newStore() {
    return GuardedStorage.of(InMemoryStorage.create()).keyActivity();
  }
}
