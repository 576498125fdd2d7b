package com.wabotiq.billing;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's subscription to a tier: its cycle, status, dates and per-period usage counters.
 *
 * <p>{@code next_billing_date} is derived: the next billing date is the current period's end, so
 * when it is absent and {@code current_period_end} is present, the constructor sets it to {@code
 * current_period_end}. A stated value is kept as given (validation compares the two).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the subscription's id, never null
 * @param tenantId the subscribing tenant, never null
 * @param tierId the subscribed tier, never null
 * @param billingCycle monthly or yearly, never null
 * @param status the subscription's status, never null
 * @param startDate the first day of the first billing period, never null
 * @param nextBillingDate the date of the next charge; null only when both it and {@code
 *     current_period_end} are absent
 * @param canceledAt when the subscription was canceled; null if it was not
 * @param cancellationReason why it was canceled, free text; null if not given
 * @param currentPeriodStart the first day of the current billing period; null if absent
 * @param currentPeriodEnd the first day after the current billing period; null if absent
 * @param messagesSentThisPeriod messages sent in the current period
 * @param campaignsSentThisPeriod campaign sends in the current period
 * @param createdAt when the record was created; null if absent
 * @param updatedAt when the record was last changed; null if absent
 * @since 0.1.0
 */
public record Subscription(
    SubscriptionId id,
    TenantId tenantId,
    TierId tierId,
    BillingCycle billingCycle,
    SubscriptionStatus status,
    LocalDate startDate,
    @Nullable LocalDate nextBillingDate,
    @Nullable Instant canceledAt,
    @Nullable String cancellationReason,
    @Nullable LocalDate currentPeriodStart,
    @Nullable LocalDate currentPeriodEnd,
    long messagesSentThisPeriod,
    long campaignsSentThisPeriod,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  /**
   * Checks that the required parts are present and derives an absent next billing date.
   *
   * @param id the subscription's id, never null
   * @param tenantId the subscribing tenant, never null
   * @param tierId the subscribed tier, never null
   * @param billingCycle monthly or yearly, never null
   * @param status the subscription's status, never null
   * @param startDate the first day of the first billing period, never null
   * @param nextBillingDate the date of the next charge; null is set to {@code currentPeriodEnd}
   * @param canceledAt when the subscription was canceled; null if it was not
   * @param cancellationReason why it was canceled, free text; null if not given
   * @param currentPeriodStart the first day of the current billing period; null if absent
   * @param currentPeriodEnd the first day after the current billing period; null if absent
   * @param messagesSentThisPeriod messages sent in the current period
   * @param campaignsSentThisPeriod campaign sends in the current period
   * @param createdAt when the record was created; null if absent
   * @param updatedAt when the record was last changed; null if absent
   */
  public Subscription {
    Checks.notNull(id, "id");
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(tierId, "tier_id");
    Checks.notNull(billingCycle, "billing_cycle");
    Checks.notNull(status, "status");
    Checks.notNull(startDate, "start_date");
    if (nextBillingDate == null) {
      nextBillingDate = currentPeriodEnd;
    }
  }

  /**
   * A builder with no parts set and zero counters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this subscription's parts.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .tenantId(tenantId)
        .tierId(tierId)
        .billingCycle(billingCycle)
        .status(status)
        .startDate(startDate)
        .nextBillingDate(nextBillingDate)
        .canceledAt(canceledAt)
        .cancellationReason(cancellationReason)
        .currentPeriodStart(currentPeriodStart)
        .currentPeriodEnd(currentPeriodEnd)
        .messagesSentThisPeriod(messagesSentThisPeriod)
        .campaignsSentThisPeriod(campaignsSentThisPeriod)
        .createdAt(createdAt)
        .updatedAt(updatedAt);
  }

  /**
   * Builds a {@link Subscription}; {@link #build()} applies the constructor's checks. Not
   * thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable SubscriptionId id;
    private @Nullable TenantId tenantId;
    private @Nullable TierId tierId;
    private @Nullable BillingCycle billingCycle;
    private @Nullable SubscriptionStatus status;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate nextBillingDate;
    private @Nullable Instant canceledAt;
    private @Nullable String cancellationReason;
    private @Nullable LocalDate currentPeriodStart;
    private @Nullable LocalDate currentPeriodEnd;
    private long messagesSentThisPeriod;
    private long campaignsSentThisPeriod;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(@Nullable SubscriptionId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code tenant_id}.
     *
     * @param tenantId the tenant
     * @return this builder
     */
    public Builder tenantId(@Nullable TenantId tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * Sets {@code tier_id}.
     *
     * @param tierId the tier
     * @return this builder
     */
    public Builder tierId(@Nullable TierId tierId) {
      this.tierId = tierId;
      return this;
    }

    /**
     * Sets {@code billing_cycle}.
     *
     * @param billingCycle the cycle
     * @return this builder
     */
    public Builder billingCycle(@Nullable BillingCycle billingCycle) {
      this.billingCycle = billingCycle;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(@Nullable SubscriptionStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code start_date}.
     *
     * @param startDate the start date
     * @return this builder
     */
    public Builder startDate(@Nullable LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * Sets {@code next_billing_date}; null derives it from {@code current_period_end}.
     *
     * @param nextBillingDate the next billing date
     * @return this builder
     */
    public Builder nextBillingDate(@Nullable LocalDate nextBillingDate) {
      this.nextBillingDate = nextBillingDate;
      return this;
    }

    /**
     * Sets {@code canceled_at}.
     *
     * @param canceledAt the cancellation instant
     * @return this builder
     */
    public Builder canceledAt(@Nullable Instant canceledAt) {
      this.canceledAt = canceledAt;
      return this;
    }

    /**
     * Sets {@code cancellation_reason}.
     *
     * @param cancellationReason the reason
     * @return this builder
     */
    public Builder cancellationReason(@Nullable String cancellationReason) {
      this.cancellationReason = cancellationReason;
      return this;
    }

    /**
     * Sets {@code current_period_start}.
     *
     * @param currentPeriodStart the period's first day
     * @return this builder
     */
    public Builder currentPeriodStart(@Nullable LocalDate currentPeriodStart) {
      this.currentPeriodStart = currentPeriodStart;
      return this;
    }

    /**
     * Sets {@code current_period_end}.
     *
     * @param currentPeriodEnd the first day after the period
     * @return this builder
     */
    public Builder currentPeriodEnd(@Nullable LocalDate currentPeriodEnd) {
      this.currentPeriodEnd = currentPeriodEnd;
      return this;
    }

    /**
     * Sets {@code messages_sent_this_period}.
     *
     * @param messagesSentThisPeriod the count
     * @return this builder
     */
    public Builder messagesSentThisPeriod(long messagesSentThisPeriod) {
      this.messagesSentThisPeriod = messagesSentThisPeriod;
      return this;
    }

    /**
     * Sets {@code campaigns_sent_this_period}.
     *
     * @param campaignsSentThisPeriod the count
     * @return this builder
     */
    public Builder campaignsSentThisPeriod(long campaignsSentThisPeriod) {
      this.campaignsSentThisPeriod = campaignsSentThisPeriod;
      return this;
    }

    /**
     * Sets {@code created_at}.
     *
     * @param createdAt the creation instant
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code updated_at}.
     *
     * @param updatedAt the last change
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Builds the subscription.
     *
     * @return the subscription
     * @throws NullPointerException naming the first missing required field
     */
    public Subscription build() {
      return new Subscription(
          Checks.notNull(id, "id"),
          Checks.notNull(tenantId, "tenant_id"),
          Checks.notNull(tierId, "tier_id"),
          Checks.notNull(billingCycle, "billing_cycle"),
          Checks.notNull(status, "status"),
          Checks.notNull(startDate, "start_date"),
          nextBillingDate,
          canceledAt,
          cancellationReason,
          currentPeriodStart,
          currentPeriodEnd,
          messagesSentThisPeriod,
          campaignsSentThisPeriod,
          createdAt,
          updatedAt);
    }
  }
}
