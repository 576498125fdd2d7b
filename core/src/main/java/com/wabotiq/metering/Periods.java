package com.wabotiq.metering;

import com.wabotiq.billing.BillingPeriod;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.limits.Metric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The counter keys of one tenant-local date: the billing period's key for the per-period metrics,
 * the date for the daily outbound count, {@link #TOTAL} for the counts of what exists; and the
 * instants over which they hold, so that a meter works them out once per tenant and local day.
 *
 * <p>The span {@code [validFrom, validUntil)} is the stretch around the instant it was made for
 * with one UTC offset and one local date: inside it the local date, and so every key, cannot
 * change. Immutable.
 */
final class Periods {
  /** The period key of counters that count what exists, which never reset. */
  static final String TOTAL = "total";

  private static final Metric[] METRICS = Metric.values();
  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  private final BillingSchedule schedule;
  /** Epoch seconds: the span's ends are whole seconds (midnights and offset changes). */
  private final long validFrom;

  private final long validUntil;
  private final String[] keys;

  private Periods(
      ZoneId zone, BillingSchedule schedule, long validFrom, long validUntil, String[] keys) {
    this.zone = zone;
    this.schedule = schedule;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.keys = keys;
  }

  /**
   * The keys at an instant.
   *
   * @throws IllegalArgumentException if the instant's local date is beyond what {@link LocalDate}
   *     or the schedule supports
   */
  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  static Periods of(Instant at, ZoneId zone, BillingSchedule schedule) {
    ZoneRules rules = zone.getRules();
    ZoneOffset offset = rules.getOffset(at);
    long localSeconds = at.getEpochSecond() + offset.getTotalSeconds();
    long epochDay = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
    if (epochDay < LocalDate.MIN.toEpochDay() || epochDay > LocalDate.MAX.toEpochDay()) {
      throw new IllegalArgumentException("at (" + at + ") must have a local date in " + zone);
    }
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    long dayStart = epochDay * SECONDS_PER_DAY - offset.getTotalSeconds();
    Instant from = Instant.ofEpochSecond(Math.max(dayStart, Instant.MIN.getEpochSecond()));
    Instant until =
        Instant.ofEpochSecond(Math.min(dayStart + SECONDS_PER_DAY, Instant.MAX.getEpochSecond()));
    ZoneOffsetTransition previous = rules.previousTransition(at.plusNanos(1));
    if (previous != null && previous.getInstant().isAfter(from)) {
      from = previous.getInstant();
    }
    ZoneOffsetTransition next = rules.nextTransition(at);
    if (next != null && next.getInstant().isBefore(until)) {
      until = next.getInstant();
    }
    String periodKey;
    if (date.isBefore(schedule.start())) {
      periodKey = "before-" + schedule.start();
    } else {
      BillingPeriod period = schedule.periodContaining(date);
      periodKey = period.key();
    }
    String[] keys = new String[METRICS.length];
    for (Metric metric : METRICS) {
      keys[metric.ordinal()] =
          switch (metric) {
            case MONTHLY_MESSAGES, MAX_CAMPAIGN_SENDS -> periodKey;
            case MAX_DAILY_OUTBOUND -> date.toString();
            case MAX_PRODUCTS, MAX_SERVICES -> TOTAL;
          };
    }
    return new Periods(zone, schedule, from.getEpochSecond(), until.getEpochSecond(), keys);
  }

  /** Whether these keys hold at {@code at} for this zone and schedule. */
  @SuppressWarnings("ReferenceEquality") // identity first: the meter passes the same instances
  boolean covers(Instant at, ZoneId zone, BillingSchedule schedule) {
    return (zone == this.zone || zone.equals(this.zone))
        && (schedule == this.schedule || schedule.equals(this.schedule))
        && at.getEpochSecond() >= validFrom
        && at.getEpochSecond() < validUntil;
  }

  /** The period key of a metric's counter. */
  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  String key(Metric metric) {
    return keys[metric.ordinal()];
  }

  /** The period keys by metric ordinal: the array itself, which nobody may write. */
  String[] keys() {
    return keys;
  }
}
