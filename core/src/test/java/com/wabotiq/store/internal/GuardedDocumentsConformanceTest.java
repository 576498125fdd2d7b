package com.wabotiq.store.internal;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.store.InMemoryStorage;

/**
 * The conformance kit's {@link DocumentsContract}, run against the guarded in-memory store: the
 * guard neither breaks a conforming adapter nor mistakes its answers for garbage.
 */
class GuardedDocumentsConformanceTest extends DocumentsContract {
  @Override
  protected Documents newStore() {
    return GuardedStorage.of(InMemoryStorage.create()).documents();
  }
}
