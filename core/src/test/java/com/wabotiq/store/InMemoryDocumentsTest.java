package com.wabotiq.store;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.storage.Documents;

/** The conformance kit's {@link DocumentsContract}, run against {@link InMemoryStorage}. */
class InMemoryDocumentsTest extends DocumentsContract {
  @Override
  protected Documents newStore() {
    return InMemoryStorage.create().documents();
  }
}
