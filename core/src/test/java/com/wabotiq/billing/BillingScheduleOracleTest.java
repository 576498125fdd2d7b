package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test: {@link BillingSchedule#periodContaining(LocalDate)} against a brute-force oracle
 * that walks the periods from the start, over 500 seeded random cases. Start dates favour the
 * 28th to the 31st and February 29; dates reach up to 60 years past the start. Each case is fully
 * determined by its seed, shown in the test's name.
 */
class BillingScheduleOracleTest {
  private static final long MASTER_SEED = 0xB111_1A6L;
  private static final int CASES = 500;
  private static final int MAX_DAYS_AFTER_START = 60 * 366;

  static Stream<Long> seeds() {
    Random seeds = new Random(MASTER_SEED);
    return LongStream.range(0, CASES).mapToObj(i -> seeds.nextLong());
  }

  /**
   * A random start date: half of them on the 28th to the 31st (clamped to the month's length), a
   * quarter on February 29, a quarter on any day.
   */
  private static LocalDate randomStart(Random r) {
    int year = 1900 + r.nextInt(250);
    switch (r.nextInt(4)) {
      case 0:
        int leap = year - Math.floorMod(year, 4);
        LocalDate feb = LocalDate.of(leap, Month.FEBRUARY, 1);
        return feb.isLeapYear() ? feb.withDayOfMonth(29) : LocalDate.of(2000, 2, 29);
      case 1:
        LocalDate first = LocalDate.of(year, 1 + r.nextInt(12), 1);
        return first.plusDays(first.lengthOfMonth() - 1L - r.nextInt(first.lengthOfMonth()));
      default:
        LocalDate month = LocalDate.of(year, 1 + r.nextInt(12), 1);
        return month.withDayOfMonth(Math.min(28 + r.nextInt(4), month.lengthOfMonth()));
    }
  }

  /** The start of period k by definition: S plus k months or years, from S every time. */
  private static LocalDate oracleStart(LocalDate start, BillingCycle cycle, long k) {
    return cycle.value() == BillingCycle.Value.MONTHLY ? start.plusMonths(k) : start.plusYears(k);
  }

  /** Brute force: scan k = 0, 1, 2... until period k+1 starts after the date. */
  private static BillingPeriod oracle(LocalDate start, BillingCycle cycle, LocalDate date) {
    long k = 0;
    while (!oracleStart(start, cycle, k + 1).isAfter(date)) {
      k++;
    }
    return new BillingPeriod(k, oracleStart(start, cycle, k), oracleStart(start, cycle, k + 1));
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void periodContaining_randomStartAndDate_matchesBruteForceOracle(long seed) {
    Random r = new Random(seed);
    LocalDate start = randomStart(r);
    BillingCycle cycle = r.nextBoolean() ? BillingCycle.MONTHLY : BillingCycle.YEARLY;
    BillingSchedule schedule = new BillingSchedule(start, cycle);

    for (int i = 0; i < 8; i++) {
      LocalDate date = start.plusDays(r.nextInt(MAX_DAYS_AFTER_START + 1));
      BillingPeriod expected = oracle(start, cycle, date);
      BillingPeriod actual = schedule.periodContaining(date);
      assertThat(actual).as("%s %s on %s", cycle, start, date).isEqualTo(expected);
      assertThat(actual.contains(date)).isTrue();
      assertThat(schedule.nextBillingDate(date)).isEqualTo(expected.end());

      // The period's own boundaries: first and last day inside, end date in the next period.
      assertThat(schedule.periodContaining(actual.start())).isEqualTo(actual);
      assertThat(schedule.periodContaining(actual.end().minusDays(1))).isEqualTo(actual);
      assertThat(schedule.periodContaining(actual.end()).index()).isEqualTo(actual.index() + 1);
      assertThat(schedule.period(actual.index())).isEqualTo(actual);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void period_consecutiveIndexes_tileTheLineWithoutGapOrOverlap(long seed) {
    Random r = new Random(seed);
    LocalDate start = randomStart(r);
    BillingCycle cycle = r.nextBoolean() ? BillingCycle.MONTHLY : BillingCycle.YEARLY;
    BillingSchedule schedule = new BillingSchedule(start, cycle);
    int count = cycle.value() == BillingCycle.Value.MONTHLY ? 720 : 60;

    BillingPeriod previous = schedule.period(0);
    assertThat(previous.start()).isEqualTo(start);
    for (long k = 1; k <= count; k++) {
      BillingPeriod period = schedule.period(k);
      assertThat(period.index()).isEqualTo(k);
      assertThat(period.start()).isEqualTo(previous.end()).isEqualTo(oracleStart(start, cycle, k));
      assertThat(period.end()).isAfter(period.start());
      assertThat(previous.contains(period.start())).isFalse();
      assertThat(period.contains(previous.end().minusDays(1))).isFalse();
      assertThat(period.key()).isNotEqualTo(previous.key());
      previous = period;
    }
  }
}
