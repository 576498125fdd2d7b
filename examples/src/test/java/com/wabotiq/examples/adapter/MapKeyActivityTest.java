package com.wabotiq.examples.adapter;

import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.storage.KeyActivity;

/** {@link MapStorage} passes the conformance kit's {@link KeyActivityContract}. */
class MapKeyActivityTest extends KeyActivityContract {
  @Override
  protected KeyActivity newStore() {
    return new MapStorage().keyActivity();
  }
}
