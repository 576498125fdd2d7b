package com.wabotiq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.internal.CoarseTicker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.wabotiq.tenant.Tenant;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The facade's tenant cache: decoded tenants by id, slug and WhatsApp number, in one bounded
 * Caffeine cache with expiry and statistics.
 *
 * <p>Keys: a tenant id is its {@code String} value; a slug is a {@link SlugKey}, a WhatsApp number
 * a {@link NumberKey}, so the three can never collide. Every key maps straight to an {@link Entry}
 * (no second lookup through the id), and an entry carries the {@code Optional}s the facade
 * returns, built once: a hit allocates nothing beyond the lookup's own key.
 *
 * <p>Coherence with this facade's own writes: population and invalidation of one tenant run under
 * that tenant's lock (one of {@value #STRIPES} striped monitors; hits take no lock), and an entry is
 * only ever replaced by one of a higher or equal version. So a reader that fetched an old version
 * before a write cannot put it back after the write cached the new one, and the aliases (slug,
 * number) always follow the entry under the id. Writes by other facades or processes are not seen
 * until the entry expires.
 *
 * <p>Cost of a hit. Expiry makes Caffeine read its ticker on every lookup, and on our two-core
 * VMs {@code System.nanoTime()} alone costs about 30 ns, several times a whole lookup; so the cache
 * reads the {@link com.wabotiq.internal.CoarseTicker} (one volatile read, refreshed every 20 ms),
 * and an entry may outlive its expiry by that much. The measured cost of a hit beside a bare
 * Caffeine lookup is in docs/performance.md (TenantLookupBenchmark).
 */
final class TenantCache {
  static final int STRIPES = 64;

  /** The answer of a lookup for a tenant that is not there; never cached. */
  static final Entry ABSENT = new Entry();

  private final @Nullable Cache<Object, Entry> cache;
  private final @Nullable ConcurrentMap<Object, Entry> map;
  private final Object[] locks;

