package com.wabotiq.spi.storage;

/**
 * One adapter's five stores, as the SDK's facade takes them. Each accessor returns the same
 * thread-safe instance every time. An adapter implements every one of them; the conformance kit
 * has a contract for each.
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
  KeyActivity keyActivity();
}
