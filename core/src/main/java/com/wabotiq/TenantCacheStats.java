package com.wabotiq;

import com.wabotiq.internal.Checks;

/**
 * What the facade's tenant cache has done since the facade was built: lookups answered from the
 * cache (hits), lookups that went to storage (misses), and entries dropped because the cache was
 * full or their time was up (evictions).
 *
 * <p>A lookup by id, slug or WhatsApp number counts once. A tenant that does not exist is never
 * cached, so every lookup of one is a miss.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param hits lookups answered from the cache, at least 0
 * @param misses lookups that went to storage, at least 0
 * @param evictions entries evicted for size or expiry, at least 0 (invalidations do not count)
 * @since 0.1.0
 */
public record TenantCacheStats(long hits, long misses, long evictions) {
  /**
   * Checks the counts.
   *
   * @param hits lookups answered from the cache
   * @param misses lookups that went to storage
   * @param evictions entries evicted
   * @throws IllegalArgumentException naming a negative count
   */
  public TenantCacheStats {
    Checks.argument(hits >= 0, "hits (%d) must be >= 0", hits);
    Checks.argument(misses >= 0, "misses (%d) must be >= 0", misses);
    Checks.argument(evictions >= 0, "evictions (%d) must be >= 0", evictions);
  }

  /**
   * The share of lookups answered from the cache: {@code hits / (hits + misses)}, or 1 when there
   * was no lookup (as Caffeine reports it).
   *
   * @return a number in [0, 1]
   */
  public double hitRate() {
    long requests = hits + misses;
    if (requests < 0) { // both counts near Long.MAX_VALUE: the exact ratio still is hits / total
      return (double) hits / ((double) hits + (double) misses);
    }
    return requests == 0 ? 1.0 : (double) hits / requests;
  }
}
