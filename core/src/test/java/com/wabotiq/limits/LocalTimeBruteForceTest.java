package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof of {@link TenantTime}, {@link QuietHours} and {@link OpeningHours} against an
 * independent brute force: random zones (several with odd rules), random quiet and business hours
 * at minute resolution, random instants within three days of a DST transition; the oracle finds
 * {@code instant(L)} by scanning instants minute by minute until the local date-time is at or
 * after L, and builds every interval from that scan.
 */
class LocalTimeBruteForceTest {
  private static final List<ZoneId> ZONES =
      List.of(
          "Africa/Nairobi",
          "America/New_York",
          "Europe/London",
          "Australia/Lord_Howe",
          "America/Santiago",
          "Asia/Kolkata",
          "Pacific/Apia",
          "America/St_Johns",
          "Antarctica/Troll",
          "Pacific/Chatham",
          "Europe/Dublin",
          "Asia/Kathmandu")
          .stream()
          .map(ZoneId::of)
          .toList();

  private static final long FROM = Instant.parse("2005-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();
  private static final Instant SAMOA_SKIP_BASE = Instant.parse("2011-12-20T00:00:00Z");
  private static final long DAY = 86_400;

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void windows_randomScenarioNearTransition_matchMinuteScan(long seed) {
    Scenario s = new Scenario(seed);
    TenantTime time = TenantTime.of(s.zone);
    String where = "seed=" + seed + " zone=" + s.zone + " at=" + s.at;
    LocalDate date = s.oracle.localDate(s.at);

    // instantOf, against the scan.
    for (int i = 0; i < 4; i++) {
      LocalDateTime l = date.plusDays(s.random.nextInt(3) - 1).atTime(s.time());
      assertThat(time.instantOf(l)).as(where + " instantOf(" + l + ")").isEqualTo(s.oracle.scan(l));
    }

    // The daily reset.
    assertThat(time.startOfNextDay(s.at))
        .as(where + " startOfNextDay")
        .isEqualTo(s.oracle.scan(date.plusDays(1).atStartOfDay()));
    assertThat(time.localDate(s.at)).as(where + " localDate").isEqualTo(date);

    // Quiet hours.
    LocalTime start = s.time();
    LocalTime end = s.random.nextInt(20) == 0 ? start : s.time();
    Optional<QuietHours> quiet = QuietHours.of(start, end);
    Optional<Instant> expectedDefer = s.oracle.quietUntil(start, end, s.at);
    String quietWhere = where + " quiet " + start + "-" + end;
    assertThat(quiet.flatMap(q -> q.deferUntil(s.at, time)))
        .as(quietWhere + " deferUntil")
        .isEqualTo(expectedDefer);
    assertThat(quiet.map(q -> q.isQuiet(s.at, time)).orElse(false))
        .as(quietWhere + " isQuiet")
        .isEqualTo(expectedDefer.isPresent());

    // Limits.check defers a notification exactly then: its shortcut, which compares wall-clock
    // times when the zone's offset is steady for two days around the instant, agrees with the
    // scan both near the transition and away from it.
    Tenant tenant =
        Tenant.builder()
            .id(TenantId.of("t-" + seed))
            .name("Acme")
            .slug("acme")
            .status(TenantStatus.ACTIVE)
            .subscriptionTierId(SubscriptionTier.GROWTH.id())
            .timezone(s.zone)
            .quietHoursStart(start)
            .quietHoursEnd(end)
            .build();
    Decision notification =
        Limits.check(tenant, Usage.at(s.at).send(SendKind.NOTIFICATION).build());
    assertThat(notification.deferredUntil()).as(quietWhere + " Limits.check").isEqualTo(expectedDefer);
    assertThat(notification.outcome())
        .as(quietWhere + " Limits.check outcome")
        .isEqualTo(expectedDefer.isPresent() ? Decision.Outcome.DEFERRED : Decision.Outcome.ALLOWED);

    // Business hours.
    BusinessHours hours = s.businessHours();
    assertThat(OpeningHours.isOpen(hours, s.at, time))
        .as(() -> where + " hours " + hours.days() + " isOpen")
        .isEqualTo(s.oracle.isOpen(hours, s.at));
    assertThat(OpeningHours.nextOpening(hours, s.at, time))
        .as(() -> where + " hours " + hours.days() + " nextOpening")
        .isEqualTo(s.oracle.nextOpening(hours, s.at));
  }

  /** One random scenario: a zone, an instant near a transition, and local times worth trying. */
  private static final class Scenario {
    final Random random;
    final ZoneId zone;
    final Oracle oracle;
    final Instant at;
    final List<LocalTime> nearby = new ArrayList<>();

    Scenario(long seed) {
      random = new Random(seed);
      zone = ZONES.get(random.nextInt(ZONES.size()));
      oracle = new Oracle(zone);
      ZoneRules rules = zone.getRules();
      Instant base =
          zone.getId().equals("Pacific/Apia") && random.nextBoolean()
              ? SAMOA_SKIP_BASE
              : Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
      ZoneOffsetTransition next = rules.nextTransition(base);
      Instant pivot = base;
      if (next != null && next.getInstant().getEpochSecond() - base.getEpochSecond() < 400 * DAY) {
        pivot = next.getInstant();
        nearby.add(next.getDateTimeBefore().toLocalTime());
        nearby.add(next.getDateTimeAfter().toLocalTime());
      }
      at =
          random.nextInt(4) == 0
              ? pivot.plusSeconds(60L * (random.nextInt(241) - 120))
              : pivot.plusSeconds((long) ((random.nextDouble() * 6 - 3) * DAY));
      nearby.add(oracle.localDateTime(at).toLocalTime().withSecond(0).withNano(0));
    }

    /** A local time at minute resolution: any, or within 40 minutes of an interesting one. */
    LocalTime time() {
      if (random.nextBoolean()) {
        return LocalTime.ofSecondOfDay(60L * random.nextInt(24 * 60));
      }
      LocalTime near = nearby.get(random.nextInt(nearby.size()));
      return near.plusMinutes(random.nextInt(81) - 40);
    }

    BusinessHours businessHours() {
      boolean allClosed = random.nextInt(20) == 0;
      Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        int kind = random.nextInt(10);
        if (allClosed || kind == 0) {
          days.put(d, DayHours.closedAllDay());
        } else if (kind > 1) {
          LocalTime a = time();
          LocalTime b = time();
          days.put(d, DayHours.open(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a));
        }
      }
      return BusinessHours.of(days);
    }
  }

