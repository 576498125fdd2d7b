package com.wabotiq.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.store.ForwardingKeyActivity;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The guard around an adapter's {@link KeyActivity}: arguments the contract rules out never reach
 * the adapter; answers it rules out (a hash it was not given, a null, a count out of range)
 * become {@link StorageException}s that name the operation and tenant, never a key hash.
 */
class GuardedKeyActivityTest {
  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final Instant T = Instant.parse("2025-11-20T10:15:30Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** Counts the calls that reach the in-memory store. */
  private static final class Counting extends ForwardingKeyActivity {
    final AtomicInteger calls = new AtomicInteger();

    Counting() {
      super(InMemoryStorage.create().keyActivity());
    }

    @Override
    public Set<String> record(List<KeyUse> uses, Duration minInterval) {
      calls.incrementAndGet();
      return super.record(uses, minInterval);
    }

    @Override
    public int forget(String tenantId, Set<String> keyHashes) {
      calls.incrementAndGet();
      return super.forget(tenantId, keyHashes);
    }
  }

  private static KeyActivity guarded(KeyActivity adapter) {
    return GuardedStorage.of(Stores.inMemory().withKeyActivity(adapter)).keyActivity();
  }

  @Test
  void record_badArguments_refusedBeforeTheAdapter() {
    Counting adapter = new Counting();
    KeyActivity guarded = guarded(adapter);
    List<KeyUse> one = List.of(new KeyUse("t1", HASH, T));

    assertThatThrownBy(() -> guarded.record(one, Duration.ofNanos(-1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("min_interval (PT-0.000000001S) must not be negative");
    assertThatThrownBy(() -> guarded.record(null, MINUTE))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("uses == null");
    assertThatThrownBy(() -> guarded.record(one, null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("min_interval == null");
    assertThatThrownBy(() -> guarded.record(Arrays.asList(one.get(0), null), MINUTE))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("uses[1] == null");
    assertThatThrownBy(() -> guarded.forget("t1", null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("key_hashes == null");
    assertThat(guarded.record(List.of(), MINUTE)).as("an empty batch").isEmpty();
    assertThat(guarded.forget("t1", Set.of())).as("an empty set").isZero();
    assertThat(adapter.calls).as("calls that reached the adapter").hasValue(0);
  }

  @Test
  void record_callerChangesItsListDuringTheCall_adapterSeesTheCheckedCopy() {
    List<KeyUse> uses = new ArrayList<>(List.of(new KeyUse("t1", HASH, T)));
    List<List<KeyUse>> seen = new ArrayList<>();
    KeyActivity guarded = guarded(new ForwardingKeyActivity(InMemoryStorage.create().keyActivity()) {
      @Override
      public Set<String> record(List<KeyUse> given, Duration minInterval) {
        uses.add(null); // the caller's list changes; the adapter's must not
        seen.add(given);
        return super.record(given, minInterval);
      }
    });

    assertThat(guarded.record(uses, MINUTE)).containsExactly(HASH);
    assertThat(seen.get(0)).containsExactly(new KeyUse("t1", HASH, T));
  }

  @Test
  void record_adapterReportsAHashItWasNotGiven_storageExceptionWithoutTheHash() {
    KeyActivity guarded = guarded(new ForwardingKeyActivity(InMemoryStorage.create().keyActivity()) {
      @Override
      public Set<String> record(List<KeyUse> uses, Duration minInterval) {
        return Set.of("0000" + HASH.substring(4));
      }
    });

    assertThatThrownBy(() -> guarded.record(List.of(new KeyUse("t1", HASH, T)), MINUTE))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("KeyActivity.record (tenant t1) returned garbage: a written key hash it was"
            + " not given");
    assertThatThrownBy(() -> guarded.record(
        List.of(new KeyUse("t1", HASH, T), new KeyUse("t2", "other", T)), MINUTE))
        .as("a batch of several tenants names none")
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("KeyActivity.record returned garbage: a written key hash it was not given");
  }

  @Test
  void record_adapterReportsANullHash_storageException() {
    Set<String> withNull = new HashSet<>();
    withNull.add(null);
    KeyActivity guarded = guarded(new ForwardingKeyActivity(InMemoryStorage.create().keyActivity()) {
      @Override
      public Set<String> record(List<KeyUse> uses, Duration minInterval) {
        return withNull;
      }
    });

    assertThatThrownBy(() -> guarded.record(List.of(new KeyUse("t1", HASH, T)), MINUTE))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("KeyActivity.record (tenant t1) returned garbage: a null key hash");
  }

  @Test
  void lastUses_adapterReturnsNullHashOrInstant_storageException() {
    Map<String, Instant> nullInstant = new HashMap<>();
    nullInstant.put(HASH, null);
    Map<String, Instant> nullHash = new HashMap<>();
    nullHash.put(null, T);
    for (Map<String, Instant> garbage : List.of(nullInstant, nullHash)) {
      KeyActivity guarded =
          guarded(new ForwardingKeyActivity(InMemoryStorage.create().keyActivity()) {
            @Override
            public Map<String, Instant> lastUses(String tenantId) {
              return garbage;
            }
          });

      assertThatThrownBy(() -> guarded.lastUses("t1"))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessage("KeyActivity.lastUses (tenant t1) returned garbage: a null key hash or"
              + " instant");
    }
  }

  @Test
  void forget_adapterCountsOutOfRange_storageException() {
    for (int count : new int[] {-1, 3, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      KeyActivity guarded =
          guarded(new ForwardingKeyActivity(InMemoryStorage.create().keyActivity()) {
            @Override
            public int forget(String tenantId, Set<String> keyHashes) {
              return count;
            }
          });

      assertThatThrownBy(() -> guarded.forget("t1", Set.of(HASH, "other")))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessage("KeyActivity.forget (tenant t1) returned garbage: a count (" + count
              + ") outside 0..2");
    }
  }

  @Test
  void results_copiesTheCallerCannotChange() {
    KeyActivity guarded = guarded(InMemoryStorage.create().keyActivity());
    Set<String> written = guarded.record(List.of(new KeyUse("t1", HASH, T)), MINUTE);
    Map<String, Instant> uses = guarded.lastUses("t1");

    assertThatThrownBy(() -> written.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> uses.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(uses).isEqualTo(Map.of(HASH, T));
  }

  @Test
  void guard_keyActivity_guardedOnceOnly() {
    KeyActivity memory = InMemoryStorage.create().keyActivity();
    KeyActivity once = GuardedStorage.guard(memory);

    assertThat(once).isNotSameAs(memory);
    assertThat(GuardedStorage.guard(once)).isSameAs(once);
    assertThat(GuardedStorage.of(InMemoryStorage.create()).keyActivity())
        .isInstanceOf(GuardedKeyActivity.class);
  }
}
