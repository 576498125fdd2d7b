package com.wabotiq.business;

import com.wabotiq.internal.Checks;
import com.wabotiq.internal.Figures;
import com.wabotiq.types.DerivedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A summary of a tenant's customers.
 *
 * <p>Three figures are derived, computed by the constructor when absent and kept as stated
 * otherwise:
 *
 * <ul>
 *   <li>{@code active_customers = new_customers_this_month + returning_customers} (45 + 845 = 890
 *       in the reference);
 *   <li>{@code average_customer_value = Σ customer_segments.total_spent / total_customers}
 *       (1,500,000 / 1,250 = 1,200.00), rounded to 2 decimals; 0 when there are no customers;
 *       undefined (null if not stated) when there are customers but no segments;
 *   <li>{@code customer_retention_rate = returning_customers / total_customers} (845 / 1,250 =
 *       0.676, stated as 0.68), rounded to 4 decimals; 0 when there are no customers.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalCustomers the number of customers
 * @param activeCustomers customers active this month, stated or derived; never null after
 *     construction
 * @param newCustomersThisMonth customers whose first contact was this month
 * @param returningCustomers customers who came back
 * @param customerSegments the customers per segment, never null, may be empty
 * @param averageCustomerValue mean spend per customer, stated or derived; null only when neither
 *     stated nor computable
 * @param customerRetentionRate share of returning customers, 0 to 1, stated or derived; never null
 *     after construction
 * @since 0.1.0
 */
public record CustomerSummary(
    long totalCustomers,
    @Nullable Long activeCustomers,
    long newCustomersThisMonth,
    long returningCustomers,
    List<CustomerSegment> customerSegments,
    @Nullable BigDecimal averageCustomerValue,
    @Nullable BigDecimal customerRetentionRate) {

  /**
   * Copies the segments and derives absent figures.
   *
   * @param totalCustomers the number of customers
   * @param activeCustomers customers active this month; null derives it
   * @param newCustomersThisMonth customers whose first contact was this month
   * @param returningCustomers customers who came back
   * @param customerSegments the customers per segment, copied; null becomes empty
   * @param averageCustomerValue mean spend per customer; null derives it when computable
   * @param customerRetentionRate share of returning customers, 0 to 1; null derives it
   * @throws ArithmeticException if {@code active_customers} must be derived and the sum overflows
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public CustomerSummary {
    Checks.decimal(averageCustomerValue, "average_customer_value");
    Checks.decimal(customerRetentionRate, "customer_retention_rate");
    customerSegments = Checks.copyOf(customerSegments, "customer_segments");
    if (activeCustomers == null) {
      activeCustomers = Math.addExact(newCustomersThisMonth, returningCustomers);
    }
    if (averageCustomerValue == null) {
      averageCustomerValue = Figures.money(averageValue(totalCustomers, customerSegments));
    }
    if (customerRetentionRate == null) {
      customerRetentionRate = Figures.rate(retention(returningCustomers, totalCustomers));
    }
    Checks.decimal(averageCustomerValue, "average_customer_value");
    Checks.decimal(customerRetentionRate, "customer_retention_rate");
  }

  /**
   * Customers active this month, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code active_customers}, never null
   */
  @Override
  public Long activeCustomers() {
    return Checks.notNull(activeCustomers, "active_customers");
  }

  /**
   * The share of returning customers, 0 to 1, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code customer_retention_rate}, never null
   */
  @Override
  public BigDecimal customerRetentionRate() {
    return Checks.notNull(customerRetentionRate, "customer_retention_rate");
  }

  /**
   * The derived figures, each as stated (or derived) and as computed from this summary's inputs.
   *
   * @return {@code active_customers}, {@code average_customer_value} (when present) and {@code
   *     customer_retention_rate}, in that order; the sum is computed exactly, without overflow
   */
  public List<DerivedFigure> derivedFigures() {
    List<DerivedFigure> figures = new ArrayList<>(3);
    if (activeCustomers != null) {
      figures.add(
          new DerivedFigure(
              "active_customers",
              BigDecimal.valueOf(activeCustomers),
              Figures.sum(newCustomersThisMonth, returningCustomers)));
    }
    if (averageCustomerValue != null) {
      figures.add(
          new DerivedFigure(
              "average_customer_value",
              averageCustomerValue,
              averageValue(totalCustomers, customerSegments)));
    }
    if (customerRetentionRate != null) {
      figures.add(
          new DerivedFigure(
              "customer_retention_rate",
              customerRetentionRate,
              retention(returningCustomers, totalCustomers)));
    }
    return List.copyOf(figures);
  }

  private static @Nullable BigDecimal averageValue(
      long totalCustomers, List<CustomerSegment> segments) {
    if (totalCustomers == 0) {
      return BigDecimal.ZERO;
    }
    if (segments.isEmpty()) {
      return null;
    }
    BigDecimal spent = BigDecimal.ZERO;
    for (CustomerSegment segment : segments) {
      spent = spent.add(segment.totalSpent());
    }
    return Figures.ratio(spent, totalCustomers);
  }

  private static BigDecimal retention(long returningCustomers, long totalCustomers) {
    return Figures.ratio(BigDecimal.valueOf(returningCustomers), totalCustomers);
  }
}
