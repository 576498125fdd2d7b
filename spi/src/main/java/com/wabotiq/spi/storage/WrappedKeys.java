package com.wabotiq.spi.storage;

import java.util.List;
import java.util.Optional;

/**
 * Each tenant's wrapped data keys, one per key version. Deleting them is how a tenant's secrets
 * are shredded: without its data keys, its ciphertexts can never be read again.
 *
 * <p>Byte arrays are copied on the way in and out; the store never shares an array with its
 * caller. Thread-safe.
 *
 * @since 0.1.0
 */
public interface WrappedKeys {
  /**
   * Stores a wrapped key; a stored key is never replaced.
   *
   * @param tenantId the tenant
   * @param version the key version, at least 1
   * @param wrappedKey the wrapped key bytes, not empty
   * @throws DuplicateKeyException if the tenant already has this version
   * @throws IllegalArgumentException if the version is below 1 or the key is empty
   * @throws StorageException if the store fails
   */
  void put(String tenantId, int version, byte[] wrappedKey);

  /**
   * Reads a wrapped key.
   *
   * @param tenantId the tenant
   * @param version the key version
   * @return a copy of the wrapped key, or empty when absent
   * @throws StorageException if the store fails
   */
  Optional<byte[]> get(String tenantId, int version);

  /**
   * The tenant's key versions.
   *
   * @param tenantId the tenant
   * @return the versions in ascending order; empty when it has none
   * @throws StorageException if the store fails
   */
  List<Integer> versions(String tenantId);

  /**
   * Deletes every wrapped key of a tenant (crypto-shredding).
   *
   * @param tenantId the tenant
   * @return how many keys were deleted
   * @throws StorageException if the store fails
   */
  int deleteAll(String tenantId);
}
