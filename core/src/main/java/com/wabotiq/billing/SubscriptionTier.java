package com.wabotiq.billing;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.Money;
import com.wabotiq.types.TierId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A subscription tier: its prices, {@link TierLimits limits} and {@link TierFeatures features}. In
 * JSON the limits' and features' fields sit directly in the tier's object.
 *
 * <p>Three tiers ship built in with the data reference's exact values: {@link #STARTER}, {@link
 * #GROWTH} and {@link #ENTERPRISE}. Each has a stable id, the name-based UUID of {@code
 * "wabotiq:tier:<name>"} (e.g. {@code wabotiq:tier:starter}), so every SDK instance agrees on it.
 * Adopters may define their own tiers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the tier's id; null when the document carries none (the reference's tier examples)
 * @param name the display name, e.g. {@code "Growth"}, never null
 * @param monthlyPrice the price of one month on the monthly cycle, in {@code currency}, never null
 * @param yearlyPrice the price of one year on the yearly cycle, in {@code currency}, never null
 * @param currency the ISO 4217 currency of both prices, never null
 * @param limits the usage limits, never null ({@link TierLimits#UNLIMITED} for none)
 * @param features the features, never null
 * @since 0.1.0
 */
public record SubscriptionTier(
    @Nullable TierId id,
    String name,
    BigDecimal monthlyPrice,
    BigDecimal yearlyPrice,
    Currency currency,
    TierLimits limits,
    TierFeatures features) {

  private static final Currency USD = Currency.getInstance("USD");

  /** The Starter tier: 29.99 / 299.99 USD, 1,000 messages a month, no payment facilitation. */
  public static final SubscriptionTier STARTER =
      new SubscriptionTier(
          builtInId("starter"),
          "Starter",
          new BigDecimal("29.99"),
          new BigDecimal("299.99"),
          USD,
          new TierLimits(1000L, 100L, 10L, 500L, 100L),
          new TierFeatures(false, new BigDecimal("0"), 2, false, false, ApiAccessLevel.READ));

  /** The Growth tier: 99.99 / 999.99 USD, 5,000 messages a month, 2.5 % transaction fee. */
  public static final SubscriptionTier GROWTH =
      new SubscriptionTier(
          builtInId("growth"),
          "Growth",
          new BigDecimal("99.99"),
          new BigDecimal("999.99"),
          USD,
          new TierLimits(5000L, 500L, 50L, 2500L, 500L),
          new TierFeatures(true, new BigDecimal("2.5"), 5, true, true, ApiAccessLevel.FULL));

  /** The Enterprise tier: 299.99 / 2999.99 USD, no limits, 1.5 % transaction fee. */
  public static final SubscriptionTier ENTERPRISE =
      new SubscriptionTier(
          builtInId("enterprise"),
          "Enterprise",
          new BigDecimal("299.99"),
          new BigDecimal("2999.99"),
          USD,
          TierLimits.UNLIMITED,
          new TierFeatures(true, new BigDecimal("1.5"), 10, true, true, ApiAccessLevel.FULL));

  private static final List<SubscriptionTier> BUILT_INS = List.of(STARTER, GROWTH, ENTERPRISE);

  /**
   * Checks that every part but the id is present.
   *
   * @param id the tier's id; null when the document carries none
   * @param name the display name, never null
   * @param monthlyPrice the price of one month on the monthly cycle, in {@code currency}, never
   *     null
   * @param yearlyPrice the price of one year on the yearly cycle, in {@code currency}, never null
   * @param currency the ISO 4217 currency of both prices, never null
   * @param limits the usage limits, never null ({@link TierLimits#UNLIMITED} for none)
   * @param features the features, never null
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public SubscriptionTier {
    Checks.decimal(monthlyPrice, "monthly_price");
    Checks.decimal(yearlyPrice, "yearly_price");
    Checks.notNull(name, "name");
    Checks.notNull(monthlyPrice, "monthly_price");
    Checks.notNull(yearlyPrice, "yearly_price");
    Checks.notNull(currency, "currency");
    Checks.notNull(limits, "limits");
    Checks.notNull(features, "features");
  }

  /**
   * The built-in tiers, cheapest first.
   *
   * @return an immutable list: Starter, Growth, Enterprise
   */
  public static List<SubscriptionTier> builtIns() {
    return BUILT_INS;
  }

  /**
   * The built-in tier with an id.
   *
   * @param id a tier id
   * @return the built-in tier with that id, or empty when no built-in tier has it
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<SubscriptionTier> builtIn(TierId id) {
    Checks.notNull(id, "id");
    for (SubscriptionTier tier : BUILT_INS) {
      if (id.equals(tier.id())) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  /**
   * The price of one billing period on a cycle, exactly as the tier states it.
   *
   * @param cycle the billing cycle
   * @return {@code monthly_price} for monthly, {@code yearly_price} for yearly, in the tier's
   *     currency
   * @throws NullPointerException if {@code cycle} is null
   * @throws IllegalArgumentException if the cycle is one this SDK does not know
   */
  public Money price(BillingCycle cycle) {
    Checks.notNull(cycle, "billing_cycle");
    switch (cycle.value()) {
      case MONTHLY:
        return Money.of(monthlyPrice, currency);
      case YEARLY:
        return Money.of(yearlyPrice, currency);
      default:
        throw new IllegalArgumentException(
            "billing_cycle (" + cycle.wireValue() + ") must be monthly or yearly");
    }
  }

  /**
   * The transaction fee on a facilitated payment: {@code amount × transaction_fee_percentage /
   * 100}, rounded HALF_EVEN to the ISO 4217 minor unit of the amount's currency (2 digits for USD
   * and KES, 0 for JPY). A zero percentage gives a zero fee. The computation is exact before the
   * one rounding.
   *
   * @param amount the payment, in any currency
   * @return the fee, in the amount's currency, at its minor-unit scale
   * @throws NullPointerException if {@code amount} is null
   */
  public Money transactionFee(Money amount) {
    Checks.notNull(amount, "amount");
    int digits = Math.max(0, amount.currency().getDefaultFractionDigits());
    BigDecimal fee =
        amount
            .amount()
            .multiply(features.transactionFeePercentage())
            .movePointLeft(2)
            .setScale(digits, RoundingMode.HALF_EVEN);
    return Money.of(fee, amount.currency());
  }

  /**
   * A copy with another id, e.g. to store an adopter-defined tier.
   *
   * @param newId the id, or null for none
   * @return the copy
   */
  public SubscriptionTier withId(@Nullable TierId newId) {
    return new SubscriptionTier(newId, name, monthlyPrice, yearlyPrice, currency, limits, features);
  }

  private static TierId builtInId(String name) {
    byte[] seed = ("wabotiq:tier:" + name).getBytes(StandardCharsets.UTF_8);
    return TierId.of(UUID.nameUUIDFromBytes(seed).toString());
  }
}
