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

class ProductCatalogSummaryTest {
  private static final List<CategoryCount> CATEGORIES =
      List.of(
          new CategoryCount("Electronics", 80),
          new CategoryCount("Fashion", 50),
          new CategoryCount("Home & Garden", 20));

  private static ProductCatalogSummary reference(BigDecimal totalInventoryValue) {
    return new ProductCatalogSummary(
        150, 145, CATEGORIES, new BigDecimal("15000.00"), totalInventoryValue);
  }

  @Test
  void constructor_referenceExample_keepsStatedValues() {
    ProductCatalogSummary s = reference(new BigDecimal("2250000.00"));
    assertThat(s.totalProducts()).isEqualTo(150);
    assertThat(s.activeProducts()).isEqualTo(145);
    assertThat(s.categories()).isEqualTo(CATEGORIES);
    assertThat(s.averagePrice()).isEqualTo(new BigDecimal("15000.00"));
    assertThat(s.totalInventoryValue()).isEqualTo(new BigDecimal("2250000.00"));
  }

  @Test
  void derivedFigures_referenceExample_isConsistent() {
    List<DerivedFigure> figures = reference(new BigDecimal("2250000.00")).derivedFigures();
    assertThat(figures).hasSize(1);
    DerivedFigure f = figures.get(0);
    assertThat(f.field()).isEqualTo("total_inventory_value");
    assertThat(f.stated()).isEqualTo(new BigDecimal("2250000.00"));
    assertThat(f.computed()).isEqualByComparingTo("2250000"); // 150 x 15,000.00
    assertThat(f.isConsistent()).isTrue();
  }

  @Test
  void derivedFigures_wrongStatedValue_isInconsistent() {
    DerivedFigure f = reference(new BigDecimal("2000000.00")).derivedFigures().get(0);
    assertThat(f.stated()).isEqualTo(new BigDecimal("2000000.00"));
    assertThat(f.computed()).isEqualByComparingTo("2250000");
    assertThat(f.isConsistent()).isFalse();
  }

  @Test
  void totalInventoryValue_absent_isDerivedAtTwoDecimals() {
    ProductCatalogSummary s = reference(null);
    assertThat(s.totalInventoryValue()).isEqualTo(new BigDecimal("2250000.00"));
    ProductCatalogSummary odd =
        new ProductCatalogSummary(3, 3, List.of(), new BigDecimal("0.3333"), null);
    assertThat(odd.totalInventoryValue()).isEqualTo(new BigDecimal("1.00")); // 0.9999
    assertThat(odd.derivedFigures().get(0).isConsistent()).isTrue();
  }

  @Test
  void totalInventoryValue_noProducts_isZero() {
    assertThat(
            new ProductCatalogSummary(0, 0, List.of(), BigDecimal.ZERO, null).totalInventoryValue())
        .isEqualByComparingTo("0");
  }

  @Test
  void totalInventoryValue_withoutAveragePrice_isUndefined() {
    ProductCatalogSummary s = new ProductCatalogSummary(150, 145, List.of(), null, null);
    assertThat(s.totalInventoryValue()).isNull();
    assertThat(s.derivedFigures()).isEmpty();
    DerivedFigure stated =
        new ProductCatalogSummary(150, 145, List.of(), null, new BigDecimal("10.00"))
            .derivedFigures()
            .get(0);
    assertThat(stated.computed()).isNull();
  }

  @Test
  void categories_areCopiedAndImmutable() {
    List<CategoryCount> source = new ArrayList<>(CATEGORIES);
    ProductCatalogSummary s = new ProductCatalogSummary(150, 145, source, null, null);
    source.clear();
    assertThat(s.categories()).isEqualTo(CATEGORIES);
    assertThatThrownBy(() -> s.categories().add(new CategoryCount("X", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ProductCatalogSummary(0, 0, null, null, null).categories()).isEmpty();
  }

  @Test
  void categories_nullElement_throwsNamingIndex() {
    List<CategoryCount> withNull = Arrays.asList(CATEGORIES.get(0), null);
    assertThatNullPointerException()
        .isThrownBy(() -> new ProductCatalogSummary(1, 1, withNull, null, null))
        .withMessage("categories[1] == null");
  }

  @Test
  void categoryCount_nullName_throwsNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new CategoryCount(null, 1))
        .withMessage("name == null");
  }
}
