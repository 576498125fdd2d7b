package com.wabotiq.examples.adapter;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.spi.storage.WrappedKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A complete storage adapter in one small file, written only against the SPI ({@code
 * com.wabotiq.spi.storage}): the "afternoon adapter" an adopter can read end to end, copy, and
 * replace piece by piece with calls to their own database, re-running the conformance kit after
 * each step (see {@code docs/adapters.md}, "Prove it with the conformance kit").
 *
 * <p>It keeps everything in plain Java maps, in memory, for as long as the object lives. It is
 * deliberately simple rather than fast: each of the five stores guards all of its state with its
 * own monitor ({@code synchronized} on every public method), so every operation, including the
 * multi-counter check-and-add, is one indivisible step, and every write is checked in full before
 * anything changes, so a refused write leaves nothing behind. Tenants are kept in a {@link
 * TreeMap} ordered by id ({@link String#compareTo}), which makes keyset paging a {@code tailMap}
 * after the cursor; unique keys live in one index map from key to owning tenant id; wrapped keys
 * are copied on the way in and on the way out.
 *
 * <p>Thread-safe. Each accessor returns the same store every time.
 *
 * <pre>{@code
 * TenantSdk sdk = TenantSdk.builder().storage(new MapStorage()).build();
 * }</pre>
 */
public final class MapStorage implements StorageProvider {
  /** The tenant records. */
  private final Tenants tenants = new Tenants();

  /** The settings and agent configuration documents. */
  private final Docs documents = new Docs();

  /** The usage counters. */
  private final Counters counters = new Counters();

  /** The wrapped data keys. */
  private final Keys wrappedKeys = new Keys();

  /** When each API key was last used. */
  private final Activity keyActivity = new Activity();

  /** Creates an empty storage. */
  public MapStorage() {
    // Nothing to open: the maps are the storage.
  }

  /** {@return the tenant records, the same store every time} */
  @Override
  public TenantRecords tenants() {
    return tenants;
  }

  /** {@return the documents, the same store every time} */
  @Override
  public Documents documents() {
    return documents;
  }

  /** {@return the usage counters, the same store every time} */
  @Override
  public UsageCounters counters() {
    return counters;
  }

  /** {@return the wrapped keys, the same store every time} */
  @Override
  public WrappedKeys wrappedKeys() {
    return wrappedKeys;
  }

  /** {@return the API keys' last uses, the same store every time} */
  @Override
  public KeyActivity keyActivity() {
    return keyActivity;
  }

  /**
   * Tenant records: a map by id, sorted for paging, and an index of unique keys.
   *
   * <p>The index maps {@code "<kind>:<value>"} (e.g. {@code "slug:acme"}) to the id of the tenant
   * holding it. The kind is the name {@link DuplicateKeyException#key()} reports; no kind name is
   * a prefix of another, so two different (kind, value) pairs never share an index entry.
   * Soft-deleted tenants stay in the index: their keys remain reserved.
   */
  private static final class Tenants implements TenantRecords {
    /** Every tenant, soft-deleted ones included, by id in {@link String#compareTo} order. */
    private final TreeMap<String, TenantRecord> byId = new TreeMap<>();

    /** Unique key ({@code "<kind>:<value>"}) to the id of the tenant that holds it. */
    private final Map<String, String> owners = new HashMap<>();

    /** Creates an empty store. */
    Tenants() {}

    @Override
    public synchronized TenantRecord create(TenantRecord record) {
      Objects.requireNonNull(record, "record == null");
      if (byId.containsKey(record.tenantId())) {
        throw new DuplicateKeyException("tenant_id");
      }
      requireKeysFree(record);
      TenantRecord stored = record.withVersion(1);
      byId.put(stored.tenantId(), stored);
      reserveKeys(stored);
      return stored;
    }

    @Override
    public synchronized Optional<TenantRecord> get(String tenantId) {
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
      requireKeysFree(record); // keys the tenant itself holds count as free
      releaseKeys(current);
      TenantRecord stored = record.withVersion(expectedVersion + 1);
      byId.put(stored.tenantId(), stored);
      reserveKeys(stored);
      return stored;
    }

    @Override
    public synchronized Optional<TenantRecord> findBy(UniqueKey key, String value) {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(value, "value == null");
      String owner = owners.get(indexKey(kindOf(key), value));
      TenantRecord found = owner == null ? null : byId.get(owner);
      return found == null || found.isDeleted() ? Optional.empty() : Optional.of(found);
    }

    @Override
    public synchronized Page<TenantRecord> listByStatus(
        String status, @Nullable String cursor, int limit) {
      Objects.requireNonNull(status, "status == null");
      if (limit < 1) {
        throw new IllegalArgumentException("limit (" + limit + ") must be >= 1");
      }
      // Keyset paging: start strictly after the last id of the previous page.
      NavigableMap<String, TenantRecord> after =
          cursor == null ? byId : byId.tailMap(cursor, false);
      List<TenantRecord> items = new ArrayList<>();
      for (TenantRecord tenant : after.values()) {
        if (!tenant.isDeleted() && tenant.status().equals(status)) {
          if (items.size() == limit) {
            // One more tenant follows: the cursor is the last id returned.
            return new Page<>(items, items.get(items.size() - 1).tenantId());
          }
          items.add(tenant);
        }
      }
      return new Page<>(items, null);
    }

    /** Throws if a unique key of {@code record} is held by another tenant; changes nothing. */
    private void requireKeysFree(TenantRecord record) {
      for (Map.Entry<String, String> key : keysOf(record).entrySet()) {
        String owner = owners.get(key.getKey());
        if (owner != null && !owner.equals(record.tenantId())) {
          throw new DuplicateKeyException(key.getValue());
        }
      }
    }

    /** Records {@code record} as the holder of each of its unique keys. */
    private void reserveKeys(TenantRecord record) {
      for (String key : keysOf(record).keySet()) {
        owners.put(key, record.tenantId());
      }
    }

    /** Frees each unique key of {@code record}. */
    private void releaseKeys(TenantRecord record) {
      for (String key : keysOf(record).keySet()) {
        owners.remove(key);
      }
    }

    /** {@return a record's unique keys besides its id: index key to its kind's name} */
    private static Map<String, String> keysOf(TenantRecord record) {
      Map<String, String> keys = new HashMap<>();
      keys.put(indexKey("slug", record.slug()), "slug");
      if (record.whatsappNumber() != null) {
        keys.put(indexKey("whatsapp_number", record.whatsappNumber()), "whatsapp_number");
      }
      for (String hash : record.apiKeyHashes()) {
        keys.put(indexKey("api_key_hash", hash), "api_key_hash");
      }
      return keys;
    }

    /** {@return the kind name of a unique key, as {@link DuplicateKeyException#key()} has it} */
    private static String kindOf(UniqueKey key) {
      return key.name().toLowerCase(Locale.ROOT);
    }

    /** {@return the index entry of one key value} */
    private static String indexKey(String kind, String value) {
      return kind + ":" + value;
    }
  }

  /** Documents: one map from (tenant, kind) to the stored document. */
  private static final class Docs implements Documents {
    /** Which document of which tenant. */
    private record DocKey(String tenantId, DocumentKind kind) {}

    /** The stored documents. */
    private final Map<DocKey, VersionedDocument> documents = new HashMap<>();

    /** Creates an empty store. */
    Docs() {}

    @Override
    public synchronized Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
      return Optional.ofNullable(documents.get(new DocKey(tenantId, kind)));
    }

    @Override
    public synchronized VersionedDocument put(
        String tenantId, DocumentKind kind, String json, long expectedVersion) {
      Objects.requireNonNull(tenantId, "tenant_id == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(json, "json == null");
      if (expectedVersion < 0) {
        throw new IllegalArgumentException(
            "expected version (" + expectedVersion + ") must be >= 0");
      }
      DocKey key = new DocKey(tenantId, kind);
      VersionedDocument current = documents.get(key);
      long actual = current == null ? 0 : current.version(); // missing: version 0
      if (actual != expectedVersion) {
        throw new VersionConflictException(
            kind.name().toLowerCase(Locale.ROOT), tenantId, expectedVersion, actual);
      }
      VersionedDocument stored = new VersionedDocument(tenantId, kind, expectedVersion + 1, json);
      documents.put(key, stored);
      return stored;
    }
  }

  /** Usage counters: one map from (tenant, metric, period) to the total. */
  private static final class Counters implements UsageCounters {
    /** Which counter. */
    private record CounterKey(String tenantId, String metric, String period) {}

    /** The totals of the counters written so far; any other counter is 0. */
    private final Map<CounterKey, Long> totals = new HashMap<>();

    /** Creates an empty store. */
    Counters() {}

    @Override
    public synchronized long get(String tenantId, String metric, String period) {
      return totals.getOrDefault(new CounterKey(tenantId, metric, period), 0L);
    }

    @Override
    public synchronized AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
      List<CounterKey> keys = keysOf(tenantId, deltas);
      List<Long> before = new ArrayList<>();
      boolean allFit = true;
      for (int i = 0; i < keys.size(); i++) {
        long used = totals.getOrDefault(keys.get(i), 0L);
        before.add(used);
        allFit &= deltas.get(i).fits(used); // never overflows
      }
      if (!allFit) {
        return new AddResult(false, before);
      }
      List<Long> after = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        long total = before.get(i) + deltas.get(i).amount(); // fits: at most the limit
        totals.put(keys.get(i), total);
        after.add(total);
      }
      return new AddResult(true, after);
    }

    @Override
    public synchronized void refund(String tenantId, List<CounterDelta> deltas) {
      List<CounterKey> keys = keysOf(tenantId, deltas);
      for (int i = 0; i < keys.size(); i++) {
        long used = totals.getOrDefault(keys.get(i), 0L);
        totals.put(keys.get(i), Math.max(0, used - deltas.get(i).amount())); // both >= 0
      }
    }

    /** {@return the counters the deltas name, in order; refuses an empty or repeating list} */
    private static List<CounterKey> keysOf(String tenantId, List<CounterDelta> deltas) {
      Objects.requireNonNull(tenantId, "tenant_id == null");
      Objects.requireNonNull(deltas, "deltas == null");
      if (deltas.isEmpty()) {
        throw new IllegalArgumentException("deltas must not be empty");
      }
      List<CounterKey> keys = new ArrayList<>();
      Set<CounterKey> seen = new HashSet<>();
      for (CounterDelta delta : deltas) {
        CounterKey key = new CounterKey(tenantId, delta.metric(), delta.period());
        if (!seen.add(key)) {
          throw new IllegalArgumentException("deltas name one (metric, period) twice");
        }
        keys.add(key);
      }
      return keys;
    }
  }

  /** Wrapped keys: per tenant, a map from key version (ascending) to a private copy of the key. */
  private static final class Keys implements WrappedKeys {
    /** Each tenant's keys by version; a tenant without keys has no entry. */
    private final Map<String, TreeMap<Integer, byte[]>> keys = new HashMap<>();

    /** Creates an empty store. */
    Keys() {}

    @Override
    public synchronized void put(String tenantId, int version, byte[] wrappedKey) {
      Objects.requireNonNull(tenantId, "tenant_id == null");
      Objects.requireNonNull(wrappedKey, "wrapped_key == null");
      if (version < 1) {
        throw new IllegalArgumentException("key version (" + version + ") must be >= 1");
      }
      if (wrappedKey.length == 0) {
        throw new IllegalArgumentException("wrapped key must not be empty");
      }
      TreeMap<Integer, byte[]> tenantKeys = keys.computeIfAbsent(tenantId, t -> new TreeMap<>());
      if (tenantKeys.containsKey(version)) {
        throw new DuplicateKeyException("key_version");
      }
      tenantKeys.put(version, wrappedKey.clone()); // copy in
    }

    @Override
    public synchronized Optional<byte[]> get(String tenantId, int version) {
      TreeMap<Integer, byte[]> tenantKeys = keys.get(tenantId);
      byte[] key = tenantKeys == null ? null : tenantKeys.get(version);
      return key == null ? Optional.empty() : Optional.of(key.clone()); // copy out
    }

    @Override
    public synchronized List<Integer> versions(String tenantId) {
      TreeMap<Integer, byte[]> tenantKeys = keys.get(tenantId);
      return tenantKeys == null ? List.of() : List.copyOf(tenantKeys.keySet());
    }

    @Override
    public synchronized int deleteAll(String tenantId) {
      TreeMap<Integer, byte[]> removed = keys.remove(tenantId);
      return removed == null ? 0 : removed.size();
    }
  }

  /**
   * API keys' last uses: a map per tenant from key hash to instant. The whole check-then-write of
   * a batch runs under the store's monitor, which is what makes "at most one write per interval"
   * hold here; a database adapter gets the same from one conditional statement per use.
   */
  private static final class Activity implements KeyActivity {
    /** Each tenant's last uses by key hash; a tenant without any has no entry. */
    private final Map<String, Map<String, Instant>> lastUses = new HashMap<>();

    /** Creates an empty store. */
    Activity() {}

    @Override
    public synchronized Set<String> record(List<KeyUse> uses, Duration minInterval) {
      Objects.requireNonNull(uses, "uses == null");
      Objects.requireNonNull(minInterval, "min_interval == null");
      if (minInterval.isNegative()) {
        throw new IllegalArgumentException("min_interval must not be negative");
      }
      for (KeyUse use : uses) {
        Objects.requireNonNull(use, "uses has a null element"); // checked before any write
      }
      Set<String> written = new HashSet<>();
      for (KeyUse use : uses) {
        Map<String, Instant> tenant = lastUses.computeIfAbsent(use.tenantId(), t -> new HashMap<>());
        Instant stored = tenant.get(use.keyHash());
        // Duration.between never overflows, where usedAt.minus(minInterval) could.
        if (stored == null
            || Duration.between(stored, use.usedAt()).compareTo(minInterval) >= 0) {
          tenant.put(use.keyHash(), use.usedAt());
          written.add(use.keyHash());
        }
      }
      return Set.copyOf(written);
    }

    @Override
    public synchronized Map<String, Instant> lastUses(String tenantId) {
      Objects.requireNonNull(tenantId, "tenant_id == null");
      Map<String, Instant> tenant = lastUses.get(tenantId);
      return tenant == null ? Map.of() : Map.copyOf(tenant);
    }

    @Override
    public synchronized int forget(String tenantId, Set<String> keyHashes) {
      Objects.requireNonNull(tenantId, "tenant_id == null");
      Objects.requireNonNull(keyHashes, "key_hashes == null");
      Map<String, Instant> tenant = lastUses.get(tenantId);
      int forgotten = 0;
      for (String hash : keyHashes) {
        if (tenant != null && tenant.remove(hash) != null) {
          forgotten++;
        }
      }
      return forgotten;
    }
  }
}
