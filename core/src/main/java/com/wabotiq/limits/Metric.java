package com.wabotiq.limits;

import com.wabotiq.billing.TierLimits;
import org.jspecify.annotations.Nullable;

/**
 * A tier limit that {@link Limits} checks, with the snake_case name it has in a tier's JSON.
 *
 * @since 0.1.0
 */
public enum Metric {
  /** Outbound messages per billing period ({@code monthly_messages}). */
  MONTHLY_MESSAGES("monthly_messages"),
  /** Business-initiated messages per tenant-local day ({@code max_daily_outbound}). */
  MAX_DAILY_OUTBOUND("max_daily_outbound"),
  /** Campaign sends, per recipient, per billing period ({@code max_campaign_sends}). */
  MAX_CAMPAIGN_SENDS("max_campaign_sends"),
  /** Products that exist at once ({@code max_products}). */
  MAX_PRODUCTS("max_products"),
  /** Services that exist at once ({@code max_services}). */
  MAX_SERVICES("max_services");

  private final String limitName;

  Metric(String limitName) {
    this.limitName = limitName;
  }

  /**
   * The limit's snake_case name, as in a tier's JSON.
   *
   * @return e.g. {@code "monthly_messages"}
   */
  public String limitName() {
    return limitName;
  }

  /**
   * This metric's limit in a tier's limits.
   *
   * @param limits the tier's limits
   * @return the limit, or null when unlimited
   * @throws NullPointerException if {@code limits} is null
   */
  public @Nullable Long limitIn(TierLimits limits) {
    // An if-chain on the constants rather than a switch, which reads a lookup array per call:
    // this sits on the hot path of every check.
    if (this == MONTHLY_MESSAGES) {
      return limits.monthlyMessages();
    } else if (this == MAX_DAILY_OUTBOUND) {
      return limits.maxDailyOutbound();
    } else if (this == MAX_CAMPAIGN_SENDS) {
      return limits.maxCampaignSends();
    } else if (this == MAX_PRODUCTS) {
      return limits.maxProducts();
    }
    return limits.maxServices();
  }
}
