package com.wabotiq;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.store.ForwardingDocuments;
import com.wabotiq.store.ForwardingTenantRecords;
import com.wabotiq.store.Stores;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory storage that counts the calls reaching it: proves what a facade wrote, or did not,
 * and which lookups the cache answered.
 */
final class CountingStorage {
  final AtomicInteger creates = new AtomicInteger();
  final AtomicInteger updates = new AtomicInteger();
  final AtomicInteger puts = new AtomicInteger();
  final AtomicInteger gets = new AtomicInteger();
  final AtomicInteger finds = new AtomicInteger();
  final Stores memory;
  final Stores stores;

  CountingStorage() {
    this(Stores.inMemory());
  }

  CountingStorage(Stores memory) {
    this.memory = memory;
    this.stores =
        memory
            .withTenants(
                new ForwardingTenantRecords(memory.tenants()) {
                  @Override
                  public TenantRecord create(TenantRecord record) {
                    creates.incrementAndGet();
                    return super.create(record);
                  }

                  @Override
                  public TenantRecord update(TenantRecord record, long expectedVersion) {
                    updates.incrementAndGet();
                    return super.update(record, expectedVersion);
                  }

                  @Override
                  public Optional<TenantRecord> get(String tenantId) {
                    gets.incrementAndGet();
                    return super.get(tenantId);
                  }

                  @Override
                  public Optional<TenantRecord> findBy(UniqueKey key, String value) {
                    finds.incrementAndGet();
                    return super.findBy(key, value);
                  }
                })
            .withDocuments(
                new ForwardingDocuments(memory.documents()) {
                  @Override
                  public VersionedDocument put(
                      String tenantId, DocumentKind kind, String json, long expectedVersion) {
                    puts.incrementAndGet();
                    return super.put(tenantId, kind, json, expectedVersion);
                  }
                });
  }

  /** Every write that reached storage. */
  int writes() {
    return creates.get() + updates.get() + puts.get();
  }
}
