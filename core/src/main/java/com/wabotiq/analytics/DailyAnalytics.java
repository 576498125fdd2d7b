package com.wabotiq.analytics;

import com.wabotiq.internal.Checks;
import com.wabotiq.internal.Figures;
import com.wabotiq.types.DerivedFigure;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's activity on one tenant-local day: messages, conversations, orders, appointments, AI
 * agent use and customers.
 *
 * <p>Four figures are derived, computed by the constructor when absent and kept as stated otherwise
 * (the reference's values in brackets):
 *
 * <ul>
 *   <li>{@code messages_total = messages_inbound + messages_outbound} (450 + 520 = 970);
 *   <li>{@code handoff_rate = handoff_count / conversations_active}, 4 decimals (5 / 120 = 0.0417,
 *       stated as 0.04);
 *   <li>{@code avg_order_value = revenue / orders_created}, 2 decimals (18,000.00 / 12 = 1,500.00);
 *   <li>{@code active_customers = new_customers + returning_customers} (5 + 40 = 45).
 * </ul>
 *
 * A zero denominator gives 0. So every derived figure is non-null after construction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the tenant-local day, never null
 * @param tenantId the tenant, never null
 * @param messagesInbound messages received from customers
 * @param messagesOutbound messages sent to customers
 * @param messagesTotal all messages, stated or derived; never null after construction
 * @param avgResponseTimeSeconds mean time to answer an inbound message, in seconds; null if absent
 * @param conversationsStarted conversations opened this day
 * @param conversationsActive conversations with any activity this day
 * @param conversationsClosed conversations closed this day
 * @param handoffCount conversations handed to a human this day
 * @param handoffRate share of active conversations handed off, 0 to 1, stated or derived; never
 *     null after construction
 * @param ordersCreated orders placed
 * @param ordersCompleted orders completed
 * @param ordersCanceled orders canceled
 * @param revenue revenue of the day's orders, never null
 * @param avgOrderValue revenue per order created, stated or derived; never null after construction
 * @param appointmentsBooked appointments booked
 * @param appointmentsCompleted appointments completed
 * @param appointmentsCanceled appointments canceled
 * @param appointmentRevenue revenue of the day's appointments; null if absent
 * @param aiInteractions answers given by the AI agent
 * @param avgConfidence mean confidence of those answers, 0 to 1; null if absent
 * @param lowConfidenceCount answers below the tenant's confidence threshold
 * @param totalTokensUsed LLM tokens used
 * @param totalAiCost cost of those tokens, in the platform's billing currency; null if absent
 * @param newCustomers customers whose first contact was this day
 * @param returningCustomers customers who came back this day
 * @param activeCustomers customers active this day, stated or derived; never null after
 *     construction
 * @since 0.1.0
 */
public record DailyAnalytics(
    LocalDate date,
    TenantId tenantId,
    long messagesInbound,
    long messagesOutbound,
    @Nullable Long messagesTotal,
    @Nullable BigDecimal avgResponseTimeSeconds,
    long conversationsStarted,
    long conversationsActive,
    long conversationsClosed,
    long handoffCount,
    @Nullable BigDecimal handoffRate,
    long ordersCreated,
    long ordersCompleted,
    long ordersCanceled,
    BigDecimal revenue,
    @Nullable BigDecimal avgOrderValue,
    long appointmentsBooked,
    long appointmentsCompleted,
    long appointmentsCanceled,
    @Nullable BigDecimal appointmentRevenue,
    long aiInteractions,
    @Nullable BigDecimal avgConfidence,
    long lowConfidenceCount,
    long totalTokensUsed,
    @Nullable BigDecimal totalAiCost,
    long newCustomers,
    long returningCustomers,
    @Nullable Long activeCustomers) {

  /**
   * Checks that the required parts are present and derives absent figures.
   *
   * @param date the tenant-local day, never null
   * @param tenantId the tenant, never null
   * @param messagesInbound messages received from customers
   * @param messagesOutbound messages sent to customers
   * @param messagesTotal all messages; null derives it
   * @param avgResponseTimeSeconds mean time to answer an inbound message, in seconds; null if
   *     absent
   * @param conversationsStarted conversations opened this day
   * @param conversationsActive conversations with any activity this day
   * @param conversationsClosed conversations closed this day
   * @param handoffCount conversations handed to a human this day
   * @param handoffRate share of active conversations handed off, 0 to 1; null derives it
   * @param ordersCreated orders placed
   * @param ordersCompleted orders completed
   * @param ordersCanceled orders canceled
   * @param revenue revenue of the day's orders, never null
   * @param avgOrderValue revenue per order created; null derives it
   * @param appointmentsBooked appointments booked
   * @param appointmentsCompleted appointments completed
   * @param appointmentsCanceled appointments canceled
   * @param appointmentRevenue revenue of the day's appointments; null if absent
   * @param aiInteractions answers given by the AI agent
   * @param avgConfidence mean confidence of those answers, 0 to 1; null if absent
   * @param lowConfidenceCount answers below the tenant's confidence threshold
   * @param totalTokensUsed LLM tokens used
   * @param totalAiCost cost of those tokens, in the platform's billing currency; null if absent
   * @param newCustomers customers whose first contact was this day
   * @param returningCustomers customers who came back this day
   * @param activeCustomers customers active this day; null derives it
   * @throws ArithmeticException if a total that must be derived overflows a {@code long}
   * @throws IllegalArgumentException if a decimal is outside the model's rule: at most 500
   *     significant digits and a scale from -500 to 500 (so that JSON reads it back equal)
   */
  public DailyAnalytics {
    Checks.decimal(avgResponseTimeSeconds, "avg_response_time_seconds");
    Checks.decimal(handoffRate, "handoff_rate");
    Checks.decimal(revenue, "revenue");
    Checks.decimal(avgOrderValue, "avg_order_value");
    Checks.decimal(appointmentRevenue, "appointment_revenue");
    Checks.decimal(avgConfidence, "avg_confidence");
    Checks.decimal(totalAiCost, "total_ai_cost");
    Checks.notNull(date, "date");
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(revenue, "revenue");
    if (messagesTotal == null) {
      messagesTotal = Math.addExact(messagesInbound, messagesOutbound);
    }
    if (handoffRate == null) {
      handoffRate =
          Figures.rate(Figures.ratio(BigDecimal.valueOf(handoffCount), conversationsActive));
    }
    if (avgOrderValue == null) {
      avgOrderValue = Figures.money(Figures.ratio(revenue, ordersCreated));
    }
    if (activeCustomers == null) {
      activeCustomers = Math.addExact(newCustomers, returningCustomers);
    }
    Checks.decimal(handoffRate, "handoff_rate");
    Checks.decimal(avgOrderValue, "avg_order_value");
  }

  /**
   * All messages, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code messages_total}, never null
   */
  @Override
  public Long messagesTotal() {
    return Checks.notNull(messagesTotal, "messages_total");
  }

  /**
   * The share of active conversations handed off, 0 to 1, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code handoff_rate}, never null
   */
  @Override
  public BigDecimal handoffRate() {
    return Checks.notNull(handoffRate, "handoff_rate");
  }

  /**
   * Revenue per order created, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code avg_order_value}, never null
   */
  @Override
  public BigDecimal avgOrderValue() {
    return Checks.notNull(avgOrderValue, "avg_order_value");
  }

  /**
   * Customers active this day, stated or derived: the constructor derives it when it is given null.
   *
   * @return {@code active_customers}, never null
   */
  @Override
  public Long activeCustomers() {
    return Checks.notNull(activeCustomers, "active_customers");
  }

  /**
   * The derived figures, each as stated (or derived) and as computed from this day's inputs at full
   * precision.
   *
   * @return {@code messages_total}, {@code handoff_rate}, {@code avg_order_value} and {@code
   *     active_customers}, in that order; totals are computed exactly, without overflow
   */
  public List<DerivedFigure> derivedFigures() {
    return List.of(
        figure("messages_total", messagesTotal, Figures.sum(messagesInbound, messagesOutbound)),
        new DerivedFigure(
            "handoff_rate",
            Checks.notNull(handoffRate, "handoff_rate"),
            Figures.ratio(BigDecimal.valueOf(handoffCount), conversationsActive)),
        new DerivedFigure(
            "avg_order_value",
            Checks.notNull(avgOrderValue, "avg_order_value"),
            Figures.ratio(revenue, ordersCreated)),
        figure("active_customers", activeCustomers, Figures.sum(newCustomers, returningCustomers)));
  }

  private static DerivedFigure figure(String field, @Nullable Long stated, BigDecimal computed) {
    return new DerivedFigure(field, BigDecimal.valueOf(Checks.notNull(stated, field)), computed);
  }

  /**
   * A builder with no required parts set and zero counts.
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
        .date(date)
        .tenantId(tenantId)
        .messagesInbound(messagesInbound)
        .messagesOutbound(messagesOutbound)
        .messagesTotal(messagesTotal)
        .avgResponseTimeSeconds(avgResponseTimeSeconds)
        .conversationsStarted(conversationsStarted)
        .conversationsActive(conversationsActive)
        .conversationsClosed(conversationsClosed)
        .handoffCount(handoffCount)
        .handoffRate(handoffRate)
        .ordersCreated(ordersCreated)
        .ordersCompleted(ordersCompleted)
        .ordersCanceled(ordersCanceled)
        .revenue(revenue)
        .avgOrderValue(avgOrderValue)
        .appointmentsBooked(appointmentsBooked)
        .appointmentsCompleted(appointmentsCompleted)
        .appointmentsCanceled(appointmentsCanceled)
        .appointmentRevenue(appointmentRevenue)
        .aiInteractions(aiInteractions)
        .avgConfidence(avgConfidence)
        .lowConfidenceCount(lowConfidenceCount)
        .totalTokensUsed(totalTokensUsed)
        .totalAiCost(totalAiCost)
        .newCustomers(newCustomers)
        .returningCustomers(returningCustomers)
        .activeCustomers(activeCustomers);
  }

  /**
   * Builds a {@link DailyAnalytics}; {@link #build()} applies the constructor's checks. Not
   * thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable LocalDate date;
    private @Nullable TenantId tenantId;
    private long messagesInbound;
    private long messagesOutbound;
    private @Nullable Long messagesTotal;
    private @Nullable BigDecimal avgResponseTimeSeconds;
    private long conversationsStarted;
    private long conversationsActive;
    private long conversationsClosed;
    private long handoffCount;
    private @Nullable BigDecimal handoffRate;
    private long ordersCreated;
    private long ordersCompleted;
    private long ordersCanceled;
    private @Nullable BigDecimal revenue;
    private @Nullable BigDecimal avgOrderValue;
    private long appointmentsBooked;
    private long appointmentsCompleted;
    private long appointmentsCanceled;
    private @Nullable BigDecimal appointmentRevenue;
    private long aiInteractions;
    private @Nullable BigDecimal avgConfidence;
    private long lowConfidenceCount;
    private long totalTokensUsed;
    private @Nullable BigDecimal totalAiCost;
    private long newCustomers;
    private long returningCustomers;
    private @Nullable Long activeCustomers;

    private Builder() {}

    /**
     * Sets {@code date} (required).
     *
     * @param date the value
     * @return this builder
     */
    public Builder date(@Nullable LocalDate date) {
      this.date = date;
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
     * Sets {@code messages_inbound}.
     *
     * @param messagesInbound the value
     * @return this builder
     */
    public Builder messagesInbound(long messagesInbound) {
      this.messagesInbound = messagesInbound;
      return this;
    }

    /**
     * Sets {@code messages_outbound}.
     *
     * @param messagesOutbound the value
     * @return this builder
     */
    public Builder messagesOutbound(long messagesOutbound) {
      this.messagesOutbound = messagesOutbound;
      return this;
    }

    /**
     * Sets {@code messages_total}; null derives it.
     *
     * @param messagesTotal the value
     * @return this builder
     */
    public Builder messagesTotal(@Nullable Long messagesTotal) {
      this.messagesTotal = messagesTotal;
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
     * Sets {@code conversations_started}.
     *
     * @param conversationsStarted the value
     * @return this builder
     */
    public Builder conversationsStarted(long conversationsStarted) {
      this.conversationsStarted = conversationsStarted;
      return this;
    }

    /**
     * Sets {@code conversations_active}.
     *
     * @param conversationsActive the value
     * @return this builder
     */
    public Builder conversationsActive(long conversationsActive) {
      this.conversationsActive = conversationsActive;
      return this;
    }

    /**
     * Sets {@code conversations_closed}.
     *
     * @param conversationsClosed the value
     * @return this builder
     */
    public Builder conversationsClosed(long conversationsClosed) {
      this.conversationsClosed = conversationsClosed;
      return this;
    }

    /**
     * Sets {@code handoff_count}.
     *
     * @param handoffCount the value
     * @return this builder
     */
    public Builder handoffCount(long handoffCount) {
      this.handoffCount = handoffCount;
      return this;
    }

    /**
     * Sets {@code handoff_rate}; null derives it.
     *
     * @param handoffRate the value
     * @return this builder
     */
    public Builder handoffRate(@Nullable BigDecimal handoffRate) {
      this.handoffRate = handoffRate;
      return this;
    }

    /**
     * Sets {@code orders_created}.
     *
     * @param ordersCreated the value
     * @return this builder
     */
    public Builder ordersCreated(long ordersCreated) {
      this.ordersCreated = ordersCreated;
      return this;
    }

    /**
     * Sets {@code orders_completed}.
     *
     * @param ordersCompleted the value
     * @return this builder
     */
    public Builder ordersCompleted(long ordersCompleted) {
      this.ordersCompleted = ordersCompleted;
      return this;
    }

    /**
     * Sets {@code orders_canceled}.
     *
     * @param ordersCanceled the value
     * @return this builder
     */
    public Builder ordersCanceled(long ordersCanceled) {
      this.ordersCanceled = ordersCanceled;
      return this;
    }

    /**
     * Sets {@code revenue} (required).
     *
     * @param revenue the value
     * @return this builder
     */
    public Builder revenue(@Nullable BigDecimal revenue) {
      this.revenue = revenue;
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
     * Sets {@code appointments_booked}.
     *
     * @param appointmentsBooked the value
     * @return this builder
     */
    public Builder appointmentsBooked(long appointmentsBooked) {
      this.appointmentsBooked = appointmentsBooked;
      return this;
    }

    /**
     * Sets {@code appointments_completed}.
     *
     * @param appointmentsCompleted the value
     * @return this builder
     */
    public Builder appointmentsCompleted(long appointmentsCompleted) {
      this.appointmentsCompleted = appointmentsCompleted;
      return this;
    }

    /**
     * Sets {@code appointments_canceled}.
     *
     * @param appointmentsCanceled the value
     * @return this builder
     */
    public Builder appointmentsCanceled(long appointmentsCanceled) {
      this.appointmentsCanceled = appointmentsCanceled;
      return this;
    }

    /**
     * Sets {@code appointment_revenue}.
     *
     * @param appointmentRevenue the value
     * @return this builder
     */
    public Builder appointmentRevenue(@Nullable BigDecimal appointmentRevenue) {
      this.appointmentRevenue = appointmentRevenue;
      return this;
    }

    /**
     * Sets {@code ai_interactions}.
     *
     * @param aiInteractions the value
     * @return this builder
     */
    public Builder aiInteractions(long aiInteractions) {
      this.aiInteractions = aiInteractions;
      return this;
    }

    /**
     * Sets {@code avg_confidence}.
     *
     * @param avgConfidence the value
     * @return this builder
     */
    public Builder avgConfidence(@Nullable BigDecimal avgConfidence) {
      this.avgConfidence = avgConfidence;
      return this;
    }

    /**
     * Sets {@code low_confidence_count}.
     *
     * @param lowConfidenceCount the value
     * @return this builder
     */
    public Builder lowConfidenceCount(long lowConfidenceCount) {
      this.lowConfidenceCount = lowConfidenceCount;
      return this;
    }

    /**
     * Sets {@code total_tokens_used}.
     *
     * @param totalTokensUsed the value
     * @return this builder
     */
    public Builder totalTokensUsed(long totalTokensUsed) {
      this.totalTokensUsed = totalTokensUsed;
      return this;
    }

    /**
     * Sets {@code total_ai_cost}.
     *
     * @param totalAiCost the value
     * @return this builder
     */
    public Builder totalAiCost(@Nullable BigDecimal totalAiCost) {
      this.totalAiCost = totalAiCost;
      return this;
    }

    /**
     * Sets {@code new_customers}.
     *
     * @param newCustomers the value
     * @return this builder
     */
    public Builder newCustomers(long newCustomers) {
      this.newCustomers = newCustomers;
      return this;
    }

    /**
     * Sets {@code returning_customers}.
     *
     * @param returningCustomers the value
     * @return this builder
     */
    public Builder returningCustomers(long returningCustomers) {
      this.returningCustomers = returningCustomers;
      return this;
    }

    /**
     * Sets {@code active_customers}; null derives it.
     *
     * @param activeCustomers the value
     * @return this builder
     */
    public Builder activeCustomers(@Nullable Long activeCustomers) {
      this.activeCustomers = activeCustomers;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws NullPointerException naming the first missing required field ({@code date}, {@code
     *     tenant_id}, {@code revenue})
     */
    public DailyAnalytics build() {
      return new DailyAnalytics(
          Checks.notNull(date, "date"),
          Checks.notNull(tenantId, "tenant_id"),
          messagesInbound,
          messagesOutbound,
          messagesTotal,
          avgResponseTimeSeconds,
          conversationsStarted,
          conversationsActive,
          conversationsClosed,
          handoffCount,
          handoffRate,
          ordersCreated,
          ordersCompleted,
          ordersCanceled,
          Checks.notNull(revenue, "revenue"),
          avgOrderValue,
          appointmentsBooked,
          appointmentsCompleted,
          appointmentsCanceled,
          appointmentRevenue,
          aiInteractions,
          avgConfidence,
          lowConfidenceCount,
          totalTokensUsed,
          totalAiCost,
          newCustomers,
          returningCustomers,
          activeCustomers);
    }
  }
}
