package com.wabotiq.billing;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.FlatGroup;
import java.math.BigDecimal;

/**
 * The features of a subscription tier. Its fields sit flattened in the tier's JSON object.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paymentFacilitation whether the tenant may take payments through the bot
 * @param transactionFeePercentage the fee on facilitated payments, in percent ({@code 2.5} means
 *     2.5 %), never null; {@code 0} for no fee
 * @param abTestVariants how many A/B test variants a campaign may have
 * @param prioritySupport whether the tenant gets priority support
 * @param customBranding whether the tenant may brand the bot (colours, logo, bot name)
 * @param apiAccess the API access the tier grants, never null
 * @since 0.1.0
 */
public record TierFeatures(
    boolean paymentFacilitation,
    BigDecimal transactionFeePercentage,
    int abTestVariants,
    boolean prioritySupport,
    boolean customBranding,
    ApiAccessLevel apiAccess)
    implements FlatGroup {

  /**
   * Checks that the fee percentage and the API access level are present.
   *
   * @param paymentFacilitation whether the tenant may take payments through the bot
   * @param transactionFeePercentage the fee on facilitated payments, in percent, never null; {@code
   *     0} for no fee
   * @param abTestVariants how many A/B test variants a campaign may have
   * @param prioritySupport whether the tenant gets priority support
   * @param customBranding whether the tenant may brand the bot
   * @param apiAccess the API access the tier grants, never null
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public TierFeatures {
    Checks.decimal(transactionFeePercentage, "transaction_fee_percentage");
    Checks.notNull(transactionFeePercentage, "transaction_fee_percentage");
    Checks.notNull(apiAccess, "api_access");
  }
}
