package com.wabotiq.limits;

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
}
