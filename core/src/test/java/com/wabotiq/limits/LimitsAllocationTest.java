package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour of the allowed decision a {@link Usage} preallocates: it is bound to the first
 * tenant object it is checked against, and checking the same usage against another tenant gives a
 * decision of that tenant, never the first one's, in either order and under a race. Every expected
 * value (zone, what remains, when each counter resets) is worked out here from the tenant's own
 * zone and built-in tier with java.time, not through {@link Decision}.
 *
 * <p>No timing or allocation is measured here; {@code LimitsBenchmark} does that under JMH.
 */
class LimitsAllocationTest {
  /**
   * 14:00 UTC on 29 November 2025: 17:00 on the 29th in Nairobi, 01:00 on the 30th in Lord Howe
   * (UTC+11 in its summer), 09:00 on the 29th in New York, 19:30 in Kolkata, 11:00 in Santiago.
   * With billing from 31 January the 29th falls in the period [31 Oct, 30 Nov) and the 30th in [30
   * Nov, 31 Dec), so the tenants' monthly resets differ, not only their daily ones.
   */
  private static final Instant AT = Instant.parse("2025-11-29T14:00:00Z");

  private static final BillingSchedule BILLING =
      new BillingSchedule(LocalDate.of(2025, 1, 31), BillingCycle.MONTHLY);

  private static final long MESSAGES_USED = 10;

  private static Tenant tenant(String id, @Nullable ZoneId zone, SubscriptionTier tier) {
    return Tenant.builder()
        .id(TenantId.of(id))
        .name("Tenant " + id)
        .slug("tenant-" + id)
        .status(TenantStatus.ACTIVE)
        .subscriptionTierId(tier.id())
        .timezone(zone)
        .build();
  }

  /** A reply carrying no tier: each tenant is checked against its own built-in tier. */
  private static Usage reply() {
    return Usage.at(AT)
        .messagesThisPeriod(MESSAGES_USED)
        .billing(BILLING)
        .send(SendKind.REPLY)
        .build();
  }

  /** Asserts that an allowed decision on {@link #reply()} is the decision of {@code tenant}. */
  private static void assertBelongsTo(Decision d, Tenant tenant, SubscriptionTier tier, String as) {
    ZoneId zone = tenant.timezone() == null ? ZoneOffset.UTC : tenant.timezone();
    String what = as + " tenant=" + tenant.id().value() + " zone=" + zone;
    assertThat(d.outcome()).as(what).isEqualTo(Decision.Outcome.ALLOWED);
    assertThat(d.zone()).as(what).isEqualTo(zone);

    TierLimits limits = tier.limits();
    assertThat(d.remaining(Metric.MONTHLY_MESSAGES))
        .as(what)
        .isEqualTo(
            limits.monthlyMessages() == null
                ? OptionalLong.empty()
                : OptionalLong.of(limits.monthlyMessages() - MESSAGES_USED - 1));
    assertThat(d.remaining(Metric.MAX_DAILY_OUTBOUND))
        .as(what)
        .isEqualTo(optional(limits.maxDailyOutbound()));
    assertThat(d.remaining(Metric.MAX_PRODUCTS)).as(what).isEqualTo(optional(limits.maxProducts()));

    LocalDate today = AT.atZone(zone).toLocalDate();
    assertThat(d.resetsAt(Metric.MAX_DAILY_OUTBOUND))
        .as(what)
        .hasValue(today.plusDays(1).atStartOfDay(zone).toInstant());
    LocalDate periodEnd =
        today.getDayOfMonth() >= 30 ? LocalDate.of(2025, 12, 31) : LocalDate.of(2025, 11, 30);
    assertThat(d.resetsAt(Metric.MONTHLY_MESSAGES))
        .as(what)
        .hasValue(periodEnd.atStartOfDay(zone).toInstant());
    assertThat(d.resetsAt(Metric.MAX_PRODUCTS)).as(what).isEmpty();
  }

