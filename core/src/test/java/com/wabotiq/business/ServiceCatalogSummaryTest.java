package com.wabotiq.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCatalogSummaryTest {
  @Test
  void constructor_referenceExample_holdsEveryField() {
    List<CategoryCount> categories =
        new ArrayList<>(
            List.of(
                new CategoryCount("Hair Services", 5),
                new CategoryCount("Spa Services", 5),
                new CategoryCount("Consultations", 2)));
    ServiceCatalogSummary s =
        new ServiceCatalogSummary(12, 10, categories, new BigDecimal("1500.00"), 45);
    categories.remove(0);
    assertThat(s.totalServices()).isEqualTo(12);
    assertThat(s.activeServices()).isEqualTo(10);
    assertThat(s.categories())
        .extracting(CategoryCount::name)
        .containsExactly("Hair Services", "Spa Services", "Consultations");
    assertThat(s.categories()).extracting(CategoryCount::count).containsExactly(5L, 5L, 2L);
    assertThat(s.averagePrice()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(s.totalBookingsThisMonth()).isEqualTo(45);
  }

  @Test
  void constructor_absentParts_areNullOrEmpty() {
    ServiceCatalogSummary s = new ServiceCatalogSummary(0, 0, null, null, 0);
    assertThat(s.categories()).isEmpty();
    assertThat(s.averagePrice()).isNull();
  }

  @Test
  void categories_nullElement_throwsNamingIndex() {
    assertThatNullPointerException()
        .isThrownBy(
            () -> new ServiceCatalogSummary(1, 1, Arrays.asList((CategoryCount) null), null, 0))
        .withMessage("categories[0] == null");
  }
}
