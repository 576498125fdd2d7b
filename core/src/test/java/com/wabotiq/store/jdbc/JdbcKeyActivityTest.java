package com.wabotiq.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.JdbcStorage.Dialect;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JDBC key activity beyond the kit, on PostgreSQL (embedded) and on H2: two storages, each on
 * its own HikariCP pool, sharing one database as two application instances would; the edges of
 * each database's timestamp range and precision; and SQL failures mapped to {@link
 * StorageException}s that name no key hash.
 */
class JdbcKeyActivityTest {
  private static final int THREADS = 8;
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Instant T = Instant.parse("2025-11-20T10:15:30Z");

  private static JdbcDatabase postgres;
  private static JdbcDatabase h2;

  @BeforeAll
  static void openDatabases() {
    postgres = JdbcDatabase.postgres();
    h2 = JdbcDatabase.h2();
  }

  @AfterAll
  static void closeDatabases() {
    postgres.close();
    h2.close();
  }

  private static JdbcDatabase db(Dialect dialect) {
    JdbcDatabase db = dialect == Dialect.POSTGRESQL ? postgres : h2;
    db.emptyStorage();
    return db;
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void record_eightThreadsOnTwoInstances_exactlyOneWritePerKeyAndInterval(Dialect dialect)
      throws Exception {
    JdbcDatabase db = db(dialect);
    KeyActivity[] instances = {
      JdbcStorage.of(db.newPool(THREADS / 2), dialect).keyActivity(),
      JdbcStorage.of(db.newPool(THREADS / 2), dialect).keyActivity()
    };
    int rounds = 15;
    int keys = 10;
    CyclicBarrier round = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Set<String>>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          KeyActivity activity = instances[thread % 2];
          Random random = new Random(thread);
          List<Set<String>> written = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            List<KeyUse> batch = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
              batch.add(new KeyUse("t" + (k % 3), "h" + k, at(r, thread)));
            }
            Collections.shuffle(batch, random); // each instance sees the keys in its own order
            round.await(60, TimeUnit.SECONDS);
            written.add(activity.record(batch, MINUTE));
          }
          return written;
        }));
      }
      List<List<Set<String>>> results = new ArrayList<>();
      for (Future<List<Set<String>>> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      int[] lastWriter = new int[keys];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < keys; k++) {
          List<Integer> writers = new ArrayList<>();
          for (int thread = 0; thread < THREADS; thread++) {
            if (results.get(thread).get(r).contains("h" + k)) {
              writers.add(thread);
            }
          }
          assertThat(writers).as("threads that wrote h%d in round %d", k, r).hasSize(1);
          lastWriter[k] = writers.get(0);
        }
      }
      for (int k = 0; k < keys; k++) {
        assertThat(instances[k % 2].lastUses("t" + (k % 3)))
            .as("h%d holds its last writer's use, seen alike by both instances", k)
            .containsEntry("h" + k, at(rounds - 1, lastWriter[k]))
            .isEqualTo(instances[(k + 1) % 2].lastUses("t" + (k % 3)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rounds two intervals apart; threads 0 to 7 ms apart within a round. */
  private static Instant at(int round, int thread) {
    return T.plus(MINUTE.multipliedBy(2L * round)).plusMillis(thread);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void record_earliestStorableInstant_roundTripsAndThresholdsBeforeItMatchNothing(
      Dialect dialect) {
    KeyActivity activity = db(dialect).storage().keyActivity();
    Instant earliest = dialect == Dialect.POSTGRESQL
        ? Instant.parse("-4712-01-01T00:00:00Z")
        : Instant.parse("-999999999-01-01T00:00:00Z");

    assertThat(activity.record(List.of(new KeyUse("t1", "h1", earliest)), MINUTE))
        .containsExactly("h1");
    assertThat(activity.lastUses("t1")).isEqualTo(Map.of("h1", earliest));
    assertThat(activity.record(
        List.of(new KeyUse("t1", "h1", earliest.plusSeconds(59))), MINUTE)).isEmpty();
    assertThat(activity.record(
        List.of(new KeyUse("t1", "h1", earliest.plusSeconds(60))), MINUTE))
        .as("a threshold exactly at the earliest instant").containsExactly("h1");
    assertThat(activity.lastUses("t1")).isEqualTo(Map.of("h1", earliest.plusSeconds(60)));
    assertThat(activity.record(List.of(new KeyUse("t1", "h2", T)), Duration.ofDays(4_000_000)))
        .as("a threshold before the earliest instant: written only when the key has no use")
        .containsExactly("h2");
    assertThat(activity.record(List.of(new KeyUse("t1", "h2", T.plusSeconds(1))),
        Duration.ofDays(4_000_000))).isEmpty();

    Instant tooEarly = earliest.minusNanos(1_000);
    assertThatThrownBy(() -> activity.record(List.of(new KeyUse("t1", "h3", T),
        new KeyUse("t1", "h4", tooEarly)), MINUTE))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("key activity record failed: an instant before " + earliest
            + " cannot be stored in " + (dialect == Dialect.POSTGRESQL ? "postgresql" : "h2"));
    assertThat(activity.lastUses("t1")).as("the batch wrote nothing")
        .containsOnlyKeys("h1", "h2");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void record_nanosecondInstant_storedAtTheColumnsPrecisionAndReadBackEqual(Dialect dialect) {
    KeyActivity activity = db(dialect).storage().keyActivity();
    Instant nanos = T.plusNanos(123_456_789);
    Instant stored = dialect == Dialect.POSTGRESQL ? T.plusNanos(123_456_000) : nanos;

    activity.record(List.of(new KeyUse("t1", "h1", nanos)), MINUTE);

    assertThat(activity.lastUses("t1")).isEqualTo(Map.of("h1", stored));
    assertThat(activity.record(List.of(new KeyUse("t1", "h1", stored.plus(MINUTE))), MINUTE))
        .as("the interval counts from what is stored").containsExactly("h1");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyCall_tableMissing_storageExceptionNamingNoKeyHash(Dialect dialect) {
    JdbcDatabase db = db(dialect);
    KeyActivity activity = db.storage().keyActivity();
    String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    db.execute("DROP TABLE wabotiq_api_key_activity");
    try {
      assertThatThrownBy(() -> activity.record(List.of(new KeyUse("t1", hash, T)), MINUTE))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessageStartingWith("key activity record failed (SQLState 42")
          .hasMessageNotContaining(hash);
      assertThatThrownBy(() -> activity.record(
          List.of(new KeyUse("t1", hash, T), new KeyUse("t2", hash, T)), MINUTE))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessageStartingWith("key activity record failed (SQLState 42")
          .hasMessageNotContaining(hash);
      assertThatThrownBy(() -> activity.lastUses("t1"))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessageStartingWith("key activity read failed (SQLState 42");
      assertThatThrownBy(() -> activity.forget("t1", Set.of(hash)))
          .isExactlyInstanceOf(StorageException.class)
          .hasMessageStartingWith("key activity forget failed (SQLState 42")
          .hasMessageNotContaining(hash);
    } finally {
      db.storage().applySchema();
    }
    assertThat(activity.record(List.of(new KeyUse("t1", hash, T)), MINUTE)).containsExactly(hash);
  }
}
