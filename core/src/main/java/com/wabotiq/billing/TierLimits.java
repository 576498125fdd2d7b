package com.wabotiq.billing;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * The usage limits of a subscription tier. Its fields sit flattened in the tier's JSON object.
 *
 * <p>A null limit means <em>unlimited</em>, not "absent": the tier's JSON always carries these
 * keys, with an explicit {@code null} for an unlimited one (the Enterprise tier). Message and
 * campaign limits count per billing period, {@code max_daily_outbound} per tenant-local day;
 * product and service limits count what exists.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param monthlyMessages outbound messages per billing period; null = unlimited
 * @param maxProducts products a tenant may hold at once; null = unlimited
 * @param maxServices services a tenant may hold at once; null = unlimited
 * @param maxCampaignSends campaign sends (per recipient) per billing period; null = unlimited
 * @param maxDailyOutbound business-initiated messages per tenant-local day; null = unlimited
 * @since 0.1.0
 */
public record TierLimits(
    @Nullable Long monthlyMessages,
    @Nullable Long maxProducts,
    @Nullable Long maxServices,
    @Nullable Long maxCampaignSends,
    @Nullable Long maxDailyOutbound)
    implements FlatGroup {

  /** No limit at all: every field null. */
  public static final TierLimits UNLIMITED = new TierLimits(null, null, null, null, null);

  /**
   * Whether every limit is unlimited.
   *
   * @return true when all five fields are null
   */
  public boolean isUnlimited() {
    return monthlyMessages == null
        && maxProducts == null
        && maxServices == null
        && maxCampaignSends == null
        && maxDailyOutbound == null;
  }
}
