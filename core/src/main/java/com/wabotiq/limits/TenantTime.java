package com.wabotiq.limits;

import com.wabotiq.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's IANA zone and the rule that maps its wall-clock times to instants.
 *
 * <p>For a local date-time L, {@link #instantOf(LocalDateTime) instantOf(L)} is the earliest
 * instant whose local date-time is at or after L. Where L occurs once that is the instant it
 * occurs; in a DST overlap it is the first occurrence (the earlier offset); in a DST gap it is the
 * end of the gap, the transition instant itself. That differs from {@code java.time}'s default,
 * which shifts a time in a gap by the gap's length: in New York on 2024-03-10, when 02:00 jumps to
 * 03:00, {@code instantOf(02:30)} is 03:00 EDT, not 03:30 EDT.
 *
 * <p>Immutable and thread-safe. Never reads a clock.
 *
 * @since 0.1.0
 */
public final class TenantTime {
  private final ZoneId zone;
  private final ZoneRules rules;

  private TenantTime(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
  }

  /**
   * The local time of {@code zone}.
   *
   * @param zone the tenant's zone, normally an IANA region id such as {@code Africa/Nairobi}
   * @return the tenant time of that zone
   * @throws NullPointerException if {@code zone} is null
   */
  public static TenantTime of(ZoneId zone) {
    return new TenantTime(Checks.notNull(zone, "timezone"));
  }

  /**
   * The tenant's zone.
   *
   * @return the zone this tenant time was made of
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The earliest instant whose local date-time is at or after {@code local}: the instant it
   * occurs when it occurs once, its first occurrence in an overlap, the end of the gap (the
   * transition instant) when it falls in a gap.
   *
   * @param local the tenant-local date-time
   * @return the instant of {@code local} by the rule above
   * @throws NullPointerException if {@code local} is null
   */
  public Instant instantOf(LocalDateTime local) {
    Checks.notNull(local, "local");
    ZoneOffsetTransition transition = rules.getTransition(local);
    if (transition == null) {
      return local.toInstant(rules.getOffset(local));
    }
    if (transition.isGap()) {
      return transition.getInstant();
    }
    // An overlap: the offset before the transition is the larger, so it gives the earlier instant.
    return local.toInstant(transition.getOffsetBefore());
  }

  /**
   * The tenant-local date at {@code at}.
   *
   * @param at the instant
   * @return the date of the tenant's wall clock at {@code at}
   * @throws NullPointerException if {@code at} is null
   */
  public LocalDate localDate(Instant at) {
    return LocalDate.ofInstant(Checks.notNull(at, "at"), zone);
  }

  /**
   * The start of the tenant-local day {@code date}: {@code instantOf(date 00:00)}, which is the end
   * of the gap when midnight does not exist that day (America/Santiago on its spring day).
   *
   * @param date the tenant-local date
   * @return the instant the day begins
   * @throws NullPointerException if {@code date} is null
   */
  public Instant startOfDay(LocalDate date) {
    return instantOf(Checks.notNull(date, "date").atStartOfDay());
  }

  /**
   * The start of the tenant-local day after the one containing {@code at}: {@code instantOf(D + 1,
   * 00:00)} where D is the local date at {@code at}. The daily outbound count resets then.
   *
   * @param at the instant
   * @return the instant the next local day begins
   * @throws NullPointerException if {@code at} is null
   */
  public Instant startOfNextDay(Instant at) {
    return startOfDay(localDate(at).plusDays(1));
  }

  /**
   * Whether {@code other} is a tenant time of the same zone.
   *
   * @param other the object to compare with
   * @return true when {@code other} is a {@code TenantTime} with an equal zone
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TenantTime that && zone.equals(that.zone);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the zone's hash code
   */
  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  /**
   * A description naming the zone.
   *
   * @return {@code TenantTime[zone]}
   */
  @Override
  public String toString() {
    return "TenantTime[" + zone + "]";
  }
}
