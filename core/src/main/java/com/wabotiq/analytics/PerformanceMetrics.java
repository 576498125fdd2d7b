package com.wabotiq.analytics;

import com.wabotiq.internal.Checks;
import com.wabotiq.internal.Figures;
import com.wabotiq.types.DerivedFigure;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's performance over one calendar month: conversion, satisfaction, AI performance and
 * money. All figures but {@code period} and {@code tenant_id} may be absent.
 *
 * <p>{@code avg_order_value} is derived: {@code total_revenue / total_orders} (270,000.00 / 180 =
 * 1,500.00 in the reference), rounded HALF_EVEN to 2 decimals, 0 with no orders; it stays null when
 * {@code total_revenue} or {@code total_orders} is absent. {@code transaction_fees_collected}
 * depends on the tenant's tier, which the document does not carry: {@link
 * #derivedFigures(BigDecimal)} computes it from a fee percentage ({@code total_revenue × percentage
 * / 100}: 270,000.00 × 2.5 / 100 = 6,750.00).
 *
 * <p>{@link #rollUp} computes a month's metrics from its daily analytics by summing counts and
 * amounts and re-deriving every rate and average; it never averages daily averages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the calendar month, never null
 * @param tenantId the tenant, never null
 * @param conversationToOrderRate orders per conversation started, 0 to 1; null if absent
 * @param messageToOrderRate orders per inbound message, 0 to 1; null if absent
 * @param cartAbandonmentRate share of carts left without an order, 0 to 1; null if absent
 * @param avgFeedbackScore mean customer feedback score; null if absent
 * @param positiveFeedbackCount positive feedback received; null if absent
 * @param negativeFeedbackCount negative feedback received; null if absent
 * @param feedbackResponseRate share of feedback prompts answered, 0 to 1; null if absent
 * @param avgAiConfidence mean confidence of the AI agent's answers, 0 to 1; null if absent
 * @param handoffRate share of active conversations handed to a human, 0 to 1; null if absent
 * @param resolutionRate share of closed conversations resolved without a human, 0 to 1; null if
 *     absent
 * @param avgResponseTimeSeconds mean time to answer, in seconds; null if absent
 * @param totalRevenue revenue of the month's orders; null if absent
 * @param totalOrders orders placed in the month; null if absent
 * @param avgOrderValue revenue per order, stated or derived; null only when it cannot be derived
 * @param transactionFeesCollected fees charged on facilitated payments; null if absent
 * @since 0.1.0
 */
public record PerformanceMetrics(
    YearMonth period,
    TenantId tenantId,
    @Nullable BigDecimal conversationToOrderRate,
    @Nullable BigDecimal messageToOrderRate,
    @Nullable BigDecimal cartAbandonmentRate,
    @Nullable BigDecimal avgFeedbackScore,
    @Nullable Long positiveFeedbackCount,
    @Nullable Long negativeFeedbackCount,
    @Nullable BigDecimal feedbackResponseRate,
    @Nullable BigDecimal avgAiConfidence,
    @Nullable BigDecimal handoffRate,
    @Nullable BigDecimal resolutionRate,
    @Nullable BigDecimal avgResponseTimeSeconds,
    @Nullable BigDecimal totalRevenue,
    @Nullable Long totalOrders,
    @Nullable BigDecimal avgOrderValue,
    @Nullable BigDecimal transactionFeesCollected) {

  /**
   * Checks that period and tenant are present and derives an absent average order value.
   *
   * @param period the calendar month, never null
   * @param tenantId the tenant, never null
   * @param conversationToOrderRate orders per conversation started, 0 to 1; null if absent
   * @param messageToOrderRate orders per inbound message, 0 to 1; null if absent
   * @param cartAbandonmentRate share of carts left without an order, 0 to 1; null if absent
   * @param avgFeedbackScore mean customer feedback score; null if absent
   * @param positiveFeedbackCount positive feedback received; null if absent
   * @param negativeFeedbackCount negative feedback received; null if absent
   * @param feedbackResponseRate share of feedback prompts answered, 0 to 1; null if absent
   * @param avgAiConfidence mean confidence of the AI agent's answers, 0 to 1; null if absent
   * @param handoffRate share of active conversations handed to a human, 0 to 1; null if absent
   * @param resolutionRate share of closed conversations resolved without a human, 0 to 1; null if
   *     absent
   * @param avgResponseTimeSeconds mean time to answer, in seconds; null if absent
   * @param totalRevenue revenue of the month's orders; null if absent
   * @param totalOrders orders placed in the month; null if absent
   * @param avgOrderValue revenue per order; null derives it, and it stays null when {@code
   *     totalRevenue} or {@code totalOrders} is null
   * @param transactionFeesCollected fees charged on facilitated payments; null if absent
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public PerformanceMetrics {
    Checks.decimal(conversationToOrderRate, "conversation_to_order_rate");
    Checks.decimal(messageToOrderRate, "message_to_order_rate");
    Checks.decimal(cartAbandonmentRate, "cart_abandonment_rate");
    Checks.decimal(avgFeedbackScore, "avg_feedback_score");
    Checks.decimal(feedbackResponseRate, "feedback_response_rate");
    Checks.decimal(avgAiConfidence, "avg_ai_confidence");
    Checks.decimal(handoffRate, "handoff_rate");
    Checks.decimal(resolutionRate, "resolution_rate");
    Checks.decimal(avgResponseTimeSeconds, "avg_response_time_seconds");
    Checks.decimal(totalRevenue, "total_revenue");
    Checks.decimal(avgOrderValue, "avg_order_value");
    Checks.decimal(transactionFeesCollected, "transaction_fees_collected");
    Checks.notNull(period, "period");
    Checks.notNull(tenantId, "tenant_id");
    if (avgOrderValue == null) {
      avgOrderValue = Figures.money(averageOrderValue(totalRevenue, totalOrders));
    }
    Checks.decimal(avgOrderValue, "avg_order_value");
  }

  /**
   * The figures derivable from this document alone, each as stated (or derived) and as computed.
   *
   * @return {@code avg_order_value} when present (its computed value null without revenue or order
   *     count)
   */
  public List<DerivedFigure> derivedFigures() {
    List<DerivedFigure> figures = new ArrayList<>(2);
    if (avgOrderValue != null) {
      figures.add(
          new DerivedFigure(
              "avg_order_value", avgOrderValue, averageOrderValue(totalRevenue, totalOrders)));
    }
    return List.copyOf(figures);
  }

  /**
   * The derived figures, including {@code transaction_fees_collected} computed with the tenant's
   * tier fee: {@code total_revenue × transactionFeePercentage / 100}, exact.
   *
   * @param transactionFeePercentage the tier's {@code transaction_fee_percentage}, e.g. {@code 2.5}
   *     for 2.5 %
   * @return {@code avg_order_value} and {@code transaction_fees_collected}, each when present
   * @throws NullPointerException if {@code transactionFeePercentage} is null
   */
  public List<DerivedFigure> derivedFigures(BigDecimal transactionFeePercentage) {
    Checks.notNull(transactionFeePercentage, "transaction_fee_percentage");
    List<DerivedFigure> figures = new ArrayList<>(derivedFigures());
    if (transactionFeesCollected != null) {
      figures.add(
          new DerivedFigure(
              "transaction_fees_collected",
              transactionFeesCollected,
              totalRevenue == null ? null : fee(totalRevenue, transactionFeePercentage)));
    }
    return List.copyOf(figures);
  }

  /**
   * A month's metrics computed from its daily analytics. Counts and amounts are summed, and every
   * rate and average is derived again from the sums, never averaged from daily figures (two days
   * with averages 100 and 500 over 1 and 100 orders give about 496, not 300):
   *
   * <ul>
   *   <li>{@code total_revenue = Σ revenue}; {@code total_orders = Σ orders_created}; {@code
   *       avg_order_value = total_revenue / total_orders};
   *   <li>{@code handoff_rate = Σ handoff_count / Σ conversations_active};
   *   <li>{@code avg_ai_confidence = Σ(avg_confidence × ai_interactions) / Σ ai_interactions};
   *   <li>{@code avg_response_time_seconds = Σ(avg_response_time_seconds × messages_outbound) / Σ
   *       messages_outbound};
   *   <li>{@code conversation_to_order_rate = Σ orders_created / Σ conversations_started};
   *   <li>{@code message_to_order_rate = Σ orders_created / Σ messages_inbound};
   *   <li>{@code resolution_rate = max(0, Σ conversations_closed − Σ handoff_count) / Σ
   *       conversations_closed};
   *   <li>{@code transaction_fees_collected = total_revenue × transactionFeePercentage / 100}.
   * </ul>
   *
   * Days whose {@code avg_confidence} (resp. {@code avg_response_time_seconds}) is absent count in
   * neither sum of that average. Money and averages are rounded HALF_EVEN to 2 decimals, rates and
   * {@code avg_ai_confidence} (a share, like the rates) to 4; a zero denominator gives 0, so an
   * empty list gives zeros. The feedback figures and {@code cart_abandonment_rate} stay null: daily
   * analytics do not carry them.
   *
   * @param period the month
   * @param tenant the tenant
   * @param days the month's daily analytics, in any order, each date at most once; may be empty
   * @param transactionFeePercentage the tenant's tier {@code transaction_fee_percentage}
   * @return the month's metrics
   * @throws NullPointerException if an argument or an element of {@code days} is null
   * @throws IllegalArgumentException naming the day, when a day lies outside {@code period},
   *     belongs to another tenant, or repeats a date
   * @throws ArithmeticException if a sum of counts overflows a {@code long}
   */
  public static PerformanceMetrics rollUp(
      YearMonth period,
      TenantId tenant,
      List<DailyAnalytics> days,
      BigDecimal transactionFeePercentage) {
    Checks.notNull(period, "period");
    Checks.notNull(tenant, "tenant_id");
    Checks.notNull(transactionFeePercentage, "transaction_fee_percentage");
    List<DailyAnalytics> checked = Checks.copyOf(Checks.notNull(days, "days"), "days");
    requireSameMonthAndTenant(period, tenant, checked);
    Totals t = new Totals();
    for (DailyAnalytics day : checked) {
      t.add(day);
    }
    return new PerformanceMetrics(
        period,
        tenant,
        Figures.rate(Figures.ratio(BigDecimal.valueOf(t.ordersCreated), t.conversationsStarted)),
        Figures.rate(Figures.ratio(BigDecimal.valueOf(t.ordersCreated), t.messagesInbound)),
        null,
        null,
        null,
        null,
        null,
        Figures.rate(Figures.ratio(t.weightedConfidence, t.confidenceWeight)),
        Figures.rate(Figures.ratio(BigDecimal.valueOf(t.handoffCount), t.conversationsActive)),
        Figures.rate(
            Figures.ratio(
                BigDecimal.valueOf(
                    Math.max(0, Math.subtractExact(t.conversationsClosed, t.handoffCount))),
                t.conversationsClosed)),
        Figures.money(Figures.ratio(t.weightedResponseTime, t.responseTimeWeight)),
        Figures.money(t.revenue),
        t.ordersCreated,
        Figures.money(Figures.ratio(t.revenue, t.ordersCreated)),
        Figures.money(fee(t.revenue, transactionFeePercentage)));
  }

  private static void requireSameMonthAndTenant(
      YearMonth period, TenantId tenant, List<DailyAnalytics> days) {
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      DailyAnalytics day = days.get(i);
      Checks.argument(
          YearMonth.from(day.date()).equals(period),
          "days[%d].date (%s) must be in period %s",
          i,
          day.date(),
          period);
      Checks.argument(
          day.tenantId().equals(tenant),
          "days[%d].tenant_id (%s) must be tenant %s",
          i,
          day.tenantId(),
          tenant);
      Checks.argument(
          seen.add(day.date()),
          "days[%d].date (%s) must differ from every earlier day's date",
          i,
          day.date());
    }
  }

  private static @Nullable BigDecimal averageOrderValue(
      @Nullable BigDecimal totalRevenue, @Nullable Long totalOrders) {
    return totalRevenue == null || totalOrders == null
        ? null
        : Figures.ratio(totalRevenue, totalOrders);
  }

  private static BigDecimal fee(BigDecimal revenue, BigDecimal percentage) {
    return revenue.multiply(percentage).movePointLeft(2);
  }

  /** Running sums of a month's days. Counts add exactly (overflow throws). */
  private static final class Totals {
    long messagesInbound;
    long conversationsStarted;
    long conversationsActive;
    long conversationsClosed;
    long handoffCount;
    long ordersCreated;
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal weightedConfidence = BigDecimal.ZERO;
    long confidenceWeight;
    BigDecimal weightedResponseTime = BigDecimal.ZERO;
    long responseTimeWeight;

    void add(DailyAnalytics day) {
      messagesInbound = Math.addExact(messagesInbound, day.messagesInbound());
      conversationsStarted = Math.addExact(conversationsStarted, day.conversationsStarted());
      conversationsActive = Math.addExact(conversationsActive, day.conversationsActive());
      conversationsClosed = Math.addExact(conversationsClosed, day.conversationsClosed());
      handoffCount = Math.addExact(handoffCount, day.handoffCount());
      ordersCreated = Math.addExact(ordersCreated, day.ordersCreated());
      revenue = revenue.add(day.revenue());
      BigDecimal confidence = day.avgConfidence();
      if (confidence != null) {
        weightedConfidence =
            weightedConfidence.add(confidence.multiply(BigDecimal.valueOf(day.aiInteractions())));
        confidenceWeight = Math.addExact(confidenceWeight, day.aiInteractions());
      }
      BigDecimal responseTime = day.avgResponseTimeSeconds();
      if (responseTime != null) {
        weightedResponseTime =
            weightedResponseTime.add(
                responseTime.multiply(BigDecimal.valueOf(day.messagesOutbound())));
        responseTimeWeight = Math.addExact(responseTimeWeight, day.messagesOutbound());
      }
    }
  }

  /**
   * A builder with no parts set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's parts.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .period(period)
        .tenantId(tenantId)
        .conversationToOrderRate(conversationToOrderRate)
        .messageToOrderRate(messageToOrderRate)
        .cartAbandonmentRate(cartAbandonmentRate)
        .avgFeedbackScore(avgFeedbackScore)
        .positiveFeedbackCount(positiveFeedbackCount)
        .negativeFeedbackCount(negativeFeedbackCount)
        .feedbackResponseRate(feedbackResponseRate)
        .avgAiConfidence(avgAiConfidence)
        .handoffRate(handoffRate)
        .resolutionRate(resolutionRate)
        .avgResponseTimeSeconds(avgResponseTimeSeconds)
        .totalRevenue(totalRevenue)
        .totalOrders(totalOrders)
        .avgOrderValue(avgOrderValue)
        .transactionFeesCollected(transactionFeesCollected);
  }

  /**
   * Builds a {@link PerformanceMetrics}; {@link #build()} applies the constructor's checks. Not
   * thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable YearMonth period;
    private @Nullable TenantId tenantId;
    private @Nullable BigDecimal conversationToOrderRate;
    private @Nullable BigDecimal messageToOrderRate;
    private @Nullable BigDecimal cartAbandonmentRate;
    private @Nullable BigDecimal avgFeedbackScore;
    private @Nullable Long positiveFeedbackCount;
    private @Nullable Long negativeFeedbackCount;
    private @Nullable BigDecimal feedbackResponseRate;
    private @Nullable BigDecimal avgAiConfidence;
    private @Nullable BigDecimal handoffRate;
    private @Nullable BigDecimal resolutionRate;
    private @Nullable BigDecimal avgResponseTimeSeconds;
    private @Nullable BigDecimal totalRevenue;
    private @Nullable Long totalOrders;
    private @Nullable BigDecimal avgOrderValue;
    private @Nullable BigDecimal transactionFeesCollected;

    private Builder() {}

    /**
     * Sets {@code period} (required).
     *
     * @param period the value
     * @return this builder
     */
    public Builder period(@Nullable YearMonth period) {
      this.period = period;
      return this;
    }

    /**
     * Sets {@code tenant_id} (required).
     *
     * @param tenantId the value
     * @return this builder
     */
    public Builder tenantId(@Nullable TenantId tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * Sets {@code conversation_to_order_rate}.
     *
     * @param conversationToOrderRate the value
     * @return this builder
     */
    public Builder conversationToOrderRate(@Nullable BigDecimal conversationToOrderRate) {
      this.conversationToOrderRate = conversationToOrderRate;
      return this;
    }

    /**
     * Sets {@code message_to_order_rate}.
     *
     * @param messageToOrderRate the value
     * @return this builder
     */
    public Builder messageToOrderRate(@Nullable BigDecimal messageToOrderRate) {
      this.messageToOrderRate = messageToOrderRate;
      return this;
    }

    /**
     * Sets {@code cart_abandonment_rate}.
     *
     * @param cartAbandonmentRate the value
     * @return this builder
     */
    public Builder cartAbandonmentRate(@Nullable BigDecimal cartAbandonmentRate) {
      this.cartAbandonmentRate = cartAbandonmentRate;
      return this;
    }

    /**
     * Sets {@code avg_feedback_score}.
     *
     * @param avgFeedbackScore the value
     * @return this builder
     */
    public Builder avgFeedbackScore(@Nullable BigDecimal avgFeedbackScore) {
      this.avgFeedbackScore = avgFeedbackScore;
      return this;
    }

    /**
     * Sets {@code positive_feedback_count}.
     *
     * @param positiveFeedbackCount the value
     * @return this builder
     */
    public Builder positiveFeedbackCount(@Nullable Long positiveFeedbackCount) {
      this.positiveFeedbackCount = positiveFeedbackCount;
      return this;
    }

    /**
     * Sets {@code negative_feedback_count}.
     *
     * @param negativeFeedbackCount the value
     * @return this builder
     */
    public Builder negativeFeedbackCount(@Nullable Long negativeFeedbackCount) {
      this.negativeFeedbackCount = negativeFeedbackCount;
      return this;
    }

    /**
     * Sets {@code feedback_response_rate}.
     *
     * @param feedbackResponseRate the value
     * @return this builder
     */
    public Builder feedbackResponseRate(@Nullable BigDecimal feedbackResponseRate) {
      this.feedbackResponseRate = feedbackResponseRate;
      return this;
    }

    /**
     * Sets {@code avg_ai_confidence}.
     *
     * @param avgAiConfidence the value
     * @return this builder
     */
    public Builder avgAiConfidence(@Nullable BigDecimal avgAiConfidence) {
      this.avgAiConfidence = avgAiConfidence;
      return this;
    }

    /**
     * Sets {@code handoff_rate}.
     *
     * @param handoffRate the value
     * @return this builder
     */
    public Builder handoffRate(@Nullable BigDecimal handoffRate) {
      this.handoffRate = handoffRate;
      return this;
    }

    /**
     * Sets {@code resolution_rate}.
     *
     * @param resolutionRate the value
     * @return this builder
     */
    public Builder resolutionRate(@Nullable BigDecimal resolutionRate) {
      this.resolutionRate = resolutionRate;
      return this;
    }

    /**
     * Sets {@code avg_response_time_seconds}.
     *
     * @param avgResponseTimeSeconds the value
     * @return this builder
     */
    public Builder avgResponseTimeSeconds(@Nullable BigDecimal avgResponseTimeSeconds) {
      this.avgResponseTimeSeconds = avgResponseTimeSeconds;
      return this;
    }

    /**
     * Sets {@code total_revenue}.
     *
     * @param totalRevenue the value
     * @return this builder
     */
    public Builder totalRevenue(@Nullable BigDecimal totalRevenue) {
      this.totalRevenue = totalRevenue;
      return this;
    }

    /**
     * Sets {@code total_orders}.
     *
     * @param totalOrders the value
     * @return this builder
     */
    public Builder totalOrders(@Nullable Long totalOrders) {
      this.totalOrders = totalOrders;
      return this;
    }

    /**
     * Sets {@code avg_order_value}; null derives it.
     *
     * @param avgOrderValue the value
     * @return this builder
     */
    public Builder avgOrderValue(@Nullable BigDecimal avgOrderValue) {
      this.avgOrderValue = avgOrderValue;
      return this;
    }

    /**
     * Sets {@code transaction_fees_collected}.
     *
     * @param transactionFeesCollected the value
     * @return this builder
     */
    public Builder transactionFeesCollected(@Nullable BigDecimal transactionFeesCollected) {
      this.transactionFeesCollected = transactionFeesCollected;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws NullPointerException naming the first missing required field ({@code period}, {@code
     *     tenant_id})
     */
    public PerformanceMetrics build() {
      return new PerformanceMetrics(
          Checks.notNull(period, "period"),
          Checks.notNull(tenantId, "tenant_id"),
          conversationToOrderRate,
          messageToOrderRate,
          cartAbandonmentRate,
          avgFeedbackScore,
          positiveFeedbackCount,
          negativeFeedbackCount,
          feedbackResponseRate,
          avgAiConfidence,
          handoffRate,
          resolutionRate,
          avgResponseTimeSeconds,
          totalRevenue,
          totalOrders,
          avgOrderValue,
          transactionFeesCollected);
    }
  }
}
