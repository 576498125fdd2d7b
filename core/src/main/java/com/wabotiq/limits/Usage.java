package com.wabotiq.limits;

import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Limits#check} decides on: the instant of the request, the tenant's counters as they
 * stand at that instant, optionally the tier and billing schedule, and what the caller is about to
 * do (send, create products or services, use A/B variants, enable payments or custom branding,
 * write through the API).
 *
 * <p>Made with {@link #at(Instant)}: {@code Usage.at(now).messagesThisPeriod(999).send(REPLY,
 * 1).build()}. Every counter and request defaults to zero or false; the warning share defaults to
 * {@link #DEFAULT_WARNING_SHARE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Usage {
  /** The default share of a limit at which a warning is given: 0.8 (80 %). */
  public static final double DEFAULT_WARNING_SHARE = 0.8;

  private final Instant at;
  private final long messagesThisPeriod;
  private final long outboundToday;
  private final long campaignSendsThisPeriod;
  private final long products;
  private final long services;
  private final @Nullable SubscriptionTier tier;
  private final @Nullable BillingSchedule billing;
  private final @Nullable SendKind sendKind;
  private final long recipients;
  private final long createProducts;
  private final long createServices;
  private final int abVariants;
  private final boolean enablePayments;
  private final boolean enableCustomBranding;
  private final boolean apiWrite;
  private final double warningShare;
  private final Decision allowed;

  /** What the request adds to each metric, by ordinal: worked out once, read on every check. */
  private final long[] requestedByMetric;

  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  private Usage(Builder b) {
    this.at = b.at;
    this.messagesThisPeriod = b.messagesThisPeriod;
    this.outboundToday = b.outboundToday;
    this.campaignSendsThisPeriod = b.campaignSendsThisPeriod;
    this.products = b.products;
    this.services = b.services;
    this.tier = b.tier;
    this.billing = b.billing;
    this.sendKind = b.sendKind;
    this.recipients = b.recipients;
    this.createProducts = b.createProducts;
    this.createServices = b.createServices;
    this.abVariants = b.abVariants;
    this.enablePayments = b.enablePayments;
    this.enableCustomBranding = b.enableCustomBranding;
    this.apiWrite = b.apiWrite;
    this.warningShare = b.warningShare;
    this.allowed = new Decision(this);
    boolean outbound = sendKind == SendKind.NOTIFICATION || sendKind == SendKind.CAMPAIGN;
    long[] requested = new long[Metric.values().length];
    requested[Metric.MONTHLY_MESSAGES.ordinal()] = recipients;
    requested[Metric.MAX_DAILY_OUTBOUND.ordinal()] = outbound ? recipients : 0;
    requested[Metric.MAX_CAMPAIGN_SENDS.ordinal()] = sendKind == SendKind.CAMPAIGN ? recipients : 0;
    requested[Metric.MAX_PRODUCTS.ordinal()] = createProducts;
    requested[Metric.MAX_SERVICES.ordinal()] = createServices;
    this.requestedByMetric = requested;
  }

  /**
   * A builder holding everything this usage holds, to make a changed copy.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(at);
    b.messagesThisPeriod = messagesThisPeriod;
    b.outboundToday = outboundToday;
    b.campaignSendsThisPeriod = campaignSendsThisPeriod;
    b.products = products;
    b.services = services;
    b.tier = tier;
    b.billing = billing;
    b.sendKind = sendKind;
    b.recipients = recipients;
    b.createProducts = createProducts;
    b.createServices = createServices;
    b.abVariants = abVariants;
    b.enablePayments = enablePayments;
    b.enableCustomBranding = enableCustomBranding;
    b.apiWrite = apiWrite;
    b.warningShare = warningShare;
    return b;
  }

  /**
   * The decision {@link Limits#check} returns when it allows this usage, made with the usage so
   * that the check itself allocates nothing.
   */
  Decision allowedDecision() {
    return allowed;
  }

  /**
   * A builder for a request at {@code at}.
   *
   * @param at the instant of the request: the only time {@link Limits} uses
   * @return a new builder with every counter and request at zero or false
   * @throws NullPointerException if {@code at} is null
   */
  public static Builder at(Instant at) {
    return new Builder(Checks.notNull(at, "at"));
  }

  /**
   * The instant of the request.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return at;
  }

  /**
   * Outbound messages counted in the current billing period.
   *
   * @return the counter, zero or more
   */
  public long messagesThisPeriod() {
    return messagesThisPeriod;
  }

  /**
   * Business-initiated messages counted on the current tenant-local day.
   *
   * @return the counter, zero or more
   */
  public long outboundToday() {
    return outboundToday;
  }

  /**
   * Campaign sends (per recipient) counted in the current billing period.
   *
   * @return the counter, zero or more
   */
  public long campaignSendsThisPeriod() {
    return campaignSendsThisPeriod;
  }

  /**
   * Products that exist.
   *
   * @return the count, zero or more
   */
  public long products() {
    return products;
  }

  /**
   * Services that exist.
   *
   * @return the count, zero or more
   */
  public long services() {
    return services;
  }

  /**
   * The tier to check against, when the caller gave one.
   *
   * @return the tier, or null for the built-in tier of the tenant's {@code subscription_tier_id}
   */
  public @Nullable SubscriptionTier tier() {
    return tier;
  }

  /**
   * The billing schedule that gives the period reset, when the caller gave one.
   *
   * @return the schedule, or null when none was given
   */
  public @Nullable BillingSchedule billing() {
    return billing;
  }

  /**
   * The kind of message about to be sent.
   *
   * @return the kind, or null when the request sends nothing
   */
  public @Nullable SendKind sendKind() {
    return sendKind;
  }

  /**
   * The recipients of the send: one for a reply or notification; zero when nothing is sent.
   *
   * @return the recipients, zero or more
   */
  public long recipients() {
    return recipients;
  }

  /**
   * Products about to be created.
   *
   * @return the number, zero or more
   */
  public long createProducts() {
    return createProducts;
  }

  /**
   * Services about to be created.
   *
   * @return the number, zero or more
   */
  public long createServices() {
    return createServices;
  }

  /**
   * A/B test variants about to be used.
   *
   * @return the number, zero when none
   */
  public int abVariants() {
    return abVariants;
  }

  /**
   * Whether payment facilitation is about to be enabled or used.
   *
   * @return true when requested
   */
  public boolean enablePayments() {
    return enablePayments;
  }

  /**
   * Whether custom branding is about to be enabled or used.
   *
   * @return true when requested
   */
  public boolean enableCustomBranding() {
    return enableCustomBranding;
  }

  /**
   * Whether an API write is about to be made.
   *
   * @return true when requested
   */
  public boolean apiWrite() {
    return apiWrite;
  }

  /**
   * The share of a limit at which a warning is given.
   *
   * @return the share, greater than 0 and at most 1
   */
  public double warningShare() {
    return warningShare;
  }

  /**
   * The counter of a metric as it stands at the request's instant.
   *
   * @param metric the metric
   * @return the counter, zero or more
   * @throws NullPointerException if {@code metric} is null
   */
  public long used(Metric metric) {
    // An if-chain on the constants rather than a switch, which reads a lookup array per call.
    if (metric == Metric.MONTHLY_MESSAGES) {
      return messagesThisPeriod;
    } else if (metric == Metric.MAX_DAILY_OUTBOUND) {
      return outboundToday;
    } else if (metric == Metric.MAX_CAMPAIGN_SENDS) {
      return campaignSendsThisPeriod;
    } else if (metric == Metric.MAX_PRODUCTS) {
      return products;
    }
    return services;
  }


  /**
   * What the request adds to a metric: the recipients of a send where its kind counts (a reply
   * toward monthly messages; a notification also toward the daily outbound; a campaign toward all
   * three), the products or services about to be created.
   *
   * @param metric the metric
   * @return the amount, zero when the request does not touch the metric
   * @throws NullPointerException if {@code metric} is null
   */
  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  public long requested(Metric metric) {
    return requestedByMetric[metric.ordinal()];
  }

  /**
   * A description of the instant, the counters that are not zero, the request, and the tier,
   * billing schedule and warning share when given; it holds no secret.
   *
   * @return one line, e.g. {@code Usage[at=2025-11-20T09:00:00Z, messagesThisPeriod=799,
   *     send=CAMPAIGN to 50, tier=Starter, billing=monthly from 2025-11-01]}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Usage[at=").append(at);
    nonZero(text, "messagesThisPeriod", messagesThisPeriod);
    nonZero(text, "outboundToday", outboundToday);
    nonZero(text, "campaignSendsThisPeriod", campaignSendsThisPeriod);
    nonZero(text, "products", products);
    nonZero(text, "services", services);
    if (sendKind != null) {
      text.append(", send=").append(sendKind);
      if (sendKind == SendKind.CAMPAIGN) {
        text.append(" to ").append(recipients);
      }
    }
    nonZero(text, "createProducts", createProducts);
    nonZero(text, "createServices", createServices);
    nonZero(text, "abVariants", abVariants);
    if (enablePayments) {
      text.append(", enablePayments");
    }
    if (enableCustomBranding) {
      text.append(", enableCustomBranding");
    }
    if (apiWrite) {
      text.append(", apiWrite");
    }
    if (tier != null) {
      text.append(", tier=").append(tier.name());
    }
    if (billing != null) {
      text.append(", billing=")
          .append(billing.cycle().wireValue())
          .append(" from ")
          .append(billing.start());
    }
    if (warningShare != DEFAULT_WARNING_SHARE) {
      text.append(", warningShare=").append(warningShare);
    }
    return text.append(']').toString();
  }

  private static void nonZero(StringBuilder text, String name, long value) {
    if (value != 0) {
      text.append(", ").append(name).append('=').append(value);
    }
  }

  /**
   * Builds a {@link Usage}. Not thread-safe; each {@link #build()} returns an independent value.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Instant at;
    private long messagesThisPeriod;
    private long outboundToday;
    private long campaignSendsThisPeriod;
    private long products;
    private long services;
    private @Nullable SubscriptionTier tier;
    private @Nullable BillingSchedule billing;
    private @Nullable SendKind sendKind;
    private long recipients;
    private long createProducts;
    private long createServices;
    private int abVariants;
    private boolean enablePayments;
    private boolean enableCustomBranding;
    private boolean apiWrite;
    private double warningShare = DEFAULT_WARNING_SHARE;

    private Builder(Instant at) {
      this.at = at;
    }

    private static long count(long value, String name) {
      Checks.argument(value >= 0, "%s (%d) must be zero or more", name, value);
      return value;
    }

    /**
     * Sets the outbound messages counted in the current billing period.
     *
     * @param value the counter, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder messagesThisPeriod(long value) {
      this.messagesThisPeriod = count(value, "messages_this_period");
      return this;
    }

    /**
     * Sets the business-initiated messages counted on the current tenant-local day.
     *
     * @param value the counter, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder outboundToday(long value) {
      this.outboundToday = count(value, "outbound_today");
      return this;
    }

    /**
     * Sets the campaign sends counted in the current billing period.
     *
     * @param value the counter, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder campaignSendsThisPeriod(long value) {
      this.campaignSendsThisPeriod = count(value, "campaign_sends_this_period");
      return this;
    }

    /**
     * Sets the number of products that exist.
     *
     * @param value the count, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder products(long value) {
      this.products = count(value, "products");
      return this;
    }

    /**
     * Sets the number of services that exist.
     *
     * @param value the count, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder services(long value) {
      this.services = count(value, "services");
      return this;
    }

    /**
     * Sets the tier to check against, instead of the built-in tier of the tenant's {@code
     * subscription_tier_id}.
     *
     * @param value the tier, or null for the tenant's built-in tier
     * @return this builder
     */
    public Builder tier(@Nullable SubscriptionTier value) {
      this.tier = value;
      return this;
    }

    /**
     * Sets the billing schedule that gives the reset of the per-period limits.
     *
     * @param value the schedule, or null for none (the period reset is then unknown)
     * @return this builder
     */
    public Builder billing(@Nullable BillingSchedule value) {
      this.billing = value;
      return this;
    }

    /**
     * Sets the message about to be sent.
     *
     * @param kind the kind of message
     * @param recipients the recipients: exactly 1 for a reply or notification, 1 or more for a
     *     campaign
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if {@code recipients} does not fit {@code kind}
     */
    public Builder send(SendKind kind, long recipients) {
      Checks.notNull(kind, "kind");
      if (kind == SendKind.CAMPAIGN) {
        Checks.argument(
            recipients >= 1, "recipients (%d) must be at least 1 for a campaign", recipients);
      } else {
        Checks.argument(
            recipients == 1, "recipients (%d) must be exactly 1 for a %s send", recipients, kind);
      }
      this.sendKind = kind;
      this.recipients = recipients;
      return this;
    }

    /**
     * Sets a message to one recipient about to be sent: {@code send(kind, 1)}.
     *
     * @param kind the kind of message
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder send(SendKind kind) {
      return send(kind, 1);
    }

    /**
     * Sets the number of products about to be created.
     *
     * @param value the number, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder createProducts(long value) {
      this.createProducts = count(value, "create_products");
      return this;
    }

    /**
     * Sets the number of services about to be created.
     *
     * @param value the number, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder createServices(long value) {
      this.createServices = count(value, "create_services");
      return this;
    }

    /**
     * Sets the number of A/B test variants about to be used.
     *
     * @param value the number, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder abVariants(int value) {
      Checks.argument(value >= 0, "ab_variants (%d) must be zero or more", value);
      this.abVariants = value;
      return this;
    }

    /**
     * Marks that payment facilitation is about to be enabled or used.
     *
     * @return this builder
     */
    public Builder enablePayments() {
      this.enablePayments = true;
      return this;
    }

    /**
     * Marks that custom branding is about to be enabled or used.
     *
     * @return this builder
     */
    public Builder enableCustomBranding() {
      this.enableCustomBranding = true;
      return this;
    }

    /**
     * Marks that an API write is about to be made.
     *
     * @return this builder
     */
    public Builder apiWrite() {
      this.apiWrite = true;
      return this;
    }

    /**
     * Sets the share of a limit at which a warning is given, compared as its shortest decimal form
     * ({@code 0.8} is exactly 80 %).
     *
     * @param value the share, greater than 0 and at most 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not in (0, 1]
     */
    public Builder warningShare(double value) {
      Checks.argument(
          value > 0 && value <= 1, "warning_share (%s) must be above 0 and at most 1", value);
      this.warningShare = value;
      return this;
    }

    /**
     * Builds the usage.
     *
     * @return the immutable usage
     */
    public Usage build() {
      return new Usage(this);
    }
  }
}
