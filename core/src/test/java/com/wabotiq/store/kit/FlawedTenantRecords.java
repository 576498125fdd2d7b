package com.wabotiq.store.kit;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * A tenant record store that is correct except for one deliberate {@link Flaw}, to show that the
 * kit catches it. With {@link Flaw#NONE} it passes the whole kit.
 */
final class FlawedTenantRecords implements TenantRecords {
  /** The deliberate bugs. */
  enum Flaw {
    /** No bug: the control. */
    NONE,
    /** Create stores the version the caller gave instead of 1. */
    KEEPS_GIVEN_VERSION,
    /** Update overwrites whatever the stored version is. */
    IGNORES_VERSION,
    /** Update checks the version, then writes after a pause, without holding a lock. */
    RACY_VERSION_CHECK,
    /** Update of an unknown tenant creates it. */
    UPDATE_CREATES,
    /** Slugs are not checked for uniqueness. */
    NO_UNIQUE_SLUG,
    /** Create checks the slug, then writes after a pause, without holding a lock. */
    RACY_UNIQUE_CHECK,
    /** Update refuses the tenant's own keys as if another tenant held them. */
    REJECTS_OWN_KEYS,
    /** A refused create still reserves the keys it checked before the taken one. */
    PARTIAL_WRITE_ON_DUPLICATE,
    /** Update keeps the old keys reserved after they changed. */
    NEVER_RELEASES_KEYS,
    /** A duplicate reports the wrong key kind. */
    WRONG_KEY_NAME,
    /** findBy returns soft-deleted tenants. */
    FINDS_DELETED,
    /** Soft deletion releases the tenant's keys. */
    RELEASES_KEYS_ON_DELETE,
    /** findBy ignores case. */
    CASE_INSENSITIVE_FIND,
    /** listByStatus lists soft-deleted tenants. */
    LISTS_DELETED,
    /** The cursor is an offset into the matching tenants. */
    OFFSET_PAGING,
    /** The next page starts at the cursor, inclusive. */
    INCLUSIVE_CURSOR,
    /** The cursor is set on every full page, even when no tenant follows. */
    CURSOR_ON_FULL_LAST_PAGE,
    /** Tenants are listed in case-insensitive order, as a linguistic collation would. */
    CASE_INSENSITIVE_ORDER,
    /** Documents lose their whitespace-free shape: the store trims and re-spaces them. */
    NORMALISES_DOCUMENT
  }

  private final Flaw flaw;
  private final Map<String, TenantRecord> byId = new ConcurrentHashMap<>();
  private final Map<String, String> owners = new ConcurrentHashMap<>();

  FlawedTenantRecords(Flaw flaw) {
    this.flaw = flaw;
  }

  private Object lock(Flaw racy) {
    return flaw == racy ? new Object() : this;
  }

  @Override
  public TenantRecord create(TenantRecord record) {
    synchronized (lock(Flaw.RACY_UNIQUE_CHECK)) {
      if (byId.containsKey(record.tenantId())) {
        throw new DuplicateKeyException("tenant_id");
      }
      checkFree(record, flaw == Flaw.PARTIAL_WRITE_ON_DUPLICATE);
      if (flaw == Flaw.RACY_UNIQUE_CHECK) {
        pause();
      }
      TenantRecord stored = stored(record, flaw == Flaw.KEEPS_GIVEN_VERSION ? record.version() : 1);
      byId.put(stored.tenantId(), stored);
      index(stored);
      return stored;
    }
  }

  @Override
  public synchronized Optional<TenantRecord> get(String tenantId) {
    return Optional.ofNullable(byId.get(tenantId));
  }

  @Override
  public TenantRecord update(TenantRecord record, long expectedVersion) {
    synchronized (lock(Flaw.RACY_VERSION_CHECK)) {
      TenantRecord current = byId.get(record.tenantId());
      if (current == null) {
        if (flaw == Flaw.UPDATE_CREATES) {
          return create(record);
        }
        throw new NotFoundException("tenant " + record.tenantId());
      }
      if (current.version() != expectedVersion && flaw != Flaw.IGNORES_VERSION) {
        throw new VersionConflictException("tenant", record.tenantId(), expectedVersion,
            current.version());
      }
      checkFree(record, false);
      if (flaw == Flaw.RACY_VERSION_CHECK) {
        pause();
      }
      TenantRecord stored = stored(record, current.version() + 1);
      if (flaw != Flaw.NEVER_RELEASES_KEYS) {
        unindex(current);
      }
      byId.put(stored.tenantId(), stored);
      if (!(stored.isDeleted() && flaw == Flaw.RELEASES_KEYS_ON_DELETE)) {
        index(stored);
      }
      return stored;
    }
  }

  @Override
  public synchronized Optional<TenantRecord> findBy(UniqueKey key, String value) {
    String owner = owners.get(ownerKey(key, value));
    if (flaw == Flaw.CASE_INSENSITIVE_FIND) {
      for (Map.Entry<String, String> e : owners.entrySet()) {
        if (e.getKey().equalsIgnoreCase(ownerKey(key, value))) {
          owner = e.getValue();
        }
      }
    }
    TenantRecord record = owner == null ? null : byId.get(owner);
    if (record == null || (record.isDeleted() && flaw != Flaw.FINDS_DELETED)) {
      return Optional.empty();
    }
    return Optional.of(record);
  }

  @Override
  public synchronized Page<TenantRecord> listByStatus(
      String status, @Nullable String cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit (" + limit + ") must be >= 1");
    }
    Comparator<String> order = flaw == Flaw.CASE_INSENSITIVE_ORDER
        ? String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())
        : Comparator.naturalOrder();
    TreeMap<String, TenantRecord> sorted = new TreeMap<>(order);
    for (TenantRecord r : byId.values()) {
      if (r.status().equals(status) && (!r.isDeleted() || flaw == Flaw.LISTS_DELETED)) {
        sorted.put(r.tenantId(), r);
      }
    }
    List<TenantRecord> matching = new ArrayList<>(sorted.values());
    int from;
    if (flaw == Flaw.OFFSET_PAGING) {
      from = cursor == null ? 0 : Integer.parseInt(cursor);
    } else {
      from = 0;
      while (cursor != null && from < matching.size()
          && order.compare(matching.get(from).tenantId(), cursor) < 0) {
        from++;
      }
      if (cursor != null && from < matching.size() && flaw != Flaw.INCLUSIVE_CURSOR
          && matching.get(from).tenantId().equals(cursor)) {
        from++;
      }
    }
    int to = (int) Math.min((long) from + limit, matching.size());
    List<TenantRecord> items = matching.subList(Math.min(from, to), to);
    boolean more = to < matching.size()
        || (flaw == Flaw.CURSOR_ON_FULL_LAST_PAGE && items.size() == limit);
    String next = !more ? null
        : flaw == Flaw.OFFSET_PAGING ? Integer.toString(to) : items.get(items.size() - 1).tenantId();
    return new Page<>(items, next);
  }

  private TenantRecord stored(TenantRecord record, long version) {
    TenantRecord stored = record.withVersion(version);
    if (flaw == Flaw.NORMALISES_DOCUMENT) {
      String spaced = record.document().trim().replace("\":", "\": ").replace(",\"", ", \"");
      stored = new TenantRecord(stored.tenantId(), version, stored.slug(),
          stored.whatsappNumber(), stored.status(), stored.apiKeyHashes(), stored.deletedAt(),
          spaced);
    }
    return stored;
  }

  /** Throws if another tenant holds one of the keys; reserves each checked key when partial. */
  private void checkFree(TenantRecord record, boolean reserveAsItGoes) {
    List<String[]> keys = new ArrayList<>();
    keys.add(new String[] {ownerKey(UniqueKey.SLUG, record.slug()), "slug"});
    if (record.whatsappNumber() != null) {
      keys.add(new String[] {ownerKey(UniqueKey.WHATSAPP_NUMBER, record.whatsappNumber()),
          "whatsapp_number"});
    }
    for (String hash : record.apiKeyHashes()) {
      keys.add(new String[] {ownerKey(UniqueKey.API_KEY_HASH, hash), "api_key_hash"});
    }
    for (String[] key : keys) {
      String owner = owners.get(key[0]);
      boolean own = Objects.equals(owner, record.tenantId()) && flaw != Flaw.REJECTS_OWN_KEYS;
      boolean enforced = !(flaw == Flaw.NO_UNIQUE_SLUG && key[1].equals("slug"));
      if (owner != null && !own && enforced) {
        throw new DuplicateKeyException(flaw == Flaw.WRONG_KEY_NAME ? "unique key" : key[1]);
      }
      if (reserveAsItGoes) {
        owners.put(key[0], record.tenantId());
      }
    }
  }

  private void index(TenantRecord record) {
    owners.put(ownerKey(UniqueKey.SLUG, record.slug()), record.tenantId());
    if (record.whatsappNumber() != null) {
      owners.put(ownerKey(UniqueKey.WHATSAPP_NUMBER, record.whatsappNumber()), record.tenantId());
    }
    for (String hash : record.apiKeyHashes()) {
      owners.put(ownerKey(UniqueKey.API_KEY_HASH, hash), record.tenantId());
    }
  }

  private void unindex(TenantRecord record) {
    owners.remove(ownerKey(UniqueKey.SLUG, record.slug()));
    if (record.whatsappNumber() != null) {
      owners.remove(ownerKey(UniqueKey.WHATSAPP_NUMBER, record.whatsappNumber()));
    }
    for (String hash : record.apiKeyHashes()) {
      owners.remove(ownerKey(UniqueKey.API_KEY_HASH, hash));
    }
  }

  private static String ownerKey(UniqueKey key, String value) {
    return key.name().toLowerCase(Locale.ROOT) + ":" + value;
  }

  /** A gap between check and write, as a round trip to a database would leave. */
  static void pause() {
    LockSupport.parkNanos(1_000_000);
  }
}
