package com.wabotiq.metering;

import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.internal.Checks;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.tenant.Tenant;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What {@link UsageMeter#consume} did: the outcome, whether quota was taken and on what {@link
 * Basis basis} (the store, a local allowance while the store was down, or nothing because the
 * store was down), and the {@link Decision} of {@link Limits#check} behind it.
 *
 * <p>Immutable and thread-safe, apart from being refunded at most once.
 *
 * @since 0.1.0
 */
public final class Consumption {
  /** On what a consumption was decided. */
  public enum Basis {
    /** The store's counters: consumed in one atomic step with the check, or read for a refusal. */
    STORE,
    /** The request alone: it touches no counter, or no tier was found, so no counter was read. */
    REQUEST,
    /** The store was down and the policy fails open: consumed from this meter's allowance. */
    LOCAL_ALLOWANCE,
    /**
     * The store was down: refused because the policy fails closed or the allowance is spent, or
     * refused or deferred on the request alone without its counters.
     */
    STORE_UNAVAILABLE
  }

  private static final VarHandle REFUNDED;
  private static final VarHandle DECISION;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      REFUNDED = lookup.findVarHandle(Consumption.class, "refunded", boolean.class);
      DECISION = lookup.findVarHandle(Consumption.class, "decision", Decision.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final UsageMeter meter;
  private final Decision.Outcome outcome;
  private final Basis basis;
  private final Tenant tenant;
  private final Usage request;
  /** Period keys by metric ordinal; null when no counter was touched. */
  private final String @Nullable [] keys;

  private final long before0;
  private final long before1;
  private final long before2;
  private final long before3;
  private final long before4;
  private final boolean consumed;
  private final @Nullable StorageException storeFailure;

  /** The decision when it was known as the consumption was made; else made lazily. */
  private final @Nullable Decision given;

  /** Set once, when made lazily from the charge's totals. */
  @SuppressWarnings("unused") // accessed through DECISION
  private volatile @Nullable Decision decision;

  @SuppressWarnings("unused") // accessed through REFUNDED
  private volatile boolean refunded;

  /** A consumption on a charge's counters (or on none when {@code charge} is null). */
  Consumption(
      UsageMeter meter,
      Decision.Outcome outcome,
      Basis basis,
      Tenant tenant,
      Usage request,
      @Nullable Charge charge,
      boolean consumed,
      @Nullable Decision decision,
      @Nullable StorageException storeFailure) {
    this.meter = meter;
    this.outcome = outcome;
    this.basis = basis;
    this.tenant = tenant;
    this.request = request;
    this.keys = charge == null ? null : charge.keys;
    this.before0 = charge == null ? 0 : charge.before(0);
    this.before1 = charge == null ? 0 : charge.before(1);
    this.before2 = charge == null ? 0 : charge.before(2);
    this.before3 = charge == null ? 0 : charge.before(3);
    this.before4 = charge == null ? 0 : charge.before(4);
    this.consumed = consumed;
    this.given = decision;
    this.storeFailure = storeFailure;
  }

  /** A consumption on the store's counters of a request that touches one: the meter's fast path. */
  Consumption(
      UsageMeter meter,
      boolean added,
      Tenant tenant,
      Usage request,
      String[] keys,
      int metric,
      long before) {
    this.meter = meter;
    this.outcome = added ? Decision.Outcome.ALLOWED : Decision.Outcome.REFUSED;
    this.basis = Basis.STORE;
    this.tenant = tenant;
    this.request = request;
    this.keys = keys;
    this.before0 = metric == 0 ? before : 0;
    this.before1 = metric == 1 ? before : 0;
    this.before2 = metric == 2 ? before : 0;
    this.before3 = metric == 3 ? before : 0;
    this.before4 = metric == 4 ? before : 0;
    this.consumed = added;
    this.given = null;
    this.storeFailure = null;
  }

  private long before(int metric) {
    return switch (metric) {
      case 0 -> before0;
      case 1 -> before1;
      case 2 -> before2;
      case 3 -> before3;
      default -> before4;
    };
  }

  /**
   * The outcome: allowed (and consumed), deferred until the end of quiet hours (nothing consumed:
   * consume again when sending), or refused (nothing consumed).
   *
   * @return the outcome
   */
  public Decision.Outcome outcome() {
    return outcome;
  }

  /**
   * Whether the request may go ahead now; its quota has then been consumed.
   *
   * @return true when the outcome is {@link Decision.Outcome#ALLOWED}
   */
  public boolean isAllowed() {
    return outcome == Decision.Outcome.ALLOWED;
  }

  /**
   * On what the outcome was decided.
   *
   * @return the basis
   */
  public Basis basis() {
    return basis;
  }

  /**
   * Whether quota was taken (in the store or from the local allowance); {@link
   * UsageMeter#refund} gives it back.
   *
   * @return true when something was consumed
   */
  public boolean isConsumed() {
    return consumed;
  }

  /**
   * Why the store could not be used, when it could not.
   *
   * @return the store's failure, or empty
   */
  public Optional<StorageException> storeFailure() {
    return Optional.ofNullable(storeFailure);
  }

  /**
   * The decision of {@link Limits#check} on the request with the counters it touches as they stood
   * just before it (in the same atomic step as the consumption, on basis {@link Basis#STORE});
   * counters the request does not touch are not read and count as zero, and when the store was
   * down every counter counts as zero. Its billing schedule is the request's, or calendar months
   * when the request carries none.
   *
   * <p>The decision's outcome is the consumption's, except when the store's being down refused a
   * request the decision alone would allow, or an unlimited counter's total would have passed
   * {@link Long#MAX_VALUE}.
   *
   * @return the decision, never null
   */
  public Decision decision() {
    if (given != null) {
      return given;
    }
    Decision made = (Decision) DECISION.getAcquire(this);
    if (made == null) {
      made = Limits.check(tenant, withCounters());
      DECISION.setRelease(this, made);
    }
    return made;
  }

  /** The request with its billing schedule and the touched counters' totals before it. */
  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  Usage withCounters() {
    BillingSchedule billing = request.billing();
    Usage.Builder b =
        request.toBuilder().billing(billing != null ? billing : UsageMeter.CALENDAR_MONTHS);
    if (keys != null && basis == Basis.STORE) {
      b.messagesThisPeriod(before(Metric.MONTHLY_MESSAGES.ordinal()))
          .outboundToday(before(Metric.MAX_DAILY_OUTBOUND.ordinal()))
          .campaignSendsThisPeriod(before(Metric.MAX_CAMPAIGN_SENDS.ordinal()))
          .products(before(Metric.MAX_PRODUCTS.ordinal()))
          .services(before(Metric.MAX_SERVICES.ordinal()));
    }
    return b.build();
  }

  /**
   * What remains of a limit the request touches, from the store's counters: after the request
   * when it was allowed, as it stood otherwise.
   *
   * @param metric the limit
   * @return the remaining amount; empty when the limit is unlimited, the request does not touch
   *     it, or the counters were not read
   * @throws NullPointerException if {@code metric} is null
   */
  public OptionalLong remaining(Metric metric) {
    Checks.notNull(metric, "metric");
    if (keys == null || basis != Basis.STORE || request.requested(metric) == 0) {
      return OptionalLong.empty();
    }
    return decision().remaining(metric);
  }

  /**
   * Every reason for a refusal, in words free of secrets: the decision's reasons; {@code "store
   * unavailable"} when the store's failure refused; and, when an unlimited counter refused because
   * its total would pass {@link Long#MAX_VALUE}, that.
   *
   * @return the reasons separated by {@code "; "}, or an empty string when nothing refused
   */
  public String reasons() {
    if (outcome == Decision.Outcome.REFUSED && decision().outcome() != Decision.Outcome.REFUSED) {
      return basis == Basis.STORE_UNAVAILABLE
          ? "store unavailable"
          : "a counter's total would pass " + Long.MAX_VALUE;
    }
    return outcome == Decision.Outcome.ALLOWED ? "" : decision().reasons();
  }

  UsageMeter meter() {
    return meter;
  }

  /** The charge this consumption made, made again for a refund; null when it touched nothing. */
  @Nullable Charge charge() {
    String[] k = keys;
    SubscriptionTier tier = Limits.tierFor(tenant, request);
    if (k == null || tier == null) {
      return null;
    }
    Charge charge = Charge.of(tenant.id().value(), k, null, request, tier.limits());
    for (int m = 0; m < Charge.SIZE; m++) {
      charge.setBefore(m, before(m));
    }
    return charge;
  }


  /** Marks this consumption refunded; false when it already was. */
  boolean markRefunded() {
    return REFUNDED.compareAndSet(this, false, true);
  }

  /**
   * A description of the outcome, basis and reasons.
   *
   * @return e.g. {@code Consumption[ALLOWED on STORE]} or {@code Consumption[REFUSED on STORE:
   *     monthly_messages limit 1000 used 1000 requested 1]}
   */
  @Override
  public String toString() {
    String reasons = reasons();
    String until =
        outcome == Decision.Outcome.DEFERRED
            ? decision().deferredUntil().map(i -> " until " + i).orElse("")
            : "";
    return "Consumption["
        + outcome
        + until
        + " on "
        + basis
        + (reasons.isEmpty() ? "" : ": " + reasons)
        + "]";
  }
}
