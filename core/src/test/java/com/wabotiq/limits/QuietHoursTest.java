package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link QuietHours}. */
class QuietHoursTest {
  private static final TenantTime NAIROBI = TenantTime.of(ZoneId.of("Africa/Nairobi"));
  private static final TenantTime NEW_YORK = TenantTime.of(ZoneId.of("America/New_York"));
  private static final TenantTime LONDON = TenantTime.of(ZoneId.of("Europe/London"));
  private static final TenantTime KOLKATA = TenantTime.of(ZoneId.of("Asia/Kolkata"));

  private static QuietHours quiet(String start, String end) {
    return new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void of_startEqualsEnd_isNone() {
    assertThat(QuietHours.of(LocalTime.of(22, 0), LocalTime.of(22, 0))).isEmpty();
  }

  @Test
  void of_eitherAbsent_isNone() {
    assertThat(QuietHours.of(null, LocalTime.of(7, 0))).isEmpty();
    assertThat(QuietHours.of(LocalTime.of(22, 0), null)).isEmpty();
  }

  @Test
  void of_distinctTimes_isQuietHours() {
    assertThat(QuietHours.of(LocalTime.of(22, 0), LocalTime.of(7, 0)))
        .contains(quiet("22:00", "07:00"));
  }

  @Test
  void constructor_startEqualsEnd_throws() {
    assertThatThrownBy(() -> quiet("22:00", "22:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quiet_hours_end (22:00) must differ from quiet_hours_start (22:00):"
                + " equal times mean no quiet hours");
  }

  @Test
  void constructor_nullStart_throwsNamingField() {
    assertThatThrownBy(() -> new QuietHours(null, LocalTime.NOON))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("quiet_hours_start == null");
  }

  @Test
  void deferUntil_acrossMidnightEvening_defersToNextMorning() {
    QuietHours q = quiet("22:00", "07:00");
    assertThat(q.isAcrossMidnight()).isTrue();
    // 23:00 in Nairobi (+03) on 2024-05-01.
    assertThat(q.deferUntil(at("2024-05-01T20:00:00Z"), NAIROBI))
        .contains(at("2024-05-02T04:00:00Z"));
  }

  @Test
  void deferUntil_acrossMidnightEarlyMorning_defersToIntervalOfPreviousDay() {
    QuietHours q = quiet("22:00", "07:00");
    // 06:00 on 2024-05-02 belongs to the interval of 2024-05-01.
    assertThat(q.deferUntil(at("2024-05-02T03:00:00Z"), NAIROBI))
        .contains(at("2024-05-02T04:00:00Z"));
  }

  @Test
  void deferUntil_atBoundaries_startInclusiveEndExclusive() {
    QuietHours q = quiet("22:00", "07:00");
    assertThat(q.isQuiet(at("2024-05-01T18:59:59Z"), NAIROBI)).isFalse();
    assertThat(q.isQuiet(at("2024-05-01T19:00:00Z"), NAIROBI)).isTrue();
    assertThat(q.isQuiet(at("2024-05-02T03:59:59Z"), NAIROBI)).isTrue();
    assertThat(q.deferUntil(at("2024-05-02T04:00:00Z"), NAIROBI)).isEmpty();
  }

  @Test
  void deferUntil_sameDay_quietOnlyBetween() {
    QuietHours q = quiet("13:00", "15:00");
    assertThat(q.isAcrossMidnight()).isFalse();
    // Kolkata is +05:30: 14:00 local is 08:30Z.
    assertThat(q.deferUntil(at("2024-05-01T08:30:00Z"), KOLKATA))
        .contains(at("2024-05-01T09:30:00Z"));
    assertThat(q.isQuiet(at("2024-05-01T09:30:00Z"), KOLKATA)).isFalse();
    assertThat(q.isQuiet(at("2024-05-01T07:29:59Z"), KOLKATA)).isFalse();
    assertThat(q.isQuiet(at("2024-04-30T20:00:00Z"), KOLKATA)).isFalse();
  }

  @Test
  void deferUntil_endInSpringGap_endsAtEndOfGap() {
    // New York, 2024-03-10: 02:00 EST jumps to 03:00 EDT at 07:00Z. Quiet hours ending at 02:30
    // end at 03:00 EDT exactly, not at java.time's 03:30.
    QuietHours q = quiet("22:00", "02:30");
    assertThat(q.deferUntil(at("2024-03-10T06:00:00Z"), NEW_YORK)) // 01:00 EST
        .contains(at("2024-03-10T07:00:00Z"));
    assertThat(q.isQuiet(at("2024-03-10T06:59:59Z"), NEW_YORK)).isTrue();
    assertThat(q.isQuiet(at("2024-03-10T07:00:00Z"), NEW_YORK)).isFalse();
  }

  @Test
  void deferUntil_startInFallOverlap_startsAtFirstOccurrence() {
    // New York, 2024-11-03: 02:00 EDT falls back to 01:00 EST at 06:00Z; 01:30 first occurs at
    // 05:30Z (EDT). The interval is [05:30Z, 06:00 EST = 11:00Z).
    QuietHours q = quiet("01:30", "06:00");
    assertThat(q.isQuiet(at("2024-11-03T05:29:59Z"), NEW_YORK)).isFalse();
    assertThat(q.deferUntil(at("2024-11-03T05:30:00Z"), NEW_YORK))
        .contains(at("2024-11-03T11:00:00Z"));
    // 01:15 EST, the second 01:15, is after the interval began.
    assertThat(q.deferUntil(at("2024-11-03T06:15:00Z"), NEW_YORK))
        .contains(at("2024-11-03T11:00:00Z"));
  }

  @Test
  void deferUntil_endInFallOverlap_endsAtFirstOccurrence() {
    // London, 2024-10-27: 02:00 BST falls back to 01:00 GMT at 01:00Z; 01:30 first at 00:30Z.
    QuietHours q = quiet("23:00", "01:30");
    assertThat(q.deferUntil(at("2024-10-27T00:00:00Z"), LONDON)) // 01:00 BST
        .contains(at("2024-10-27T00:30:00Z"));
    // 01:15 GMT, the second 01:15, is after the interval ended.
    assertThat(q.isQuiet(at("2024-10-27T01:15:00Z"), LONDON)).isFalse();
  }

  @Test
  void deferUntil_bothEndsInOneGap_endIsStartOfNextInterval() {
    // New York, 2024-03-10: 02:10 and 02:40 both map to 07:00Z. The interval of 03-09 ends there
    // and the interval of 03-10 begins there, so the deferred time is quiet again.
    QuietHours q = quiet("02:40", "02:10");
    Optional<Instant> until = q.deferUntil(at("2024-03-10T06:30:00Z"), NEW_YORK); // 01:30 EST
    assertThat(until).contains(at("2024-03-10T07:00:00Z"));
    assertThat(q.deferUntil(until.orElseThrow(), NEW_YORK)).contains(at("2024-03-11T06:10:00Z"));
  }

  @Test
  void deferUntil_sameDayInsideOneGap_neverQuiet() {
    QuietHours q = quiet("02:10", "02:40");
    assertThat(q.isQuiet(at("2024-03-10T07:00:00Z"), NEW_YORK)).isFalse();
    assertThat(q.isQuiet(at("2024-03-10T06:59:59Z"), NEW_YORK)).isFalse();
  }

  @Test
  void deferUntil_replyIndependent_onlyReportsTheInterval() {
    // The API knows no message type: a caller holds notifications and campaigns until the
    // returned instant and sends replies at once.
    QuietHours q = quiet("22:00", "07:00");
    Instant now = at("2024-05-01T20:00:00Z");
    Instant notificationAt = q.deferUntil(now, NAIROBI).orElse(now);
    assertThat(notificationAt).isEqualTo(at("2024-05-02T04:00:00Z"));
    assertThat(q.isQuiet(now, NAIROBI)).isTrue();
  }
}
