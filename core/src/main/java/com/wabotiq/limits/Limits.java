package com.wabotiq.limits;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TierId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a tenant's request against its status, its tier's limits and feature gates, and its quiet
 * hours, exactly as PRODUCT.md's "Status", "Sends", "Limits" and "Local time" say.
 *
 * <p>A limit passes when {@code used + requested <= limit} (the 1000th message of 1000 passes, the
 * 1001st does not), computed without overflow; a null limit is unlimited. Only limits the request
 * touches (requested above zero) are checked: a reply touches {@code monthly_messages}; a
 * notification also {@code max_daily_outbound}; a campaign, per recipient, also {@code
 * max_campaign_sends}; creating products or services touches {@code max_products} or {@code
 * max_services}.
 *
 * <p>Precedence: any request of a soft-deleted tenant, a send by a tenant that may not send, a
 * request on an unknown tier, a request breaking any limit with the counters as they stand, or one
 * refused by a feature gate is {@link
 * Decision.Outcome#REFUSED refused} with every reason at once, even inside quiet hours; otherwise a
 * notification or campaign inside the tenant's quiet hours is {@link Decision.Outcome#DEFERRED
 * deferred} to the end of the interval; otherwise the request is {@link Decision.Outcome#ALLOWED
 * allowed}. A reply is never deferred.
 *
 * <p>Decisions made here:
 *
 * <ul>
 *   <li>The tenant's status refuses sends only: a tenant that may not send can still be checked
 *       for creating products or services or for feature gates.
 *   <li>A soft-deleted tenant may do nothing: once the request's instant is at or after its {@code
 *       deleted_at} (deletion takes effect at that instant; a request dated before it is decided
 *       as if the tenant were not deleted), every request, a send of any kind, creating products
 *       or services, a feature gate, even a request that asks for nothing, is refused with the
 *       reason {@link #TENANT_DELETED}, which takes the place of any status or {@code
 *       unknown_tier} reason; broken limits and refused features are still listed with it.
 *   <li>A {@code trial} tenant is treated as {@code trial_expired} once the request's instant is at
 *       or after its {@code trial_end_date} (the trial is {@code [trial_start_date,
 *       trial_end_date)}), unless {@code subscription_waived} is true; a trial without an end date
 *       does not expire by date.
 *   <li>Without a tier in the usage, the built-in tier of the tenant's {@code subscription_tier_id}
 *       is used; when there is none the request is refused with the reason {@code unknown_tier}
 *       (after the status reason, which takes precedence when the tenant may not send).
 *   <li>API writes are refused unless the tier's {@code api_access} is {@code full}: a {@code read}
 *       tier, and an unknown level, cannot write.
 *   <li>A tenant without a time zone has its local times, quiet hours and daily reset, in UTC.
 * </ul>
 *
 * <p>Pure: no I/O, no clock (the time is {@link Usage#at()}), thread-safe. An allowed request
 * allocates nothing: the decision returned is one the usage made when it was built, bound to the
 * first tenant object it is checked against (checking the same usage against another tenant makes
 * a new one); and a notification or campaign more than two days from a change of the tenant's UTC
 * offset is placed outside quiet hours by comparing wall-clock times (the zone's current offset
 * span is remembered per zone). Closer to a change, and inside quiet hours, the exact computation
 * runs and allocates.
 *
 * @since 0.1.0
 */
public final class Limits {
  /** The reason given when no tier can be found to check against. */
  public static final String UNKNOWN_TIER = "unknown_tier";

  /**
   * The reason given for every request of a soft-deleted tenant, at or after its {@code
   * deleted_at}.
   */
  public static final String TENANT_DELETED = "tenant_deleted";

  private static final Metric[] METRICS = Metric.values();

  private Limits() {}

  /**
   * Decides on a request.
   *
   * @param tenant the tenant making the request
   * @param usage its counters at the request's instant and what it is about to do
   * @return the decision, never null
   * @throws NullPointerException if {@code tenant} or {@code usage} is null
   * @throws IllegalArgumentException if the quiet hours must be placed around an instant whose
   *     tenant-local date is beyond what {@link java.time.LocalDate} supports
   */
  public static Decision check(Tenant tenant, Usage usage) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(usage, "usage");
    Instant at = usage.at();
    SendKind kind = usage.sendKind();

    String statusReason =
        isDeletedAt(tenant, at) ? TENANT_DELETED : kind == null ? null : sendRefusal(tenant, at);
    SubscriptionTier tier = tierFor(tenant, usage);
    if (tier == null) {
      return new Decision(
          Decision.Outcome.REFUSED,
          usage,
          tenant,
          null,
          List.of(),
          List.of(),
          statusReason == null ? UNKNOWN_TIER : statusReason);
    }
    TierLimits limits = tier.limits();
    TierFeatures features = tier.features();

    boolean overLimit = false;
    for (Metric metric : METRICS) {
      if (breaks(limits, usage, metric)) {
        overLimit = true;
        break;
      }
    }
    boolean gated =
        (usage.enablePayments() && !features.paymentFacilitation())
            || usage.abVariants() > features.abTestVariants()
            || (usage.enableCustomBranding() && !features.customBranding())
            || (usage.apiWrite() && features.apiAccess().value() != ApiAccessLevel.Value.FULL);

    if (statusReason != null || overLimit || gated) {
      return refusal(tenant, usage, limits, features, statusReason);
    }
    if (kind == SendKind.NOTIFICATION || kind == SendKind.CAMPAIGN) {
      LocalTime start = tenant.quietHoursStart();
      LocalTime end = tenant.quietHoursEnd();
      if (start != null && end != null && !start.equals(end) && mayBeQuiet(tenant, at, start, end)) {
        Optional<Instant> until;
        try {
          until = new QuietHours(start, end).deferUntil(at, TenantTime.of(zoneOf(tenant)));
        } catch (DateTimeException outOfRange) {
          throw new IllegalArgumentException(
              "at (" + at + ") must have a tenant-local date in " + zoneOf(tenant), outOfRange);
        }
        if (until.isPresent()) {
          return new Decision(
              Decision.Outcome.DEFERRED,
              usage,
              tenant,
              until.get(),
              List.of(),
              List.of(),
              null);
        }
      }
    }
    return usage.allowedDecision().allowedFor(tenant);
  }

  /**
   * Decides on a request and insists that it is not refused.
   *
   * @param tenant the tenant making the request
   * @param usage its counters at the request's instant and what it is about to do
   * @return the decision, allowed or deferred
   * @throws QuotaExceededException carrying the decision when it is refused
   * @throws NullPointerException if {@code tenant} or {@code usage} is null
   */
  public static Decision enforce(Tenant tenant, Usage usage) {
    Decision decision = check(tenant, usage);
    if (decision.outcome() == Decision.Outcome.REFUSED) {
      throw new QuotaExceededException(decision);
    }
    return decision;
  }

  /** Whether the tenant is soft-deleted at {@code at}: its {@code deleted_at} is at or before it. */
  private static boolean isDeletedAt(Tenant tenant, Instant at) {
    Instant deletedAt = tenant.deletedAt();
    return deletedAt != null && !at.isBefore(deletedAt);
  }

  /**
   * The effective status reason why a tenant may not send at {@code at}, or null when it may.
   */
  private static @Nullable String sendRefusal(Tenant tenant, Instant at) {
    TenantStatus status = tenant.status();
    if (status.value() == TenantStatus.Value.TRIAL) {
      Instant end = tenant.trialEndDate();
      boolean waived = Boolean.TRUE.equals(tenant.subscriptionWaived());
      if (!waived && end != null && !at.isBefore(end)) {
        return TenantStatus.TRIAL_EXPIRED.wireValue();
      }
      return null;
    }
    return status.value() == TenantStatus.Value.ACTIVE ? null : status.wireValue();
  }

  /**
   * False only when {@code at} is surely outside the quiet hours: the zone's offset is steady
   * around it and its wall-clock time is outside the window. Then the exact computation, which
   * allocates, is not needed.
   */
  private static boolean mayBeQuiet(Tenant tenant, Instant at, LocalTime start, LocalTime end) {
    int offset = SteadyOffsets.steadyOffset(zoneOf(tenant), at);
    return offset == SteadyOffsets.NOT_STEADY || SteadyOffsets.inWindow(at, offset, start, end);
  }

  /** The zone of a tenant's local times: its own, or UTC when it has none. */
  static ZoneId zoneOf(Tenant tenant) {
    ZoneId zone = tenant.timezone();
    return zone == null ? ZoneOffset.UTC : zone;
  }

  /**
   * The tier a request is checked against: the usage's {@link Usage#tier() tier} when it carries
   * one, otherwise the built-in tier whose id is the tenant's {@code subscription_tier_id}.
   *
   * @param tenant the tenant making the request
   * @param usage the request
   * @return the tier, or null when the usage carries none and no built-in tier has the tenant's id
   * @throws NullPointerException if {@code tenant} or {@code usage} is null
   */
  public static @Nullable SubscriptionTier tierFor(Tenant tenant, Usage usage) {
    SubscriptionTier tier = usage.tier();
    return tier != null ? tier : builtIn(tenant.subscriptionTierId());
  }

  private static @Nullable SubscriptionTier builtIn(@Nullable TierId id) {
    if (id == null) {
      return null;
    }
    List<SubscriptionTier> tiers = SubscriptionTier.builtIns();
    for (int i = 0; i < tiers.size(); i++) {
      SubscriptionTier tier = tiers.get(i);
      if (id.equals(tier.id())) {
        return tier;
      }
    }
    return null;
  }

  /** Whether the request touches the metric and {@code used + requested > limit}, exactly. */
  private static boolean breaks(TierLimits limits, Usage usage, Metric metric) {
    long requested = usage.requested(metric);
    if (requested == 0) {
      return false;
    }
    Long limit = metric.limitIn(limits);
    if (limit == null) {
      return false;
    }
    long max = limit;
    long used = usage.used(metric);
    // A negative limit allows nothing; used and requested are never negative.
    return max < 0 || used > max || requested > max - used;
  }

  private static Decision refusal(
      Tenant tenant,
      Usage usage,
      TierLimits limits,
      TierFeatures features,
      @Nullable String statusReason) {
    List<LimitViolation> violations = new ArrayList<>();
    for (Metric metric : METRICS) {
      if (breaks(limits, usage, metric)) {
        Long limit = metric.limitIn(limits);
        violations.add(
            new LimitViolation(
                metric,
                limit == null ? 0 : Math.max(0, limit),
                usage.used(metric),
                usage.requested(metric)));
      }
    }
    List<Feature> refused = new ArrayList<>();
    if (usage.enablePayments() && !features.paymentFacilitation()) {
      refused.add(Feature.PAYMENT_FACILITATION);
    }
    if (usage.abVariants() > features.abTestVariants()) {
      refused.add(Feature.AB_TEST_VARIANTS);
    }
    if (usage.enableCustomBranding() && !features.customBranding()) {
      refused.add(Feature.CUSTOM_BRANDING);
    }
    if (usage.apiWrite() && features.apiAccess().value() != ApiAccessLevel.Value.FULL) {
      refused.add(Feature.API_WRITE);
    }
    return new Decision(
        Decision.Outcome.REFUSED,
        usage,
        tenant,
        null,
        List.copyOf(violations),
        List.copyOf(refused),
        statusReason);
  }
}
