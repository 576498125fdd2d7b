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

class CustomerSummaryTest {
  private static final List<CustomerSegment> SEGMENTS =
      List.of(
          new CustomerSegment("VIP", 50, new BigDecimal("500000")),
          new CustomerSegment("Regular", 400, new BigDecimal("800000")),
          new CustomerSegment("New", 800, new BigDecimal("200000")));

  private static CustomerSummary reference() {
    return new CustomerSummary(
        1250, 890L, 45, 845, SEGMENTS, new BigDecimal("1200.00"), new BigDecimal("0.68"));
  }

  @Test
  void constructor_referenceExample_keepsStatedValues() {
    CustomerSummary s = reference();
    assertThat(s.totalCustomers()).isEqualTo(1250);
    assertThat(s.activeCustomers()).isEqualTo(890L);
    assertThat(s.newCustomersThisMonth()).isEqualTo(45);
    assertThat(s.returningCustomers()).isEqualTo(845);
    assertThat(s.customerSegments()).isEqualTo(SEGMENTS);
    assertThat(s.averageCustomerValue()).isEqualTo(new BigDecimal("1200.00"));
    assertThat(s.customerRetentionRate()).isEqualTo(new BigDecimal("0.68"));
  }

  @Test
  void derivedFigures_referenceExample_allConsistent() {
    List<DerivedFigure> f = reference().derivedFigures();
    assertThat(f)
        .extracting(DerivedFigure::field)
        .containsExactly("active_customers", "average_customer_value", "customer_retention_rate");
    assertThat(f.get(0).stated()).isEqualByComparingTo("890");
    assertThat(f.get(0).computed()).isEqualByComparingTo("890"); // 45 + 845
    assertThat(f.get(1).stated()).isEqualByComparingTo("1200.00");
    assertThat(f.get(1).computed()).isEqualByComparingTo("1200"); // 1,500,000 / 1,250
    assertThat(f.get(2).stated()).isEqualByComparingTo("0.68");
    assertThat(f.get(2).computed()).isEqualByComparingTo("0.676"); // 845 / 1,250
    assertThat(f).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void derivedFigures_wrongStatedValues_areInconsistent() {
    CustomerSummary wrong =
        new CustomerSummary(
            1250, 900L, 45, 845, SEGMENTS, new BigDecimal("1250.00"), new BigDecimal("0.70"));
    List<DerivedFigure> f = wrong.derivedFigures();
    assertThat(f).noneMatch(DerivedFigure::isConsistent);
    assertThat(f.get(0).computed()).isEqualByComparingTo("890");
    assertThat(f.get(1).computed()).isEqualByComparingTo("1200");
    assertThat(f.get(2).computed()).isEqualByComparingTo("0.676");
  }

  @Test
  void derivedFigures_absent_areComputed() {
    CustomerSummary s = new CustomerSummary(1250, null, 45, 845, SEGMENTS, null, null);
    assertThat(s.activeCustomers()).isEqualTo(890L);
    assertThat(s.averageCustomerValue()).isEqualTo(new BigDecimal("1200.00"));
    assertThat(s.customerRetentionRate()).isEqualTo(new BigDecimal("0.6760"));
    assertThat(s.derivedFigures()).hasSize(3).allMatch(DerivedFigure::isConsistent);
  }

  @Test
  void derivedFigures_absentRepeatingDecimal_roundedHalfEven() {
    // 1,000 / 3 = 333.333.. -> 333.33; 1 / 3 = 0.3333..
    CustomerSummary s =
        new CustomerSummary(
            3,
            null,
            0,
            1,
            List.of(new CustomerSegment("All", 3, new BigDecimal("1000"))),
            null,
            null);
    assertThat(s.averageCustomerValue()).isEqualTo(new BigDecimal("333.33"));
    assertThat(s.customerRetentionRate()).isEqualTo(new BigDecimal("0.3333"));
  }

  @Test
  void derivedFigures_noCustomers_areZero() {
    CustomerSummary s = new CustomerSummary(0, null, 0, 0, SEGMENTS, null, null);
    assertThat(s.activeCustomers()).isZero();
    assertThat(s.averageCustomerValue()).isEqualByComparingTo("0");
    assertThat(s.customerRetentionRate()).isEqualByComparingTo("0");
    assertThat(s.derivedFigures())
        .extracting(DerivedFigure::computed)
        .allSatisfy(c -> assertThat(c).isEqualByComparingTo("0"));
    assertThat(new CustomerSummary(0, null, 0, 0, List.of(), null, null).averageCustomerValue())
        .isEqualByComparingTo("0");
  }

  @Test
  void averageCustomerValue_customersWithoutSegments_isUndefined() {
    CustomerSummary s = new CustomerSummary(1250, null, 45, 845, List.of(), null, null);
    assertThat(s.averageCustomerValue()).isNull();
    assertThat(s.derivedFigures())
        .extracting(DerivedFigure::field)
        .containsExactly("active_customers", "customer_retention_rate");
    CustomerSummary stated =
        new CustomerSummary(1250, null, 45, 845, List.of(), new BigDecimal("1200.00"), null);
    assertThat(stated.derivedFigures().get(1).computed()).isNull();
  }

  @Test
  void activeCustomers_overflowingSum_throws() {
    assertThatThrownBy(() -> new CustomerSummary(1, null, Long.MAX_VALUE, 1, List.of(), null, null))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void customerSegments_areCopiedAndNullFree() {
    List<CustomerSegment> source = new ArrayList<>(SEGMENTS);
    CustomerSummary s = new CustomerSummary(1250, null, 45, 845, source, null, null);
    source.add(new CustomerSegment("Extra", 1, BigDecimal.ONE));
    assertThat(s.customerSegments()).isEqualTo(SEGMENTS);
    assertThatThrownBy(() -> s.customerSegments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new CustomerSummary(
                    1, null, 0, 0, Arrays.asList(SEGMENTS.get(0), null), null, null))
        .withMessage("customer_segments[1] == null");
  }

  @Test
  void customerSegment_missingParts_throwNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new CustomerSegment(null, 1, BigDecimal.ONE))
        .withMessage("segment == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new CustomerSegment("VIP", 1, null))
        .withMessage("total_spent == null");
  }
}
