package com.wabotiq.examples.adapter;

import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.WrappedKeys;

/** {@link MapStorage} passes the conformance kit's {@link WrappedKeysContract}. */
class MapWrappedKeysTest extends WrappedKeysContract {
  @Override
  protected WrappedKeys newStore() {
    return new MapStorage().wrappedKeys();
  }
}
