package com.wabotiq.store.internal;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Guards an adapter's {@link TenantRecords}: checks the caller's arguments before the adapter sees
 * them, wraps every non-storage exception, and refuses results the contract rules out (null, a
 * record of another tenant or key, a wrong version, a deleted or wrong-status page item).
 */
final class GuardedTenantRecords implements TenantRecords {
  private final TenantRecords delegate;

  GuardedTenantRecords(TenantRecords delegate) {
    this.delegate = delegate;
  }

  @Override
  public TenantRecord create(TenantRecord record) {
    Checks.notNull(record, "record");
    String op = "TenantRecords.create";
    TenantRecord stored = Faults.call(op, record.tenantId(), () -> delegate.create(record));
    return written(op, record, stored, 1);
  }

  @Override
  public Optional<TenantRecord> get(String tenantId) {
    Checks.notNull(tenantId, "tenant_id");
    String op = "TenantRecords.get";
    Optional<TenantRecord> found = Faults.call(op, tenantId, () -> delegate.get(tenantId));
    if (found == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    if (found.isPresent()) {
      TenantRecord record = found.get();
      if (!record.tenantId().equals(tenantId)) {
        throw Faults.garbage(op, tenantId, "a record of another tenant");
      }
      checkVersion(op, record);
    }
    return found;
  }

  @Override
  public TenantRecord update(TenantRecord record, long expectedVersion) {
    Checks.notNull(record, "record");
    String op = "TenantRecords.update";
    TenantRecord stored = Faults.call(op, record.tenantId(), () -> delegate.update(record, expectedVersion));
    return written(op, record, stored, expectedVersion + 1);
  }

  @Override
  public Optional<TenantRecord> findBy(UniqueKey key, String value) {
    Checks.notNull(key, "key");
    Checks.notNull(value, "value");
    String op = "TenantRecords.findBy(" + key + ")";
    Optional<TenantRecord> found = Faults.call(op, null, () -> delegate.findBy(key, value));
    if (found == null) {
      throw Faults.returnedNull(op, null);
    }
    if (found.isPresent()) {
      TenantRecord record = found.get();
      if (!holds(record, key, value)) {
        throw Faults.garbage(op, record.tenantId(), "a record that does not hold the key asked for");
      }
      if (record.isDeleted()) {
        throw Faults.garbage(op, record.tenantId(), "a soft-deleted record");
      }
      checkVersion(op, record);
    }
    return found;
  }

  @Override
  public Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
    Checks.notNull(status, "status");
    Checks.argument(limit >= 1, "limit (%d) must be >= 1", limit);
    String op = "TenantRecords.listByStatus";
    Page<TenantRecord> page = Faults.call(op, null, () -> delegate.listByStatus(status, cursor, limit));
    if (page == null) {
      throw Faults.returnedNull(op, null);
    }
    checkPage(op, page, status, cursor, limit);
    return page;
  }

  private static void checkPage(
      String op, Page<TenantRecord> page, String status, @Nullable String cursor, int limit) {
    List<TenantRecord> items = page.items();
    if (items.size() > limit) {
      throw Faults.garbage(op, null, items.size() + " items for a limit of " + limit);
    }
    String previous = null;
    for (TenantRecord item : items) {
      if (!item.status().equals(status)) {
        throw Faults.garbage(op, item.tenantId(), "an item in another status");
      }
      if (item.isDeleted()) {
        throw Faults.garbage(op, item.tenantId(), "a soft-deleted item");
      }
      if (previous != null && previous.compareTo(item.tenantId()) >= 0) {
        throw Faults.garbage(op, item.tenantId(), "items out of ascending tenant id order");
      }
      checkVersion(op, item);
      previous = item.tenantId();
    }
    if (cursor != null && cursor.equals(page.nextCursor())) {
      throw Faults.garbage(op, null, "the same cursor it was given (the listing would never end)");
    }
  }

  private static boolean holds(TenantRecord record, UniqueKey key, String value) {
    switch (key) {
      case SLUG:
        return record.slug().equals(value);
      case WHATSAPP_NUMBER:
        return value.equals(record.whatsappNumber());
      case API_KEY_HASH:
        return record.apiKeyHashes().contains(value);
      default:
        throw new AssertionError(key);
    }
  }

  private static TenantRecord written(
      String op, TenantRecord record, @Nullable TenantRecord stored, long expectedVersion) {
    if (stored == null) {
      throw Faults.returnedNull(op, record.tenantId());
    }
    if (!stored.tenantId().equals(record.tenantId())) {
      throw Faults.garbage(op, record.tenantId(), "a record of another tenant");
    }
    if (stored.version() != expectedVersion) {
      throw Faults.garbage(
          op, record.tenantId(), "version " + stored.version() + ", not " + expectedVersion);
    }
    return stored;
  }

  private static void checkVersion(String op, TenantRecord record) {
    if (record.version() < 1) {
      throw Faults.garbage(op, record.tenantId(), "version " + record.version() + " (below 1)");
    }
  }
}
