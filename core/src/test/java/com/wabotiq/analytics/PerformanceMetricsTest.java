package com.wabotiq.analytics;

import static com.wabotiq.analytics.DailyAnalyticsTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.wabotiq.types.DerivedFigure;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceMetricsTest {
  private static final YearMonth NOVEMBER = YearMonth.of(2025, 11);
  private static final BigDecimal GROWTH_FEE = new BigDecimal("2.5");

  /** The reference's performance metrics example, every figure stated. */
  private static PerformanceMetrics.Builder reference() {
    return PerformanceMetrics.builder()
        .period(NOVEMBER)
        .tenantId(TENANT)
        .conversationToOrderRate(new BigDecimal("0.15"))
        .messageToOrderRate(new BigDecimal("0.03"))
        .cartAbandonmentRate(new BigDecimal("0.25"))
        .avgFeedbackScore(new BigDecimal("4.5"))
        .positiveFeedbackCount(180L)
        .negativeFeedbackCount(20L)
        .feedbackResponseRate(new BigDecimal("0.45"))
        .avgAiConfidence(new BigDecimal("0.85"))
        .handoffRate(new BigDecimal("0.04"))
        .resolutionRate(new BigDecimal("0.92"))
        .avgResponseTimeSeconds(new BigDecimal("2.5"))
        .totalRevenue(new BigDecimal("270000.00"))
        .totalOrders(180L)
        .avgOrderValue(new BigDecimal("1500.00"))
        .transactionFeesCollected(new BigDecimal("6750.00"));
  }

  @Test
  void builder_referenceExample_holdsEveryField() {
    PerformanceMetrics m = reference().build();
    assertThat(m.period()).isEqualTo(NOVEMBER);
    assertThat(m.tenantId()).isEqualTo(TENANT);
    assertThat(m.conversationToOrderRate()).isEqualTo(new BigDecimal("0.15"));
    assertThat(m.messageToOrderRate()).isEqualTo(new BigDecimal("0.03"));
    assertThat(m.cartAbandonmentRate()).isEqualTo(new BigDecimal("0.25"));
    assertThat(m.avgFeedbackScore()).isEqualTo(new BigDecimal("4.5"));
    assertThat(m.positiveFeedbackCount()).isEqualTo(180L);
    assertThat(m.negativeFeedbackCount()).isEqualTo(20L);
    assertThat(m.feedbackResponseRate()).isEqualTo(new BigDecimal("0.45"));
    assertThat(m.avgAiConfidence()).isEqualTo(new BigDecimal("0.85"));
    assertThat(m.handoffRate()).isEqualTo(new BigDecimal("0.04"));
    assertThat(m.resolutionRate()).isEqualTo(new BigDecimal("0.92"));
    assertThat(m.avgResponseTimeSeconds()).isEqualTo(new BigDecimal("2.5"));
    assertThat(m.totalRevenue()).isEqualTo(new BigDecimal("270000.00"));
    assertThat(m.totalOrders()).isEqualTo(180L);
    assertThat(m.avgOrderValue()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(m.transactionFeesCollected()).isEqualTo(new BigDecimal("6750.00"));
    assertThat(m.toBuilder().build()).isEqualTo(m);
  }

  @Test
  void derivedFigures_referenceExample_allConsistent() {
    PerformanceMetrics m = reference().build();
    List<DerivedFigure> own = m.derivedFigures();
    assertThat(own).extracting(DerivedFigure::field).containsExactly("avg_order_value");
    assertThat(own.get(0).computed()).isEqualByComparingTo("1500"); // 270,000 / 180

    List<DerivedFigure> withFee = m.derivedFigures(GROWTH_FEE);
    assertThat(withFee)
        .extracting(DerivedFigure::field)
        .containsExactly("avg_order_value", "transaction_fees_collected");
    assertThat(withFee.get(1).stated()).isEqualTo(new BigDecimal("6750.00"));
    assertThat(withFee.get(1).computed()).isEqualByComparingTo("6750"); // 270,000 x 2.5 / 100
    assertThat(withFee).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void derivedFigures_wrongStatedOrWrongTier_areInconsistent() {
    DerivedFigure avg =
        reference().avgOrderValue(new BigDecimal("1400.00")).build().derivedFigures().get(0);
    assertThat(avg.isConsistent()).isFalse();
    DerivedFigure fee = reference().build().derivedFigures(new BigDecimal("1.5")).get(1);
    assertThat(fee.computed()).isEqualByComparingTo("4050");
    assertThat(fee.isConsistent()).isFalse();
  }

  @Test
  void avgOrderValue_absent_isDerived() {
    PerformanceMetrics m = reference().avgOrderValue(null).build();
    assertThat(m.avgOrderValue()).isEqualTo(new BigDecimal("1500.00"));
  }

  @Test
  void avgOrderValue_noOrders_isZero() {
    PerformanceMetrics m =
        reference().totalOrders(0L).totalRevenue(BigDecimal.ZERO).avgOrderValue(null).build();
    assertThat(m.avgOrderValue()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void avgOrderValue_withoutInputs_isUndefined() {
    PerformanceMetrics m = PerformanceMetrics.builder().period(NOVEMBER).tenantId(TENANT).build();
    assertThat(m.avgOrderValue()).isNull();
    assertThat(m.derivedFigures(GROWTH_FEE)).isEmpty();
    PerformanceMetrics noRevenue =
        reference().totalRevenue(null).avgOrderValue(new BigDecimal("1500.00")).build();
    assertThat(noRevenue.derivedFigures(GROWTH_FEE))
        .extracting(DerivedFigure::computed)
        .containsOnlyNulls();
  }

  @Test
  void derivedFigures_nullPercentage_throwsNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> reference().build().derivedFigures(null))
        .withMessage("transaction_fee_percentage == null");
  }

  @Test
  void build_missingRequiredPart_throwsNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> reference().period(null).build())
        .withMessage("period == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().tenantId(null).build())
        .withMessage("tenant_id == null");
  }

  // ---- rollUp ----

  private static DailyAnalytics.Builder day(int dayOfMonth) {
    return DailyAnalyticsTest.reference()
        .date(LocalDate.of(2025, 11, dayOfMonth))
        .messagesTotal(null)
        .handoffRate(null)
        .avgOrderValue(null)
        .activeCustomers(null);
  }

  @Test
  void rollUp_referenceDay_sumsAndDerives() {
    PerformanceMetrics m =
        PerformanceMetrics.rollUp(NOVEMBER, TENANT, List.of(day(20).build()), GROWTH_FEE);
    assertThat(m.period()).isEqualTo(NOVEMBER);
    assertThat(m.tenantId()).isEqualTo(TENANT);
    assertThat(m.totalRevenue()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(m.totalOrders()).isEqualTo(12L);
    assertThat(m.avgOrderValue()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(m.handoffRate()).isEqualTo(new BigDecimal("0.0417")); // 5 / 120
    assertThat(m.avgAiConfidence()).isEqualTo(new BigDecimal("0.8500"));
    assertThat(m.avgResponseTimeSeconds()).isEqualTo(new BigDecimal("2.50"));
    assertThat(m.conversationToOrderRate()).isEqualTo(new BigDecimal("0.2667")); // 12 / 45
    assertThat(m.messageToOrderRate()).isEqualTo(new BigDecimal("0.0267")); // 12 / 450
    assertThat(m.resolutionRate()).isEqualTo(new BigDecimal("0.8684")); // (38 - 5) / 38
    assertThat(m.transactionFeesCollected()).isEqualTo(new BigDecimal("450.00")); // 2.5 %
    assertThat(m.cartAbandonmentRate()).isNull();
    assertThat(m.avgFeedbackScore()).isNull();
    assertThat(m.positiveFeedbackCount()).isNull();
    assertThat(m.negativeFeedbackCount()).isNull();
    assertThat(m.feedbackResponseRate()).isNull();
    assertThat(m.derivedFigures(GROWTH_FEE)).hasSize(2).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void rollUp_daysOfVeryDifferentVolume_weightsInsteadOfAveragingAverages() {
    DailyAnalytics quiet =
        day(1)
            .ordersCreated(1)
            .revenue(new BigDecimal("100.00")) // average 100
            .conversationsActive(2)
            .handoffCount(1) // rate 0.5
            .aiInteractions(10)
            .avgConfidence(new BigDecimal("0.50"))
            .messagesOutbound(10)
            .avgResponseTimeSeconds(new BigDecimal("10.0"))
            .conversationsStarted(2)
            .messagesInbound(10)
            .conversationsClosed(2)
            .build();
    DailyAnalytics busy =
        day(2)
            .ordersCreated(100)
            .revenue(new BigDecimal("50000.00")) // average 500
            .conversationsActive(100)
            .handoffCount(1) // rate 0.01
            .aiInteractions(990)
            .avgConfidence(new BigDecimal("0.90"))
            .messagesOutbound(990)
            .avgResponseTimeSeconds(new BigDecimal("2.0"))
            .conversationsStarted(200)
            .messagesInbound(1000)
            .conversationsClosed(98)
            .build();
    BigDecimal naiveAverageOrderValue =
        quiet.avgOrderValue().add(busy.avgOrderValue()).divide(new BigDecimal("2"));
    assertThat(naiveAverageOrderValue).isEqualByComparingTo("300");

    PerformanceMetrics m =
        PerformanceMetrics.rollUp(NOVEMBER, TENANT, List.of(busy, quiet), GROWTH_FEE);

    assertThat(m.totalRevenue()).isEqualTo(new BigDecimal("50100.00"));
    assertThat(m.totalOrders()).isEqualTo(101L);
    assertThat(m.avgOrderValue()).isEqualTo(new BigDecimal("496.04")); // 50,100 / 101
    assertThat(m.avgOrderValue()).isNotEqualByComparingTo(naiveAverageOrderValue);
    assertThat(m.handoffRate()).isEqualTo(new BigDecimal("0.0196")); // 2 / 102, naive 0.255
    assertThat(m.avgAiConfidence()).isEqualTo(new BigDecimal("0.8960")); // 896 / 1000, naive 0.70
    assertThat(m.avgResponseTimeSeconds()).isEqualTo(new BigDecimal("2.08")); // naive 6.00
    assertThat(m.conversationToOrderRate()).isEqualTo(new BigDecimal("0.5000")); // 101 / 202
    assertThat(m.messageToOrderRate()).isEqualTo(new BigDecimal("0.1000")); // 101 / 1010
    assertThat(m.resolutionRate()).isEqualTo(new BigDecimal("0.9800")); // (100 - 2) / 100
    assertThat(m.transactionFeesCollected()).isEqualTo(new BigDecimal("1252.50"));
    assertThat(m.derivedFigures(GROWTH_FEE)).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void rollUp_dayWithoutAverages_isLeftOutOfThoseAverages() {
    DailyAnalytics known = day(1).aiInteractions(100).avgConfidence(new BigDecimal("0.80")).build();
    DailyAnalytics unknown =
        day(2).aiInteractions(900).avgConfidence(null).avgResponseTimeSeconds(null).build();
    PerformanceMetrics m =
        PerformanceMetrics.rollUp(NOVEMBER, TENANT, List.of(known, unknown), GROWTH_FEE);
    assertThat(m.avgAiConfidence()).isEqualTo(new BigDecimal("0.8000"));
    assertThat(m.avgResponseTimeSeconds()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void rollUp_moreHandoffsThanClosed_floorsResolutionAtZero() {
    DailyAnalytics d = day(3).conversationsClosed(2).handoffCount(5).build();
    PerformanceMetrics m = PerformanceMetrics.rollUp(NOVEMBER, TENANT, List.of(d), GROWTH_FEE);
    assertThat(m.resolutionRate()).isEqualTo(new BigDecimal("0.0000"));
  }

  @Test
  void rollUp_emptyList_givesZeros() {
    PerformanceMetrics m = PerformanceMetrics.rollUp(NOVEMBER, TENANT, List.of(), GROWTH_FEE);
    assertThat(m.period()).isEqualTo(NOVEMBER);
    assertThat(m.tenantId()).isEqualTo(TENANT);
    assertThat(m.totalOrders()).isZero();
    for (BigDecimal figure :
        Arrays.asList(
            m.totalRevenue(),
            m.avgOrderValue(),
            m.handoffRate(),
            m.avgAiConfidence(),
            m.avgResponseTimeSeconds(),
            m.conversationToOrderRate(),
            m.messageToOrderRate(),
            m.resolutionRate(),
            m.transactionFeesCollected())) {
      assertThat(figure).isEqualByComparingTo("0");
    }
    assertThat(m.cartAbandonmentRate()).isNull();
    assertThat(m.avgFeedbackScore()).isNull();
  }

  @Test
  void rollUp_dayOutsidePeriod_throwsNamingDate() {
    List<DailyAnalytics> days =
        List.of(day(30).build(), day(1).date(LocalDate.of(2025, 12, 1)).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, TENANT, days, GROWTH_FEE))
        .withMessage("days[1].date (2025-12-01) must be in period 2025-11");
  }

  @Test
  void rollUp_dayOfAnotherTenant_throwsNamingTenant() {
    TenantId other = TenantId.of("other-tenant");
    List<DailyAnalytics> days = List.of(day(1).tenantId(other).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, TENANT, days, GROWTH_FEE))
        .withMessage("days[0].tenant_id (other-tenant) must be tenant " + TENANT.value());
  }

  @Test
  void rollUp_sameDateTwice_throwsNamingDate() {
    List<DailyAnalytics> days = List.of(day(5).build(), day(6).build(), day(5).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, TENANT, days, GROWTH_FEE))
        .withMessage("days[2].date (2025-11-05) must differ from every earlier day's date");
  }

  @Test
  void rollUp_missingArguments_throwNamingThem() {
    List<DailyAnalytics> days = List.of();
    assertThatNullPointerException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(null, TENANT, days, GROWTH_FEE))
        .withMessage("period == null");
    assertThatNullPointerException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, null, days, GROWTH_FEE))
        .withMessage("tenant_id == null");
    assertThatNullPointerException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, TENANT, days, null))
        .withMessage("transaction_fee_percentage == null");
    List<DailyAnalytics> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatNullPointerException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, TENANT, withNull, GROWTH_FEE))
        .withMessage("days[0] == null");
    assertThatNullPointerException()
        .isThrownBy(() -> PerformanceMetrics.rollUp(NOVEMBER, TENANT, null, GROWTH_FEE))
        .withMessage("days == null");
  }
}
