package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link TenantTime} in zones with and without DST. */
class TenantTimeTest {
  private static final TenantTime NAIROBI = TenantTime.of(ZoneId.of("Africa/Nairobi"));
  private static final TenantTime NEW_YORK = TenantTime.of(ZoneId.of("America/New_York"));
  private static final TenantTime LONDON = TenantTime.of(ZoneId.of("Europe/London"));
  private static final TenantTime LORD_HOWE = TenantTime.of(ZoneId.of("Australia/Lord_Howe"));
  private static final TenantTime SANTIAGO = TenantTime.of(ZoneId.of("America/Santiago"));
  private static final TenantTime KOLKATA = TenantTime.of(ZoneId.of("Asia/Kolkata"));
  private static final TenantTime APIA = TenantTime.of(ZoneId.of("Pacific/Apia"));

  private static LocalDateTime local(String text) {
    return LocalDateTime.parse(text);
  }

  @Test
  void instantOf_noDst_isFixedOffset() {
    assertThat(NAIROBI.instantOf(local("2024-03-10T02:30")))
        .isEqualTo(Instant.parse("2024-03-09T23:30:00Z"));
  }

  @Test
  void instantOf_springGap_isEndOfGapNotShiftedByGapLength() {
    LocalDateTime inGap = local("2024-03-10T02:30");
    assertThat(NEW_YORK.instantOf(inGap)).isEqualTo(Instant.parse("2024-03-10T07:00:00Z"));
    // java.time's own rule shifts by the gap's length, to 03:30 EDT.
    assertThat(inGap.atZone(NEW_YORK.zone()).toInstant())
        .isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
    assertThat(NEW_YORK.instantOf(local("2024-03-10T02:00")))
        .isEqualTo(Instant.parse("2024-03-10T07:00:00Z"));
    assertThat(NEW_YORK.instantOf(local("2024-03-10T03:00")))
        .isEqualTo(Instant.parse("2024-03-10T07:00:00Z"));
    assertThat(NEW_YORK.instantOf(local("2024-03-10T01:59")))
        .isEqualTo(Instant.parse("2024-03-10T06:59:00Z"));
  }

  @Test
  void instantOf_fallOverlap_isFirstOccurrence() {
    assertThat(NEW_YORK.instantOf(local("2024-11-03T01:30")))
        .isEqualTo(Instant.parse("2024-11-03T05:30:00Z"));
    assertThat(NEW_YORK.instantOf(local("2024-11-03T02:00")))
        .isEqualTo(Instant.parse("2024-11-03T07:00:00Z"));
    assertThat(LONDON.instantOf(local("2024-10-27T01:30")))
        .isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
  }

  @Test
  void instantOf_londonSpringGap_isEndOfGap() {
    assertThat(LONDON.instantOf(local("2024-03-31T01:30")))
        .isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
    assertThat(LONDON.localDate(Instant.parse("2024-03-31T01:00:00Z")))
        .isEqualTo(LocalDate.parse("2024-03-31"));
  }

  @Test
  void instantOf_lordHoweHalfHourGap_isEndOfGap() {
    // 2024-10-06 02:00 (+10:30) jumps to 02:30 (+11:00) at 2024-10-05T15:30Z.
    assertThat(LORD_HOWE.instantOf(local("2024-10-06T02:15")))
        .isEqualTo(Instant.parse("2024-10-05T15:30:00Z"));
    assertThat(LORD_HOWE.instantOf(local("2024-10-06T02:30")))
        .isEqualTo(Instant.parse("2024-10-05T15:30:00Z"));
  }

  @Test
  void instantOf_lordHoweHalfHourOverlap_isFirstOccurrence() {
    // 2024-04-07 02:00 (+11:00) falls back to 01:30 (+10:30) at 2024-04-06T15:00Z.
    assertThat(LORD_HOWE.instantOf(local("2024-04-07T01:45")))
        .isEqualTo(Instant.parse("2024-04-06T14:45:00Z"));
    assertThat(LORD_HOWE.instantOf(local("2024-04-07T02:00")))
        .isEqualTo(Instant.parse("2024-04-06T15:30:00Z"));
  }

  @Test
  void startOfDay_midnightInGap_isEndOfGap() {
    // Santiago's DST began at 2024-09-08 00:00 (-04), which became 01:00 (-03).
    Instant start = SANTIAGO.startOfDay(LocalDate.parse("2024-09-08"));
    assertThat(start).isEqualTo(Instant.parse("2024-09-08T04:00:00Z"));
    assertThat(ZonedDateTime.ofInstant(start, SANTIAGO.zone()).toLocalDateTime())
        .isEqualTo(local("2024-09-08T01:00"));
  }

  @Test
  void startOfNextDay_nextMidnightInGap_isEndOfGap() {
    Instant saturdayEvening = Instant.parse("2024-09-08T00:00:00Z"); // 2024-09-07 20:00 (-04)
    assertThat(SANTIAGO.startOfNextDay(saturdayEvening))
        .isEqualTo(Instant.parse("2024-09-08T04:00:00Z"));
    assertThat(SANTIAGO.startOfNextDay(Instant.parse("2024-09-08T03:59:59Z")))
        .isEqualTo(Instant.parse("2024-09-08T04:00:00Z"));
  }

  @Test
  void startOfNextDay_afterMidnightFallBack_isSecondLocalMidnight() {
    // Santiago's DST ended at 2024-04-07 00:00 (-03), which became 2024-04-06 23:00 (-04):
    // local 2024-04-07 00:00 occurs once, at 04:00Z.
    assertThat(SANTIAGO.startOfNextDay(Instant.parse("2024-04-07T02:30:00Z")))
        .isEqualTo(Instant.parse("2024-04-07T04:00:00Z"));
    assertThat(SANTIAGO.startOfDay(LocalDate.parse("2024-04-07")))
        .isEqualTo(Instant.parse("2024-04-07T04:00:00Z"));
  }

  @Test
  void startOfNextDay_halfHourOffset_resetsAtLocalMidnight() {
    assertThat(KOLKATA.startOfNextDay(Instant.parse("2024-05-31T18:29:59Z")))
        .isEqualTo(Instant.parse("2024-05-31T18:30:00Z"));
    assertThat(KOLKATA.startOfNextDay(Instant.parse("2024-05-31T18:30:00Z")))
        .isEqualTo(Instant.parse("2024-06-01T18:30:00Z"));
    assertThat(KOLKATA.startOfDay(LocalDate.parse("2024-06-01")))
        .isEqualTo(Instant.parse("2024-05-31T18:30:00Z"));
  }

  @Test
  void startOfNextDay_skippedDay_isTheDayAfter() {
    // Samoa skipped 2011-12-30: 2011-12-29 23:59:59 (-10) was followed by 2011-12-31 00:00 (+14).
    Instant next = APIA.startOfNextDay(Instant.parse("2011-12-29T22:00:00Z"));
    assertThat(next).isEqualTo(Instant.parse("2011-12-30T10:00:00Z"));
    assertThat(APIA.localDate(next)).isEqualTo(LocalDate.parse("2011-12-31"));
  }

  @Test
  void of_nullZone_throwsNamingField() {
    assertThatThrownBy(() -> TenantTime.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timezone == null");
  }

  @Test
  void equals_sameZone_equalAndNamed() {
    assertThat(TenantTime.of(ZoneId.of("Africa/Nairobi"))).isEqualTo(NAIROBI)
        .hasSameHashCodeAs(NAIROBI).isNotEqualTo(KOLKATA);
    assertThat(NAIROBI).hasToString("TenantTime[Africa/Nairobi]");
  }
}
