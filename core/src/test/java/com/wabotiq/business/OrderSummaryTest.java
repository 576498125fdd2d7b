package com.wabotiq.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.DerivedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSummaryTest {
  private static final List<TopProduct> TOP =
      List.of(
          new TopProduct("Samsung Galaxy A54", 45, new BigDecimal("1575000")),
          new TopProduct("HP Pavilion Gaming", 30, new BigDecimal("1440000")));

  private static OrderSummary.Builder reference() {
    return OrderSummary.builder()
        .totalOrders(2500)
        .completedOrders(2300)
        .pendingOrders(150)
        .canceledOrders(50)
        .totalRevenue(new BigDecimal("3750000.00"))
        .averageOrderValue(new BigDecimal("1500.00"))
        .ordersThisMonth(180)
        .revenueThisMonth(new BigDecimal("270000.00"))
        .topProducts(TOP);
  }

  @Test
  void builder_referenceExample_holdsEveryField() {
    OrderSummary s = reference().build();
    assertThat(s.totalOrders()).isEqualTo(2500);
    assertThat(s.completedOrders()).isEqualTo(2300);
    assertThat(s.pendingOrders()).isEqualTo(150);
    assertThat(s.canceledOrders()).isEqualTo(50);
    assertThat(s.totalRevenue()).isEqualTo(new BigDecimal("3750000.00"));
    assertThat(s.averageOrderValue()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(s.ordersThisMonth()).isEqualTo(180);
    assertThat(s.revenueThisMonth()).isEqualTo(new BigDecimal("270000.00"));
    assertThat(s.topProducts()).isEqualTo(TOP);
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  void derivedFigures_referenceExample_isConsistent() {
    DerivedFigure f = reference().build().derivedFigures().get(0);
    assertThat(f.field()).isEqualTo("average_order_value");
    assertThat(f.stated()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(f.computed()).isEqualByComparingTo("1500"); // 3,750,000 / 2,500
    assertThat(f.isConsistent()).isTrue();
  }

  @Test
  void derivedFigures_wrongStatedValue_isInconsistent() {
    DerivedFigure f =
        reference().averageOrderValue(new BigDecimal("1499.99")).build().derivedFigures().get(0);
    assertThat(f.stated()).isEqualTo(new BigDecimal("1499.99"));
    assertThat(f.computed()).isEqualByComparingTo("1500");
    assertThat(f.isConsistent()).isFalse();
  }

  @Test
  void averageOrderValue_absent_isDerived() {
    assertThat(reference().averageOrderValue(null).build().averageOrderValue())
        .isEqualTo(new BigDecimal("1500.00"));
    // 100 / 3 = 33.333.. -> 33.33
    OrderSummary third =
        reference()
            .totalOrders(3)
            .totalRevenue(new BigDecimal("100"))
            .averageOrderValue(null)
            .build();
    assertThat(third.averageOrderValue()).isEqualTo(new BigDecimal("33.33"));
    assertThat(third.derivedFigures().get(0).isConsistent()).isTrue();
  }

  @Test
  void averageOrderValue_noOrders_isZero() {
    OrderSummary s =
        reference().totalOrders(0).totalRevenue(BigDecimal.ZERO).averageOrderValue(null).build();
    assertThat(s.averageOrderValue()).isEqualByComparingTo("0");
    assertThat(s.derivedFigures().get(0).computed()).isEqualByComparingTo("0");
  }

  @Test
  void totalRevenue_missing_throwsNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> reference().totalRevenue(null).build())
        .withMessage("total_revenue == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new OrderSummary(0, 0, 0, 0, null, null, 0, null, List.of()))
        .withMessage("total_revenue == null");
  }

  @Test
  void topProducts_areCopiedAndNullFree() {
    List<TopProduct> source = new ArrayList<>(TOP);
    OrderSummary s = reference().topProducts(source).build();
    source.clear();
    assertThat(s.topProducts()).isEqualTo(TOP);
    assertThatThrownBy(() -> s.topProducts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(reference().topProducts(null).build().topProducts()).isEmpty();
    assertThatNullPointerException()
        .isThrownBy(() -> reference().topProducts(Arrays.asList(TOP.get(0), null)))
        .withMessage("top_products[1] == null");
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new OrderSummary(
                    0, 0, 0, 0, BigDecimal.ZERO, null, 0, null, Arrays.asList((TopProduct) null)))
        .withMessage("top_products[0] == null");
  }

  @Test
  void topProduct_missingParts_throwNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new TopProduct(null, 1, BigDecimal.ONE))
        .withMessage("product == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new TopProduct("Phone", 1, null))
        .withMessage("revenue == null");
  }
}