  /** The brute force: instants found by a minute-by-minute scan, intervals built from them. */
  private static final class Oracle {
    final ZoneId zone;
    final ZoneRules rules;
    final Map<LocalDateTime, Instant> scanned = new HashMap<>();

    final int maxOffsetSeconds;

    Oracle(ZoneId zone) {
      this.zone = zone;
      this.rules = zone.getRules();
      int max = rules.getOffset(Instant.EPOCH).getTotalSeconds();
      for (ZoneOffsetTransition t : rules.getTransitions()) {
        max = Math.max(max, Math.max(t.getOffsetBefore().getTotalSeconds(),
            t.getOffsetAfter().getTotalSeconds()));
      }
      for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
        max = Math.max(max, Math.max(r.getOffsetBefore().getTotalSeconds(),
            r.getOffsetAfter().getTotalSeconds()));
      }
      this.maxOffsetSeconds = max;
    }

    LocalDateTime localDateTime(Instant at) {
      return LocalDateTime.ofEpochSecond(
          at.getEpochSecond(), at.getNano(), rules.getOffset(at));
    }

    LocalDate localDate(Instant at) {
      return localDateTime(at).toLocalDate();
    }

    /**
     * The earliest instant whose local date-time is at or after {@code l} (a whole minute), by
     * scanning whole minutes from {@code l} less the zone's largest offset ever (and a minute):
     * every instant before that start has a local date-time before {@code l}.
     */
    Instant scan(LocalDateTime l) {
      return scanned.computeIfAbsent(l, this::doScan);
    }

    private Instant doScan(LocalDateTime l) {
      assertThat(l.getSecond() + l.getNano()).as("oracle needs whole minutes").isZero();
      long target = l.toEpochSecond(ZoneOffset.UTC);
      long start = Math.floorDiv(target - maxOffsetSeconds, 60) * 60 - 60;
      assertThat(start + rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds())
          .as("oracle scan starts before " + l)
          .isLessThan(target);
      for (long s = start; s < start + 4 * DAY; s += 60) {
        if (s + rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds() >= target) {
          return Instant.ofEpochSecond(s);
        }
      }
      throw new AssertionError("oracle scan found no instant for " + l + " in " + zone);
    }

    Optional<Instant> quietUntil(LocalTime start, LocalTime end, Instant at) {
      if (start.equals(end)) {
        return Optional.empty();
      }
      LocalDate date = localDate(at);
      for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
        Instant from = scan(d.atTime(start));
        Instant until = scan((start.isAfter(end) ? d.plusDays(1) : d).atTime(end));
        if (!at.isBefore(from) && at.isBefore(until)) {
          return Optional.of(until);
        }
      }
      return Optional.empty();
    }

    /** The opening interval of {@code d}, or null when closed (or empty). */
    Instant[] interval(BusinessHours hours, LocalDate d) {
      DayHours h = hours.days().get(d.getDayOfWeek());
      if (h == null || h.isClosed() || h.open() == null || h.close() == null) {
        return new Instant[0];
      }
      Instant from = scan(d.atTime(h.open()));
      Instant until = scan(d.atTime(h.close()));
      return from.isBefore(until) ? new Instant[] {from, until} : new Instant[0];
    }

    boolean isOpen(BusinessHours hours, Instant at) {
      LocalDate date = localDate(at);
      for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
        Instant[] i = interval(hours, d);
        if (i.length == 2 && !at.isBefore(i[0]) && at.isBefore(i[1])) {
          return true;
        }
      }
      return false;
    }

    Optional<Instant> nextOpening(BusinessHours hours, Instant at) {
      LocalDate date = localDate(at);
      Instant best = null;
      for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(15)); d = d.plusDays(1)) {
        Instant[] i = interval(hours, d);
        if (i.length == 2 && i[1].isAfter(at)) {
          Instant candidate = i[0].isAfter(at) ? i[0] : at;
          if (best == null || candidate.isBefore(best)) {
            best = candidate;
          }
        }
      }
      return Optional.ofNullable(best);
    }
  }
}
