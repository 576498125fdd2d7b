package com.wabotiq.store;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The in-memory {@link KeyActivity}: one map per tenant, behind one lock. */
final class MemoryKeyActivity implements KeyActivity {
  private final Map<String, Map<String, Instant>> lastUses = new HashMap<>();

  @Override
  public synchronized Set<String> record(List<KeyUse> uses, Duration minInterval) {
    KeyUses.check(uses, minInterval);
    Set<String> written = new LinkedHashSet<>();
    for (KeyUse use : uses) {
      Map<String, Instant> tenant = lastUses.computeIfAbsent(use.tenantId(), t -> new HashMap<>());
      Instant stored = tenant.get(use.keyHash());
      if (KeyUses.isDue(stored, use.usedAt(), minInterval)) {
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
    KeyUses.checkForget(tenantId, keyHashes);
    Map<String, Instant> tenant = lastUses.get(tenantId);
    if (tenant == null) {
      return 0;
    }
    int forgotten = 0;
    for (String hash : keyHashes) {
      if (tenant.remove(hash) != null) {
        forgotten++;
      }
    }
    return forgotten;
  }
}
