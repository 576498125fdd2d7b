package com.wabotiq.spi.kit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link KeyActivity}: a use is written only when its key has no stored
 * use or the stored one is at least the interval before it (the boundary included); an earlier
 * use never moves a key's last use back; the uses of one key in a batch are taken in list order;
 * tenants never see or forget each other's keys, even with equal hashes; and of any number of
 * racing writers of one key within one interval, exactly one writes.
 *
 * <p>To prove an adapter, extend this class in your test sources and return a fresh, empty store
 * from {@link #newStore()}; JUnit runs every inherited test against it:
 *
 * <pre>{@code
 * class MyKeyActivityTest extends KeyActivityContract {
 *   @Override
 *   protected KeyActivity newStore() {
 *     return MyStorage.fresh().keyActivity();
 *   }
 * }
 * }</pre>
 *
 * <p>Instants in the kit have at most microsecond precision (what PostgreSQL keeps) and lie
 * between the years 1 and 9999, and every instant written must read back equal.
 *
 * @since 0.1.0
 */
public abstract class KeyActivityContract {
  private static final int RACERS = 8;
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Instant T = Instant.parse("2025-11-20T10:15:30Z");

  private KeyActivity store;

  /** For subclasses. */
  protected KeyActivityContract() {}

  /**
   * Makes the store under test; called once before each test.
   *
   * @return a fresh store that holds no use
   */
  protected abstract KeyActivity newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
    assertNotNull(store, "newStore() returned null");
  }

  // ---- one key ----

  @Test
  void absentTenant_hasNothing() {
    assertEquals(Map.of(), store.lastUses("t1"));
    assertEquals(0, store.forget("t1", Set.of("h1")));
  }

  @Test
  void record_firstUse_writtenAndReadBack() {
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", T)), MINUTE));
    assertEquals(Map.of("h1", T), store.lastUses("t1"));
  }

  @Test
  void record_withinInterval_droppedAndStoredUseKept() {
    store.record(List.of(use("t1", "h1", T)), MINUTE);
    Instant justBefore = T.plus(MINUTE).minusNanos(1_000);
    assertEquals(Set.of(), store.record(List.of(use("t1", "h1", justBefore)), MINUTE),
        "a use 1 µs short of the interval is dropped");
    assertEquals(Set.of(), store.record(List.of(use("t1", "h1", T)), MINUTE),
        "the same instant again is dropped");
    assertEquals(Map.of("h1", T), store.lastUses("t1"));
  }

  @Test
  void record_exactlyAtIntervalBoundary_written() {
    store.record(List.of(use("t1", "h1", T)), MINUTE);
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", T.plus(MINUTE))), MINUTE),
        "stored == used - interval is written");
    assertEquals(Map.of("h1", T.plus(MINUTE)), store.lastUses("t1"));
  }

  @Test
  void record_zeroInterval_sameOrLaterWrittenEarlierDropped() {
    store.record(List.of(use("t1", "h1", T)), Duration.ZERO);
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", T)), Duration.ZERO),
        "the same instant is written with a zero interval");
    assertEquals(Set.of(), store.record(List.of(use("t1", "h1", T.minusNanos(1_000))),
        Duration.ZERO), "an earlier use is dropped");
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", T.plusNanos(1_000))),
        Duration.ZERO));
    assertEquals(Map.of("h1", T.plusNanos(1_000)), store.lastUses("t1"));
  }

  @Test
  void record_earlierUse_neverMovesTheLastUseBack() {
    store.record(List.of(use("t1", "h1", T)), MINUTE);
    for (Duration back : List.of(Duration.ofNanos(1_000), MINUTE, Duration.ofDays(400))) {
      assertEquals(Set.of(), store.record(List.of(use("t1", "h1", T.minus(back))), MINUTE));
      assertEquals(Set.of(), store.record(List.of(use("t1", "h1", T.minus(back))), Duration.ZERO));
    }
    assertEquals(Map.of("h1", T), store.lastUses("t1"));
  }

  @Test
  void record_intervalChangesBetweenCalls_eachCallUsesItsOwn() {
    store.record(List.of(use("t1", "h1", T)), Duration.ofHours(1));
    assertEquals(Set.of(), store.record(List.of(use("t1", "h1", T.plusSeconds(30))), MINUTE));
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", T.plusSeconds(30))),
        Duration.ofSeconds(30)));
    assertEquals(Map.of("h1", T.plusSeconds(30)), store.lastUses("t1"));
  }

  // ---- batches ----

  @Test
  void record_emptyBatch_writesNothing() {
    assertEquals(Set.of(), store.record(List.of(), MINUTE));
    assertEquals(Map.of(), store.lastUses("t1"));
  }

  @Test
  void record_outOfOrderBatch_eachKeyDecidedOnItsOwn() {
    store.record(List.of(use("t1", "old", T)), MINUTE);
    Set<String> written = store.record(List.of(
        use("t1", "h3", T.plusSeconds(5)),
        use("t1", "old", T.plusSeconds(10)), // within the interval: dropped
        use("t1", "h1", T.plusSeconds(120)),
        use("t1", "h2", T.minusSeconds(3_600))), MINUTE);
    assertEquals(Set.of("h1", "h2", "h3"), written);
    assertEquals(Map.of("old", T, "h1", T.plusSeconds(120), "h2", T.minusSeconds(3_600),
        "h3", T.plusSeconds(5)), store.lastUses("t1"));
  }

  @Test
  void record_sameKeyTwiceInBatch_takenInListOrder() {
    assertEquals(Set.of("h1"), store.record(List.of(
        use("t1", "h1", T.plusSeconds(30)), use("t1", "h1", T)), MINUTE));
    assertEquals(Map.of("h1", T.plusSeconds(30)), store.lastUses("t1"),
        "the first in list order is written; the second, earlier one is dropped");

    assertEquals(Set.of("h2"), store.record(List.of(
        use("t1", "h2", T), use("t1", "h2", T.plusSeconds(30)),
        use("t1", "h2", T.plusSeconds(60))), MINUTE));
    assertEquals(T.plusSeconds(60), store.lastUses("t1").get("h2"),
        "the third is a full interval after the first, which was written");

    assertEquals(Set.of("h3"), store.record(List.of(
        use("t1", "h3", T), use("t1", "h3", T.plusSeconds(30))), MINUTE));
    assertEquals(T, store.lastUses("t1").get("h3"), "the second is within the interval");
  }

  @Test
  void record_sameKeyTwiceInBatchZeroInterval_laterOneStays() {
    store.record(List.of(use("t1", "h1", T), use("t1", "h1", T.plusSeconds(5)),
        use("t1", "h1", T.plusSeconds(2))), Duration.ZERO);
    assertEquals(Map.of("h1", T.plusSeconds(5)), store.lastUses("t1"));
  }

  @Test
  void record_batchOfManyKeysAndTenants_returnsExactlyTheWrittenHashes() {
    List<KeyUse> first = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      first.add(use("t" + (i % 3), "h" + i, T.plusSeconds(i)));
    }
    Collections.shuffle(first, new Random(7));
    assertEquals(50, store.record(first, MINUTE).size());
    List<KeyUse> second = new ArrayList<>();
    Set<String> due = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) {
      Instant at = T.plusSeconds(i).plusSeconds(i % 2 == 0 ? 60 : 59);
      second.add(use("t" + (i % 3), "h" + i, at));
      if (i % 2 == 0) {
        due.add("h" + i);
      }
    }
    assertEquals(due, store.record(second, MINUTE));
    int total = 0;
    for (int t = 0; t < 3; t++) {
      for (Map.Entry<String, Instant> e : store.lastUses("t" + t).entrySet()) {
        int i = Integer.parseInt(e.getKey().substring(1));
        assertEquals(t, i % 3, e.getKey() + " is listed under its own tenant only");
        assertEquals(T.plusSeconds(i).plusSeconds(i % 2 == 0 ? 60 : 0), e.getValue(), e.getKey());
        total++;
      }
    }
    assertEquals(50, total);
  }

  // ---- arguments ----

  @Test
  void record_negativeInterval_illegalArgumentAndNothingWritten() {
    for (Duration negative : List.of(Duration.ofNanos(-1), Duration.ofSeconds(-60),
        Duration.ofSeconds(Long.MIN_VALUE))) {
      assertThrows(IllegalArgumentException.class,
          () -> store.record(List.of(use("t1", "h1", T)), negative), negative.toString());
    }
    assertEquals(Map.of(), store.lastUses("t1"));
  }

  @Test
  void record_nullBatchOrUse_nullPointerAndNothingWritten() {
    assertThrows(NullPointerException.class, () -> store.record(null, MINUTE));
    assertThrows(NullPointerException.class,
        () -> store.record(List.of(use("t1", "h1", T)), null));
    List<KeyUse> withNull = Arrays.asList(use("t1", "h1", T), null);
    assertThrows(NullPointerException.class, () -> store.record(withNull, MINUTE));
    assertEquals(Map.of(), store.lastUses("t1"), "a batch with a null use writes nothing");
  }

  // ---- instants ----

  @Test
  void record_extremeInstants_roundTripExactly() {
    List<Instant> instants = List.of(
        Instant.EPOCH,
        Instant.parse("0001-01-01T00:00:00Z"),
        Instant.parse("1969-12-31T23:59:59.999999Z"),
        Instant.parse("9999-12-31T23:59:59.999999Z"),
        Instant.parse("2025-11-20T10:15:30.123456Z"),
        Instant.parse("2038-01-19T03:14:08Z"));
    List<KeyUse> uses = new ArrayList<>();
    Map<String, Instant> expected = new HashMap<>();
    for (int i = 0; i < instants.size(); i++) {
      uses.add(use("t1", "h" + i, instants.get(i)));
      expected.put("h" + i, instants.get(i));
    }
    assertEquals(expected.keySet(), store.record(uses, MINUTE));
    assertEquals(expected, store.lastUses("t1"));
  }

  @Test
  void record_hugeIntervals_neverOverflow() {
    Instant year1 = Instant.parse("0001-01-01T00:00:00Z");
    Instant year9999 = Instant.parse("9999-12-31T23:59:59Z");
    Duration max = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    store.record(List.of(use("t1", "h1", year1), use("t1", "h2", Instant.EPOCH)), max);
    assertEquals(Set.of(), assertDoesNotThrow(
        () -> store.record(List.of(use("t1", "h1", year9999)), max)), "the largest interval");
    assertEquals(Set.of(), assertDoesNotThrow(() -> store.record(
        List.of(use("t1", "h2", Instant.EPOCH.plusSeconds(1))), Duration.ofDays(3_000_000))),
        "an interval reaching back before the year 1");
    Duration span = Duration.between(year1, year9999);
    assertEquals(Set.of(), store.record(List.of(use("t1", "h1", year9999)), span.plusNanos(1_000)));
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", year9999)), span),
        "exactly the span from the year 1 to 9999 is due");
    assertEquals(Map.of("h1", year9999, "h2", Instant.EPOCH), store.lastUses("t1"));
  }

  // ---- tenants ----

  @Test
  void tenants_equalHashes_independent() {
    store.record(List.of(use("t1", "h1", T)), MINUTE);
    assertEquals(Set.of("h1"), store.record(List.of(use("t2", "h1", T.plusSeconds(10))), MINUTE),
        "another tenant's use of an equal hash is not within t1's interval");
    store.record(List.of(use("t2", "h2", T)), MINUTE);
    assertEquals(Map.of("h1", T), store.lastUses("t1"));
    assertEquals(Map.of("h1", T.plusSeconds(10), "h2", T), store.lastUses("t2"));
    assertEquals(Map.of(), store.lastUses("T1"), "tenant ids are case-sensitive");
  }

  @Test
  void forget_onlyThatTenantsKeys() {
    store.record(List.of(use("t1", "h1", T), use("t1", "h2", T), use("t2", "h1", T),
        use("t2", "h3", T)), MINUTE);
    assertEquals(1, store.forget("t2", Set.of("h1", "h2", "unknown")),
        "t2 holds h1 only of those");
    assertEquals(Map.of("h1", T, "h2", T), store.lastUses("t1"), "t1 is untouched");
    assertEquals(Map.of("h3", T), store.lastUses("t2"));
    assertEquals(2, store.forget("t1", Set.of("h1", "h2")));
    assertEquals(Map.of(), store.lastUses("t1"));
    assertEquals(0, store.forget("t1", Set.of("h1")), "nothing left to forget");
    assertEquals(0, store.forget("t2", Set.of()), "an empty set forgets nothing");
    assertEquals(Map.of("h3", T), store.lastUses("t2"));
  }

  @Test
  void forget_thenRecord_writesRegardlessOfInterval() {
    store.record(List.of(use("t1", "h1", T)), MINUTE);
    store.forget("t1", Set.of("h1"));
    assertEquals(Set.of("h1"), store.record(List.of(use("t1", "h1", T.minusSeconds(5))), MINUTE));
    assertEquals(Map.of("h1", T.minusSeconds(5)), store.lastUses("t1"));
  }

  // ---- concurrency ----

  @Test
  void record_racingThreadsOnOneKey_exactlyOneWritePerInterval() {
    int rounds = 20;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Boolean>> results = Concurrently.run(RACERS, thread -> {
      List<Boolean> wrote = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        wrote.add(store.record(List.of(use("t1", "h1", racingInstant(r, thread))), MINUTE)
            .contains("h1"));
      }
      return wrote;
    });
    int winner = -1;
    for (int r = 0; r < rounds; r++) {
      List<Integer> winners = new ArrayList<>();
      for (int thread = 0; thread < RACERS; thread++) {
        if (results.get(thread).get(r)) {
          winners.add(thread);
        }
      }
      assertEquals(1, winners.size(), "writers of round " + r + " that wrote: " + winners);
      winner = winners.get(0);
    }
    assertEquals(Map.of("h1", racingInstant(rounds - 1, winner)), store.lastUses("t1"),
        "the last round's one writer's use is stored");
  }

  @Test
  void record_racingBatchesInDifferentOrders_exactlyOneWritePerKeyAndInterval() {
    int rounds = 10;
    int keys = 6;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Set<String>>> results = Concurrently.run(RACERS, thread -> {
      Random random = new Random(thread);
      List<Set<String>> wrote = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        List<KeyUse> batch = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
          batch.add(use("t" + (k % 2), "h" + k, racingInstant(r, thread)));
        }
        Collections.shuffle(batch, random);
        Concurrently.nextRound(round);
        wrote.add(store.record(batch, MINUTE));
      }
      return wrote;
    });
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < keys; k++) {
        int writers = 0;
        for (int thread = 0; thread < RACERS; thread++) {
          writers += results.get(thread).get(r).contains("h" + k) ? 1 : 0;
        }
        assertEquals(1, writers, "writers of h" + k + " in round " + r);
      }
    }
    assertEquals(keys / 2, store.lastUses("t0").size());
    assertEquals(keys / 2, store.lastUses("t1").size());
  }

  /**
   * A racer's use in a round: rounds two intervals apart, racers up to 7 ms apart within one, so
   * each round has exactly one use due.
   */
  private static Instant racingInstant(int round, int thread) {
    return T.plus(MINUTE.multipliedBy(2L * round)).plusMillis(thread);
  }

  private static KeyUse use(String tenantId, String keyHash, Instant usedAt) {
    return new KeyUse(tenantId, keyHash, usedAt);
  }
}