  private TenantCache(@Nullable Cache<Object, Entry> cache) {
    this.cache = cache;
    this.map = cache == null ? null : cache.asMap();
    this.locks = new Object[cache == null ? 0 : STRIPES];
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /** A cache that holds nothing: every lookup goes to storage. */
  static TenantCache disabled() {
    return new TenantCache(null);
  }

  /**
   * A bounded cache with expiry and statistics.
   *
   * @param maximumSize the most keys held (a tenant takes up to three: id, slug, number)
   * @param expireAfterWrite how long an entry lives after it was written
   * @param ticker nanoTime source for tests; null for the coarse system ticker
   */
  static TenantCache create(long maximumSize, Duration expireAfterWrite, @Nullable LongSupplier ticker) {
    Caffeine<Object, Object> builder =
        Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(expireAfterWrite).recordStats();
    if (ticker != null) {
      // Tests: a hand-moved clock, and maintenance (evictions) done on the calling thread.
      builder.ticker(ticker::getAsLong).executor(Runnable::run);
    } else {
      // Expiry reads the ticker on every lookup; System.nanoTime() would cost more than the
      // lookup itself. See CoarseTicker and docs/performance.md.
      builder.ticker(CoarseTicker::read);
    }
    return new TenantCache(builder.build());
  }

  /** The entry of a tenant id, or null on a miss. The hot path: one Caffeine lookup. */
  @Nullable Entry byId(String tenantId) {
    Cache<Object, Entry> c = cache;
    return c == null ? null : c.getIfPresent(tenantId);
  }

  /** The entry of a slug, or null on a miss. */
  @Nullable Entry bySlug(String slug) {
    Cache<Object, Entry> c = cache;
    return c == null ? null : c.getIfPresent(new SlugKey(slug));
  }

  /** The entry of a WhatsApp number, or null on a miss. */
  @Nullable Entry byNumber(String whatsappNumber) {
    Cache<Object, Entry> c = cache;
    return c == null ? null : c.getIfPresent(new NumberKey(whatsappNumber));
  }

  /**
   * Caches a tenant read from storage, unless a newer version is cached already.
   *
   * @return the entry to answer with (for {@code loaded}, even when the cache is disabled)
   */
  Entry put(Versioned<Tenant> loaded) {
    Entry entry = new Entry(loaded);
    ConcurrentMap<Object, Entry> m = map;
    if (m == null) {
      return entry;
    }
    String id = loaded.value().id().value();
    synchronized (lock(id)) {
      Entry current = m.get(id);
      if (current != null && current.version() > entry.version()) {
        return entry; // a write cached something newer meanwhile; leave it, answer what was read
      }
      if (current != null && current.tenant != null) {
        removeAliases(m, current.tenant, id); // the older state's slug or number may be gone
      }
      m.put(id, entry);
      putAliases(m, entry);
    }
    return entry;
  }

  /**
   * Records a write through this facade: drops the tenant's entry and every alias of it (those of
   * the cached entry and of {@code before}, the state the write replaced, so an old slug or
   * number no longer finds it), then caches {@code written}.
   */
  void written(@Nullable Tenant before, Versioned<Tenant> written) {
    ConcurrentMap<Object, Entry> m = map;
    if (m == null) {
      return;
    }
    String id = written.value().id().value();
    synchronized (lock(id)) {
      drop(m, id, before);
      Entry entry = new Entry(written);
      m.put(id, entry);
      putAliases(m, entry);
    }
  }

  /**
   * Drops a tenant's entry and its aliases (after a failed write, whose outcome may be unknown).
   */
  void invalidate(String tenantId, @Nullable Tenant known) {
    ConcurrentMap<Object, Entry> m = map;
    if (m == null) {
      return;
    }
    synchronized (lock(tenantId)) {
      drop(m, tenantId, known);
    }
  }

  /** The statistics so far; zeros when the cache is disabled. */
  TenantCacheStats stats() {
    Cache<Object, Entry> c = cache;
    if (c == null) {
      return new TenantCacheStats(0, 0, 0);
    }
    CacheStats s = c.stats();
    return new TenantCacheStats(s.hitCount(), s.missCount(), s.evictionCount());
  }

  /** Runs pending maintenance (expiry, eviction); for tests. */
  void cleanUp() {
    Cache<Object, Entry> c = cache;
    if (c != null) {
      c.cleanUp();
    }
  }

  private static void drop(ConcurrentMap<Object, Entry> m, String id, @Nullable Tenant known) {
    Entry cached = m.remove(id);
    if (cached != null && cached.tenant != null) {
      removeAliases(m, cached.tenant, id);
    }
    if (known != null) {
      removeAliases(m, known, id);
    }
  }

  private static void putAliases(ConcurrentMap<Object, Entry> m, Entry entry) {
    Tenant tenant = entry.tenant;
    if (tenant == null || tenant.isDeleted()) {
      return; // lookups by slug and number skip deleted tenants
    }
    m.put(new SlugKey(tenant.slug()), entry);
    String number = tenant.whatsappNumber();
    if (number != null) {
      m.put(new NumberKey(number), entry);
    }
  }

  /** Removes the aliases {@code tenant} had, where they still point to tenant {@code id}. */
  private static void removeAliases(ConcurrentMap<Object, Entry> m, Tenant tenant, String id) {
    removeIfOf(m, new SlugKey(tenant.slug()), id);
    String number = tenant.whatsappNumber();
    if (number != null) {
      removeIfOf(m, new NumberKey(number), id);
    }
  }

  private static void removeIfOf(ConcurrentMap<Object, Entry> m, Object key, String id) {
    m.computeIfPresent(key, (k, e) -> e.tenant != null && e.tenant.id().value().equals(id) ? null : e);
  }

  private Object lock(String tenantId) {
    return locks[tenantId.hashCode() & (STRIPES - 1)];
  }

  /** A slug as a cache key. */
  record SlugKey(String slug) {}

  /** A WhatsApp number as a cache key. */
  record NumberKey(String number) {}

  /** A cached tenant with the answers the facade returns, built once. */
  static final class Entry {
    final @Nullable Tenant tenant;
    final long version;
    final Optional<Tenant> asTenant;
    final Optional<Versioned<Tenant>> asVersioned;

    private Entry() {
      this.tenant = null;
      this.version = -1;
      this.asTenant = Optional.empty();
      this.asVersioned = Optional.empty();
    }

    Entry(Versioned<Tenant> versioned) {
      this.tenant = versioned.value();
      this.version = versioned.version();
      this.asTenant = Optional.of(versioned.value());
      this.asVersioned = Optional.of(versioned);
    }

    long version() {
      return version;
    }
  }
}
