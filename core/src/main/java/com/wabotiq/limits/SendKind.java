package com.wabotiq.limits;

/**
 * The three kinds of outbound message, each counted where PRODUCT.md's "Sends" says.
 *
 * @since 0.1.0
 */
public enum SendKind {
  /**
   * An answer to a customer who wrote: one recipient; counts toward {@code monthly_messages};
   * never deferred by quiet hours.
   */
  REPLY,
  /**
   * A business-initiated message to one recipient: counts toward {@code monthly_messages} and
   * {@code max_daily_outbound}; deferred inside quiet hours.
   */
  NOTIFICATION,
  /**
   * A business-initiated message counted per recipient toward {@code monthly_messages}, {@code
   * max_daily_outbound} and {@code max_campaign_sends}; deferred inside quiet hours.
   */
  CAMPAIGN
}
