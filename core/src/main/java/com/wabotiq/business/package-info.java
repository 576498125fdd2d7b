/**
 * Business data summaries (the data reference's section 6): the {@link
 * com.wabotiq.business.ProductCatalogSummary product} and {@link
 * com.wabotiq.business.ServiceCatalogSummary service} catalogues, {@link
 * com.wabotiq.business.CustomerSummary customers} and {@link com.wabotiq.business.OrderSummary
 * orders}.
 *
 * <p>Every type is immutable and thread-safe. Accessor names are the camelCase of the JSON's
 * snake_case names. A component is null only where marked {@code @Nullable}, meaning "absent from
 * the document"; collections are never null, only empty. Money and derived figures are {@link
 * java.math.BigDecimal}; counts are {@code long}, and a sum of counts that overflows a {@code long}
 * throws {@link java.lang.ArithmeticException}.
 *
 * <p><b>Derived figures.</b> A figure that follows from others of the same document (an average, a
 * rate, a total) is computed by the constructor when it is absent, and kept as stated when present;
 * {@code derivedFigures()} reports each one as stated and as computed, for validation to compare.
 * Divisions compute at scale 10, HALF_EVEN; a derived value is rounded HALF_EVEN to 2 decimals for
 * money and averages, 4 for rates. A zero denominator gives 0. When an input the figure needs is
 * itself absent, the figure is undefined: it stays null if it was not stated, and its computed
 * value is reported as null.
 *
 * <p>Constructors check well-formedness only; consistency (e.g. completed + pending + canceled
 * orders equal the total) is checked by {@code com.wabotiq.validation}. This package does no I/O
 * and depends only on the JDK, {@code com.wabotiq.types} and {@code com.wabotiq.internal}.
 */
@NullMarked
package com.wabotiq.business;

import org.jspecify.annotations.NullMarked;
