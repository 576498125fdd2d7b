package com.wabotiq.validation;

import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** Cross-field rules of subscription tiers and subscriptions. */
final class BillingRules {
  private BillingRules() {}

  static void tier(SubscriptionTier t, Report r) {
    money(r, "monthly_price", t.monthlyPrice(), t.currency());
    money(r, "yearly_price", t.yearlyPrice(), t.currency());
    features(t.features(), r);
  }

  /** A transaction fee above 0 needs payment facilitation. */
  static void features(TierFeatures f, Report r) {
    if (f.transactionFeePercentage().signum() > 0 && !f.paymentFacilitation()) {
      r.add(
          "transaction_fee_percentage",
          "fee_requires_payment_facilitation",
          "must be 0 unless payment_facilitation is true",
          f.transactionFeePercentage());
    }
  }

  /** An amount has at most the currency's ISO 4217 minor-unit digits (2 for USD, 0 for JPY). */
  static void money(Report r, String field, BigDecimal amount, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits >= 0 && !Decimals.hasAtMostPlaces(amount, digits)) {
      r.add(
          field,
          "money",
          "must have at most "
              + digits
              + (digits == 1 ? " decimal place for " : " decimal places for ")
              + currency.getCurrencyCode(),
          amount);
    }
  }

  static void subscription(Subscription s, Report r) {
    Order.after(
        r,
        "current_period_end",
        s.currentPeriodEnd(),
        "current_period_start",
        s.currentPeriodStart());
    LocalDate nextBilling = s.nextBillingDate();
    LocalDate periodEnd = s.currentPeriodEnd();
    if (nextBilling != null && periodEnd != null && !nextBilling.equals(periodEnd)) {
      r.add(
          "next_billing_date",
          "next_billing_is_period_end",
          "must equal current_period_end (" + periodEnd + ")",
          nextBilling);
    }
    Order.notAfter(r, "start_date", s.startDate(), "current_period_start", s.currentPeriodStart());
    String reason = s.cancellationReason();
    if (reason != null && s.canceledAt() == null) {
      r.add(
          "cancellation_reason",
          "requires_canceled_at",
          "must be absent unless canceled_at is set",
          reason);
    }
    TenantRules.timestamps(r, s.createdAt(), s.updatedAt());
  }
}
