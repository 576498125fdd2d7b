package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {
  private static final BillingPeriod NOVEMBER =
      new BillingPeriod(0, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1));

  @Test
  void contains_startAndLastDay_true() {
    assertThat(NOVEMBER.contains(LocalDate.of(2025, 11, 1))).isTrue();
    assertThat(NOVEMBER.contains(LocalDate.of(2025, 11, 30))).isTrue();
  }

  @Test
  void contains_endAndDayBeforeStart_false() {
    assertThat(NOVEMBER.contains(LocalDate.of(2025, 12, 1))).isFalse();
    assertThat(NOVEMBER.contains(LocalDate.of(2025, 10, 31))).isFalse();
  }

  @Test
  void key_anyPeriod_isIsoStartDate() {
    assertThat(NOVEMBER.key()).isEqualTo("2025-11-01");
    assertThat(new BillingPeriod(3, LocalDate.of(12025, 2, 28), LocalDate.of(12025, 3, 31)).key())
        .isEqualTo("+12025-02-28");
  }

  @Test
  void constructor_negativeIndex_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BillingPeriod(-1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)))
        .withMessage("index (-1) must be zero or more");
  }

  @Test
  void constructor_endNotAfterStart_throwsNamingBoth() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BillingPeriod(0, day, day))
        .withMessage("end (2025-01-01) must be after start (2025-01-01)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BillingPeriod(0, day, day.minusDays(1)))
        .withMessageContaining("2024-12-31");
  }

  @Test
  void constructor_nullDates_throwNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new BillingPeriod(0, null, LocalDate.of(2025, 1, 1)))
        .withMessage("start == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new BillingPeriod(0, LocalDate.of(2025, 1, 1), null))
        .withMessage("end == null");
  }

  @Test
  void equals_sameComponents_equal() {
    assertThat(new BillingPeriod(0, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1)))
        .isEqualTo(NOVEMBER)
        .hasSameHashCodeAs(NOVEMBER);
  }
}
