package com.wabotiq.spi.storage;

/**
 * One adapter's four stores, as the SDK's facade takes them. Each accessor returns the same
 * thread-safe instance every time.
 *
 * @since 0.1.0
 */
public interface StorageProvider {
  /** The tenant records. @return the store */
  TenantRecords tenants();

  /** The settings and agent configuration documents. @return the store */
  Documents documents();

  /** The usage counters. @return the store */
  UsageCounters counters();

  /** The wrapped data keys. @return the store */
  WrappedKeys wrappedKeys();
}
