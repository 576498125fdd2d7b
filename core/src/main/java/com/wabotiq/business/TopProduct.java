package com.wabotiq.business;

import com.wabotiq.internal.Checks;
import java.math.BigDecimal;

/**
 * One of a tenant's best-selling products, e.g. {@code {"product": "Samsung Galaxy A54", "orders":
 * 45, "revenue": 1575000}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param product the product's name, never null
 * @param orders the number of orders that included it
 * @param revenue the revenue it brought, never null
 * @since 0.1.0
 */
public record TopProduct(String product, long orders, BigDecimal revenue) {
  /**
   * Checks that the name and the revenue are present.
   *
   * @param product the product's name, never null
   * @param orders the number of orders that included it
   * @param revenue the revenue it brought, never null
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public TopProduct {
    Checks.decimal(revenue, "revenue");
    Checks.notNull(product, "product");
    Checks.notNull(revenue, "revenue");
  }
}
