package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link OpeningHours}. */
class OpeningHoursTest {
  private static final TenantTime NAIROBI = TenantTime.of(ZoneId.of("Africa/Nairobi"));
  private static final TenantTime NEW_YORK = TenantTime.of(ZoneId.of("America/New_York"));
  private static final TenantTime LONDON = TenantTime.of(ZoneId.of("Europe/London"));

  private static final BusinessHours WEEKDAYS = weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));

  private static BusinessHours weekdays(LocalTime open, LocalTime close) {
    Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, d.getValue() <= 5 ? DayHours.open(open, close) : DayHours.closedAllDay());
    }
    return BusinessHours.of(days);
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void isOpen_weekdayHours_openInclusiveCloseExclusive() {
    // Nairobi is +03; 2024-05-01 is a Wednesday.
    assertThat(OpeningHours.isOpen(WEEKDAYS, at("2024-05-01T05:59:59Z"), NAIROBI)).isFalse();
    assertThat(OpeningHours.isOpen(WEEKDAYS, at("2024-05-01T06:00:00Z"), NAIROBI)).isTrue();
    assertThat(OpeningHours.isOpen(WEEKDAYS, at("2024-05-01T13:59:59Z"), NAIROBI)).isTrue();
    assertThat(OpeningHours.isOpen(WEEKDAYS, at("2024-05-01T14:00:00Z"), NAIROBI)).isFalse();
  }

  @Test
  void isOpen_closedDay_neverOpen() {
    assertThat(OpeningHours.isOpen(WEEKDAYS, at("2024-05-04T09:00:00Z"), NAIROBI)).isFalse();
  }

  @Test
  void nextOpening_whileOpen_isNow() {
    assertThat(OpeningHours.nextOpening(WEEKDAYS, at("2024-05-01T10:00:00Z"), NAIROBI))
        .contains(at("2024-05-01T10:00:00Z"));
  }

  @Test
  void nextOpening_fridayEvening_isMondayMorning() {
    assertThat(OpeningHours.nextOpening(WEEKDAYS, at("2024-05-03T15:00:00Z"), NAIROBI))
        .contains(at("2024-05-06T06:00:00Z"));
  }

  @Test
  void nextOpening_everyDayClosed_isEmpty() {
    Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, DayHours.closedAllDay());
    }
    assertThat(OpeningHours.nextOpening(BusinessHours.of(days), at("2024-05-01T10:00:00Z"), NAIROBI))
        .isEmpty();
    assertThat(OpeningHours.nextOpening(BusinessHours.EMPTY, at("2024-05-01T10:00:00Z"), NAIROBI))
        .isEmpty();
  }

  @Test
  void nextOpening_openInSpringGap_opensAtEndOfGap() {
    // 2024-03-10 is a Sunday; 02:30 does not exist in New York, so the day opens at 03:00 EDT.
    BusinessHours sunday =
        BusinessHours.EMPTY.with(DayOfWeek.SUNDAY, DayHours.open(LocalTime.of(2, 30), LocalTime.of(4, 0)));
    assertThat(OpeningHours.nextOpening(sunday, at("2024-03-10T05:00:00Z"), NEW_YORK))
        .contains(at("2024-03-10T07:00:00Z"));
    assertThat(OpeningHours.isOpen(sunday, at("2024-03-10T07:59:59Z"), NEW_YORK)).isTrue();
    assertThat(OpeningHours.isOpen(sunday, at("2024-03-10T08:00:00Z"), NEW_YORK)).isFalse();
  }

  @Test
  void isOpen_openInFallOverlap_opensAtFirstOccurrence() {
    // London, Sunday 2024-10-27: 01:30 first occurs at 00:30Z (BST); 03:00 GMT is 03:00Z.
    BusinessHours sunday =
        BusinessHours.EMPTY.with(DayOfWeek.SUNDAY, DayHours.open(LocalTime.of(1, 30), LocalTime.of(3, 0)));
    assertThat(OpeningHours.isOpen(sunday, at("2024-10-27T00:29:59Z"), LONDON)).isFalse();
    assertThat(OpeningHours.isOpen(sunday, at("2024-10-27T00:30:00Z"), LONDON)).isTrue();
    assertThat(OpeningHours.isOpen(sunday, at("2024-10-27T01:15:00Z"), LONDON)).isTrue();
    assertThat(OpeningHours.isOpen(sunday, at("2024-10-27T03:00:00Z"), LONDON)).isFalse();
  }

  @Test
  void isOpen_bothTimesInOneGap_closedThatDay() {
    BusinessHours sunday =
        BusinessHours.EMPTY.with(DayOfWeek.SUNDAY, DayHours.open(LocalTime.of(2, 10), LocalTime.of(2, 40)));
    assertThat(OpeningHours.isOpen(sunday, at("2024-03-10T07:00:00Z"), NEW_YORK)).isFalse();
    // The next Sunday opens normally at 02:10 EDT.
    assertThat(OpeningHours.nextOpening(sunday, at("2024-03-10T07:00:00Z"), NEW_YORK))
        .contains(at("2024-03-17T06:10:00Z"));
  }

  @Test
  void isOpen_closeNotAfterOpenOrTimesMissing_neverOpen() {
    BusinessHours odd =
        BusinessHours.EMPTY
            .with(DayOfWeek.MONDAY, DayHours.open(LocalTime.of(17, 0), LocalTime.of(9, 0)))
            .with(DayOfWeek.TUESDAY, new DayHours(LocalTime.of(9, 0), null, null))
            .with(DayOfWeek.WEDNESDAY, new DayHours(LocalTime.of(9, 0), LocalTime.of(17, 0), true));
    assertThat(OpeningHours.nextOpening(odd, at("2024-05-01T10:00:00Z"), NAIROBI)).isEmpty();
  }
}
