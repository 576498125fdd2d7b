package com.wabotiq.store;

import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Tenant records that forward every call; tests override the calls they make hostile. */
public class ForwardingTenantRecords implements TenantRecords {
  /** The store calls go to. */
  protected final TenantRecords delegate;

  /** Forwards to {@code delegate}. */
  public ForwardingTenantRecords(TenantRecords delegate) {
    this.delegate = delegate;
  }

  @Override
  public TenantRecord create(TenantRecord record) {
    return delegate.create(record);
  }

  @Override
  public Optional<TenantRecord> get(String tenantId) {
    return delegate.get(tenantId);
  }

  @Override
  public TenantRecord update(TenantRecord record, long expectedVersion) {
    return delegate.update(record, expectedVersion);
  }

  @Override
  public Optional<TenantRecord> findBy(UniqueKey key, String value) {
    return delegate.findBy(key, value);
  }

  @Override
  public Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
    return delegate.listByStatus(status, cursor, limit);
  }
}
