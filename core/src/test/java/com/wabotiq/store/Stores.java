package com.wabotiq.store;

import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;

/**
 * A storage provider assembled from five stores, for tests that replace one of them with a hostile
 * or recording one (usually a {@code Forwarding...} subclass over an {@link InMemoryStorage}).
 *
 * @param tenants the tenant records
 * @param documents the documents
 * @param counters the usage counters
 * @param wrappedKeys the wrapped keys
 * @param keyActivity the API keys' last uses
 */
public record Stores(
    TenantRecords tenants,
    Documents documents,
    UsageCounters counters,
    WrappedKeys wrappedKeys,
    KeyActivity keyActivity)
    implements StorageProvider {

  /** The stores of a fresh in-memory storage. */
  public static Stores inMemory() {
    InMemoryStorage memory = InMemoryStorage.create();
    return new Stores(memory.tenants(), memory.documents(), memory.counters(), memory.wrappedKeys(),
        memory.keyActivity());
  }

  /** These stores with other tenant records. */
  public Stores withTenants(TenantRecords replacement) {
    return new Stores(replacement, documents, counters, wrappedKeys, keyActivity);
  }

  /** These stores with other documents. */
  public Stores withDocuments(Documents replacement) {
    return new Stores(tenants, replacement, counters, wrappedKeys, keyActivity);
  }

  /** These stores with other counters. */
  public Stores withCounters(UsageCounters replacement) {
    return new Stores(tenants, documents, replacement, wrappedKeys, keyActivity);
  }

  /** These stores with other wrapped keys. */
  public Stores withWrappedKeys(WrappedKeys replacement) {
    return new Stores(tenants, documents, counters, replacement, keyActivity);
  }

  /** These stores with other key activity. */
  public Stores withKeyActivity(KeyActivity replacement) {
    return new Stores(tenants, documents, counters, wrappedKeys, replacement);
  }
}
