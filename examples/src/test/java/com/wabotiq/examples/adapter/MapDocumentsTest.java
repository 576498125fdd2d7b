package com.wabotiq.examples.adapter;

import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.storage.Documents;

/** {@link MapStorage} passes the conformance kit's {@link DocumentsContract}. */
class MapDocumentsTest extends DocumentsContract {
  @Override
  protected Documents newStore() {
    return new MapStorage().documents();
  }
}
