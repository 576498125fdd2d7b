/**
 * Analytics and metrics (the data reference's section 7): {@link
 * com.wabotiq.analytics.DailyAnalytics} per tenant and day, and {@link
 * com.wabotiq.analytics.PerformanceMetrics} per tenant and month, which {@link
 * com.wabotiq.analytics.PerformanceMetrics#rollUp rollUp} computes from the days of the month.
 *
 * <p>Every type is immutable and thread-safe. Accessor names are the camelCase of the JSON's
 * snake_case names. A component is null only where marked {@code @Nullable}, meaning "absent from
 * the document". Money, rates and averages are {@link java.math.BigDecimal}; counts are {@code
 * long}, and a sum of counts that overflows a {@code long} throws {@link
 * java.lang.ArithmeticException} rather than wrapping.
 *
 * <p><b>Derived figures.</b> A figure that follows from others of the same document (a total, a
 * rate, an average) is computed by the constructor when it is absent, and kept as stated when
 * present; {@code derivedFigures()} reports each one as stated and as computed, for validation to
 * compare. Divisions compute at scale 10, HALF_EVEN; a derived value is rounded HALF_EVEN to 2
 * decimals for money and averages, 4 for rates. A zero denominator gives 0. When an input the
 * figure needs is itself absent, the figure is undefined: it stays null if it was not stated, and
 * its computed value is reported as null.
 *
 * <p>This package does no I/O and depends only on the JDK, {@code com.wabotiq.types} and {@code
 * com.wabotiq.internal}.
 */
@NullMarked
package com.wabotiq.analytics;

import org.jspecify.annotations.NullMarked;
