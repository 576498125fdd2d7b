package com.wabotiq.store.kit;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.WrappedKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A wrapped key store that is correct except for one deliberate {@link Flaw}, to show that the
 * kit catches it. With {@link Flaw#NONE} it passes the whole kit.
 */
final class FlawedWrappedKeys implements WrappedKeys {
  /** The deliberate bugs. */
  enum Flaw {
    /** No bug: the control. */
    NONE,
    /** Keeps the caller's array instead of a copy. */
    SHARES_INPUT,
    /** Returns the stored array instead of a copy. */
    SHARES_OUTPUT,
    /** Put replaces a stored version. */
    REPLACES_DUPLICATE,
    /** Lists versions in insertion order. */
    INSERTION_ORDER,
    /** Keys are keyed by version only: tenants share them. */
    IGNORES_TENANT,
    /** Accepts version 0, negative versions and empty keys. */
    NO_ARGUMENT_CHECKS,
    /** Checks for a taken version, then writes after a pause, without holding a lock. */
    RACY_DUPLICATE_CHECK
  }

  private final Flaw flaw;
  private final Map<String, Map<Integer, byte[]>> keys = new LinkedHashMap<>();

  FlawedWrappedKeys(Flaw flaw) {
    this.flaw = flaw;
  }

  @Override
  public void put(String tenantId, int version, byte[] wrappedKey) {
    if (flaw != Flaw.NO_ARGUMENT_CHECKS && (version < 1 || wrappedKey.length == 0)) {
      throw new IllegalArgumentException("version (" + version + ") must be >= 1, key not empty");
    }
    boolean taken;
    synchronized (flaw == Flaw.RACY_DUPLICATE_CHECK ? new Object() : this) {
      synchronized (this) {
        taken = slots(tenant(tenantId)).containsKey(version);
      }
      if (taken && flaw != Flaw.REPLACES_DUPLICATE) {
        throw new DuplicateKeyException("key_version");
      }
      if (flaw == Flaw.RACY_DUPLICATE_CHECK) {
        FlawedTenantRecords.pause();
      }
      synchronized (this) {
        slots(tenant(tenantId))
            .put(version, flaw == Flaw.SHARES_INPUT ? wrappedKey : wrappedKey.clone());
      }
    }
  }

  @Override
  public synchronized Optional<byte[]> get(String tenantId, int version) {
    byte[] key = slots(tenant(tenantId)).get(version);
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(flaw == Flaw.SHARES_OUTPUT ? key : key.clone());
  }

  @Override
  public synchronized List<Integer> versions(String tenantId) {
    List<Integer> versions = new ArrayList<>(slots(tenant(tenantId)).keySet());
    if (flaw != Flaw.INSERTION_ORDER) {
      versions.sort(null);
    }
    return versions;
  }

  @Override
  public synchronized int deleteAll(String tenantId) {
    Map<Integer, byte[]> removed = keys.remove(tenant(tenantId));
    return removed == null ? 0 : removed.size();
  }

  private Map<Integer, byte[]> slots(String tenant) {
    return keys.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
  }

  private String tenant(String tenantId) {
    return flaw == Flaw.IGNORES_TENANT ? "" : tenantId;
  }
}
