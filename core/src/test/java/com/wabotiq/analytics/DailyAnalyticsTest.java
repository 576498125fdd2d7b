package com.wabotiq.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.DerivedFigure;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyAnalyticsTest {
  static final TenantId TENANT = TenantId.of("6b0c6c1e-5d0a-4d43-9d53-0e3c8e1f7a10");

  /** The reference's daily analytics example, every figure stated. */
  static DailyAnalytics.Builder reference() {
    return DailyAnalytics.builder()
        .date(LocalDate.of(2025, 11, 20))
        .tenantId(TENANT)
        .messagesInbound(450)
        .messagesOutbound(520)
        .messagesTotal(970L)
        .avgResponseTimeSeconds(new BigDecimal("2.5"))
        .conversationsStarted(45)
        .conversationsActive(120)
        .conversationsClosed(38)
        .handoffCount(5)
        .handoffRate(new BigDecimal("0.04"))
        .ordersCreated(12)
        .ordersCompleted(10)
        .ordersCanceled(1)
        .revenue(new BigDecimal("18000.00"))
        .avgOrderValue(new BigDecimal("1500.00"))
        .appointmentsBooked(8)
        .appointmentsCompleted(6)
        .appointmentsCanceled(1)
        .appointmentRevenue(new BigDecimal("12000.00"))
        .aiInteractions(450)
        .avgConfidence(new BigDecimal("0.85"))
        .lowConfidenceCount(25)
        .totalTokensUsed(125000)
        .totalAiCost(new BigDecimal("1.875"))
        .newCustomers(5)
        .returningCustomers(40)
        .activeCustomers(45L);
  }

  @Test
  void builder_referenceExample_holdsEveryField() {
    DailyAnalytics d = reference().build();
    assertThat(d.date()).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(d.tenantId()).isEqualTo(TENANT);
    assertThat(d.messagesInbound()).isEqualTo(450);
    assertThat(d.messagesOutbound()).isEqualTo(520);
    assertThat(d.messagesTotal()).isEqualTo(970L);
    assertThat(d.avgResponseTimeSeconds()).isEqualTo(new BigDecimal("2.5"));
    assertThat(d.conversationsStarted()).isEqualTo(45);
    assertThat(d.conversationsActive()).isEqualTo(120);
    assertThat(d.conversationsClosed()).isEqualTo(38);
    assertThat(d.handoffCount()).isEqualTo(5);
    assertThat(d.handoffRate()).isEqualTo(new BigDecimal("0.04"));
    assertThat(d.ordersCreated()).isEqualTo(12);
    assertThat(d.ordersCompleted()).isEqualTo(10);
    assertThat(d.ordersCanceled()).isEqualTo(1);
    assertThat(d.revenue()).isEqualTo(new BigDecimal("18000.00"));
    assertThat(d.avgOrderValue()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(d.appointmentsBooked()).isEqualTo(8);
    assertThat(d.appointmentsCompleted()).isEqualTo(6);
    assertThat(d.appointmentsCanceled()).isEqualTo(1);
    assertThat(d.appointmentRevenue()).isEqualTo(new BigDecimal("12000.00"));
    assertThat(d.aiInteractions()).isEqualTo(450);
    assertThat(d.avgConfidence()).isEqualTo(new BigDecimal("0.85"));
    assertThat(d.lowConfidenceCount()).isEqualTo(25);
    assertThat(d.totalTokensUsed()).isEqualTo(125000);
    assertThat(d.totalAiCost()).isEqualTo(new BigDecimal("1.875"));
    assertThat(d.newCustomers()).isEqualTo(5);
    assertThat(d.returningCustomers()).isEqualTo(40);
    assertThat(d.activeCustomers()).isEqualTo(45L);
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void derivedFigures_referenceExample_allConsistent() {
    List<DerivedFigure> f = reference().build().derivedFigures();
    assertThat(f)
        .extracting(DerivedFigure::field)
        .containsExactly("messages_total", "handoff_rate", "avg_order_value", "active_customers");
    assertThat(f.get(0).stated()).isEqualByComparingTo("970");
    assertThat(f.get(0).computed()).isEqualByComparingTo("970"); // 450 + 520
    assertThat(f.get(1).stated()).isEqualTo(new BigDecimal("0.04"));
    assertThat(f.get(1).computed()).isEqualTo(new BigDecimal("0.0416666667")); // 5 / 120
    assertThat(f.get(2).stated()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(f.get(2).computed()).isEqualByComparingTo("1500"); // 18,000 / 12
    assertThat(f.get(3).stated()).isEqualByComparingTo("45");
    assertThat(f.get(3).computed()).isEqualByComparingTo("45"); // 5 + 40
    assertThat(f).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void derivedFigures_wrongStatedValues_areInconsistent() {
    List<DerivedFigure> f =
        reference()
            .messagesTotal(1000L)
            .handoffRate(new BigDecimal("0.05"))
            .avgOrderValue(new BigDecimal("1600.00"))
            .activeCustomers(44L)
            .build()
            .derivedFigures();
    assertThat(f).noneMatch(DerivedFigure::isConsistent);
    assertThat(f.get(1).stated()).isEqualTo(new BigDecimal("0.05"));
    assertThat(f.get(1).computed()).isEqualTo(new BigDecimal("0.0416666667"));
  }

  @Test
  void derivedFigures_absent_areComputed() {
    DailyAnalytics d =
        reference()
            .messagesTotal(null)
            .handoffRate(null)
            .avgOrderValue(null)
            .activeCustomers(null)
            .build();
    assertThat(d.messagesTotal()).isEqualTo(970L);
    assertThat(d.handoffRate()).isEqualTo(new BigDecimal("0.0417"));
    assertThat(d.avgOrderValue()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(d.activeCustomers()).isEqualTo(45L);
    assertThat(d.derivedFigures()).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void derivedFigures_stated_areKeptAsGiven() {
    DailyAnalytics d = reference().handoffRate(new BigDecimal("0.99")).build();
    assertThat(d.handoffRate()).isEqualTo(new BigDecimal("0.99"));
  }

  @Test
  void derivedFigures_zeroDenominators_giveZero() {
    DailyAnalytics d =
        reference()
            .conversationsActive(0)
            .ordersCreated(0)
            .handoffRate(null)
            .avgOrderValue(null)
            .build();
    assertThat(d.handoffRate()).isEqualTo(new BigDecimal("0.0000"));
    assertThat(d.avgOrderValue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(d.derivedFigures().get(1).computed()).isEqualByComparingTo("0");
    assertThat(d.derivedFigures().get(2).computed()).isEqualByComparingTo("0");
  }

  @Test
  void messagesTotal_overflowingSum_throws() {
    assertThatThrownBy(
            () ->
                reference()
                    .messagesInbound(Long.MAX_VALUE)
                    .messagesOutbound(1)
                    .messagesTotal(null)
                    .build())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void build_missingRequiredPart_throwsNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> reference().date(null).build())
        .withMessage("date == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().tenantId(null).build())
        .withMessage("tenant_id == null");
    assertThatNullPointerException()
        .isThrownBy(() -> reference().revenue(null).build())
        .withMessage("revenue == null");
  }

  @Test
  void constructor_missingRevenue_throwsNamingField() {
    DailyAnalytics d = reference().build();
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new DailyAnalytics(
                    d.date(),
                    d.tenantId(),
                    0,
                    0,
                    null,
                    null,
                    0,
                    0,
                    0,
                    0,
                    null,
                    0,
                    0,
                    0,
                    null,
                    null,
                    0,
                    0,
                    0,
                    null,
                    0,
                    null,
                    0,
                    0,
                    null,
                    0,
                    0,
                    null))
        .withMessage("revenue == null");
  }
}
