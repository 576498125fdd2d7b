package com.wabotiq.limits;

import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a business is open, from its weekly {@link BusinessHours}. On local date D whose day of the
 * week states {@code open} and {@code close} the business is open during [{@code instantOf(D
 * open)}, {@code instantOf(D close)}) (see {@link TenantTime#instantOf}); that interval is empty
 * when {@code close} is not after {@code open}, or when both fall in one DST gap. A day marked
 * closed, a day without both times and a day the hours do not mention are closed all day.
 *
 * <p>Stateless and thread-safe. Never reads a clock.
 *
 * @since 0.1.0
 */
public final class OpeningHours {
  /**
   * How many local days {@link #nextOpening} looks ahead. Every day of the week recurs in it many
   * times, so a day of the week with hours that opens at all opens in it.
   */
  private static final int LOOK_AHEAD_DAYS = 366;

  private OpeningHours() {}

  /**
   * Whether the business is open at {@code at}.
   *
   * @param hours the weekly business hours
   * @param at the instant
   * @param time the tenant's local time
   * @return true when {@code at} is inside the opening interval of a local day
   * @throws NullPointerException if an argument is null
   */
  public static boolean isOpen(BusinessHours hours, Instant at, TenantTime time) {
    Optional<Instant> next = nextOpening(hours, at, time);
    return next.isPresent() && next.get().equals(at);
  }

  /**
   * The first instant at or after {@code at} when the business is open: {@code at} itself when it
   * is open then, otherwise the start of the next non-empty opening interval.
   *
   * @param hours the weekly business hours
   * @param at the instant to search from
   * @param time the tenant's local time
   * @return the next opening instant, or empty when no day of the week ever opens
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Instant> nextOpening(BusinessHours hours, Instant at, TenantTime time) {
    Checks.notNull(hours, "business_hours");
    Checks.notNull(at, "at");
    Checks.notNull(time, "time");
    if (hours.days().values().stream().noneMatch(h -> open(h) != null)) {
      return Optional.empty();
    }
    // An interval of a day before at's local date D ends before at (its close is before D 00:00),
    // and the intervals are disjoint and in date order, so the first of D, D + 1, ... that is
    // non-empty and ends after at holds the answer.
    LocalDate date = time.localDate(at);
    for (int i = 0; i <= LOOK_AHEAD_DAYS; i++) {
      LocalDate day = date.plusDays(i);
      DayHours h = hours.days().get(day.getDayOfWeek());
      LocalTime openAt = h == null ? null : open(h);
      if (h == null || openAt == null) {
        continue;
      }
      Instant from = time.instantOf(day.atTime(openAt));
      Instant until = time.instantOf(day.atTime(Checks.notNull(h.close(), "close")));
      if (from.isBefore(until) && until.isAfter(at)) {
        return Optional.of(from.isAfter(at) ? from : at);
      }
    }
    return Optional.empty();
  }

  /** The opening time of a day that can open (not closed, both times set, open before close). */
  private static @Nullable LocalTime open(DayHours h) {
    LocalTime open = h.open();
    LocalTime close = h.close();
    if (h.isClosed() || open == null || close == null || !open.isBefore(close)) {
      return null;
    }
    return open;
  }
}