  private static OptionalLong optional(@Nullable Long limit) {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  @ParameterizedTest(name = "nairobiFirst={0}")
  @ValueSource(booleans = {true, false})
  void sameUsage_twoTenants_eachDecisionBelongsToItsTenant(boolean nairobiFirst) {
    Tenant nairobi = tenant("nairobi", ZoneId.of("Africa/Nairobi"), SubscriptionTier.STARTER);
    Tenant lordHowe = tenant("lord-howe", ZoneId.of("Australia/Lord_Howe"), SubscriptionTier.GROWTH);
    Tenant first = nairobiFirst ? nairobi : lordHowe;
    Tenant second = nairobiFirst ? lordHowe : nairobi;
    SubscriptionTier firstTier = nairobiFirst ? SubscriptionTier.STARTER : SubscriptionTier.GROWTH;
    SubscriptionTier secondTier = nairobiFirst ? SubscriptionTier.GROWTH : SubscriptionTier.STARTER;
    Usage usage = reply();

    Decision d1 = Limits.check(first, usage);
    Decision d2 = Limits.check(second, usage);

    assertThat(d1).as("the first tenant gets the usage's own decision").isSameAs(usage.allowedDecision());
    assertThat(d2).as("another tenant gets a decision of its own").isNotSameAs(d1);
    assertBelongsTo(d1, first, firstTier, "first");
    assertBelongsTo(d2, second, secondTier, "second");

    // Again, in the other order: the binding holds, nothing changed hands.
    Decision d2again = Limits.check(second, usage);
    Decision d1again = Limits.check(first, usage);
    assertThat(d1again).isSameAs(d1);
    assertThat(d2again).isNotSameAs(d1);
    assertBelongsTo(d1, first, firstTier, "first, after the second");
    assertBelongsTo(d2again, second, secondTier, "second, again");
    assertBelongsTo(d1again, first, firstTier, "first, again");
  }

  @Test
  void sameUsage_anEqualButDistinctTenantObject_getsItsOwnDecisionOfTheSameValues() {
    Tenant a = tenant("same", ZoneId.of("Asia/Kolkata"), SubscriptionTier.STARTER);
    Tenant b = tenant("same", ZoneId.of("Asia/Kolkata"), SubscriptionTier.STARTER);
    assertThat(a).isEqualTo(b).isNotSameAs(b);
    Usage usage = reply();
    Decision da = Limits.check(a, usage);
    Decision db = Limits.check(b, usage);
    assertThat(da).isSameAs(usage.allowedDecision());
    assertThat(db).isNotSameAs(da);
    assertBelongsTo(da, a, SubscriptionTier.STARTER, "a");
    assertBelongsTo(db, b, SubscriptionTier.STARTER, "b");
  }

  @Test
  void sameUsage_racedFromManyThreads_everyDecisionIsBoundToItsThreadsTenant() throws Exception {
    List<ZoneId> zones =
        List.of(
            ZoneId.of("Africa/Nairobi"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Santiago"),
            ZoneId.of("Europe/London"),
            ZoneOffset.UTC);
    List<SubscriptionTier> tiers = SubscriptionTier.builtIns();
    int threads = 8;
    List<Tenant> tenants = new ArrayList<>();
    List<SubscriptionTier> tenantTiers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      SubscriptionTier tier = tiers.get(i % tiers.size());
      ZoneId zone = zones.get(i % zones.size());
      tenants.add(tenant("racer-" + i, i == threads - 1 ? null : zone, tier));
      tenantTiers.add(tier);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int rounds = 300;
      int[] wins = new int[threads];
      for (int round = 0; round < rounds; round++) {
        Usage usage = reply();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<Decision>>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Tenant own = tenants.get(i);
          futures.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Decision> mine = new ArrayList<>();
                    for (int k = 0; k < 4; k++) {
                      mine.add(Limits.check(own, usage));
                    }
                    return mine;
                  }));
        }
        int winners = 0;
        for (int i = 0; i < threads; i++) {
          List<Decision> mine = futures.get(i).get(30, TimeUnit.SECONDS);
          boolean won = mine.get(0) == usage.allowedDecision();
          for (Decision d : mine) {
            assertBelongsTo(d, tenants.get(i), tenantTiers.get(i), "round=" + round + " thread=" + i);
            assertThat(d == usage.allowedDecision())
                .as("round=%d thread=%d: the usage's decision, every time or never", round, i)
                .isEqualTo(won);
          }
          if (won) {
            winners++;
            wins[i]++;
          }
        }
        assertThat(winners).as("round=%d: exactly one tenant is bound", round).isEqualTo(1);
        // After the race, the bound decision still belongs to the winner.
        for (int i = 0; i < threads; i++) {
          if (Limits.check(tenants.get(i), usage) == usage.allowedDecision()) {
            assertBelongsTo(usage.allowedDecision(), tenants.get(i), tenantTiers.get(i), "bound");
          }
        }
      }
      int total = 0;
      for (int w : wins) {
        total += w;
      }
      assertThat(total).isEqualTo(rounds);
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  /**
   * An allowed reply returns the one decision its usage made when it was built, every time. That
   * is what makes the hot path allocation-free: {@link Limits#check} on an allowed reply creates no
   * {@link Decision} (nor its lists), it hands out the preallocated instance. If a change made the
   * check build a new decision, this identity would break here, before any benchmark ran. The
   * same holds for an allowed request that sends nothing; refusals and deferrals, which carry
   * their reasons, are built on each call.
   */
  @Test
  void allowedReply_checkedRepeatedly_returnsTheSameInstance() {
    Tenant tenant = tenant("hot", ZoneId.of("Europe/London"), SubscriptionTier.GROWTH);
    Usage usage = reply();
    Decision first = Limits.check(tenant, usage);
    assertThat(first).isSameAs(usage.allowedDecision());
    for (int i = 0; i < 10_000; i++) {
      assertThat(Limits.check(tenant, usage)).isSameAs(first);
    }
    assertBelongsTo(first, tenant, SubscriptionTier.GROWTH, "hot");

    Usage nothingSent = Usage.at(AT).createProducts(1).build();
    Decision created = Limits.check(tenant, nothingSent);
    assertThat(created.isAllowed()).isTrue();
    assertThat(Limits.check(tenant, nothingSent)).isSameAs(created);

    Usage refused =
        Usage.at(AT).messagesThisPeriod(5000).billing(BILLING).send(SendKind.REPLY).build();
    Decision no = Limits.check(tenant, refused);
    assertThat(no.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(Limits.check(tenant, refused)).isNotSameAs(no);
    assertThat(no).isNotSameAs(refused.allowedDecision());
  }
}
