package com.wabotiq.store.internal;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guards an adapter's {@link KeyActivity}: checks the arguments before the adapter sees them,
 * wraps every non-storage exception, and refuses results the contract rules out (null, a hash or
 * instant that is null, a written hash it was not given, a forgotten count below zero or above
 * what it was asked to forget). Key hashes never appear in a message.
 */
final class GuardedKeyActivity implements KeyActivity {
  private final KeyActivity delegate;

  GuardedKeyActivity(KeyActivity delegate) {
    this.delegate = delegate;
  }

  @Override
  public Set<String> record(List<KeyUse> uses, Duration minInterval) {
    Checks.notNull(uses, "uses");
    Checks.notNull(minInterval, "min_interval");
    Checks.argument(!minInterval.isNegative(), "min_interval (%s) must not be negative",
        minInterval);
    List<KeyUse> copy = Checks.copyOf(uses, "uses"); // the adapter sees what is checked here
    if (copy.isEmpty()) {
      return Set.of();
    }
    String op = "KeyActivity.record";
    String tenantId = onlyTenant(copy);
    Set<String> written = Faults.call(op, tenantId, () -> delegate.record(copy, minInterval));
    if (written == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    Set<String> given = new HashSet<>();
    copy.forEach(use -> given.add(use.keyHash()));
    for (String hash : written) {
      if (hash == null) {
        throw Faults.garbage(op, tenantId, "a null key hash");
      }
      if (!given.contains(hash)) {
        throw Faults.garbage(op, tenantId, "a written key hash it was not given");
      }
    }
    return Set.copyOf(written);
  }

  @Override
  public Map<String, Instant> lastUses(String tenantId) {
    Checks.notNull(tenantId, "tenant_id");
    String op = "KeyActivity.lastUses";
    Map<String, Instant> uses = Faults.call(op, tenantId, () -> delegate.lastUses(tenantId));
    if (uses == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    for (Map.Entry<String, Instant> use : uses.entrySet()) {
      if (use.getKey() == null || use.getValue() == null) {
        throw Faults.garbage(op, tenantId, "a null key hash or instant");
      }
    }
    return Map.copyOf(uses);
  }

  @Override
  public int forget(String tenantId, Set<String> keyHashes) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(keyHashes, "key_hashes");
    Set<String> copy = Checks.copyOfSet(keyHashes, "key_hashes");
    if (copy.isEmpty()) {
      return 0;
    }
    String op = "KeyActivity.forget";
    int forgotten = Faults.call(op, tenantId, () -> delegate.forget(tenantId, copy));
    if (forgotten < 0 || forgotten > copy.size()) {
      throw Faults.garbage(
          op, tenantId, "a count (" + forgotten + ") outside 0.." + copy.size());
    }
    return forgotten;
  }

  /** The one tenant every use names, for messages; null when they name several. */
  private static @Nullable String onlyTenant(List<KeyUse> uses) {
    String tenant = uses.get(0).tenantId();
    for (KeyUse use : uses) {
      if (!use.tenantId().equals(tenant)) {
        return null;
      }
    }
    return tenant;
  }
}
