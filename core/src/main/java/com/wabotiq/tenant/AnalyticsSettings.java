package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * Whether analytics are collected, and for how long they are kept. Its fields appear flattened in
 * the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableAnalytics whether analytics are collected; null when absent
 * @param analyticsRetentionDays how many days analytics are kept, positive; null when absent
 * @param enableCustomerSegmentation whether customers are grouped into segments; null when absent
 * @since 0.1.0
 */
public record AnalyticsSettings(
    @Nullable Boolean enableAnalytics,
    @Nullable Integer analyticsRetentionDays,
    @Nullable Boolean enableCustomerSegmentation)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final AnalyticsSettings EMPTY = new AnalyticsSettings(null, null, null);

  /**
   * A builder with every field absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's values, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link AnalyticsSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableAnalytics;
    private @Nullable Integer analyticsRetentionDays;
    private @Nullable Boolean enableCustomerSegmentation;

    private Builder() {}

    private Builder(AnalyticsSettings source) {
      enableAnalytics = source.enableAnalytics();
      analyticsRetentionDays = source.analyticsRetentionDays();
      enableCustomerSegmentation = source.enableCustomerSegmentation();
    }

    /**
     * Sets {@code enable_analytics}.
     *
     * @param enableAnalytics whether analytics are collected; null when absent
     * @return this builder
     */
    public Builder enableAnalytics(@Nullable Boolean enableAnalytics) {
      this.enableAnalytics = enableAnalytics;
      return this;
    }

    /**
     * Sets {@code analytics_retention_days}.
     *
     * @param analyticsRetentionDays how many days analytics are kept, positive; null when absent
     * @return this builder
     */
    public Builder analyticsRetentionDays(@Nullable Integer analyticsRetentionDays) {
      this.analyticsRetentionDays = analyticsRetentionDays;
      return this;
    }

    /**
     * Sets {@code enable_customer_segmentation}.
     *
     * @param enableCustomerSegmentation whether customers are grouped into segments; null when
     *     absent
     * @return this builder
     */
    public Builder enableCustomerSegmentation(@Nullable Boolean enableCustomerSegmentation) {
      this.enableCustomerSegmentation = enableCustomerSegmentation;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public AnalyticsSettings build() {
      return new AnalyticsSettings(
          enableAnalytics,
          analyticsRetentionDays,
          enableCustomerSegmentation);
    }
  }
}
