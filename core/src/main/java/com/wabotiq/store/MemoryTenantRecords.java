package com.wabotiq.store;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionConflictException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Tenant records in the heap. One lock (this object's monitor) guards the records and their
 * unique-key indexes, so every check-then-write is atomic. Records are immutable and shared
 * as they are.
 *
 * <p>Tenants that are not soft-deleted are also indexed by status, in a {@link TreeSet} of ids
 * per status whose natural {@link String} order is the UTF-16 code-unit order the contract pages
 * in. The cursor is the last id of a page: the next page starts strictly after it, so a page
 * never repeats a tenant, and a tenant that kept its status throughout is reached wherever
 * others were inserted or removed. A page costs O(limit log n), whatever the other statuses.
 */
final class MemoryTenantRecords implements TenantRecords {
  private final Map<String, TenantRecord> byId = new HashMap<>();
  /** Status -> ids of the tenants with it that are not soft-deleted, ascending. */
  private final Map<String, NavigableSet<String>> live = new HashMap<>();
  /** Unique key kind -> key value -> owning tenant id; soft-deleted tenants keep their keys. */
  private final Map<UniqueKey, Map<String, String>> owners = new EnumMap<>(UniqueKey.class);

  MemoryTenantRecords() {
    for (UniqueKey key : UniqueKey.values()) {
      owners.put(key, new HashMap<>());
    }
  }

  /** The index of one kind of unique key; the constructor makes one for every kind. */
  private Map<String, String> ownersOf(UniqueKey key) {
    return Objects.requireNonNull(owners.get(key));
  }

  @Override
  public synchronized TenantRecord create(TenantRecord record) {
    Objects.requireNonNull(record, "record == null");
    if (byId.containsKey(record.tenantId())) {
      throw new DuplicateKeyException("tenant_id");
    }
    checkKeysFree(record);
    TenantRecord stored = record.withVersion(1);
    byId.put(stored.tenantId(), stored);
    index(stored);
    return stored;
  }

  @Override
  public synchronized Optional<TenantRecord> get(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    return Optional.ofNullable(byId.get(tenantId));
  }

  @Override
  public synchronized TenantRecord update(TenantRecord record, long expectedVersion) {
    Objects.requireNonNull(record, "record == null");
    TenantRecord current = byId.get(record.tenantId());
    if (current == null) {
      throw new NotFoundException("tenant " + record.tenantId());
    }
    if (current.version() != expectedVersion) {
      throw new VersionConflictException(
          "tenant", record.tenantId(), expectedVersion, current.version());
    }
    checkKeysFree(record);
    TenantRecord stored = record.withVersion(expectedVersion + 1);
    unindex(current);
    byId.put(stored.tenantId(), stored);
    index(stored);
    return stored;
  }

  @Override
  public synchronized Optional<TenantRecord> findBy(UniqueKey key, String value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    String owner = ownersOf(key).get(value);
    TenantRecord record = owner == null ? null : byId.get(owner);
    return record == null || record.isDeleted() ? Optional.empty() : Optional.of(record);
  }

  @Override
  public synchronized Page<TenantRecord> listByStatus(
      String status, @Nullable String cursor, int limit) {
    Objects.requireNonNull(status, "status == null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit (" + limit + ") must be >= 1");
    }
    NavigableSet<String> ids = live.getOrDefault(status, Collections.emptyNavigableSet());
    Iterator<String> rest = (cursor == null ? ids : ids.tailSet(cursor, false)).iterator();
    List<TenantRecord> items = new ArrayList<>(Math.min(limit, 64));
    while (items.size() < limit && rest.hasNext()) {
      items.add(byId.get(rest.next()));
    }
    return new Page<>(items, rest.hasNext() ? items.get(items.size() - 1).tenantId() : null);
  }

  /** Throws if a unique key of {@code record} belongs to another tenant. */
  private void checkKeysFree(TenantRecord record) {
    checkFree(UniqueKey.SLUG, record.slug(), record.tenantId(), "slug");
    if (record.whatsappNumber() != null) {
      checkFree(UniqueKey.WHATSAPP_NUMBER, record.whatsappNumber(), record.tenantId(),
          "whatsapp_number");
    }
    for (String hash : record.apiKeyHashes()) {
      checkFree(UniqueKey.API_KEY_HASH, hash, record.tenantId(), "api_key_hash");
    }
  }

  private void checkFree(UniqueKey key, String value, String tenantId, String name) {
    String owner = ownersOf(key).get(value);
    if (owner != null && !owner.equals(tenantId)) {
      throw new DuplicateKeyException(name);
    }
  }

  private void index(TenantRecord record) {
    String id = record.tenantId();
    if (!record.isDeleted()) {
      live.computeIfAbsent(record.status(), k -> new TreeSet<>()).add(id);
    }
    ownersOf(UniqueKey.SLUG).put(record.slug(), id);
    if (record.whatsappNumber() != null) {
      ownersOf(UniqueKey.WHATSAPP_NUMBER).put(record.whatsappNumber(), id);
    }
    for (String hash : record.apiKeyHashes()) {
      ownersOf(UniqueKey.API_KEY_HASH).put(hash, id);
    }
  }

  private void unindex(TenantRecord record) {
    NavigableSet<String> ids = live.get(record.status());
    if (ids != null) {
      ids.remove(record.tenantId());
      if (ids.isEmpty()) {
        live.remove(record.status());
      }
    }
    ownersOf(UniqueKey.SLUG).remove(record.slug());
    if (record.whatsappNumber() != null) {
      ownersOf(UniqueKey.WHATSAPP_NUMBER).remove(record.whatsappNumber());
    }
    for (String hash : record.apiKeyHashes()) {
      ownersOf(UniqueKey.API_KEY_HASH).remove(hash);
    }
  }
}
