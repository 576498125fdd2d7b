package com.wabotiq.store.kit;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A key activity store that is correct except for one deliberate {@link Flaw}, to show that the
 * kit catches it. With {@link Flaw#NONE} it passes the whole kit.
 */
final class FlawedKeyActivity implements KeyActivity {
  /** The deliberate bugs. */
  enum Flaw {
    /** No bug: the control. */
    NONE,
    /** Writes every use, whatever the stored one: no interval, and time may run backwards. */
    WRITES_UNCONDITIONALLY,
    /** Writes only when the stored use is strictly more than the interval before. */
    EXCLUSIVE_BOUNDARY,
    /** Keys uses by hash only: a tenant sees, and overwrites, another's uses of an equal hash. */
    LEAKS_TENANTS,
    /** Forget ignores the tenant: it forgets another tenant's equal hashes too. */
    FORGETS_ACROSS_TENANTS,
    /** Reads the stored use, pauses, then writes, without holding a lock across both. */
    RACY_CHECK_THEN_WRITE,
    /** Takes a batch's uses in time order, not list order. */
    SORTS_BY_TIME,
    /** Accepts a negative interval. */
    NO_ARGUMENT_CHECKS,
    /** Compares with {@code usedAt.minus(minInterval)}, which overflows for huge intervals. */
    SUBTRACTS_INTERVAL,
    /** Keeps milliseconds only. */
    MILLISECONDS
  }

  private record Key(String tenantId, String keyHash) {}

  private final Flaw flaw;
  private final Map<Key, Instant> lastUses = new HashMap<>();

  FlawedKeyActivity(Flaw flaw) {
    this.flaw = flaw;
  }

  @Override
  public Set<String> record(List<KeyUse> uses, Duration minInterval) {
    Objects.requireNonNull(uses, "uses == null");
    Objects.requireNonNull(minInterval, "min_interval == null");
    if (flaw != Flaw.NO_ARGUMENT_CHECKS && minInterval.isNegative()) {
      throw new IllegalArgumentException("min_interval must not be negative");
    }
    uses.forEach(use -> Objects.requireNonNull(use, "use == null"));
    List<KeyUse> ordered = new ArrayList<>(uses);
    if (flaw == Flaw.SORTS_BY_TIME) {
      ordered.sort(Comparator.comparing(KeyUse::usedAt));
    }
    Set<String> written = new HashSet<>();
    for (KeyUse use : ordered) {
      if (flaw == Flaw.RACY_CHECK_THEN_WRITE) {
        boolean due;
        synchronized (this) {
          due = isDue(lastUses.get(key(use)), use.usedAt(), minInterval);
        }
        FlawedTenantRecords.pause();
        if (due) {
          synchronized (this) {
            lastUses.put(key(use), stored(use.usedAt()));
          }
          written.add(use.keyHash());
        }
        continue;
      }
      synchronized (this) {
        if (isDue(lastUses.get(key(use)), use.usedAt(), minInterval)) {
          lastUses.put(key(use), stored(use.usedAt()));
          written.add(use.keyHash());
        }
      }
    }
    return written;
  }

  @Override
  public synchronized Map<String, Instant> lastUses(String tenantId) {
    Map<String, Instant> uses = new HashMap<>();
    lastUses.forEach((key, at) -> {
      if (flaw == Flaw.LEAKS_TENANTS || key.tenantId().equals(tenantId)) {
        uses.put(key.keyHash(), at);
      }
    });
    return uses;
  }

  @Override
  public synchronized int forget(String tenantId, Set<String> keyHashes) {
    int forgotten = 0;
    var entries = lastUses.keySet().iterator();
    while (entries.hasNext()) {
      Key key = entries.next();
      boolean tenantMatches = flaw == Flaw.FORGETS_ACROSS_TENANTS
          || key.tenantId().equals(tenantId);
      if (tenantMatches && keyHashes.contains(key.keyHash())) {
        entries.remove();
        forgotten++;
      }
    }
    return forgotten;
  }

  private boolean isDue(Instant stored, Instant used, Duration minInterval) {
    if (stored == null || flaw == Flaw.WRITES_UNCONDITIONALLY) {
      return true;
    }
    if (flaw == Flaw.SUBTRACTS_INTERVAL) {
      return !stored.isAfter(used.minus(minInterval));
    }
    int order = Duration.between(stored, used).compareTo(minInterval);
    return flaw == Flaw.EXCLUSIVE_BOUNDARY ? order > 0 : order >= 0;
  }

  private Instant stored(Instant used) {
    return flaw == Flaw.MILLISECONDS ? used.truncatedTo(ChronoUnit.MILLIS) : used;
  }

  private Key key(KeyUse use) {
    return new Key(flaw == Flaw.LEAKS_TENANTS ? "" : use.tenantId(), use.keyHash());
  }
}
