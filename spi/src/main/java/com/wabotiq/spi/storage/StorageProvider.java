package com.wabotiq.spi.storage;

/**
 * One adapter's four stores, as the SDK's facade takes them. Each accessor returns the same
 * thread-safe instance every time.
 *
 * @since 0.1.0
 */
public interface StorageProvider {
  /** {@return the tenant records} */
  TenantRecords tenants();

  /** {@return the settings and agent configuration documents} */
  Documents documents();

  /** {@return the usage counters} */
  UsageCounters counters();

  /** {@return the wrapped data keys} */
  WrappedKeys wrappedKeys();

  /**
   * {@return when each API key was last used}
   *
   * @since 0.1.0
   */
  default KeyActivity keyActivity() {
    throw new UnsupportedOperationException("key activity is not implemented by " + this);
  }
}
