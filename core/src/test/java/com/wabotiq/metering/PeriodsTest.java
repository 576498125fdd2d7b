package com.wabotiq.metering;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.limits.Metric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof of {@link Periods} against the oracle of {@link MeterPropertyTest}: at instants one
 * second either side of every DST transition of the test zones in 2024–2026 (America/Santiago's
 * fall at local midnight), of the local midnights around them, and at random instants, the keys
 * {@link Periods#of} gives equal the oracle's; and {@link Periods#covers} is true only at instants
 * whose keys are the same. The scan runs minute by minute over 26 hours either side of the
 * instant (a local day lasts at most 25 hours, so the whole span and both of its edges are
 * inside), and second by second wherever {@code covers} changes between two minutes; it also checks
 * that the covered instants form one interval holding the instant itself.
 */
@SuppressWarnings("EnumOrdinal") // period keys are indexed by metric ordinal, as in Periods
class PeriodsTest {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Africa/Nairobi"),
          ZoneOffset.UTC);

  /** Schedules; null stands for a request without one (the meter's calendar months). */
  private static final List<@Nullable BillingSchedule> SCHEDULES =
      Arrays.asList(
          null,
          monthly(2024, 1, 31),
          monthly(2024, 1, 30),
          monthly(2024, 1, 29),
          monthly(2023, 12, 31),
          monthly(2025, 3, 31),
          monthly(2024, 5, 15),
          monthly(2026, 8, 30), // "before-" for most instants
          new BillingSchedule(LocalDate.of(2024, 2, 29), BillingCycle.YEARLY),
          new BillingSchedule(LocalDate.of(2023, 8, 31), BillingCycle.YEARLY));

  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
  private static final long WINDOW = 26 * 3600;

  static Stream<Arguments> transitions() {
    List<Arguments> out = new ArrayList<>();
    for (ZoneId zone : ZONES) {
      ZoneOffsetTransition t = zone.getRules().nextTransition(FROM);
      while (t != null && t.getInstant().isBefore(UNTIL)) {
        out.add(Arguments.of(zone, t.getInstant()));
        t = zone.getRules().nextTransition(t.getInstant());
      }
    }
    return out.stream();
  }

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "zone={0} transition={1}")
  @MethodSource("transitions")
  void keysAndSpan_aroundEveryTransition_matchTheOracle(ZoneId zone, Instant transition) {
    List<Instant> instants = new ArrayList<>();
    LocalDate before = transition.minusSeconds(1).atZone(zone).toLocalDate();
    LocalDate after = transition.atZone(zone).toLocalDate();
    List<Instant> centres = new ArrayList<>();
    centres.add(transition);
    for (LocalDate d : List.of(before, before.plusDays(1), after, after.plusDays(1))) {
      centres.add(d.atStartOfDay(zone).toInstant());
    }
    for (Instant c : centres) {
      for (long delta = -1; delta <= 1; delta++) {
        instants.add(c.plusSeconds(delta));
      }
    }
    for (Instant at : instants) {
      check("zone=" + zone + " transition=" + transition, at, zone, SCHEDULES);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void keysAndSpan_atRandomInstants_matchTheOracle(long seed) {
    Random r = new Random(seed);
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    BillingSchedule schedule =
        r.nextBoolean()
            ? SCHEDULES.get(r.nextInt(SCHEDULES.size()))
            : MeterPropertyTest.randomSchedule(r);
    Instant at = FROM.plusSeconds((r.nextLong() & Long.MAX_VALUE) % (UNTIL.getEpochSecond()
        - FROM.getEpochSecond()));
    switch (r.nextInt(3)) {
      case 0 -> {
        // Near a local midnight.
        LocalDate d = at.atZone(zone).toLocalDate();
        at = d.atStartOfDay(zone).toInstant().plusSeconds(r.nextInt(5) - 2);
      }
      case 1 -> {
        // Near a transition.
        ZoneOffsetTransition t = zone.getRules().nextTransition(at);
        if (t != null) {
          at = t.getInstant().plusSeconds(r.nextInt(5) - 2);
        }
      }
      default -> at = at.plusNanos(r.nextInt(1_000_000_000));
    }
    check("seed=" + seed + " zone=" + zone, at, zone, Arrays.asList(schedule, null));
  }

  private static void check(
      String where, Instant at, ZoneId zone, List<@Nullable BillingSchedule> requested) {
    int n = requested.size();
    BillingSchedule[] schedules = new BillingSchedule[n];
    Periods[] periods = new Periods[n];
    List<List<String>> cached = new ArrayList<>();
    List<Map<LocalDate, List<String>>> memos = new ArrayList<>();
    String[] what = new String[n];
    for (int i = 0; i < n; i++) {
      BillingSchedule given = requested.get(i);
      BillingSchedule schedule = given == null ? UsageMeter.CALENDAR_MONTHS : given;
      schedules[i] = schedule;
      what[i] = where + " at=" + at + " schedule=" + schedule;
      memos.add(new HashMap<>());
      periods[i] = Periods.of(at, zone, schedule);
      cached.add(Arrays.asList(periods[i].keys()));
      assertThat(cached.get(i))
          .as(what[i])
          .isEqualTo(oracleKeys(at.atZone(zone).toLocalDate(), requested.get(i), memos.get(i)));
      for (Metric m : Metric.values()) {
        assertThat(periods[i].key(m)).as(what[i]).isEqualTo(cached.get(i).get(m.ordinal()));
      }
      assertThat(periods[i].covers(at, zone, schedule)).as(what[i] + " covers itself").isTrue();
      BillingSchedule equal = new BillingSchedule(schedule.start(), schedule.cycle());
      assertThat(periods[i].covers(at, zone, equal)).as(what[i] + " equal schedule").isTrue();
      BillingSchedule other = new BillingSchedule(schedule.start().plusDays(1), schedule.cycle());
      assertThat(periods[i].covers(at, zone, other)).as(what[i] + " other schedule").isFalse();
      ZoneId otherZone = zone.equals(ZoneOffset.UTC) ? ZoneId.of("Asia/Kolkata") : ZoneOffset.UTC;
      assertThat(periods[i].covers(at, otherZone, schedule)).as(what[i] + " other zone").isFalse();
    }

    // Minute by minute, and second by second where covers changes; the local date of each
    // instant is worked out once for every schedule.
    int[] changes = new int[n];
    boolean[] previous = new boolean[n];
    Instant previousAt = null;
    for (long s = -WINDOW; s <= WINDOW; s += 60) {
      Instant x = at.plusSeconds(s);
      LocalDate date = x.atZone(zone).toLocalDate();
      for (int i = 0; i < n; i++) {
        boolean covers = periods[i].covers(x, zone, schedules[i]);
        if (covers) {
          sameKeys(oracleKeys(date, requested.get(i), memos.get(i)), cached.get(i), what[i], x);
        }
        if (previousAt != null && covers != previous[i]) {
          changes[i]++;
          for (long t = 1; t < 60; t++) {
            Instant y = previousAt.plusSeconds(t);
            if (periods[i].covers(y, zone, schedules[i])) {
              sameKeys(
                  oracleKeys(y.atZone(zone).toLocalDate(), requested.get(i), memos.get(i)),
                  cached.get(i),
                  what[i],
                  y);
            }
          }
        }
        previous[i] = covers;
      }
      previousAt = x;
    }
    for (int i = 0; i < n; i++) {
      assertThat(changes[i])
          .as(what[i] + " covered instants form one interval inside the window")
          .isEqualTo(2);
    }
  }

  /** Asserts that the oracle's keys at a covered instant are the cached ones. */
  private static void sameKeys(List<String> oracle, List<String> cached, String what, Instant x) {
    if (!oracle.equals(cached)) {
      assertThat(oracle).as(what + " covered " + x).isEqualTo(cached);
    }
  }

  /** The oracle's keys by metric ordinal on a tenant-local date; memoised by date. */
  private static List<String> oracleKeys(
      LocalDate date, @Nullable BillingSchedule schedule, Map<LocalDate, List<String>> memo) {
    return memo.computeIfAbsent(
        date,
        d -> {
          String period = MeterPropertyTest.periodKey(d, schedule);
          String[] keys = new String[Metric.values().length];
          for (Metric m : Metric.values()) {
            keys[m.ordinal()] =
                switch (m) {
                  case MONTHLY_MESSAGES, MAX_CAMPAIGN_SENDS -> period;
                  case MAX_DAILY_OUTBOUND -> d.toString();
                  case MAX_PRODUCTS, MAX_SERVICES -> "total";
                };
          }
          return Arrays.asList(keys);
        });
  }

  private static BillingSchedule monthly(int year, int month, int day) {
    return new BillingSchedule(LocalDate.of(year, month, day), BillingCycle.MONTHLY);
  }
}
