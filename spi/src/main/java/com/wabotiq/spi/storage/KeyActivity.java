package com.wabotiq.spi.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each API key was last used, kept apart from the tenant record so that recording a use never
 * bumps the record's version or races a settings update.
 *
 * <p>A use is recorded only when it is at least a given interval after the stored one: the write
 * is conditional in the store itself, so several application instances that see the same key in
 * the same minute do not all write. Tenants are independent: equal hashes of two tenants are two
 * keys. An instant written reads back equal (a store that keeps less than nanoseconds cuts it
 * before it compares and writes). Thread-safe.
 *
 * @since 0.1.0
 */
public interface KeyActivity {
  /**
   * Records uses, each atomically: a use's instant becomes its key's last use when the key has
   * none stored, or when the stored one is at or before {@code usedAt − minInterval}. Otherwise
   * the use is dropped. Uses of one key in the batch are taken in list order.
   *
   * @param uses the uses to record, in any order; may be empty
   * @param minInterval the shortest time between two recorded uses of one key, not negative
   * @return the key hashes whose last use this call wrote
   * @throws IllegalArgumentException if {@code minInterval} is negative
   * @throws NullPointerException if {@code uses}, one of its uses or {@code minInterval} is null;
   *     nothing is then written
   * @throws StorageException if the store fails, or cannot store an instant this early or late;
   *     uses already written stay written
   */
  Set<String> record(List<KeyUse> uses, Duration minInterval);

  /**
   * The recorded last uses of one tenant's keys. Never shows another tenant's keys.
   *
   * @param tenantId the tenant
   * @return each key hash with its last recorded use; empty when none was recorded
   * @throws StorageException if the store fails
   */
  Map<String, Instant> lastUses(String tenantId);

  /**
   * Forgets the recorded uses of the given keys of one tenant, e.g. when they are deleted. Keys of
   * other tenants are untouched even when a hash is given.
   *
   * @param tenantId the tenant
   * @param keyHashes the key hashes to forget
   * @return how many were forgotten
   * @throws StorageException if the store fails
   */
  int forget(String tenantId, Set<String> keyHashes);
}
