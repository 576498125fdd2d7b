package com.wabotiq.store.internal;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.WrappedKeys;
import java.util.List;
import java.util.Optional;

/**
 * Guards an adapter's {@link WrappedKeys}: checks the arguments before the adapter sees them,
 * wraps every non-storage exception, and refuses results the contract rules out (null, an empty
 * key, versions below 1 or out of order, a negative deletion count). Key bytes never appear in a
 * message.
 */
final class GuardedWrappedKeys implements WrappedKeys {
  private final WrappedKeys delegate;

  GuardedWrappedKeys(WrappedKeys delegate) {
    this.delegate = delegate;
  }

  @Override
  public void put(String tenantId, int version, byte[] wrappedKey) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(wrappedKey, "wrapped_key");
    Checks.argument(version >= 1, "version (%d) must be >= 1", version);
    Checks.argument(wrappedKey.length > 0, "wrapped_key (0 bytes) must not be empty");
    Faults.run("WrappedKeys.put", tenantId, () -> delegate.put(tenantId, version, wrappedKey));
  }

  @Override
  public Optional<byte[]> get(String tenantId, int version) {
    Checks.notNull(tenantId, "tenant_id");
    String op = "WrappedKeys.get";
    Optional<byte[]> found = Faults.call(op, tenantId, () -> delegate.get(tenantId, version));
    if (found == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    if (found.isPresent() && found.get().length == 0) {
      throw Faults.garbage(op, tenantId, "an empty key");
    }
    return found;
  }

  @Override
  public List<Integer> versions(String tenantId) {
    Checks.notNull(tenantId, "tenant_id");
    String op = "WrappedKeys.versions";
    List<Integer> versions = Faults.call(op, tenantId, () -> delegate.versions(tenantId));
    if (versions == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    int previous = 0;
    for (Integer version : versions) {
      if (version == null) {
        throw Faults.garbage(op, tenantId, "a null version");
      }
      if (version <= previous) {
        throw Faults.garbage(op, tenantId, "versions below 1 or not strictly ascending");
      }
      previous = version;
    }
    return List.copyOf(versions);
  }

  @Override
  public int deleteAll(String tenantId) {
    Checks.notNull(tenantId, "tenant_id");
    String op = "WrappedKeys.deleteAll";
    int deleted = Faults.call(op, tenantId, () -> delegate.deleteAll(tenantId));
    if (deleted < 0) {
      throw Faults.garbage(op, tenantId, "a negative count (" + deleted + ")");
    }
    return deleted;
  }
}
