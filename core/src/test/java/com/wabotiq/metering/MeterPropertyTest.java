package com.wabotiq.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.LimitViolation;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.QuietHours;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.TenantTime;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link UsageMeter#consume} and {@link UsageMeter#refund}, on the in-memory table and on
 * a storage adapter's counters (the SPI path), with a plain oracle written here: a map from
 * (tenant, metric, period key) to a total, where the period key is worked out independently from
 * the tenant-local date (the first of the month without a schedule, {@code "before-<start>"} before
 * the schedule starts, otherwise the start of the anniversary period found by stepping {@code
 * start.plusMonths(k)} / {@code plusYears(k)} from 0), the date itself for the daily count, and
 * {@code "total"} for products and services; a request is admitted when {@code used + requested <=
 * limit} holds for every counter it touches, and then takes from all of them, or from none.
 *
 * <p>Each seed makes one to three tenants (random tier limits, small and including 0, 1, null and
 * sometimes negative; random status, trial end and deletion inside the timeline, quiet hours; some
 * tenants seen under two zones, as when a tenant moves), one to three billing schedules (starts on
 * the 29th, 30th, 31st, February 29, ...; monthly or yearly; sometimes none), and a sequence of
 * sends,
 * creations, empty requests and refunds of earlier consumptions at instants that move across
 * local midnights, DST transitions and period boundaries (to the second, and one second either
 * side), sometimes backwards. Only quiet-hours membership is taken from {@link QuietHours#isQuiet},
 * which {@code LocalTimeBruteForceTest} proves against a minute scan.
 */
@SuppressWarnings("EnumOrdinal") // the backend's charges address metrics by ordinal
class MeterPropertyTest {
  private static final List<@Nullable ZoneId> ZONES =
      Arrays.asList(
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Africa/Nairobi"),
          null);

  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void inMemoryMeterAgreesWithTheOracle(long seed) {
    UsageMeter meter = UsageMeter.inMemory();
    UsageCounters table = meter.usageCounters();
    Probe probe = (tenantId, metric, period) -> table.get(tenantId, metric.limitName(), period);
    new Scenario(seed).run(meter, probe, seed % 4 == 0);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void storeMeterAgreesWithTheOracle(long seed) {
    UsageCounters counters = InMemoryStorage.create().counters();
    UsageMeter meter = UsageMeter.builder().counters(counters).build();
    Probe probe = (tenantId, metric, period) -> counters.get(tenantId, metric.limitName(), period);
    new Scenario(seed).run(meter, probe, true);
  }

  /** Reads one counter of a meter's store. */
  interface Probe {
    long get(String tenantId, Metric metric, String period);
  }

  /** One counter of the oracle. */
  record Key(String tenantId, Metric metric, String period) {}

  /** One tenant of a scenario: one id, one or two tenant objects (zones), one tier. */
  static final class Who {
    final String id;
    final List<Tenant> versions = new ArrayList<>();
    final @Nullable SubscriptionTier tierInUsage;
    final @Nullable SubscriptionTier tier;
    final TenantStatus status;
    final @Nullable Boolean waived;
    final @Nullable Instant trialEnd;
    final @Nullable Instant deletedAt;

    Who(
        String id,
        @Nullable SubscriptionTier tierInUsage,
        @Nullable SubscriptionTier tier,
        TenantStatus status,
        @Nullable Boolean waived,
        @Nullable Instant trialEnd,
        @Nullable Instant deletedAt) {
      this.id = id;
      this.tierInUsage = tierInUsage;
      this.tier = tier;
      this.status = status;
      this.waived = waived;
      this.trialEnd = trialEnd;
      this.deletedAt = deletedAt;
    }

    /** The status reason of a request at {@code at}: deleted for any request, else a send's. */
    @Nullable String refusal(Instant at, @Nullable SendKind kind) {
      if (deletedAt != null && !at.isBefore(deletedAt)) {
        return "tenant_deleted";
      }
      return kind == null ? null : sendRefusal(at);
    }

    @Nullable Long limit(Metric m) {
      TierLimits l = tier == null ? TierLimits.UNLIMITED : tier.limits();
      return switch (m) {
        case MONTHLY_MESSAGES -> l.monthlyMessages();
        case MAX_DAILY_OUTBOUND -> l.maxDailyOutbound();
        case MAX_CAMPAIGN_SENDS -> l.maxCampaignSends();
        case MAX_PRODUCTS -> l.maxProducts();
        case MAX_SERVICES -> l.maxServices();
      };
    }

    /** The status reason that refuses a send at {@code at}, or null. */
    @Nullable String sendRefusal(Instant at) {
      if (status.equals(TenantStatus.ACTIVE)) {
        return null;
      }
      if (status.equals(TenantStatus.TRIAL)) {
        boolean expired =
            !Boolean.TRUE.equals(waived) && trialEnd != null && !at.isBefore(trialEnd);
        return expired ? "trial_expired" : null;
      }
      return status.wireValue();
    }
  }

  /** What the oracle expects of one consumption, kept for its refund. */
  record Expected(
      Consumption consumption, boolean consumed, Map<Metric, Long> amounts, Map<Metric, Key> keys) {}

  static final class Scenario {
    final long seed;
    final Random r;
    final List<Who> tenants = new ArrayList<>();
    final List<@Nullable BillingSchedule> schedules = new ArrayList<>();
    final int operations;
    Instant at;

    Scenario(long seed) {
      this.seed = seed;
      this.r = new Random(seed);
      int count = 1 + r.nextInt(3);
      for (int i = 0; i < count; i++) {
        tenants.add(randomTenant("t" + seed + "-" + i));
      }
      int scheduleCount = 1 + r.nextInt(3);
      for (int i = 0; i < scheduleCount; i++) {
        schedules.add(r.nextInt(6) == 0 ? null : randomSchedule(r));
      }
      operations = 60 + r.nextInt(160);
      at = between(r, FROM, Instant.parse("2026-06-01T00:00:00Z"));
    }

    Who randomTenant(String id) {
      SubscriptionTier tierInUsage = null;
      SubscriptionTier tier;
      TierId tierId = null;
      int choice = r.nextInt(20);
      if (choice < 15) {
        tier = randomTier(r);
        tierInUsage = tier;
        tierId = r.nextBoolean() ? TierId.of("unrelated") : null;
      } else if (choice < 18) {
        tier = SubscriptionTier.builtIns().get(r.nextInt(3));
        tierId = tier.id();
      } else {
        tier = null; // no tier in the usage, no built-in tier of that id: unknown_tier
        tierId = r.nextBoolean() ? TierId.of("no-such-tier") : null;
      }
      int s = r.nextInt(20);
      TenantStatus status =
          s < 14
              ? TenantStatus.ACTIVE
              : s < 17
                  ? TenantStatus.TRIAL
                  : s < 18
                      ? TenantStatus.SUSPENDED
                      : s < 19 ? TenantStatus.CANCELED : TenantStatus.TRIAL_EXPIRED;
      Boolean waived = r.nextInt(4) == 0 ? Boolean.TRUE : r.nextBoolean() ? Boolean.FALSE : null;
      Instant trialEnd = r.nextInt(3) == 0 ? null : between(r, FROM, UNTIL);
      Instant deletedAt = r.nextInt(5) == 0 ? between(r, FROM, UNTIL) : null;
      Who who = new Who(id, tierInUsage, tier, status, waived, trialEnd, deletedAt);
      boolean quiet = r.nextInt(4) == 0;
      LocalTime qs = LocalTime.of(r.nextInt(24), r.nextInt(60));
      LocalTime qe = LocalTime.of(r.nextInt(24), r.nextInt(60));
      int versions = r.nextInt(4) == 0 ? 2 : 1;
      for (int v = 0; v < versions; v++) {
        who.versions.add(
            Tenant.builder()
                .id(TenantId.of(id))
                .name("Tenant " + id)
                .slug("tenant-" + id)
                .status(status)
                .subscriptionTierId(tierId)
                .subscriptionWaived(waived)
                .trialStartDate(trialEnd == null ? null : trialEnd.minusSeconds(14 * 86_400))
                .trialEndDate(trialEnd)
                .timezone(ZONES.get(r.nextInt(ZONES.size())))
                .quietHoursStart(quiet ? qs : null)
                .quietHoursEnd(quiet ? qe : null)
                .deletedAt(deletedAt)
                .build());
      }
      return who;
    }

    void run(UsageMeter meter, Probe probe, boolean probeEveryStep) {
      Map<Key, Long> used = new HashMap<>();
      Map<Key, Long> limitOf = new HashMap<>();
      List<Expected> history = new ArrayList<>();
      Set<Consumption> refunded = Collections.newSetFromMap(new IdentityHashMap<>());
      for (int op = 0; op < operations; op++) {
        Who who = tenants.get(r.nextInt(tenants.size()));
        Tenant tenant = who.versions.get(r.nextInt(who.versions.size()));
        ZoneId zone = tenant.timezone() == null ? ZoneOffset.UTC : tenant.timezone();
        BillingSchedule schedule =
            r.nextInt(4) == 0 ? schedules.get(r.nextInt(schedules.size())) : schedules.get(0);
        move(zone, schedule);
        int opNo = op;
        Instant now = at;
        Supplier<String> where =
            () -> "seed=" + seed + " op=" + opNo + " tenant=" + who.id + " zone=" + zone
                + " schedule=" + schedule + " at=" + now;

        int kindChoice = r.nextInt(100);
        if (kindChoice < 13 && !history.isEmpty()) {
          // A refund of a random earlier consumption; sometimes of one already refunded.
          Expected e = history.get(r.nextInt(history.size()));
          if (e.consumed() && refunded.contains(e.consumption())) {
            assertThatThrownBy(() -> meter.refund(e.consumption()))
                .as(() -> where.get() + " second refund")
                .isInstanceOf(IllegalStateException.class);
          } else {
            meter.refund(e.consumption());
            if (e.consumed()) {
              refunded.add(e.consumption());
              for (Map.Entry<Metric, Key> k : e.keys().entrySet()) {
                long amount = e.amounts().get(k.getKey());
                used.merge(k.getValue(), -amount, Long::sum);
                assertThat(used.get(k.getValue())).as(where).isNotNegative();
              }
            }
          }
          if (probeEveryStep) {
            for (Key k : e.keys().values()) {
              assertThat(probe.get(k.tenantId(), k.metric(), k.period()))
                  .as(() -> where.get() + " after refund " + k)
                  .isEqualTo(used.getOrDefault(k, 0L));
            }
          }
          continue;
        }

        // The request.
        Usage.Builder b = Usage.at(at).billing(schedule).tier(who.tierInUsage);
        SendKind kind = null;
        long recipients = 0;
        long products = 0;
        long services = 0;
        if (kindChoice < 33) {
          kind = SendKind.REPLY;
        } else if (kindChoice < 53) {
          kind = SendKind.NOTIFICATION;
        } else if (kindChoice < 73) {
          kind = SendKind.CAMPAIGN;
        } else if (kindChoice < 82) {
          products = creations(r);
        } else if (kindChoice < 91) {
          services = creations(r);
        } else if (kindChoice < 97) {
          kind = SendKind.values()[r.nextInt(3)];
          products = r.nextBoolean() ? creations(r) : 0;
          services = r.nextBoolean() ? creations(r) : 0;
        } // else: a request that touches no counter
        if (kind != null) {
          recipients = kind == SendKind.CAMPAIGN ? campaignSize(r) : 1;
          b.send(kind, recipients);
        }
        b.createProducts(products).createServices(services);
        Usage request = b.build();

        // The oracle.
        LocalDate date = at.atZone(zone).toLocalDate();
        String periodKey = periodKey(date, schedule);
        Map<Metric, Long> amounts = new EnumMap<>(Metric.class);
        Map<Metric, Key> keys = new EnumMap<>(Metric.class);
        put(amounts, Metric.MONTHLY_MESSAGES, recipients);
        put(amounts, Metric.MAX_DAILY_OUTBOUND,
            kind == SendKind.NOTIFICATION || kind == SendKind.CAMPAIGN ? recipients : 0);
        put(amounts, Metric.MAX_CAMPAIGN_SENDS, kind == SendKind.CAMPAIGN ? recipients : 0);
        put(amounts, Metric.MAX_PRODUCTS, products);
        put(amounts, Metric.MAX_SERVICES, services);
        for (Metric m : amounts.keySet()) {
          String period =
              switch (m) {
                case MONTHLY_MESSAGES, MAX_CAMPAIGN_SENDS -> periodKey;
                case MAX_DAILY_OUTBOUND -> date.toString();
                case MAX_PRODUCTS, MAX_SERVICES -> "total";
              };
          keys.put(m, new Key(who.id, m, period));
        }
        String statusReason = who.refusal(at, kind);
        Set<Metric> violated = EnumSet.noneOf(Metric.class);
        for (Metric m : amounts.keySet()) {
          Long limit = who.limit(m);
          long before = used.getOrDefault(keys.get(m), 0L);
          if (limit != null
              && BigInteger.valueOf(before)
                      .add(BigInteger.valueOf(amounts.get(m)))
                      .compareTo(BigInteger.valueOf(limit))
                  > 0) {
            violated.add(m);
          }
        }
        boolean quiet =
            (kind == SendKind.NOTIFICATION || kind == SendKind.CAMPAIGN)
                && QuietHours.of(tenant.quietHoursStart(), tenant.quietHoursEnd())
                    .map(q -> q.isQuiet(at, TenantTime.of(zone)))
                    .orElse(false);
        Decision.Outcome outcome;
        Consumption.Basis basis;
        if (who.tier == null) {
          outcome = Decision.Outcome.REFUSED;
          basis = Consumption.Basis.REQUEST;
        } else if (amounts.isEmpty()) {
          outcome = statusReason != null ? Decision.Outcome.REFUSED : Decision.Outcome.ALLOWED;
          basis = Consumption.Basis.REQUEST;
        } else {
          basis = Consumption.Basis.STORE;
          outcome =
              statusReason != null || !violated.isEmpty()
                  ? Decision.Outcome.REFUSED
                  : quiet ? Decision.Outcome.DEFERRED : Decision.Outcome.ALLOWED;
        }
        boolean consumed = basis == Consumption.Basis.STORE && outcome == Decision.Outcome.ALLOWED;
        Map<Metric, Long> before = new EnumMap<>(Metric.class);
        for (Metric m : amounts.keySet()) {
          before.put(m, used.getOrDefault(keys.get(m), 0L));
        }

        // The meter.
        Consumption c = meter.consume(tenant, request);
        Supplier<String> what =
            () -> where.get() + " request=" + request + " consumption=" + c + " before=" + before;
        assertThat(c.outcome()).as(what).isEqualTo(outcome);
        assertThat(c.basis()).as(what).isEqualTo(basis);
        assertThat(c.isConsumed()).as(what).isEqualTo(consumed);
        assertThat(c.isAllowed()).as(what).isEqualTo(outcome == Decision.Outcome.ALLOWED);
        assertThat(c.storeFailure()).as(what).isEmpty();
        Decision d = c.decision();
        assertThat(d.outcome()).as(what).isEqualTo(outcome);
        if (who.tier == null) {
          assertThat(d.statusReason())
              .as(what)
              .hasValue(statusReason == null ? "unknown_tier" : statusReason);
        } else {
          assertThat(d.statusReason().orElse(null)).as(what).isEqualTo(statusReason);
        }
        if (basis == Consumption.Basis.STORE) {
          List<Metric> violatedMetrics = new ArrayList<>();
          for (LimitViolation v : d.violations()) {
            violatedMetrics.add(v.metric());
            assertThat(v.used()).as(() -> what.get() + " " + v).isEqualTo(before.get(v.metric()));
            assertThat(v.requested()).as(() -> what.get() + " " + v).isEqualTo(amounts.get(v.metric()));
          }
          assertThat(violatedMetrics).as(what).containsExactlyElementsOf(violated);
          assertThat(d.deferredUntil().isPresent())
              .as(what)
              .isEqualTo(outcome == Decision.Outcome.DEFERRED);
        }
        for (Metric m : Metric.values()) {
          OptionalLong remaining = c.remaining(m);
          Long limit = who.limit(m);
          if (basis != Consumption.Basis.STORE || !amounts.containsKey(m) || limit == null) {
            assertThat(remaining).as(() -> what.get() + " remaining " + m).isEmpty();
            continue;
          }
          long u = before.get(m);
          long left = u >= limit ? 0 : limit - u;
          if (consumed) {
            left -= Math.min(left, amounts.get(m));
          }
          assertThat(remaining).as(() -> what.get() + " remaining " + m).hasValue(left);
        }

        if (consumed) {
          for (Metric m : amounts.keySet()) {
            Key k = keys.get(m);
            long total = used.merge(k, amounts.get(m), Long::sum);
            Long limit = who.limit(m);
            if (limit != null) {
              limitOf.put(k, limit);
              assertThat(total).as(() -> what.get() + " oracle " + k).isLessThanOrEqualTo(limit);
            }
          }
        }
        history.add(new Expected(c, consumed, amounts, keys));
        if (probeEveryStep) {
          for (Key k : keys.values()) {
            assertThat(probe.get(k.tenantId(), k.metric(), k.period()))
                .as(() -> what.get() + " store " + k)
                .isEqualTo(used.getOrDefault(k, 0L));
          }
        }
      }

      // Every counter the oracle knows, as the store holds it, within its limit.
      for (Map.Entry<Key, Long> e : used.entrySet()) {
        Key k = e.getKey();
        long held = probe.get(k.tenantId(), k.metric(), k.period());
        assertThat(held).as("seed=" + seed + " final " + k).isEqualTo(e.getValue());
        Long limit = limitOf.get(k);
        if (limit != null) {
          assertThat(held)
              .as("seed=" + seed + " final " + k + " within limit")
              .isLessThanOrEqualTo(limit);
        }
      }
    }

    /** Moves the clock: a little, to a local midnight, a DST transition or a period boundary
     * (to the second, or one second either side), by days or months, sometimes backwards. */
    void move(ZoneId zone, @Nullable BillingSchedule schedule) {
      int choice = r.nextInt(100);
      long jitter = r.nextInt(3) - 1L;
      if (choice < 10) {
        return;
      } else if (choice < 45) {
        at = at.plusSeconds(r.nextInt(3 * 3600));
      } else if (choice < 57) {
        LocalDate date = at.atZone(zone).toLocalDate();
        at = date.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(jitter);
      } else if (choice < 65) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(at);
        if (next != null) {
          at = next.getInstant().plusSeconds(jitter);
        }
      } else if (choice < 73) {
        LocalDate date = at.atZone(zone).toLocalDate();
        at = periodEnd(date, schedule).atStartOfDay(zone).toInstant().plusSeconds(jitter);
      } else if (choice < 83) {
        at = at.plusSeconds((1 + r.nextInt(40)) * 86_400L + r.nextInt(86_400));
      } else if (choice < 92) {
        at = at.minusSeconds(r.nextBoolean() ? r.nextInt(3 * 86_400) : r.nextInt(40 * 86_400));
      } else {
        at = at.atZone(zone).plusMonths(1 + r.nextInt(14)).toInstant();
      }
      if (at.isAfter(UNTIL) || at.isBefore(FROM)) {
        at = between(r, FROM, Instant.parse("2026-06-01T00:00:00Z"));
      }
    }
  }

  private static void put(Map<Metric, Long> amounts, Metric m, long amount) {
    if (amount != 0) {
      amounts.put(m, amount);
    }
  }

  /** The oracle's period key of a tenant-local date. */
  static String periodKey(LocalDate date, @Nullable BillingSchedule schedule) {
    if (schedule == null) {
      return LocalDate.of(date.getYear(), date.getMonth(), 1).toString();
    }
    if (date.isBefore(schedule.start())) {
      return "before-" + schedule.start();
    }
    long k = 0;
    while (!periodStart(schedule, k + 1).isAfter(date)) {
      k++;
    }
    return periodStart(schedule, k).toString();
  }

  /** The first local date after the period holding {@code date} (its first date before the start). */
  static LocalDate periodEnd(LocalDate date, @Nullable BillingSchedule schedule) {
    if (schedule == null) {
      return LocalDate.of(date.getYear(), date.getMonth(), 1).plusMonths(1);
    }
    if (date.isBefore(schedule.start())) {
      return schedule.start();
    }
    long k = 0;
    while (!periodStart(schedule, k + 1).isAfter(date)) {
      k++;
    }
    return periodStart(schedule, k + 1);
  }

  private static LocalDate periodStart(BillingSchedule schedule, long k) {
    return schedule.cycle().equals(BillingCycle.YEARLY)
        ? schedule.start().plusYears(k)
        : schedule.start().plusMonths(k);
  }

  static BillingSchedule randomSchedule(Random r) {
    int year = 2023 + r.nextInt(5);
    int month = 1 + r.nextInt(12);
    LocalDate first = LocalDate.of(year, month, 1);
    int day =
        switch (r.nextInt(6)) {
          case 0 -> 29;
          case 1 -> 30;
          case 2 -> 31;
          case 3 -> 1;
          case 4 -> 28;
          default -> 1 + r.nextInt(31);
        };
    LocalDate start =
        r.nextInt(12) == 0
            ? LocalDate.of(2024, 2, 29)
            : first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    return new BillingSchedule(
        start, r.nextInt(5) == 0 ? BillingCycle.YEARLY : BillingCycle.MONTHLY);
  }

  static SubscriptionTier randomTier(Random r) {
    TierLimits limits =
        new TierLimits(limit(r), limit(r), limit(r), limit(r), limit(r));
    TierFeatures features =
        new TierFeatures(true, BigDecimal.ZERO, 10, false, true, ApiAccessLevel.FULL);
    return new SubscriptionTier(
        null, "Random", BigDecimal.ONE, BigDecimal.TEN, Currency.getInstance("USD"), limits,
        features);
  }

  /** A small limit: unlimited, 0, 1, a few, some tens, a few thousand, sometimes negative. */
  private static @Nullable Long limit(Random r) {
    int c = r.nextInt(100);
    if (c < 18) {
      return null;
    } else if (c < 28) {
      return 0L;
    } else if (c < 43) {
      return 1L;
    } else if (c < 68) {
      return 2L + r.nextInt(4);
    } else if (c < 88) {
      return 6L + r.nextInt(25);
    } else if (c < 98) {
      return 31L + r.nextInt(2000);
    }
    return -1L - r.nextInt(2);
  }

  private static long campaignSize(Random r) {
    int c = r.nextInt(20);
    if (c < 10) {
      return 1L + r.nextInt(3);
    } else if (c < 17) {
      return 1L + r.nextInt(12);
    } else if (c < 19) {
      return 1L + r.nextInt(1000);
    }
    return 1L + r.nextInt(1_000_000);
  }

  private static long creations(Random r) {
    return r.nextInt(5) == 0 ? 1 + r.nextInt(50) : 1 + r.nextInt(3);
  }

  private static Instant between(Random r, Instant from, Instant until) {
    long span = until.getEpochSecond() - from.getEpochSecond();
    return from.plusSeconds((r.nextLong() & Long.MAX_VALUE) % span);
  }
}
