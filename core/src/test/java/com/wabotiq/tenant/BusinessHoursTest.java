package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
  private static final DayHours NINE_TO_SIX =
      DayHours.open(LocalTime.of(9, 0), LocalTime.of(18, 0));

  @Test
  void open_keepsTimes_isNotClosed() {
    assertThat(NINE_TO_SIX.open()).isEqualTo(LocalTime.of(9, 0));
    assertThat(NINE_TO_SIX.close()).isEqualTo(LocalTime.of(18, 0));
    assertThat(NINE_TO_SIX.closed()).isNull();
    assertThat(NINE_TO_SIX.isClosed()).isFalse();
  }

  @Test
  void open_nullTime_namesField() {
    assertThatThrownBy(() -> DayHours.open(null, LocalTime.NOON))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("open == null");
    assertThatThrownBy(() -> DayHours.open(LocalTime.NOON, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("close == null");
  }

  @Test
  void closedAllDay_isClosedWithoutTimes() {
    DayHours closed = DayHours.closedAllDay();
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.closed()).isTrue();
    assertThat(closed.open()).isNull();
    assertThat(closed.close()).isNull();
    assertThat(closed).isEqualTo(new DayHours(null, null, true));
  }

  @Test
  void isClosed_onlyWhenClosedIsTrue() {
    assertThat(new DayHours(null, null, false).isClosed()).isFalse();
    assertThat(new DayHours(null, null, null).isClosed()).isFalse();
  }

  @Test
  void of_anyInsertionOrder_iteratesMondayToSunday() {
    Map<DayOfWeek, DayHours> days = new LinkedHashMap<>();
    days.put(DayOfWeek.SUNDAY, DayHours.closedAllDay());
    days.put(DayOfWeek.SATURDAY, DayHours.open(LocalTime.of(10, 0), LocalTime.of(16, 0)));
    days.put(DayOfWeek.MONDAY, NINE_TO_SIX);
    assertThat(BusinessHours.of(days).days().keySet())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void on_statedAndUnstatedDays() {
    BusinessHours hours =
        BusinessHours.of(
            Map.of(DayOfWeek.MONDAY, NINE_TO_SIX, DayOfWeek.SUNDAY, DayHours.closedAllDay()));
    assertThat(hours.on(DayOfWeek.MONDAY)).contains(NINE_TO_SIX);
    assertThat(hours.on(DayOfWeek.SUNDAY))
        .hasValueSatisfying(d -> assertThat(d.isClosed()).isTrue());
    assertThat(hours.on(DayOfWeek.TUESDAY)).isEmpty();
    assertThatThrownBy(() -> hours.on(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("day == null");
  }

  @Test
  void of_null_andEmpty_areEmpty() {
    assertThat(BusinessHours.of(null)).isEqualTo(BusinessHours.EMPTY);
    assertThat(BusinessHours.of(Map.of())).isEqualTo(BusinessHours.EMPTY);
    assertThat(BusinessHours.EMPTY.days()).isEmpty();
    assertThat(BusinessHours.EMPTY.on(DayOfWeek.MONDAY)).isEmpty();
  }

  @Test
  void constructor_copiesAndIsUnmodifiable() {
    Map<DayOfWeek, DayHours> days = new HashMap<>(Map.of(DayOfWeek.MONDAY, NINE_TO_SIX));
    BusinessHours hours = BusinessHours.of(days);
    days.put(DayOfWeek.TUESDAY, NINE_TO_SIX);
    assertThat(hours.days()).containsOnlyKeys(DayOfWeek.MONDAY);
    assertThatThrownBy(() -> hours.days().put(DayOfWeek.TUESDAY, NINE_TO_SIX))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullDayOrHours_isRefusedNamingIt() {
    Map<DayOfWeek, DayHours> nullHours = new HashMap<>();
    nullHours.put(DayOfWeek.WEDNESDAY, null);
    assertThatThrownBy(() -> BusinessHours.of(nullHours))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("business_hours.wednesday == null");
    Map<DayOfWeek, DayHours> nullDay = new HashMap<>();
    nullDay.put(null, NINE_TO_SIX);
    assertThatThrownBy(() -> BusinessHours.of(nullDay))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("business_hours has a null day");
  }

  @Test
  void with_setsOneDay_leavesOriginalUnchanged() {
    BusinessHours monday = BusinessHours.of(Map.of(DayOfWeek.MONDAY, NINE_TO_SIX));
    BusinessHours both = monday.with(DayOfWeek.SUNDAY, DayHours.closedAllDay());
    assertThat(both.days()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    assertThat(monday.days()).containsOnlyKeys(DayOfWeek.MONDAY);
    assertThat(BusinessHours.EMPTY.with(DayOfWeek.MONDAY, NINE_TO_SIX)).isEqualTo(monday);
    assertThat(both.with(DayOfWeek.MONDAY, DayHours.closedAllDay()).on(DayOfWeek.MONDAY))
        .contains(DayHours.closedAllDay());
    assertThatThrownBy(() -> monday.with(DayOfWeek.FRIDAY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("business_hours.friday == null");
  }

  @Test
  void equality_doesNotDependOnSourceMapType() {
    Map<DayOfWeek, DayHours> hash = new HashMap<>(Map.of(DayOfWeek.MONDAY, NINE_TO_SIX));
    assertThat(BusinessHours.of(hash))
        .isEqualTo(BusinessHours.of(Map.of(DayOfWeek.MONDAY, NINE_TO_SIX)))
        .hasSameHashCodeAs(BusinessHours.of(Map.of(DayOfWeek.MONDAY, NINE_TO_SIX)));
  }
}
