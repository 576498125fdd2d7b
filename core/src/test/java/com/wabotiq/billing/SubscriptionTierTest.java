package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.types.Money;
import com.wabotiq.types.TierId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionTierTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static void assertDecimal(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(new BigDecimal(expected));
  }

  @Test
  void starter_holdsReferenceValues() {
    SubscriptionTier t = SubscriptionTier.STARTER;
    assertThat(t.name()).isEqualTo("Starter");
    assertDecimal(t.monthlyPrice(), "29.99");
    assertDecimal(t.yearlyPrice(), "299.99");
    assertThat(t.currency()).isEqualTo(USD);
    assertThat(t.limits()).isEqualTo(new TierLimits(1000L, 100L, 10L, 500L, 100L));
    assertThat(t.limits().monthlyMessages()).isEqualTo(1000L);
    assertThat(t.limits().maxProducts()).isEqualTo(100L);
    assertThat(t.limits().maxServices()).isEqualTo(10L);
    assertThat(t.limits().maxCampaignSends()).isEqualTo(500L);
    assertThat(t.limits().maxDailyOutbound()).isEqualTo(100L);
    assertThat(t.features().paymentFacilitation()).isFalse();
    assertDecimal(t.features().transactionFeePercentage(), "0");
    assertThat(t.features().abTestVariants()).isEqualTo(2);
    assertThat(t.features().prioritySupport()).isFalse();
    assertThat(t.features().customBranding()).isFalse();
    assertThat(t.features().apiAccess()).isSameAs(ApiAccessLevel.READ);
  }

  @Test
  void growth_holdsReferenceValues() {
    SubscriptionTier t = SubscriptionTier.GROWTH;
    assertThat(t.name()).isEqualTo("Growth");
    assertDecimal(t.monthlyPrice(), "99.99");
    assertDecimal(t.yearlyPrice(), "999.99");
    assertThat(t.currency()).isEqualTo(USD);
    assertThat(t.limits().monthlyMessages()).isEqualTo(5000L);
    assertThat(t.limits().maxProducts()).isEqualTo(500L);
    assertThat(t.limits().maxServices()).isEqualTo(50L);
    assertThat(t.limits().maxCampaignSends()).isEqualTo(2500L);
    assertThat(t.limits().maxDailyOutbound()).isEqualTo(500L);
    assertThat(t.features().paymentFacilitation()).isTrue();
    assertDecimal(t.features().transactionFeePercentage(), "2.5");
    assertThat(t.features().abTestVariants()).isEqualTo(5);
    assertThat(t.features().prioritySupport()).isTrue();
    assertThat(t.features().customBranding()).isTrue();
    assertThat(t.features().apiAccess()).isSameAs(ApiAccessLevel.FULL);
  }

  @Test
  void enterprise_holdsReferenceValuesWithUnlimitedLimits() {
    SubscriptionTier t = SubscriptionTier.ENTERPRISE;
    assertThat(t.name()).isEqualTo("Enterprise");
    assertDecimal(t.monthlyPrice(), "299.99");
    assertDecimal(t.yearlyPrice(), "2999.99");
    assertThat(t.currency()).isEqualTo(USD);
    assertThat(t.limits().monthlyMessages()).isNull();
    assertThat(t.limits().maxProducts()).isNull();
    assertThat(t.limits().maxServices()).isNull();
    assertThat(t.limits().maxCampaignSends()).isNull();
    assertThat(t.limits().maxDailyOutbound()).isNull();
    assertThat(t.limits()).isEqualTo(TierLimits.UNLIMITED);
    assertThat(t.limits().isUnlimited()).isTrue();
    assertThat(t.features().paymentFacilitation()).isTrue();
    assertDecimal(t.features().transactionFeePercentage(), "1.5");
    assertThat(t.features().abTestVariants()).isEqualTo(10);
    assertThat(t.features().prioritySupport()).isTrue();
    assertThat(t.features().customBranding()).isTrue();
    assertThat(t.features().apiAccess()).isSameAs(ApiAccessLevel.FULL);
  }

  @Test
  void tierLimits_oneLimitSet_isNotUnlimited() {
    assertThat(new TierLimits(null, null, null, null, 1L).isUnlimited()).isFalse();
    assertThat(SubscriptionTier.STARTER.limits().isUnlimited()).isFalse();
  }

  @Test
  void builtInIds_areNameBasedUuids_stableAcrossReleases() {
    // Computed independently (MD5 name-based, version 3) and frozen: a change breaks stored data.
    assertThat(SubscriptionTier.STARTER.id())
        .isEqualTo(TierId.of("7cd48b3c-922c-331d-8731-706d3a838be4"));
    assertThat(SubscriptionTier.GROWTH.id())
        .isEqualTo(TierId.of("ed8643dd-c1a2-3df2-bb9c-bce7214f3925"));
    assertThat(SubscriptionTier.ENTERPRISE.id())
        .isEqualTo(TierId.of("53babe97-2959-3a4d-934f-10ac24bd4156"));
  }

  @Test
  void builtIns_listsThreeTiersWithDistinctIds() {
    List<SubscriptionTier> tiers = SubscriptionTier.builtIns();
    assertThat(tiers)
        .containsExactly(
            SubscriptionTier.STARTER, SubscriptionTier.GROWTH, SubscriptionTier.ENTERPRISE);
    Set<TierId> ids = new HashSet<>();
    for (SubscriptionTier tier : tiers) {
      assertThat(tier.id()).isNotNull();
      ids.add(tier.id());
    }
    assertThat(ids).hasSize(3);
    assertThatThrownBy(() -> tiers.add(SubscriptionTier.STARTER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builtIn_knownId_findsTier() {
    for (SubscriptionTier tier : SubscriptionTier.builtIns()) {
      assertThat(SubscriptionTier.builtIn(TierId.of(tier.id().value()))).containsSame(tier);
    }
  }

  @Test
  void builtIn_unknownId_isEmpty() {
    assertThat(SubscriptionTier.builtIn(TierId.of("not-a-tier"))).isEmpty();
  }

  @Test
  void builtIn_null_throwsNamingId() {
    assertThatNullPointerException()
        .isThrownBy(() -> SubscriptionTier.builtIn(null))
        .withMessage("id == null");
  }

  @Test
  void price_monthlyAndYearly_givesStatedPriceInTierCurrency() {
    assertThat(SubscriptionTier.STARTER.price(BillingCycle.MONTHLY))
        .isEqualTo(Money.of("29.99", "USD"));
    assertThat(SubscriptionTier.STARTER.price(BillingCycle.YEARLY))
        .isEqualTo(Money.of("299.99", "USD"));
    assertThat(SubscriptionTier.GROWTH.price(BillingCycle.of("monthly")))
        .isEqualTo(Money.of("99.99", "USD"));
    assertThat(SubscriptionTier.ENTERPRISE.price(BillingCycle.YEARLY).amount())
        .isEqualTo(new BigDecimal("2999.99"));
  }

  @Test
  void price_unknownCycle_throwsNamingCycle() {
    assertThatThrownBy(() -> SubscriptionTier.GROWTH.price(BillingCycle.of("weekly")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("billing_cycle (weekly) must be monthly or yearly");
  }

  @Test
  void price_null_throwsNamingCycle() {
    assertThatNullPointerException()
        .isThrownBy(() -> SubscriptionTier.GROWTH.price(null))
        .withMessage("billing_cycle == null");
  }

  @ParameterizedTest(name = "{0} {1} at 2.5% -> {2}")
  @CsvSource({
    // exact halves round to the even neighbour
    "5.00, USD, 0.12", // 0.125
    "5.40, USD, 0.14", // 0.135
    "5.80, USD, 0.14", // 0.145
    "6.20, USD, 0.16", // 0.155
    // not halves
    "5.01, USD, 0.13", // 0.12525
    "4.99, USD, 0.12", // 0.12475
    "270000.00, USD, 6750.00",
    "0, USD, 0.00",
    "0.01, USD, 0.00",
    "-5.40, USD, -0.14",
    // KES: 2 digits
    "1234.50, KES, 30.86", // 30.8625
    "270000, KES, 6750.00",
    // JPY: 0 digits
    "100, JPY, 2", // 2.5
    "300, JPY, 8", // 7.5
    "1000, JPY, 25",
    "99, JPY, 2" // 2.475
  })
  void transactionFee_growth_roundsHalfEvenToMinorUnit(
      String amount, String currency, String expected) {
    Money fee = SubscriptionTier.GROWTH.transactionFee(Money.of(amount, currency));
    // Exact value and scale: the fee is at the currency's minor unit.
    assertThat(fee.amount()).isEqualTo(new BigDecimal(expected));
    assertThat(fee.currency()).isEqualTo(Currency.getInstance(currency));
  }

  @Test
  void transactionFee_zeroPercentage_isZeroAtMinorUnit() {
    assertThat(SubscriptionTier.STARTER.transactionFee(Money.of("1234.56", "USD")).amount())
        .isEqualTo(new BigDecimal("0.00"));
    assertThat(SubscriptionTier.STARTER.transactionFee(Money.of("1234", "JPY")).amount())
        .isEqualTo(new BigDecimal("0"));
  }

  @Test
  void transactionFee_enterprise_usesOnePointFivePercent() {
    assertThat(SubscriptionTier.ENTERPRISE.transactionFee(Money.of("1000.00", "USD")))
        .isEqualTo(Money.of("15.00", "USD"));
    // 1.5 % of 10.30 = 0.1545 -> 0.15
    assertThat(SubscriptionTier.ENTERPRISE.transactionFee(Money.of("10.30", "KES")).amount())
        .isEqualTo(new BigDecimal("0.15"));
  }

  @Test
  void transactionFee_threeDigitCurrency_keepsThreeDigits() {
    // BHD has 3 minor digits: 2.5 % of 1.005 = 0.025125 -> 0.025
    assertThat(SubscriptionTier.GROWTH.transactionFee(Money.of("1.005", "BHD")).amount())
        .isEqualTo(new BigDecimal("0.025"));
  }

  @Test
  void transactionFee_null_throwsNamingAmount() {
    assertThatNullPointerException()
        .isThrownBy(() -> SubscriptionTier.GROWTH.transactionFee(null))
        .withMessage("amount == null");
  }

  @Test
  void withId_replacesOnlyTheId() {
    TierId id = TierId.of("custom");
    SubscriptionTier copy = SubscriptionTier.GROWTH.withId(id);
    assertThat(copy.id()).isEqualTo(id);
    assertThat(copy.withId(SubscriptionTier.GROWTH.id())).isEqualTo(SubscriptionTier.GROWTH);
    assertThat(SubscriptionTier.GROWTH.withId(null).id()).isNull();
    assertThat(SubscriptionTier.GROWTH.id()).isNotEqualTo(id);
  }

  @Test
  void constructor_missingParts_throwNamingField() {
    TierLimits l = TierLimits.UNLIMITED;
    TierFeatures f = SubscriptionTier.GROWTH.features();
    BigDecimal p = BigDecimal.ONE;
    assertThatNullPointerException()
        .isThrownBy(() -> new SubscriptionTier(null, null, p, p, USD, l, f))
        .withMessage("name == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new SubscriptionTier(null, "X", null, p, USD, l, f))
        .withMessage("monthly_price == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new SubscriptionTier(null, "X", p, null, USD, l, f))
        .withMessage("yearly_price == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new SubscriptionTier(null, "X", p, p, null, l, f))
        .withMessage("currency == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new SubscriptionTier(null, "X", p, p, USD, null, f))
        .withMessage("limits == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new SubscriptionTier(null, "X", p, p, USD, l, null))
        .withMessage("features == null");
    assertThat(new SubscriptionTier(null, "X", p, p, USD, l, f).id()).isNull();
  }

  @Test
  void tierFeatures_missingParts_throwNamingField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new TierFeatures(true, null, 1, false, false, ApiAccessLevel.FULL))
        .withMessage("transaction_fee_percentage == null");
    assertThatNullPointerException()
        .isThrownBy(() -> new TierFeatures(true, BigDecimal.ONE, 1, false, false, null))
        .withMessage("api_access == null");
  }
}
