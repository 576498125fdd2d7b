package com.wabotiq.store;

import com.wabotiq.spi.storage.WrappedKeys;
import java.util.List;
import java.util.Optional;

/** Wrapped keys that forward every call; tests override the calls they make hostile. */
public class ForwardingWrappedKeys implements WrappedKeys {
  /** The store calls go to. */
  protected final WrappedKeys delegate;

  /** Forwards to {@code delegate}. */
  public ForwardingWrappedKeys(WrappedKeys delegate) {
    this.delegate = delegate;
  }

  @Override
  public void put(String tenantId, int version, byte[] wrappedKey) {
    delegate.put(tenantId, version, wrappedKey);
  }

  @Override
  public Optional<byte[]> get(String tenantId, int version) {
    return delegate.get(tenantId, version);
  }

  @Override
  public List<Integer> versions(String tenantId) {
    return delegate.versions(tenantId);
  }

  @Override
  public int deleteAll(String tenantId) {
    return delegate.deleteAll(tenantId);
  }
}
