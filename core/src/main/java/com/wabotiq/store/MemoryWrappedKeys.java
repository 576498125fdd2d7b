package com.wabotiq.store;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.WrappedKeys;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Wrapped keys in the heap, per tenant and key version. One lock (this object's monitor) guards
 * them; arrays are copied on the way in and out, so no caller ever holds the stored array.
 */
final class MemoryWrappedKeys implements WrappedKeys {
  private final Map<String, NavigableMap<Integer, byte[]>> keys = new HashMap<>();

  @Override
  public synchronized void put(String tenantId, int version, byte[] wrappedKey) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(wrappedKey, "wrapped_key == null");
    if (version < 1) {
      throw new IllegalArgumentException("version (" + version + ") must be >= 1");
    }
    if (wrappedKey.length == 0) {
      throw new IllegalArgumentException("wrapped_key (0 bytes) must not be empty");
    }
    NavigableMap<Integer, byte[]> versions = keys.computeIfAbsent(tenantId, t -> new TreeMap<>());
    if (versions.containsKey(version)) {
      throw new DuplicateKeyException("key_version");
    }
    versions.put(version, wrappedKey.clone());
  }

  @Override
  public synchronized Optional<byte[]> get(String tenantId, int version) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    NavigableMap<Integer, byte[]> versions = keys.get(tenantId);
    byte[] key = versions == null ? null : versions.get(version);
    return key == null ? Optional.empty() : Optional.of(key.clone());
  }

  @Override
  public synchronized List<Integer> versions(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    NavigableMap<Integer, byte[]> versions = keys.get(tenantId);
    return versions == null ? List.of() : List.copyOf(versions.keySet());
  }

  @Override
  public synchronized int deleteAll(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    NavigableMap<Integer, byte[]> removed = keys.remove(tenantId);
    if (removed == null) {
      return 0;
    }
    for (byte[] key : removed.values()) {
      Arrays.fill(key, (byte) 0);
    }
    return removed.size();
  }
}
