package com.wabotiq.store;

import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.storage.KeyActivity;

/** The conformance kit's {@link KeyActivityContract}, run against {@link InMemoryStorage}. */
class InMemoryKeyActivityTest extends KeyActivityContract {
  @Override
  protected KeyActivity newStore() {
    return InMemoryStorage.create().keyActivity();
  }
}
