package com.wabotiq.limits;

import com.wabotiq.billing.BillingPeriod;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.Tenant;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Limits#check} decided: {@link Outcome#ALLOWED allowed}, {@link Outcome#DEFERRED
 * deferred} until the end of quiet hours, or {@link Outcome#REFUSED refused} with every reason at
 * once (the status reason, each violated limit, each refused feature gate).
 *
 * <p>What remains of each limit, when each metered limit resets and which limits warn are computed
 * on demand from the tier's limits, the usage and the tenant's zone that the decision holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Decision {
  /** The three outcomes of a check. */
  public enum Outcome {
    /** The request may go ahead now. */
    ALLOWED,
    /** The request breaks nothing but falls in quiet hours: send at {@link #deferredUntil()}. */
    DEFERRED,
    /** The request is refused: see the status reason, the violations and the refused features. */
    REFUSED
  }

  private static final VarHandle BOUND_TENANT;

  static {
    try {
      BOUND_TENANT =
          MethodHandles.lookup().findVarHandle(Decision.class, "boundTenant", Tenant.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Outcome outcome;
  private final Usage usage;
  /** The tenant decided on; null only in a usage's preallocated allowed decision. */
  private final @Nullable Tenant tenant;
  /**
   * The tenant a usage's preallocated allowed decision is bound to: set once, by compare-and-set,
   * before the decision is handed out; read with acquire semantics.
   */
  @SuppressWarnings("unused") // accessed through BOUND_TENANT
  private volatile @Nullable Tenant boundTenant;

  private final @Nullable Instant deferredUntil;
  private final List<LimitViolation> violations;
  private final List<Feature> refusedFeatures;
  private final @Nullable String statusReason;

  Decision(
      Outcome outcome,
      Usage usage,
      Tenant tenant,
      @Nullable Instant deferredUntil,
      List<LimitViolation> violations,
      List<Feature> refusedFeatures,
      @Nullable String statusReason) {
    this.outcome = outcome;
    this.usage = usage;
    this.tenant = tenant;
    this.deferredUntil = deferredUntil;
    this.violations = violations;
    this.refusedFeatures = refusedFeatures;
    this.statusReason = statusReason;
  }

  /**
   * A usage's own allowed decision, made with the usage and bound to the first tenant it is checked
   * against, so that {@link Limits#check} allocates nothing when it allows.
   */
  Decision(Usage usage) {
    this.outcome = Outcome.ALLOWED;
    this.usage = usage;
    this.tenant = null;
    this.deferredUntil = null;
    this.violations = List.of();
    this.refusedFeatures = List.of();
    this.statusReason = null;
  }

  /**
   * This preallocated allowed decision for {@code target}: itself when it is, or can now be, bound
   * to that very tenant object; otherwise a new allowed decision (the same usage checked against
   * another tenant).
   */
  Decision allowedFor(Tenant target) {
    Object bound = BOUND_TENANT.getAcquire(this);
    if (bound == target || (bound == null && BOUND_TENANT.compareAndSet(this, null, target))) {
      return this;
    }
    return new Decision(Outcome.ALLOWED, usage, target, null, List.of(), List.of(), null);
  }

  /** The tenant decided on. */
  private Tenant tenant() {
    Tenant fixed = tenant;
    return fixed != null ? fixed : (Tenant) BOUND_TENANT.getAcquire(this);
  }

  /** The tier's limits, or null when no tier was found. */
  private @Nullable TierLimits limits() {
    SubscriptionTier tier = Limits.tierFor(tenant(), usage);
    return tier == null ? null : tier.limits();
  }

  /**
   * The outcome.
   *
   * @return allowed, deferred or refused
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Whether the request may go ahead now.
   *
   * @return true when the outcome is {@link Outcome#ALLOWED}
   */
  public boolean isAllowed() {
    return outcome == Outcome.ALLOWED;
  }

  /**
   * When a deferred request may go ahead: the end of the quiet-hours interval it fell in.
   *
   * @return the instant when deferred; empty otherwise
   */
  public Optional<Instant> deferredUntil() {
    return Optional.ofNullable(deferredUntil);
  }

  /**
   * Every limit the request breaks with the counters as they stand, in {@link Metric} order.
   *
   * @return an immutable list, empty when no limit is broken
   */
  public List<LimitViolation> violations() {
    return violations;
  }

  /**
   * Every feature gate that refused, in {@link Feature} order.
   *
   * @return an immutable list, empty when no gate refused
   */
  public List<Feature> refusedFeatures() {
    return refusedFeatures;
  }

  /**
   * Why the tenant may not make the request whatever the counters: {@code tenant_deleted} ({@link
   * Limits#TENANT_DELETED}) for any request of a soft-deleted tenant; otherwise its effective
   * status ({@code trial_expired}, {@code suspended}, {@code canceled} or an unknown raw status)
   * when it may not send; otherwise {@code unknown_tier} when no tier could be found to check
   * against.
   *
   * @return the reason, or empty when none
   */
  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  /**
   * The usage the decision was made on.
   *
   * @return the usage, never null
   */
  public Usage usage() {
    return usage;
  }

  /**
   * The zone used for local times: the tenant's, or UTC when the tenant has none.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return Limits.zoneOf(tenant());
  }

  /**
   * What remains of a limit: after the request when it is allowed, as it stands otherwise; never
   * negative. When the tier is unknown nothing remains of any limit.
   *
   * @param metric the limit
   * @return the remaining amount, or empty when the limit is unlimited
   * @throws NullPointerException if {@code metric} is null
   */
  public OptionalLong remaining(Metric metric) {
    Checks.notNull(metric, "metric");
    TierLimits limits = limits();
    if (limits == null) {
      return OptionalLong.of(0);
    }
    Long limit = metric.limitIn(limits);
    if (limit == null) {
      return OptionalLong.empty();
    }
    long used = usage.used(metric);
    if (used >= limit) {
      return OptionalLong.of(0);
    }
    long left = limit - used;
    if (outcome == Outcome.ALLOWED) {
      left -= Math.min(left, usage.requested(metric));
    }
    return OptionalLong.of(left);
  }

  /**
   * When a metered limit's counter next resets. Monthly messages and campaign sends reset at the
   * end of the billing period, at tenant-local midnight of the period's end date, when the usage
   * carries a {@link BillingSchedule} (before the schedule's start: at the start of its first
   * period); the daily outbound count resets at the next tenant-local midnight. Products and
   * services never reset.
   *
   * @param metric the limit
   * @return the reset instant, or empty when it does not reset or is not known
   * @throws NullPointerException if {@code metric} is null
   */
  public Optional<Instant> resetsAt(Metric metric) {
    Checks.notNull(metric, "metric");
    ZoneId zone = zone();
    TenantTime time;
    switch (metric) {
      case MAX_DAILY_OUTBOUND:
        return Optional.of(TenantTime.of(zone).startOfNextDay(usage.at()));
      case MONTHLY_MESSAGES:
      case MAX_CAMPAIGN_SENDS:
        BillingSchedule billing = usage.billing();
        if (billing == null) {
          return Optional.empty();
        }
        time = TenantTime.of(zone);
        LocalDate today = time.localDate(usage.at());
        if (today.isBefore(billing.start())) {
          return Optional.of(time.startOfDay(billing.start()));
        }
        BillingPeriod period = billing.periodContaining(today);
        return Optional.of(time.startOfDay(period.end()));
      default:
        return Optional.empty();
    }
  }

  /**
   * Each limited metric the request touches whose use after the request reaches the usage's
   * warning share of its limit: {@code used + requested >= share × limit}, compared exactly with
   * the share's shortest decimal form.
   *
   * @return an immutable list in {@link Metric} order, empty when none warns or the tier is unknown
   */
  public List<Metric> warnings() {
    TierLimits limits = limits();
    if (limits == null) {
      return List.of();
    }
    List<Metric> out = new ArrayList<>();
    BigDecimal share = BigDecimal.valueOf(usage.warningShare());
    for (Metric metric : Metric.values()) {
      Long limit = metric.limitIn(limits);
      long requested = usage.requested(metric);
      if (limit == null || requested == 0) {
        continue;
      }
      BigDecimal after = BigDecimal.valueOf(usage.used(metric)).add(BigDecimal.valueOf(requested));
      if (after.compareTo(share.multiply(BigDecimal.valueOf(limit))) >= 0) {
        out.add(metric);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every reason for a refusal, in words free of secrets: the status reason, each violated limit
   * with its limit, use and request, each refused feature.
   *
   * @return the reasons separated by {@code "; "}, or an empty string when nothing refused
   */
  public String reasons() {
    StringBuilder text = new StringBuilder();
    if (statusReason != null) {
      text.append("status ").append(statusReason);
    }
    for (LimitViolation v : violations) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(v.metric().limitName())
          .append(" limit ")
          .append(v.limit())
          .append(" used ")
          .append(v.used())
          .append(" requested ")
          .append(v.requested());
    }
    for (Feature f : refusedFeatures) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append("feature ").append(f.featureName()).append(" not in tier");
    }
    return text.toString();
  }

  /**
   * A description of the outcome and its reasons.
   *
   * @return e.g. {@code Decision[REFUSED: monthly_messages limit 1000 used 1000 requested 1]}
   */
  @Override
  public String toString() {
    String reasons = reasons();
    return "Decision["
        + outcome
        + (deferredUntil != null ? " until " + deferredUntil : "")
        + (reasons.isEmpty() ? "" : ": " + reasons)
        + "]";
  }
}
