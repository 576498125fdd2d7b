package com.wabotiq.credentials;

import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.crypto.WrappedDataKey;
import java.util.concurrent.atomic.AtomicInteger;

/** A key encryption that counts the wraps and unwraps it passes to another: a KMS's bill. */
public final class CountingKeyEncryption implements KeyEncryption {
  private final KeyEncryption delegate;
  private final AtomicInteger wraps = new AtomicInteger();
  private final AtomicInteger unwraps = new AtomicInteger();

  /** Counts the calls to {@code delegate}. */
  public CountingKeyEncryption(KeyEncryption delegate) {
    this.delegate = delegate;
  }

  /** How many unwraps were asked for, failed ones included. */
  public int unwraps() {
    return unwraps.get();
  }

  /** How many wraps were asked for. */
  public int wraps() {
    return wraps.get();
  }

  @Override
  public String primaryKeyId() {
    return delegate.primaryKeyId();
  }

  @Override
  public WrappedDataKey wrap(byte[] dataKey, byte[] associatedData) {
    wraps.incrementAndGet();
    return delegate.wrap(dataKey, associatedData);
  }

  @Override
  public byte[] unwrap(WrappedDataKey wrapped, byte[] associatedData) {
    unwraps.incrementAndGet();
    return delegate.unwrap(wrapped, associatedData);
  }

  @Override
  public String toString() {
    return "Counting" + delegate;
  }
}
