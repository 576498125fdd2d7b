/**
 * The billing model: the {@link com.wabotiq.billing.SubscriptionTier} catalogue (the built-in
 * Starter, Growth and Enterprise tiers and adopters' own), its {@link
 * com.wabotiq.billing.TierLimits} and {@link com.wabotiq.billing.TierFeatures}, transaction fees,
 * a tenant's {@link com.wabotiq.billing.Subscription}, and its anniversary-based billing periods
 * ({@link com.wabotiq.billing.BillingSchedule}, {@link com.wabotiq.billing.BillingPeriod}).
 *
 * <p>Every type is immutable and thread-safe. Accessor names are the camelCase of the JSON's
 * snake_case names ({@code monthly_price} is {@code monthlyPrice()}). A component is null only
 * where marked {@code @Nullable}; in {@link com.wabotiq.billing.TierLimits} null means
 * <em>unlimited</em>, elsewhere it means "absent from the document". Collections are never null.
 * Money is {@link java.math.BigDecimal}, never {@code double}; fees round HALF_EVEN to the
 * currency's ISO 4217 minor unit. Constructors check well-formedness only (required parts present);
 * the reference's rules are checked by {@code com.wabotiq.validation}.
 *
 * <p>This package does no I/O and depends only on the JDK, {@code com.wabotiq.types} and {@code
 * com.wabotiq.internal}.
 */
@NullMarked
package com.wabotiq.billing;

import org.jspecify.annotations.NullMarked;
