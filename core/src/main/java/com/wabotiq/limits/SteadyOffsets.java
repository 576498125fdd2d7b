package com.wabotiq.limits;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The quiet-hours shortcut: far from any change of a zone's UTC offset, a tenant-local window is a
 * plain comparison of wall-clock times, because then {@code instant(L)} is {@code L} minus the one
 * offset for every local date-time near the request. This class remembers, per zone, the stretch
 * of time with the offset last seen, so that the common case reads no zone rules and allocates
 * nothing; near a change (two days either side) the caller takes the exact path.
 *
 * <p>Remembering is memoisation of a pure function of the zone's rules: the answers are the same
 * as without it. The map holds one small entry per zone ever seen. Thread-safe.
 */
final class SteadyOffsets {
  /** Returned when the offset is not steady around the instant: take the exact path. */
  static final int NOT_STEADY = Integer.MIN_VALUE;

  /** How far from an offset change the shortcut holds: more than a quiet interval can last. */
  private static final long MARGIN_SECONDS = 2 * 86_400;

  private static final long SECONDS_PER_DAY = 86_400;

  /** One offset over {@code [from, until)}, in epoch seconds. */
  private record Span(long from, long until, int offsetSeconds) {
    boolean holdsAround(long second) {
      return second - from >= MARGIN_SECONDS && until - second > MARGIN_SECONDS;
    }
  }

  private static final ConcurrentHashMap<ZoneId, Span> SPANS = new ConcurrentHashMap<>();

  private SteadyOffsets() {}

  /**
   * The zone's offset at {@code at} in seconds, if the zone keeps it for two days either side;
   * otherwise {@link #NOT_STEADY}.
   */
  static int steadyOffset(ZoneId zone, Instant at) {
    if (zone instanceof ZoneOffset offset) {
      return offset.getTotalSeconds();
    }
    long second = at.getEpochSecond();
    Span span = SPANS.get(zone);
    if (span == null || !span.holdsAround(second)) {
      span = spanAround(zone, at);
      if (span == null) {
        return NOT_STEADY;
      }
      SPANS.put(zone, span);
      if (!span.holdsAround(second)) {
        return NOT_STEADY;
      }
    }
    return span.offsetSeconds;
  }

  /**
   * Whether the local wall-clock time of {@code at} at a steady offset lies in {@code [start,
   * end)}, or in {@code [start, 24:00) ∪ [00:00, end)} when the window crosses midnight.
   */
  static boolean inWindow(Instant at, int offsetSeconds, LocalTime start, LocalTime end) {
    long localSecond = Math.floorMod(at.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY);
    long nanoOfDay = localSecond * 1_000_000_000L + at.getNano();
    long s = start.toNanoOfDay();
    long e = end.toNanoOfDay();
    return s < e ? nanoOfDay >= s && nanoOfDay < e : nanoOfDay >= s || nanoOfDay < e;
  }

  /** The stretch with one offset around {@code at}, or null at the ends of the time line. */
  private static @Nullable Span spanAround(ZoneId zone, Instant at) {
    long second = at.getEpochSecond();
    if (second <= Instant.MIN.getEpochSecond() + 1 || second >= Instant.MAX.getEpochSecond() - 1) {
      return null;
    }
    ZoneRules rules = zone.getRules();
    int offset = rules.getOffset(at).getTotalSeconds();
    if (rules.isFixedOffset()) {
      return new Span(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2, offset);
    }
    // A change within a second of at lands on at least one side, so it is never straddled.
    ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(at.minusSeconds(1));
    long from = previous == null ? Long.MIN_VALUE / 2 : previous.getInstant().getEpochSecond();
    long until = next == null ? Long.MAX_VALUE / 2 : next.getInstant().getEpochSecond();
    return new Span(from, until, offset);
  }
}
