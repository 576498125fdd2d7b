package com.wabotiq.metering;

import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.internal.Checks;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Consumes quota atomically: {@link #consume} checks a request with {@link Limits#check} and takes
 * its units from the tenant's counters in one indivisible step in the store, so any number of
 * threads and of meters sharing a store never admit more than a limit, in total, whatever the
 * interleaving. A request that touches several counters (a campaign counts toward {@code
 * monthly_messages}, {@code max_daily_outbound} and {@code max_campaign_sends}) takes from all of
 * them or from none.
 *
 * <p>Counters are keyed by tenant, metric and period: the billing period of the request's
 * tenant-local date for monthly messages and campaign sends (calendar months when the request
 * carries no {@link Usage#billing() billing schedule}), the tenant-local date for the daily
 * outbound count, and one lifetime counter for products and services, which count what exists
 * (refund when one is deleted).
 *
 * <p>{@link #inMemory()} meters in this JVM's heap; {@link #builder()} meters through any storage
 * adapter's {@link UsageCounters}, such as {@link com.wabotiq.store.JdbcStorage}'s PostgreSQL
 * counters for many instances. When the store fails, the {@link StoreDownPolicy} decides: refuse
 * (the default) or admit from a bounded local allowance that is handed to the store when it is
 * back. Every {@link Consumption} says on which basis it was decided.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class UsageMeter {
  /**
   * The billing schedule of a request that carries none: calendar months in the tenant's zone.
   */
  public static final BillingSchedule CALENDAR_MONTHS =
      new BillingSchedule(LocalDate.of(1970, 1, 1), BillingCycle.MONTHLY);

  private final CounterBackend backend;
  private final StoreDownPolicy policy;
  private final Ledger ledger;

  /** What the meter keeps at hand per tenant id. */
  private static final class Slot {
    /** The backend's own state for the tenant, or null. */
    final @Nullable Object backendSlot;

    /** The counter keys last used: worked out once per tenant and local day. */
    volatile @Nullable Periods periods;

    Slot(@Nullable Object backendSlot) {
      this.backendSlot = backendSlot;
    }
  }

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  private UsageMeter(CounterBackend backend, StoreDownPolicy policy) {
    this.backend = backend;
    this.policy = policy;
    this.ledger = new Ledger(policy.allowance());
  }

  /**
   * A meter whose counters live in this JVM's heap, for one process. Its store never fails.
   *
   * @return a new meter with empty counters
   */
  public static UsageMeter inMemory() {
    return new UsageMeter(new MemoryBackend(), StoreDownPolicy.failClosed());
  }

  /**
   * A builder of a meter on a storage adapter's counters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a request and, when it is allowed, consumes its units, atomically.
   *
   * <p>The meter reads the counters from its store, so the request carries none: build it with
   * {@code Usage.at(now).send(kind, recipients)} (or {@code createProducts}, ...) and, when the
   * tenant has a subscription, its {@code billing(...)} schedule and {@code tier(...)}.
   *
   * <ul>
   *   <li>Refused by {@link Limits#check} on the request alone (status, feature gates, a request
   *       larger than a limit, unknown tier), or deferred by quiet hours: nothing is consumed; the
   *       touched counters are read so the decision gives every reason (a deferred request the
   *       counters would refuse is refused).
   *   <li>Allowed on the request alone: its units are added to every touched counter if each stays
   *       within its limit, in one atomic step, and refused with every violated limit otherwise.
   *   <li>The store fails: refused, or admitted from the local allowance when the policy fails
   *       open; see {@link StoreDownPolicy}.
   * </ul>
   *
   * @param tenant the tenant making the request
   * @param request what it is about to do, at which instant; no counters
   * @return what the meter did, never null
   * @throws NullPointerException if {@code tenant} or {@code request} is null
   * @throws IllegalArgumentException if the request carries counters, or its tenant-local date is
   *     beyond what {@link LocalDate} or its billing schedule supports
   */
  public Consumption consume(Tenant tenant, Usage request) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(request, "request");
    requireNoCounters(request);
    BillingSchedule billing = request.billing();
    if (billing == null) {
      billing = CALENDAR_MONTHS;
    }
    // The period keys first: working them out refuses a local date out of range with the
    // documented IllegalArgumentException, before Limits.check's quiet-hours arithmetic would.
    SubscriptionTier tier = Limits.tierFor(tenant, request);
    if (tier == null) {
      Decision unknownTier = Limits.check(tenant, request);
      return done(unknownTier.outcome(), Consumption.Basis.REQUEST, tenant, request, null,
          false, unknownTier, null);
    }
    String tenantId = tenant.id().value();
    Slot slot = slot(tenantId);
    String[] keys = keys(slot, tenant, request.at(), billing);
    TierLimits limits = tier.limits();
    Decision alone = Limits.check(tenant, request);
    int touched = Charge.touchedBy(request);
    if (touched == 0) {
      return done(alone.outcome(), Consumption.Basis.REQUEST, tenant, request, null,
          false, alone, null);
    }
    if (alone.outcome() == Decision.Outcome.ALLOWED && Integer.bitCount(touched) == 1) {
      // The fast path: one counter, one atomic step, no charge object.
      int metric = Integer.numberOfTrailingZeros(touched);
      long result;
      try {
        result = backend.tryAddOne(tenantId, slot.backendSlot, metric, keys, request, limits);
      } catch (StorageException down) {
        return storeDown(tenant, request,
            Charge.of(tenantId, keys, slot.backendSlot, request, limits), alone, down);
      }
      if (ledger.owing()) {
        ledger.reconcile(backend);
      }
      boolean added = result >= 0;
      return new Consumption(this, added, tenant, request, keys, metric,
          added ? result : -1 - result);
    }
    Charge charge = Charge.of(tenantId, keys, slot.backendSlot, request, limits);
    if (alone.outcome() != Decision.Outcome.ALLOWED) {
      return withoutConsuming(tenant, request, charge, alone);
    }
    boolean added;
    try {
      added = backend.tryAdd(charge);
    } catch (StorageException down) {
      return storeDown(tenant, request, charge, alone, down);
    }
    if (ledger.owing()) {
      ledger.reconcile(backend);
    }
    // When refused, the decision on the totals names the limits broken; when it finds none, an
    // unlimited counter's total would have passed Long.MAX_VALUE (reasons() says so).
    return done(added ? Decision.Outcome.ALLOWED : Decision.Outcome.REFUSED,
        Consumption.Basis.STORE, tenant, request, charge, added, null, null);
  }

  /**
   * The tenant's counters as they stand at an instant, read from the store: monthly messages and
   * campaign sends of the billing period containing the instant's tenant-local date (calendar
   * months without a schedule), the outbound count of that local date, products and services.
   * For a dashboard, or to decide with {@link Limits#check} yourself: {@code
   * Limits.check(tenant, meter.counters(tenant, now, billing).toBuilder().send(REPLY).build())}
   * (which, unlike {@link #consume}, counts nothing).
   *
   * @param tenant the tenant
   * @param at the instant
   * @param billing the tenant's billing schedule, or null for calendar months
   * @return a usage carrying the counters, the instant and the schedule, and no request
   * @throws NullPointerException if {@code tenant} or {@code at} is null
   * @throws IllegalArgumentException if the instant's tenant-local date is beyond what {@link
   *     LocalDate} or the schedule supports
   * @throws StorageException if the store fails
   */
  @SuppressWarnings("EnumOrdinal") // Metric.ordinal() indexes per-metric arrays, never stored
  public Usage counters(Tenant tenant, Instant at, @Nullable BillingSchedule billing) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(at, "at");
    BillingSchedule schedule = billing == null ? CALENDAR_MONTHS : billing;
    String tenantId = tenant.id().value();
    Slot slot = slot(tenantId);
    Charge all = Charge.readAll(tenantId, keys(slot, tenant, at, schedule), slot.backendSlot);
    backend.read(all);
    return Usage.at(at)
        .billing(schedule)
        .messagesThisPeriod(all.before(Metric.MONTHLY_MESSAGES.ordinal()))
        .outboundToday(all.before(Metric.MAX_DAILY_OUTBOUND.ordinal()))
        .campaignSendsThisPeriod(all.before(Metric.MAX_CAMPAIGN_SENDS.ordinal()))
        .products(all.before(Metric.MAX_PRODUCTS.ordinal()))
        .services(all.before(Metric.MAX_SERVICES.ordinal()))
        .build();
  }

  /**
   * Gives back what a consumption took: a send that did not happen, a product deleted. Units taken
   * from the local allowance and not yet reconciled are simply dropped; a refund the store cannot
   * take now is kept and handed to it at the next reconciliation. Refunding a consumption that took
   * nothing does nothing.
   *
   * @param consumption a consumption made by this meter
   * @throws NullPointerException if {@code consumption} is null
   * @throws IllegalArgumentException if another meter made it
   * @throws IllegalStateException if it was already refunded
   */
  public void refund(Consumption consumption) {
    Checks.notNull(consumption, "consumption");
    Checks.argument(
        consumption.meter() == this, "consumption (%s) must be one this meter made", consumption);
    Charge charge = consumption.charge();
    if (!consumption.isConsumed() || charge == null) {
      return;
    }
    if (!consumption.markRefunded()) {
      throw new IllegalStateException("the consumption was already refunded");
    }
    if (consumption.basis() == Consumption.Basis.LOCAL_ALLOWANCE) {
      ledger.giveBack(charge);
      return;
    }
    try {
      backend.refund(charge);
    } catch (StorageException down) {
      ledger.oweRefund(charge);
    }
  }

  /**
   * Hands the store what this meter owes it: units admitted from the local allowance (added whatever
   * the limits) and refunds it could not take. The meter also does this by itself after each
   * successful store call while it owes something.
   *
   * <p>The storage SPI carries no idempotency token: when a store call fails after the store applied
   * it (a timeout after commit), the units are handed over again at the next reconciliation.
   *
   * @return whether nothing is owed any more
   */
  public boolean reconcile() {
    return ledger.reconcile(backend);
  }

  /**
   * What this meter owes its store.
   *
   * @return the units admitted locally and not yet reconciled plus the refunds not yet taken
   */
  public long owedUnits() {
    return ledger.owedUnits();
  }

  /**
   * The counters this meter counts in, as the storage SPI sees them: for {@link #inMemory()} its
   * own heap table (a {@code get} reads what the meter counted, an {@code addIfWithinLimits} or
   * {@code refund} changes what it counts next, atomically with its consumes); for a meter built
   * on a storage adapter's counters, those counters behind the store's guard.
   *
   * @return the counters, the same object on every call
   */
  public UsageCounters usageCounters() {
    return backend.counters();
  }

  /**
   * The policy applied when the store is down.
   *
   * @return the policy
   */
  public StoreDownPolicy storeDownPolicy() {
    return policy;
  }

  private Consumption withoutConsuming(
      Tenant tenant, Usage request, Charge charge, Decision alone) {
    try {
      backend.read(charge);
    } catch (StorageException down) {
      return done(alone.outcome(), Consumption.Basis.STORE_UNAVAILABLE, tenant, request,
          charge, false, alone, down);
    }
    Consumption read = done(alone.outcome(), Consumption.Basis.STORE, tenant, request,
        charge, false, null, null);
    Decision withCounters = read.decision();
    if (withCounters.outcome() == alone.outcome()) {
      return read;
    }
    return done(withCounters.outcome(), Consumption.Basis.STORE, tenant, request, charge,
        false, withCounters, null);
  }

  private Consumption storeDown(
      Tenant tenant,
      Usage request,
      Charge charge,
      Decision alone,
      StorageException down) {
    if (policy.isFailOpen() && ledger.take(charge)) {
      return done(Decision.Outcome.ALLOWED, Consumption.Basis.LOCAL_ALLOWANCE, tenant, request,
          charge, true, alone, down);
    }
    return done(Decision.Outcome.REFUSED, Consumption.Basis.STORE_UNAVAILABLE, tenant, request,
        charge, false, alone, down);
  }

  private Consumption done(
      Decision.Outcome outcome,
      Consumption.Basis basis,
      Tenant tenant,
      Usage request,
      @Nullable Charge charge,
      boolean consumed,
      @Nullable Decision decision,
      @Nullable StorageException failure) {
    return new Consumption(this, outcome, basis, tenant, request, charge, consumed, decision,
        failure);
  }

  /** What the meter keeps for a tenant id. */
  private Slot slot(String tenantId) {
    Slot slot = slots.get(tenantId);
    return slot != null ? slot : slots.computeIfAbsent(tenantId, id -> new Slot(backend.slot(id)));
  }

  /** The tenant's period keys at an instant, by metric ordinal; worked out once per local day. */
  private static String[] keys(Slot slot, Tenant tenant, Instant at, BillingSchedule billing) {
    ZoneId zone = tenant.timezone();
    if (zone == null) {
      zone = ZoneOffset.UTC;
    }
    Periods periods = slot.periods;
    if (periods == null || !periods.covers(at, zone, billing)) {
      periods = Periods.of(at, zone, billing);
      slot.periods = periods;
    }
    return periods.keys();
  }

  private static void requireNoCounters(Usage request) {
    if ((request.messagesThisPeriod() | request.outboundToday() | request.campaignSendsThisPeriod()
            | request.products() | request.services())
        != 0) {
      throw new IllegalArgumentException(
          "request (" + request
              + ") must carry no counters: a meter reads them from its store, so build the request"
              + " without them");
    }
  }

  /**
   * A description of the meter's store and policy.
   *
   * @return e.g. {@code UsageMeter[memory, StoreDownPolicy[fail-closed]]}
   */
  @Override
  public String toString() {
    return "UsageMeter["
        + (backend instanceof MemoryBackend ? "memory" : "store")
        + ", "
        + policy
        + "]";
  }

  /**
   * Builds a meter on a storage adapter's {@link UsageCounters}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable UsageCounters counters;
    private StoreDownPolicy policy = StoreDownPolicy.failClosed();

    private Builder() {}

    /**
     * The counters to meter through, e.g. {@code TenantSdk.usageCounters()} or {@code
     * JdbcStorage.postgresql(dataSource).counters()}; required.
     *
     * @param counters the counters
     * @return this builder
     * @throws NullPointerException if {@code counters} is null
     */
    public Builder counters(UsageCounters counters) {
      this.counters = Checks.notNull(counters, "counters");
      return this;
    }

    /**
     * What to do when the store fails; {@link StoreDownPolicy#failClosed()} by default.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder whenStoreDown(StoreDownPolicy policy) {
      this.policy = Checks.notNull(policy, "policy");
      return this;
    }

    /**
     * Builds the meter.
     *
     * @return a new meter
     * @throws IllegalStateException if no counters were given
     */
    public UsageMeter build() {
      UsageCounters c = counters;
      if (c == null) {
        throw new IllegalStateException("counters were not set");
      }
      return new UsageMeter(new StoreBackend(c), policy);
    }
  }
}
