package com.wabotiq.business;

import com.wabotiq.internal.Checks;
import com.wabotiq.internal.Figures;
import com.wabotiq.types.DerivedFigure;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A summary of a tenant's orders.
 *
 * <p>{@code average_order_value} is derived: {@code total_revenue / total_orders} (3,750,000.00 /
 * 2,500 = 1,500.00 in the reference). When absent, the constructor computes it, rounded HALF_EVEN
 * to 2 decimals; with no orders it is 0. Whether completed, pending and canceled orders add up to
 * the total is checked by validation, not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalOrders the number of orders ever placed
 * @param completedOrders orders completed
 * @param pendingOrders orders not yet completed or canceled
 * @param canceledOrders orders canceled
 * @param totalRevenue the revenue of all orders, never null
 * @param averageOrderValue revenue per order, stated or derived; never null after construction
 * @param ordersThisMonth orders placed in the current calendar month
 * @param revenueThisMonth revenue of this month's orders; null if absent
 * @param topProducts the best-selling products, best first, never null, may be empty
 * @since 0.1.0
 */
public record OrderSummary(
    long totalOrders,
    long completedOrders,
    long pendingOrders,
    long canceledOrders,
    BigDecimal totalRevenue,
    @Nullable BigDecimal averageOrderValue,
    long ordersThisMonth,
    @Nullable BigDecimal revenueThisMonth,
    List<TopProduct> topProducts) {

  /**
   * Checks that the revenue is present, copies the top products, derives an absent average.
   *
   * @param totalOrders the number of orders ever placed
   * @param completedOrders orders completed
   * @param pendingOrders orders not yet completed or canceled
   * @param canceledOrders orders canceled
   * @param totalRevenue the revenue of all orders, never null
   * @param averageOrderValue revenue per order; null derives it
   * @param ordersThisMonth orders placed in the current calendar month
   * @param revenueThisMonth revenue of this month's orders; null if absent
   * @param topProducts the best-selling products, best first, copied; null becomes empty
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public OrderSummary {
    Checks.decimal(totalRevenue, "total_revenue");
    Checks.decimal(averageOrderValue, "average_order_value");
    Checks.decimal(revenueThisMonth, "revenue_this_month");
    Checks.notNull(totalRevenue, "total_revenue");
    topProducts = Checks.copyOf(topProducts, "top_products");
    if (averageOrderValue == null) {
      averageOrderValue = Figures.money(Figures.ratio(totalRevenue, totalOrders));
    }
    Checks.decimal(averageOrderValue, "average_order_value");
  }

  /**
   * Revenue per order, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code average_order_value}, never null
   */
  @Override
  public BigDecimal averageOrderValue() {
    return Checks.notNull(averageOrderValue, "average_order_value");
  }

  /**
   * The derived figures, each as stated (or derived) and as computed from this summary's inputs.
   *
   * @return {@code average_order_value}
   */
  public List<DerivedFigure> derivedFigures() {
    return List.of(
        new DerivedFigure(
            "average_order_value",
            Checks.notNull(averageOrderValue, "average_order_value"),
            Figures.ratio(totalRevenue, totalOrders)));
  }

  /**
   * A builder with zero counts and no revenue.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this summary's parts.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .totalOrders(totalOrders)
        .completedOrders(completedOrders)
        .pendingOrders(pendingOrders)
        .canceledOrders(canceledOrders)
        .totalRevenue(totalRevenue)
        .averageOrderValue(averageOrderValue)
        .ordersThisMonth(ordersThisMonth)
        .revenueThisMonth(revenueThisMonth)
        .topProducts(topProducts);
  }

  /**
   * Builds an {@link OrderSummary}; {@link #build()} applies the constructor's checks. Not
   * thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long totalOrders;
    private long completedOrders;
    private long pendingOrders;
    private long canceledOrders;
    private @Nullable BigDecimal totalRevenue;
    private @Nullable BigDecimal averageOrderValue;
    private long ordersThisMonth;
    private @Nullable BigDecimal revenueThisMonth;
    private List<TopProduct> topProducts = List.of();

    private Builder() {}

    /**
     * Sets {@code total_orders}.
     *
     * @param totalOrders the count
     * @return this builder
     */
    public Builder totalOrders(long totalOrders) {
      this.totalOrders = totalOrders;
      return this;
    }

    /**
     * Sets {@code completed_orders}.
     *
     * @param completedOrders the count
     * @return this builder
     */
    public Builder completedOrders(long completedOrders) {
      this.completedOrders = completedOrders;
      return this;
    }

    /**
     * Sets {@code pending_orders}.
     *
     * @param pendingOrders the count
     * @return this builder
     */
    public Builder pendingOrders(long pendingOrders) {
      this.pendingOrders = pendingOrders;
      return this;
    }

    /**
     * Sets {@code canceled_orders}.
     *
     * @param canceledOrders the count
     * @return this builder
     */
    public Builder canceledOrders(long canceledOrders) {
      this.canceledOrders = canceledOrders;
      return this;
    }

    /**
     * Sets {@code total_revenue} (required).
     *
     * @param totalRevenue the revenue
     * @return this builder
     */
    public Builder totalRevenue(@Nullable BigDecimal totalRevenue) {
      this.totalRevenue = totalRevenue;
      return this;
    }

    /**
     * Sets {@code average_order_value}; null derives it.
     *
     * @param averageOrderValue the stated average
     * @return this builder
     */
    public Builder averageOrderValue(@Nullable BigDecimal averageOrderValue) {
      this.averageOrderValue = averageOrderValue;
      return this;
    }

    /**
     * Sets {@code orders_this_month}.
     *
     * @param ordersThisMonth the count
     * @return this builder
     */
    public Builder ordersThisMonth(long ordersThisMonth) {
      this.ordersThisMonth = ordersThisMonth;
      return this;
    }

    /**
     * Sets {@code revenue_this_month}.
     *
     * @param revenueThisMonth the revenue
     * @return this builder
     */
    public Builder revenueThisMonth(@Nullable BigDecimal revenueThisMonth) {
      this.revenueThisMonth = revenueThisMonth;
      return this;
    }

    /**
     * Sets {@code top_products}; the list is copied.
     *
     * @param topProducts the products, null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder topProducts(@Nullable List<TopProduct> topProducts) {
      this.topProducts = Checks.copyOf(topProducts, "top_products");
      return this;
    }

    /**
     * Builds the summary.
     *
     * @return the summary
     * @throws NullPointerException if {@code total_revenue} is missing
     */
    public OrderSummary build() {
      return new OrderSummary(
          totalOrders,
          completedOrders,
          pendingOrders,
          canceledOrders,
          Checks.notNull(totalRevenue, "total_revenue"),
          averageOrderValue,
          ordersThisMonth,
          revenueThisMonth,
          topProducts);
    }
  }
}
