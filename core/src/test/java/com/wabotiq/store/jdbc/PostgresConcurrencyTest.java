package com.wabotiq.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.Versioned;
import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance races on a real PostgreSQL: two facades ({@link TenantSdk}), each built
 * on its own {@link JdbcStorage} over its own HikariCP pool, share one database, as two
 * application instances would. Eight threads, four per facade, are released by one start gate.
 */
class PostgresConcurrencyTest {
  private static final int THREADS = 8;
  private static final String MONTH = "2025-11-01";

  private static JdbcDatabase db;
  private static TenantSdk[] facades;

  @BeforeAll
  static void openDatabase() {
    db = JdbcDatabase.postgres();
    facades = new TenantSdk[] {facade(), facade()};
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  /** A facade of its own: its own pool, storage and cache, on the shared database. */
  private static TenantSdk facade() {
    JdbcStorage storage = JdbcStorage.postgresql(db.newPool(THREADS / 2));
    return TenantSdk.builder().storage(storage).build();
  }

  private static Tenant newTenant(String name) {
    return facades[0].createTenant(NewTenant.builder(name, ZoneId.of("Africa/Nairobi")).build());
  }

  @Test
  void counter_eightThreadsOnTwoFacades_admitExactlyTheLimit() throws Exception {
    String tenantId = newTenant("Counter Race").id().value();
    int limit = 1_000;
    AtomicInteger attempts = new AtomicInteger(3_000);
    Queue<Long> admitted = new ConcurrentLinkedQueue<>();
    Queue<Long> refused = new ConcurrentLinkedQueue<>();
    long elapsed = race(thread -> {
      UsageCounters counters = facades[thread % 2].usageCounters();
      while (attempts.getAndDecrement() > 0) {
        AddResult result = counters.addIfWithinLimits(tenantId,
            List.of(new CounterDelta("monthly_messages", MONTH, 1, limit)));
        (result.applied() ? admitted : refused).add(result.totals().get(0));
      }
    });
    System.out.printf("counter race: 3000 attempts, 8 threads, 2 facades: %d admitted,"
        + " %d refused, %d ms%n", admitted.size(), refused.size(), elapsed);
    assertThat(admitted).hasSize(limit);
    assertThat(refused).hasSize(2_000).containsOnly((long) limit);
    assertThat(new TreeSet<>(admitted)).as("each admitted add saw its own total")
        .isEqualTo(range(1, limit));
    assertThat(db.queryLong("SELECT used FROM wabotiq_usage_counter WHERE tenant_id = '"
        + tenantId + "' AND metric = 'monthly_messages' AND period = '" + MONTH + "'"))
        .as("the row").isEqualTo(limit);
    assertThat(facades[1].usageCounters().get(tenantId, "monthly_messages", MONTH))
        .isEqualTo(limit);
  }

  /*
   * Under SERIALIZABLE, racing writers of one row get serialization failures; the adapter retries
   * a call a few times and then reports a StorageException. The limit still holds and nothing
   * is counted twice: every add either applied (and the row counts it), was refused, or failed.
   */
  @Test
  void counter_serializablePools_neverPassTheLimit() throws Exception {
    String tenantId = newTenant("Serializable Race").id().value();
    UsageCounters[] counters = {
        JdbcStorage.postgresql(db.newPool(4, "TRANSACTION_SERIALIZABLE")).counters(),
        JdbcStorage.postgresql(db.newPool(4, "TRANSACTION_SERIALIZABLE")).counters()};
    int limit = 200;
    AtomicInteger attempts = new AtomicInteger(600);
    AtomicInteger applied = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    race(thread -> {
      while (attempts.getAndDecrement() > 0) {
        List<CounterDelta> deltas = List.of(new CounterDelta("m", MONTH, 1, limit),
            new CounterDelta("n", MONTH, 1, CounterDelta.UNLIMITED));
        try {
          (counters[thread % 2].addIfWithinLimits(tenantId, deltas).applied() ? applied : refused)
              .incrementAndGet();
        } catch (com.wabotiq.spi.storage.StorageException e) {
          assertThat(e).hasMessageContaining("40001");
          failed.incrementAndGet();
        }
      }
    });
    System.out.printf("serializable race: 600 two-counter adds: %d applied, %d refused,"
        + " %d failed after retries%n", applied.get(), refused.get(), failed.get());
    assertThat(applied.get()).isLessThanOrEqualTo(limit);
    assertThat(applied.get() + refused.get() + failed.get()).isEqualTo(600);
    assertThat(facades[0].usageCounters().get(tenantId, "m", MONTH)).isEqualTo(applied.get());
    assertThat(facades[0].usageCounters().get(tenantId, "n", MONTH)).isEqualTo(applied.get());
  }

  @Test
  void campaign_threeCountersRacingOnTwoFacades_allOrNoneAndInStep() throws Exception {
    String tenantId = newTenant("Campaign Race").id().value();
    AtomicInteger attempts = new AtomicInteger(1_000);
    Queue<AddResult> results = new ConcurrentLinkedQueue<>();
    long elapsed = race(thread -> {
      UsageCounters counters = facades[thread % 2].usageCounters();
      Random random = new Random(thread);
      while (attempts.getAndDecrement() > 0) {
        // A campaign: 3 messages, 1 conversation, 2 contacts; messages bind first (600 = 200 x 3).
        List<CounterDelta> campaign = new ArrayList<>(List.of(
            new CounterDelta("messages", MONTH, 3, 600),
            new CounterDelta("conversations", MONTH, 1, 250),
            new CounterDelta("contacts", MONTH, 2, CounterDelta.UNLIMITED)));
        Collections.shuffle(campaign, random); // any order: the adapter locks in its own
        AddResult result = counters.addIfWithinLimits(tenantId, campaign);
        Map<String, Long> totals = new HashMap<>();
        for (int i = 0; i < campaign.size(); i++) {
          totals.put(campaign.get(i).metric(), result.totals().get(i));
        }
        results.add(new AddResult(result.applied(), List.of(
            totals.get("messages"), totals.get("conversations"), totals.get("contacts"))));
      }
    });
    long applied = results.stream().filter(AddResult::applied).count();
    System.out.printf("campaign race: 1000 attempts of 3 counters, 8 threads, 2 facades:"
        + " %d applied, %d ms%n", applied, elapsed);
    assertThat(applied).isEqualTo(200);
    UsageCounters counters = facades[0].usageCounters();
    assertThat(counters.get(tenantId, "messages", MONTH)).isEqualTo(600);
    assertThat(counters.get(tenantId, "conversations", MONTH)).isEqualTo(200);
    assertThat(counters.get(tenantId, "contacts", MONTH)).isEqualTo(400);
    assertThat(results).as("every result's totals in step: messages 3x, contacts 2x")
        .allSatisfy(r -> {
          long conversations = r.totals().get(1);
          assertThat(r.totals()).containsExactly(3 * conversations, conversations,
              2 * conversations);
          if (!r.applied()) {
            assertThat(conversations).isEqualTo(200);
          }
        });
  }

  @Test
  void settings_racingChangesThroughTwoFacades_loseNoWrite() throws Exception {
    TenantId id = newTenant("Settings Race").id();
    int perThread = 10;
    Queue<String> written = new ConcurrentLinkedQueue<>();
    Queue<String> gaveUp = new ConcurrentLinkedQueue<>();
    long elapsed = race(thread -> {
      TenantSdk sdk = facades[thread % 2];
      for (int i = 0; i < perThread; i++) {
        String marker = "writer-" + thread + "-" + i;
        try {
          sdk.updateSettings(id, s -> with(s, marker));
          written.add(marker);
        } catch (VersionConflictException e) {
          gaveUp.add(marker); // loud: the caller is told; never a silent loss
        }
      }
    });
    Versioned<TenantSettings> stored = facades[1].settings(id);
    System.out.printf("settings race: %d changes through 2 facades, %d written, %d gave up after"
        + " repeated conflicts, %d ms%n", THREADS * perThread, written.size(), gaveUp.size(),
        elapsed);
    assertThat(written.size() + gaveUp.size()).isEqualTo(THREADS * perThread);
    assertThat(stored.value().metadata().keySet()).as("every acknowledged change is stored")
        .containsExactlyInAnyOrderElementsOf(written);
    assertThat(stored.version()).as("one version per acknowledged change")
        .isEqualTo(written.size());
  }

  @Test
  void settings_racingWritersOfOneVersion_exactlyOneWinsPerRound() throws Exception {
    TenantId id = newTenant("Version Race").id();
    int rounds = 10;
    java.util.concurrent.CyclicBarrier round = new java.util.concurrent.CyclicBarrier(THREADS);
    Queue<String> winners = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    race(thread -> {
      TenantSdk sdk = facades[thread % 2];
      for (int r = 0; r < rounds; r++) {
        round.await(60, TimeUnit.SECONDS);
        Versioned<TenantSettings> current = sdk.settings(id);
        round.await(60, TimeUnit.SECONDS); // everybody read the same version
        String marker = "round-" + r + "-writer-" + thread;
        try {
          sdk.updateSettings(id, current.version(), with(current.value(), marker));
          winners.add(marker);
        } catch (VersionConflictException e) {
          assertThat(e.actualVersion()).isEqualTo(current.version() + 1);
          conflicts.incrementAndGet();
        }
      }
    });
    assertThat(winners).hasSize(rounds);
    assertThat(conflicts).hasValue(rounds * (THREADS - 1));
    Versioned<TenantSettings> stored = facades[0].settings(id);
    assertThat(stored.version()).isEqualTo(rounds);
    assertThat(stored.value().metadata().keySet()).containsExactlyInAnyOrderElementsOf(winners);
  }

  private static TenantSettings with(TenantSettings settings, String marker) {
    Map<String, Object> metadata = new HashMap<>(settings.metadata());
    metadata.put(marker, true);
    return settings.toBuilder().metadata(metadata).build();
  }

  /** A task of one racing thread. */
  @FunctionalInterface
  private interface Racer {
    void run(int thread) throws Exception;
  }

  /** Runs the racers on {@link #THREADS} threads behind one start gate; the elapsed ms. */
  private static long race(Racer racer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          gate.await();
          racer.run(thread);
          return null;
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();
      gate.countDown();
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Set<Long> range(long from, long to) {
    Set<Long> set = new TreeSet<>();
    LongStream.rangeClosed(from, to).forEach(set::add);
    return set;
  }
}
