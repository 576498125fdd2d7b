package com.wabotiq.store;

import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;

/**
 * A storage provider assembled from four stores, for tests that replace one of them with a hostile
 * or recording one (usually a {@code Forwarding...} subclass over an {@link InMemoryStorage}).
 *
 * @param tenants the tenant records
 * @param documents the documents
 * @param counters the usage counters
 * @param wrappedKeys the wrapped keys
 */
public record Stores(
    TenantRecords tenants, Documents documents, UsageCounters counters, WrappedKeys wrappedKeys)
    implements StorageProvider {

  /** The stores of a fresh in-memory storage. */
  public static Stores inMemory() {
    InMemoryStorage memory = InMemoryStorage.create();
    return new Stores(memory.tenants(), memory.documents(), memory.counters(), memory.wrappedKeys());
  }

  /** These stores with other tenant records. */
  public Stores withTenants(TenantRecords replacement) {
    return new Stores(replacement, documents, counters, wrappedKeys);
  }

  /** These stores with other documents. */
  public Stores withDocuments(Documents replacement) {
    return new Stores(tenants, replacement, counters, wrappedKeys);
  }

  /** These stores with other counters. */
  public Stores withCounters(UsageCounters replacement) {
    return new Stores(tenants, documents, replacement, wrappedKeys);
  }

  /** These stores with other wrapped keys. */
  public Stores withWrappedKeys(WrappedKeys replacement) {
    return new Stores(tenants, documents, counters, replacement);
  }
}
