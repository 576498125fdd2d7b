package com.wabotiq.store;

import com.wabotiq.spi.storage.KeyUse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks and the interval rule the key activity stores share. Internal: not API.
 *
 * <p>The rule compares {@code Duration.between(stored, used)} with the interval rather than
 * subtracting the interval from an instant, so it never overflows: any two instants are at most
 * about 6.3 × 10<sup>16</sup> seconds apart, and any {@link Duration} compares with that.
 */
final class KeyUses {
  private KeyUses() {}

  /**
   * Refuses a null batch, a null use and a null or negative interval.
   *
   * @param uses the batch
   * @param minInterval the interval
   * @throws NullPointerException naming what is null
   * @throws IllegalArgumentException if {@code minInterval} is negative
   */
  static void check(@Nullable List<KeyUse> uses, @Nullable Duration minInterval) {
    Objects.requireNonNull(uses, "uses == null");
    Objects.requireNonNull(minInterval, "min_interval == null");
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("min_interval (" + minInterval + ") must not be negative");
    }
    for (int i = 0; i < uses.size(); i++) {
      if (uses.get(i) == null) {
        throw new NullPointerException("uses[" + i + "] == null");
      }
    }
  }

  /**
   * Refuses a null tenant id, a null set and a null hash in it.
   *
   * @param tenantId the tenant
   * @param keyHashes the hashes
   * @throws NullPointerException naming what is null
   */
  static void checkForget(@Nullable String tenantId, @Nullable Set<String> keyHashes) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(keyHashes, "key_hashes == null");
    for (String hash : keyHashes) {
      if (hash == null) {
        throw new NullPointerException("key_hashes has a null element");
      }
    }
  }

  /**
   * Whether a use replaces the stored last use: there is none, or it is at least {@code
   * minInterval} before the use.
   *
   * @param stored the stored last use, or null
   * @param used the use's instant
   * @param minInterval the interval, not negative
   * @return true when the use is to be written
   */
  static boolean isDue(@Nullable Instant stored, Instant used, Duration minInterval) {
    return stored == null || Duration.between(stored, used).compareTo(minInterval) >= 0;
  }

  /**
   * The latest stored instant a use may replace, {@code used − minInterval}, or null when that is
   * before {@code earliest} (no stored instant is that early, so the use replaces none).
   *
   * @param used the use's instant
   * @param minInterval the interval, not negative
   * @param earliest the earliest instant the store holds
   * @return the threshold, or null
   */
  static @Nullable Instant threshold(Instant used, Duration minInterval, Instant earliest) {
    if (Duration.between(earliest, used).compareTo(minInterval) < 0) {
      return null;
    }
    return used.minus(minInterval); // >= earliest >= Instant.MIN: cannot overflow
  }
}
