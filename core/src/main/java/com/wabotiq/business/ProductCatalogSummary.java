package com.wabotiq.business;

import com.wabotiq.internal.Checks;
import com.wabotiq.internal.Figures;
import com.wabotiq.types.DerivedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A summary of a tenant's product catalogue.
 *
 * <p>{@code total_inventory_value} is derived: {@code total_products × average_price} (150 ×
 * 15,000.00 = 2,250,000.00 in the reference). When absent, the constructor computes it, rounded
 * HALF_EVEN to 2 decimals; it stays null only when {@code average_price} is absent too.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalProducts the number of products
 * @param activeProducts the number of products on sale
 * @param categories the products per category, never null, may be empty
 * @param averagePrice the mean product price; null if absent
 * @param totalInventoryValue the catalogue's value, stated or derived; null only when it and {@code
 *     average_price} are both absent
 * @since 0.1.0
 */
public record ProductCatalogSummary(
    long totalProducts,
    long activeProducts,
    List<CategoryCount> categories,
    @Nullable BigDecimal averagePrice,
    @Nullable BigDecimal totalInventoryValue) {

  /**
   * Copies the categories and derives an absent inventory value.
   *
   * @param totalProducts the number of products
   * @param activeProducts the number of products on sale
   * @param categories the products per category, copied; null becomes empty
   * @param averagePrice the mean product price; null if absent
   * @param totalInventoryValue the catalogue's value; null derives it, and it stays null when
   *     {@code averagePrice} is null
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public ProductCatalogSummary {
    Checks.decimal(averagePrice, "average_price");
    Checks.decimal(totalInventoryValue, "total_inventory_value");
    categories = Checks.copyOf(categories, "categories");
    if (totalInventoryValue == null) {
      totalInventoryValue = Figures.money(inventoryValue(totalProducts, averagePrice));
    }
    Checks.decimal(totalInventoryValue, "total_inventory_value");
  }

  /**
   * The derived figures, each as stated (or derived) and as computed from this summary's inputs.
   *
   * @return {@code total_inventory_value}, when present; its computed value is null without an
   *     {@code average_price}
   */
  public List<DerivedFigure> derivedFigures() {
    List<DerivedFigure> figures = new ArrayList<>(1);
    if (totalInventoryValue != null) {
      figures.add(
          new DerivedFigure(
              "total_inventory_value",
              totalInventoryValue,
              inventoryValue(totalProducts, averagePrice)));
    }
    return List.copyOf(figures);
  }

  private static @Nullable BigDecimal inventoryValue(
      long totalProducts, @Nullable BigDecimal averagePrice) {
    return averagePrice == null ? null : averagePrice.multiply(BigDecimal.valueOf(totalProducts));
  }
}
