package com.wabotiq.validation;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.business.CategoryCount;
import com.wabotiq.business.CustomerSegment;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.types.DerivedFigure;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Cross-field rules of business summaries and analytics: parts not above or summing to their
 * totals, and every derived figure consistent with its inputs.
 */
final class FigureRules {
  private FigureRules() {}

  static void products(ProductCatalogSummary p, Report r) {
    notAboveTotal(r, "active_products", p.activeProducts(), "total_products", p.totalProducts());
    categories(r, "total_products", p.totalProducts(), p.categories());
    derived(r, p, p::derivedFigures);
  }

  static void services(ServiceCatalogSummary s, Report r) {
    notAboveTotal(r, "active_services", s.activeServices(), "total_services", s.totalServices());
    categories(r, "total_services", s.totalServices(), s.categories());
  }

  static void customers(CustomerSummary c, Report r) {
    Long active = c.activeCustomers();
    if (active != null) {
      notAboveTotal(r, "active_customers", active, "total_customers", c.totalCustomers());
    }
    if (!c.customerSegments().isEmpty()) {
      BigInteger sum = BigInteger.ZERO;
      for (CustomerSegment segment : c.customerSegments()) {
        sum = sum.add(BigInteger.valueOf(segment.count()));
      }
      sumMatchesTotal(r, "total_customers", c.totalCustomers(), sum, "customer_segments[].count");
    }
    derived(r, c, c::derivedFigures);
  }

  static void orders(OrderSummary o, Report r) {
    BigInteger parts =
        BigInteger.valueOf(o.completedOrders())
            .add(BigInteger.valueOf(o.pendingOrders()))
            .add(BigInteger.valueOf(o.canceledOrders()));
    sumMatchesTotal(
        r,
        "total_orders",
        o.totalOrders(),
        parts,
        "completed_orders + pending_orders + canceled_orders");
    notAboveTotal(r, "orders_this_month", o.ordersThisMonth(), "total_orders", o.totalOrders());
    BigDecimal revenueThisMonth = o.revenueThisMonth();
    if (revenueThisMonth != null && revenueThisMonth.compareTo(o.totalRevenue()) > 0) {
      r.add(
          "revenue_this_month",
          "not_above_total",
          "must not be above total_revenue (" + Decimals.render(o.totalRevenue()) + ")",
          revenueThisMonth);
    }
    derived(r, o, o::derivedFigures);
  }

  static void daily(DailyAnalytics d, Report r) {
    notAboveTotal(
        r, "low_confidence_count", d.lowConfidenceCount(), "ai_interactions", d.aiInteractions());
    derived(r, d, d::derivedFigures);
  }

  static void performance(PerformanceMetrics p, @Nullable BigDecimal feePercentage, Report r) {
    derived(
        r,
        p,
        feePercentage == null ? p::derivedFigures : () -> p.derivedFigures(feePercentage));
  }

  private static void categories(
      Report r, String totalField, long total, List<CategoryCount> categories) {
    if (categories.isEmpty()) {
      return;
    }
    BigInteger sum = BigInteger.ZERO;
    for (CategoryCount category : categories) {
      sum = sum.add(BigInteger.valueOf(category.count()));
    }
    sumMatchesTotal(r, totalField, total, sum, "categories[].count");
  }

  private static void sumMatchesTotal(
      Report r, String totalField, long total, BigInteger sum, String parts) {
    if (!sum.equals(BigInteger.valueOf(total))) {
      r.add(
          totalField,
          "sum_matches_total",
          "must equal the sum of " + parts + " (" + sum + ")",
          total);
    }
  }

  private static void notAboveTotal(
      Report r, String field, long part, String totalField, long total) {
    if (part > total) {
      r.add(field, "not_above_total", "must not be above " + totalField + " (" + total + ")", part);
    }
  }

  /**
   * Reports each derived figure whose stated value disagrees with its inputs beyond the stated
   * value's rounding. Figures are not computed when a decimal of the document is beyond {@link
   * Decimals#LIMIT} (its {@code range} rule reports it): an exponent of a billion would make the
   * arithmetic run for minutes.
   */
  private static void derived(
      Report r, Record document, Supplier<List<DerivedFigure>> figures) {
    if (!withinLimit(document)) {
      return;
    }
    List<DerivedFigure> list = figures.get();
    for (DerivedFigure f : list) {
      BigDecimal computed = f.computed();
      if (!f.isConsistent() && computed != null) {
        r.add(
            f.field(),
            "derived_figure",
            "must agree with "
                + Decimals.render(computed.stripTrailingZeros())
                + ", computed from the document's other figures, within the rounding of the"
                + " stated value",
            f.stated());
      }
    }
  }

  /** Whether every decimal of a record, its nested records and lists is within the limit. */
  private static boolean withinLimit(@Nullable Object value) {
    if (value instanceof BigDecimal d) {
      return Decimals.isWithinLimit(d);
    } else if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        if (!withinLimit(component(c, record))) {
          return false;
        }
      }
    } else if (value instanceof Collection<?> list) {
      for (Object element : list) {
        if (!withinLimit(element)) {
          return false;
        }
      }
    }
    return true;
  }

  private static @Nullable Object component(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }
}
