package com.wabotiq.business;

import com.wabotiq.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A summary of a tenant's service catalogue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalServices the number of services
 * @param activeServices the number of services on offer
 * @param categories the services per category, never null, may be empty
 * @param averagePrice the mean service price; null if absent
 * @param totalBookingsThisMonth bookings made in the current calendar month
 * @since 0.1.0
 */
public record ServiceCatalogSummary(
    long totalServices,
    long activeServices,
    List<CategoryCount> categories,
    @Nullable BigDecimal averagePrice,
    long totalBookingsThisMonth) {

  /**
   * Copies the categories.
   *
   * @param totalServices the number of services
   * @param activeServices the number of services on offer
   * @param categories the services per category, copied; null becomes empty
   * @param averagePrice the mean service price; null if absent
   * @param totalBookingsThisMonth bookings made in the current calendar month
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public ServiceCatalogSummary {
    Checks.decimal(averagePrice, "average_price");
    categories = Checks.copyOf(categories, "categories");
  }
}
