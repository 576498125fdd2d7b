package com.wabotiq.spi.kit;

import static com.wabotiq.spi.storage.CounterDelta.UNLIMITED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link UsageCounters}: reads, all-or-none adds within limits, refunds
 * floored at 0, argument checks, overflow near {@link Long#MAX_VALUE}, tenant scoping, and the
 * heart of metering: racing threads never pass a limit and never lose an increment.
 *
 * <p>To prove an adapter, extend this class in your test sources and return a fresh, empty store
 * from {@link #newStore()}; JUnit runs every inherited test against it:
 *
 * <pre>{@code
 * class MyUsageCountersTest extends UsageCountersContract {
 *   @Override
 *   protected UsageCounters newStore() {
 *     return MyStorage.fresh().counters();
 *   }
 * }
 * }</pre>
 *
 * <p>The races use 16 threads: give a pooled adapter at least that many connections, or expect
 * the races to queue on the pool (they still must pass). A multi-counter add may name its
 * counters in any order; a SQL adapter that locks rows must lock them in a fixed order (say,
 * sorted by metric and period), or racing adds deadlock.
 *
 * @since 0.1.0
 */
public abstract class UsageCountersContract {
  private static final int RACERS = 16;
  private static final String MONTH = "2025-11-01";
  private static final String DAY = "2025-11-20";

  private UsageCounters store;

  /** For subclasses. */
  protected UsageCountersContract() {}

  /**
   * Makes the store under test; called once before each test.
   *
   * @return a fresh store in which every counter reads 0
   */
  protected abstract UsageCounters newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
    assertNotNull(store, "newStore() returned null");
  }

  // ---- reads and single adds ----

  @Test
  void get_neverWritten_isZero() {
    assertEquals(0, store.get("t1", "messages", MONTH));
  }

  @Test
  void add_withinLimit_appliesAndReturnsTotal() {
    assertEquals(new AddResult(true, List.of(3L)), add("t1", delta("messages", 3, 10)));
    assertEquals(3, store.get("t1", "messages", MONTH));
    assertEquals(new AddResult(true, List.of(7L)), add("t1", delta("messages", 4, 10)));
    assertEquals(7, store.get("t1", "messages", MONTH));
  }

  @Test
  void add_exactlyToLimit_appliesAndOnePastIsRefused() {
    add("t1", delta("messages", 7, 10));
    assertEquals(new AddResult(true, List.of(10L)), add("t1", delta("messages", 3, 10)));
    assertEquals(new AddResult(false, List.of(10L)), add("t1", delta("messages", 1, 10)));
    assertEquals(10, store.get("t1", "messages", MONTH));
    assertEquals(new AddResult(true, List.of(10L)), add("t1", delta("messages", 0, 10)),
        "adding 0 at the limit fits");
  }

  @Test
  void add_overLimitFromZero_refusedAndNothingWritten() {
    assertEquals(new AddResult(false, List.of(0L)), add("t1", delta("messages", 11, 10)));
    assertEquals(0, store.get("t1", "messages", MONTH));
    assertEquals(new AddResult(false, List.of(0L)), add("t1", delta("zero", 1, 0)),
        "a limit of 0 refuses 1");
    assertEquals(new AddResult(true, List.of(0L)), add("t1", delta("zero", 0, 0)),
        "a limit of 0 admits 0");
    assertEquals(0, store.get("t1", "zero", MONTH));
  }

  @Test
  void add_limitBelowTotal_refusesEvenZero() {
    add("t1", delta("messages", 10, 10));
    assertEquals(new AddResult(false, List.of(10L)), add("t1", delta("messages", 0, 5)));
    assertEquals(new AddResult(false, List.of(10L)), add("t1", delta("messages", 1, 5)));
    assertEquals(10, store.get("t1", "messages", MONTH));
  }

  @Test
  void add_hugeAmountUnderFiniteLimit_refusedWithoutOverflow() {
    add("t1", delta("messages", 5, 10));
    assertEquals(new AddResult(false, List.of(5L)),
        add("t1", delta("messages", Long.MAX_VALUE, 10)));
    assertEquals(new AddResult(false, List.of(5L)),
        add("t1", delta("messages", Long.MAX_VALUE, Long.MAX_VALUE - 1)));
    assertEquals(5, store.get("t1", "messages", MONTH));
  }

  @Test
  void add_unlimitedNearMaxValue_neverOverflows() {
    assertEquals(new AddResult(true, List.of(Long.MAX_VALUE - 1)),
        add("t1", delta("bytes", Long.MAX_VALUE - 1, UNLIMITED)));
    assertEquals(new AddResult(true, List.of(Long.MAX_VALUE)),
        add("t1", delta("bytes", 1, UNLIMITED)));
    assertEquals(new AddResult(false, List.of(Long.MAX_VALUE)),
        add("t1", delta("bytes", 1, UNLIMITED)), "MAX_VALUE + 1 is refused, not wrapped");
    assertEquals(new AddResult(false, List.of(Long.MAX_VALUE)),
        add("t1", delta("bytes", Long.MAX_VALUE, UNLIMITED)));
    assertEquals(new AddResult(true, List.of(Long.MAX_VALUE)),
        add("t1", delta("bytes", 0, UNLIMITED)));
    assertEquals(Long.MAX_VALUE, store.get("t1", "bytes", MONTH));
    assertEquals(new AddResult(true, List.of(Long.MAX_VALUE)),
        add("t1", delta("fresh", Long.MAX_VALUE, UNLIMITED)), "a fresh counter takes MAX_VALUE");
    store.refund("t1", List.of(delta("bytes", 1, UNLIMITED)));
    assertEquals(Long.MAX_VALUE - 1, store.get("t1", "bytes", MONTH));
  }

  // ---- several counters ----

  @Test
  void add_severalCountersWithinLimits_allAppliedTotalsInDeltaOrder() {
    add("t1", delta("b", 4, 100));
    assertEquals(new AddResult(true, List.of(2L, 9L, 1L)),
        add("t1", delta("a", 2, 10), delta("b", 5, 10), new CounterDelta("a", DAY, 1, 1)));
    assertEquals(2, store.get("t1", "a", MONTH));
    assertEquals(9, store.get("t1", "b", MONTH));
    assertEquals(1, store.get("t1", "a", DAY));
  }

  @Test
  void add_severalCountersOneOverLimit_noneAppliedTotalsAsTheyStood() {
    add("t1", delta("a", 2, 100));
    add("t1", delta("b", 9, 100));
    assertEquals(new AddResult(false, List.of(2L, 9L)),
        add("t1", delta("a", 1, 10), delta("b", 2, 10)), "the last one fails");
    assertEquals(new AddResult(false, List.of(9L, 2L)),
        add("t1", delta("b", 2, 10), delta("a", 1, 10)), "the first one fails");
    assertEquals(new AddResult(false, List.of(2L, 0L, 9L)),
        add("t1", delta("a", 1, 10), delta("c", 1, 1), delta("b", 2, 10)), "the middle fails");
    assertEquals(new AddResult(false, List.of(0L, 9L)),
        add("t1", delta("d", 1, 5), delta("b", 2, 10)), "with a fresh counter");
    assertEquals(2, store.get("t1", "a", MONTH));
    assertEquals(9, store.get("t1", "b", MONTH));
    assertEquals(0, store.get("t1", "c", MONTH));
    assertEquals(0, store.get("t1", "d", MONTH));
    assertEquals(new AddResult(true, List.of(3L, 10L)),
        add("t1", delta("a", 1, 10), delta("b", 1, 10)), "still usable");
  }

  // ---- refunds ----

  @Test
  void refund_takesBackAndFloorsAtZero() {
    add("t1", delta("a", 5, 10));
    add("t1", delta("b", 3, 10));
    store.refund("t1", List.of(delta("a", 2, 10)));
    assertEquals(3, store.get("t1", "a", MONTH));
    store.refund("t1", List.of(delta("a", 1, 10), delta("b", 5, 10)));
    assertEquals(2, store.get("t1", "a", MONTH));
    assertEquals(0, store.get("t1", "b", MONTH), "3 - 5 floors at 0");
    store.refund("t1", List.of(delta("a", Long.MAX_VALUE, UNLIMITED)));
    assertEquals(0, store.get("t1", "a", MONTH));
    store.refund("t1", List.of(delta("never", 4, 10)));
    assertEquals(0, store.get("t1", "never", MONTH), "a refund never goes below 0");
    assertEquals(new AddResult(true, List.of(10L)), add("t1", delta("b", 10, 10)),
        "the floor at 0 does not hide debt");
  }

  @Test
  void refund_ignoresLimits() {
    add("t1", delta("a", 8, 10));
    store.refund("t1", List.of(delta("a", 3, 0)));
    assertEquals(5, store.get("t1", "a", MONTH));
    assertEquals(new AddResult(true, List.of(10L)), add("t1", delta("a", 5, 10)));
  }

  // ---- argument checks ----

  @Test
  void add_emptyOrRepeatedCounter_illegalArgumentAndNothingAdded() {
    assertThrows(IllegalArgumentException.class, () -> store.addIfWithinLimits("t1", List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> store.addIfWithinLimits("t1", List.of(delta("a", 1, 10), delta("a", 1, 10))));
    assertThrows(IllegalArgumentException.class,
        () -> store.addIfWithinLimits("t1",
            List.of(delta("a", 1, 10), delta("b", 1, 10), delta("a", 2, 20))));
    assertEquals(0, store.get("t1", "a", MONTH));
    assertEquals(0, store.get("t1", "b", MONTH));
  }

  @Test
  void refund_emptyOrRepeatedCounter_illegalArgumentAndNothingRefunded() {
    add("t1", delta("a", 5, 10));
    add("t1", delta("b", 5, 10));
    assertThrows(IllegalArgumentException.class, () -> store.refund("t1", List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> store.refund("t1", List.of(delta("b", 1, 10), delta("a", 1, 10), delta("a", 1, 10))));
    assertEquals(5, store.get("t1", "a", MONTH));
    assertEquals(5, store.get("t1", "b", MONTH));
  }

  // ---- scoping ----

  @Test
  void counters_keyedByTenantMetricAndPeriod_independent() {
    add("t1", delta("messages", 7, 10));
    assertEquals(0, store.get("t2", "messages", MONTH), "another tenant");
    assertEquals(0, store.get("T1", "messages", MONTH), "tenant ids are case-sensitive");
    assertEquals(0, store.get("t1", "Messages", MONTH), "metrics are case-sensitive");
    assertEquals(0, store.get("t1", "messages", DAY), "another period");
    assertEquals(0, store.get("t1", "daily", MONTH), "another metric");
    assertEquals(new AddResult(true, List.of(10L)), add("t2", delta("messages", 10, 10)),
        "t2's limit counts t2's total only");
    assertEquals(new AddResult(false, List.of(7L)), add("t1", delta("messages", 4, 10)));
    store.refund("t2", List.of(delta("messages", 10, 10)));
    assertEquals(0, store.get("t2", "messages", MONTH));
    assertEquals(7, store.get("t1", "messages", MONTH), "a refund of t2 leaves t1 alone");
  }

  // ---- concurrency ----

  @Test
  void add_racingThreadsOnOneCounter_admitExactlyTheLimit() {
    int limit = 1_000;
    AtomicInteger attempts = new AtomicInteger(3_000);
    Queue<Long> admitted = new ConcurrentLinkedQueue<>();
    Queue<Long> refused = new ConcurrentLinkedQueue<>();
    Concurrently.run(RACERS, thread -> {
      while (attempts.getAndDecrement() > 0) {
        AddResult result = add("t1", delta("messages", 1, limit));
        (result.applied() ? admitted : refused).add(result.totals().get(0));
      }
      return null;
    });
    assertEquals(limit, admitted.size(), "adds admitted");
    assertEquals(limit, store.get("t1", "messages", MONTH), "the counter");
    assertEquals(range(1, limit), new TreeSet<>(admitted),
        "each admitted add saw its own total: 1 to the limit, each once");
    assertTrue(refused.stream().allMatch(t -> t == limit), "refusals saw the full counter");
  }

  @Test
  void add_racingThreadsUnlimited_loseNoIncrement() {
    int perThread = 125;
    Queue<Long> totals = new ConcurrentLinkedQueue<>();
    Concurrently.run(RACERS, thread -> {
      for (int i = 0; i < perThread; i++) {
        AddResult result = add("t1", delta("messages", 1, UNLIMITED));
        assertTrue(result.applied(), "an unlimited add is applied");
        totals.add(result.totals().get(0));
      }
      return null;
    });
    int adds = RACERS * perThread;
    assertEquals(adds, store.get("t1", "messages", MONTH), "every increment counted");
    assertEquals(range(1, adds), new TreeSet<>(totals), "each add saw its own total");
  }

  @Test
  void add_racingMultiCounterAdds_keepCountersInStep() {
    int limit = 300;
    AtomicInteger attempts = new AtomicInteger(1_000);
    Queue<AddResult> results = new ConcurrentLinkedQueue<>();
    Concurrently.run(RACERS, thread -> {
      while (attempts.getAndDecrement() > 0) {
        // Half the threads name the counters in the other order.
        AddResult result = thread % 2 == 0
            ? add("t1", delta("conversations", 1, limit), delta("messages", 2, UNLIMITED))
            : reversed(add("t1", delta("messages", 2, UNLIMITED),
                delta("conversations", 1, limit)));
        results.add(result);
      }
      return null;
    });
    long applied = results.stream().filter(AddResult::applied).count();
    assertEquals(limit, applied, "adds admitted");
    assertEquals(limit, store.get("t1", "conversations", MONTH));
    assertEquals(2L * limit, store.get("t1", "messages", MONTH), "never one without the other");
    List<String> torn = new ArrayList<>();
    for (AddResult result : results) {
      long conversations = result.totals().get(0);
      long messages = result.totals().get(1);
      if (messages != 2 * conversations || (!result.applied() && conversations != limit)) {
        torn.add(result.toString());
      }
    }
    assertEquals(List.of(), torn, "results whose totals are out of step");
  }

  @Test
  void refund_racingThreads_loseNoRefundAndStopAtZero() {
    add("t1", delta("messages", 100, 100));
    Concurrently.run(RACERS, thread -> {
      for (int i = 0; i < 10; i++) {
        store.refund("t1", List.of(delta("messages", 1, 100)));
      }
      return null;
    });
    assertEquals(0, store.get("t1", "messages", MONTH), "160 refunds of 1 from 100");
    add("t1", delta("messages", 100, 100));
    Concurrently.run(RACERS, thread -> {
      for (int i = 0; i < 5; i++) {
        store.refund("t1", List.of(delta("messages", 1, 100)));
      }
      return null;
    });
    assertEquals(20, store.get("t1", "messages", MONTH), "80 refunds of 1 from 100");
  }

  @Test
  void addAndRefund_racing_neverPassTheLimit() {
    int limit = 50;
    Queue<Long> admittedTotals = new ConcurrentLinkedQueue<>();
    Concurrently.run(RACERS, thread -> {
      for (int i = 0; i < 60; i++) {
        AddResult result = add("t1", delta("messages", 1, limit));
        if (result.applied()) {
          admittedTotals.add(result.totals().get(0));
          store.refund("t1", List.of(delta("messages", 1, limit)));
        }
      }
      return null;
    });
    assertEquals(0, store.get("t1", "messages", MONTH), "every admitted add was refunded");
    assertTrue(admittedTotals.stream().allMatch(t -> t >= 1 && t <= limit),
        "admitted totals within 1.." + limit);
  }

  // ---- helpers ----

  private AddResult add(String tenantId, CounterDelta... deltas) {
    return store.addIfWithinLimits(tenantId, List.of(deltas));
  }

  private static CounterDelta delta(String metric, long amount, long limit) {
    return new CounterDelta(metric, MONTH, amount, limit);
  }

  private static AddResult reversed(AddResult result) {
    return new AddResult(result.applied(), List.of(result.totals().get(1), result.totals().get(0)));
  }

  private static Set<Long> range(long from, long to) {
    Set<Long> set = new TreeSet<>();
    LongStream.rangeClosed(from, to).forEach(set::add);
    return set;
  }
}
