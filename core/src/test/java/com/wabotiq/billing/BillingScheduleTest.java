package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BillingScheduleTest {
  private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
  private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
  private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

  private static BillingSchedule monthly(int year, int month, int day) {
    return new BillingSchedule(LocalDate.of(year, month, day), BillingCycle.MONTHLY);
  }

  private static BillingSchedule yearly(int year, int month, int day) {
    return new BillingSchedule(LocalDate.of(year, month, day), BillingCycle.YEARLY);
  }

  private static List<LocalDate> starts(BillingSchedule schedule, int count) {
    return LongStream.range(0, count).mapToObj(k -> schedule.period(k).start()).toList();
  }

  /** The reference's subscription example. */
  private static Subscription.Builder referenceSubscription() {
    return Subscription.builder()
        .id(SubscriptionId.of("3f1e2d4c-0000-4000-8000-000000000001"))
        .tenantId(TenantId.of("3f1e2d4c-0000-4000-8000-000000000002"))
        .tierId(SubscriptionTier.GROWTH.id())
        .billingCycle(BillingCycle.MONTHLY)
        .status(SubscriptionStatus.ACTIVE)
        .startDate(LocalDate.of(2025, 11, 1))
        .nextBillingDate(LocalDate.of(2025, 12, 1))
        .currentPeriodStart(LocalDate.of(2025, 11, 1))
        .currentPeriodEnd(LocalDate.of(2025, 12, 1))
        .messagesSentThisPeriod(450)
        .campaignsSentThisPeriod(5)
        .createdAt(Instant.parse("2025-11-01T00:00:00Z"))
        .updatedAt(Instant.parse("2025-11-20T10:30:00Z"));
  }

  // --- the PRODUCT examples ---

  @Test
  void period_monthlyFrom31stInCommonYear_renewsOnMonthEndsNeverChained() {
    assertThat(starts(monthly(2025, 1, 31), 7))
        .containsExactly(
            LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 5, 31),
            LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 31));
  }

  @Test
  void period_monthlyFrom31stInLeapYear_renewsOnFeb29ThenMar31() {
    assertThat(starts(monthly(2024, 1, 31), 4))
        .containsExactly(
            LocalDate.of(2024, 1, 31),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 4, 30));
  }

  @Test
  void period_monthlyFrom31stAcrossYears_isComputedFromStartEveryTime() {
    BillingSchedule schedule = monthly(2024, 1, 31);
    assertThat(schedule.period(13).start()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(schedule.period(14).start()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(schedule.period(49).start()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void period_yearlyFromFeb29_renewsOnFeb28AndOnFeb29InLeapYears() {
    assertThat(starts(yearly(2024, 2, 29), 6))
        .containsExactly(
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2027, 2, 28),
            LocalDate.of(2028, 2, 29),
            LocalDate.of(2029, 2, 28));
  }

  @Test
  void period_yearlyFromFeb29_periodEndsAreNextStarts() {
    BillingSchedule schedule = yearly(2024, 2, 29);
    assertThat(schedule.period(0))
        .isEqualTo(new BillingPeriod(0, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)));
    assertThat(schedule.period(3))
        .isEqualTo(new BillingPeriod(3, LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29)));
  }

  // --- the reference's subscription ---

  @Test
  void of_referenceSubscription_currentPeriodIsNovemberAndNextBillingDec1() {
    Subscription subscription = referenceSubscription().build();
    BillingSchedule schedule = BillingSchedule.of(subscription);
    assertThat(schedule)
        .isEqualTo(new BillingSchedule(LocalDate.of(2025, 11, 1), BillingCycle.MONTHLY));

    BillingPeriod current = schedule.periodContaining(subscription.updatedAt(), NAIROBI);
    assertThat(current)
        .isEqualTo(new BillingPeriod(0, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1)));
    assertThat(current.start()).isEqualTo(subscription.currentPeriodStart());
    assertThat(current.end()).isEqualTo(subscription.currentPeriodEnd());
    assertThat(current.key()).isEqualTo("2025-11-01");
    assertThat(schedule.nextBillingDate(LocalDate.of(2025, 11, 20)))
        .isEqualTo(LocalDate.of(2025, 12, 1))
        .isEqualTo(subscription.nextBillingDate());
  }

  @Test
  void of_unknownBillingCycle_throwsNamingBillingCycle() {
    Subscription subscription =
        referenceSubscription().billingCycle(BillingCycle.of("weekly")).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BillingSchedule.of(subscription))
        .withMessageContaining("billing_cycle")
        .withMessageContaining("weekly");
  }

  // --- boundaries ---

  @Test
  void periodContaining_lastDayOfPeriod_belongsToThatPeriod() {
    BillingSchedule schedule = monthly(2025, 1, 31);
    BillingPeriod first = schedule.periodContaining(LocalDate.of(2025, 2, 27));
    assertThat(first)
        .isEqualTo(new BillingPeriod(0, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)));
    assertThat(schedule.nextBillingDate(LocalDate.of(2025, 2, 27)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void periodContaining_endDate_belongsToNextPeriod() {
    BillingSchedule schedule = monthly(2025, 1, 31);
    BillingPeriod second = schedule.periodContaining(LocalDate.of(2025, 2, 28));
    assertThat(second)
        .isEqualTo(new BillingPeriod(1, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)));
    assertThat(schedule.nextBillingDate(LocalDate.of(2025, 2, 28)))
        .isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void periodContaining_startDate_isPeriodZero() {
    assertThat(yearly(2024, 2, 29).periodContaining(LocalDate.of(2024, 2, 29)).index()).isZero();
    assertThat(monthly(2025, 11, 1).periodContaining(LocalDate.of(2025, 11, 1)).index()).isZero();
  }

  @Test
  void periodContaining_monthlyFrom30thOnMar1_isFebruaryPeriod() {
    // Period 1 starts Feb 28 (clamped); Mar 1 is before period 2's start, Mar 30.
    BillingPeriod period = monthly(2025, 1, 30).periodContaining(LocalDate.of(2025, 3, 1));
    assertThat(period)
        .isEqualTo(new BillingPeriod(1, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 30)));
  }

  @Test
  void periodContaining_yearlyEarlierInYearThanAnniversary_isPreviousPeriod() {
    BillingSchedule schedule = yearly(2020, 8, 15);
    assertThat(schedule.periodContaining(LocalDate.of(2025, 8, 14)).index()).isEqualTo(4);
    assertThat(schedule.periodContaining(LocalDate.of(2025, 8, 15)).index()).isEqualTo(5);
  }

  @Test
  void periodContaining_dateBeforeStart_throwsNamingBoth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> monthly(2025, 11, 1).periodContaining(LocalDate.of(2025, 10, 31)))
        .withMessage(
            "date (2025-10-31) must be on or after the start_date (2025-11-01) of the schedule");
  }

  @Test
  void nextBillingDate_dateBeforeStart_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> yearly(2025, 11, 1).nextBillingDate(LocalDate.of(2024, 12, 31)));
  }

  // --- tenant-local dates of instants ---

  @Test
  void periodContaining_nairobiJustAfterLocalMidnight_isNextPeriodUnlikeUtcDate() {
    BillingSchedule schedule = monthly(2025, 1, 31);
    Instant at = Instant.parse("2025-02-27T21:30:00Z"); // 2025-02-28T00:30 in Nairobi (+03)
    assertThat(schedule.periodContaining(at, NAIROBI).index()).isEqualTo(1);
    assertThat(schedule.periodContaining(at, ZoneOffset.UTC).index()).isZero();
    assertThat(schedule.periodContaining(at.minusSeconds(1801), NAIROBI).index()).isZero();
  }

  @Test
  void periodContaining_kiritimatiAtLocalMidnight_isNextPeriodUnlikeUtcDate() {
    BillingSchedule schedule = monthly(2025, 1, 31);
    Instant at = Instant.parse("2025-02-27T10:00:00Z"); // 2025-02-28T00:00 in Kiritimati (+14)
    assertThat(schedule.periodContaining(at, KIRITIMATI))
        .isEqualTo(new BillingPeriod(1, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)));
    assertThat(schedule.periodContaining(at, ZoneOffset.UTC).index()).isZero();
    assertThat(schedule.periodContaining(at.minusNanos(1), KIRITIMATI).index()).isZero();
  }

  @Test
  void periodContaining_pagoPagoJustBeforeLocalMidnight_isPreviousPeriodUnlikeUtcDate() {
    BillingSchedule schedule = yearly(2024, 2, 29);
    Instant at = Instant.parse("2025-02-28T10:59:59Z"); // 2025-02-27T23:59:59 in Pago Pago (-11)
    assertThat(schedule.periodContaining(at, PAGO_PAGO))
        .isEqualTo(new BillingPeriod(0, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)));
    assertThat(schedule.periodContaining(at, ZoneOffset.UTC).index()).isEqualTo(1);
    assertThat(schedule.periodContaining(at.plusSeconds(1), PAGO_PAGO).index()).isEqualTo(1);
  }

  @Test
  void periodContaining_instantBeforeLocalStart_throws() {
    BillingSchedule schedule = monthly(2025, 11, 1);
    Instant at = Instant.parse("2025-11-01T05:00:00Z"); // 2025-10-31T18:00 in Pago Pago
    assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule.periodContaining(at, PAGO_PAGO))
        .withMessageContaining("2025-10-31");
    assertThat(schedule.periodContaining(at, NAIROBI).index()).isZero();
  }

  // --- construction and range ---

  @Test
  void constructor_unknownCycle_throwsNamingBillingCycle() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BillingSchedule(LocalDate.of(2025, 1, 1), BillingCycle.of("daily")))
        .withMessageContaining("billing_cycle");
  }

  @Test
  void constructor_nullParts_throwNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new BillingSchedule(null, BillingCycle.MONTHLY))
        .withMessage("start_date == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new BillingSchedule(LocalDate.of(2025, 1, 1), null))
        .withMessage("billing_cycle == null");
  }

  @Test
  void period_negativeIndex_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> monthly(2025, 1, 31).period(-1))
        .withMessage("k (-1) must be zero or more");
  }

  @Test
  void period_monthlyLastRepresentableIndex_endsWithinLocalDateMax() {
    BillingSchedule schedule = monthly(2025, 1, 31);
    long max = (999_999_999L * 12 + 11) - (2025L * 12) - 1;
    BillingPeriod last = schedule.period(max);
    assertThat(last.start()).isEqualTo(LocalDate.of(999_999_999, 11, 30));
    assertThat(last.end()).isEqualTo(LocalDate.MAX);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule.period(max + 1))
        .withMessageContaining("beyond what LocalDate supports");
  }

  @Test
  void period_yearlyLastRepresentableIndex_endsWithinLocalDateMax() {
    BillingSchedule schedule = yearly(2024, 2, 29);
    long max = 999_999_999L - 2024 - 1;
    assertThat(schedule.period(max).end()).isEqualTo(LocalDate.of(999_999_999, 2, 28));
    assertThatIllegalArgumentException().isThrownBy(() -> schedule.period(max + 1));
  }

  @Test
  void period_hugeIndex_throwsInsteadOfOverflowing() {
    for (BillingCycle cycle : BillingCycle.values()) {
      BillingSchedule schedule = new BillingSchedule(LocalDate.of(2025, 1, 31), cycle);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> schedule.period(Long.MAX_VALUE))
          .withMessageContaining(String.valueOf(Long.MAX_VALUE));
    }
  }

  @Test
  void periodContaining_localDateMax_throwsBecauseItsPeriodEndsBeyond() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> monthly(2025, 1, 1).periodContaining(LocalDate.MAX))
        .withMessageContaining("beyond what LocalDate supports");
  }

  @Test
  void periodContaining_localDateMinStart_works() {
    BillingSchedule schedule = new BillingSchedule(LocalDate.MIN, BillingCycle.YEARLY);
    assertThat(schedule.periodContaining(LocalDate.of(-999_999_998, 6, 1)).index()).isEqualTo(1);
  }
}
