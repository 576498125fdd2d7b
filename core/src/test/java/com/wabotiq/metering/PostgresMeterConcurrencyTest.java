package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.MESSAGES;
import static com.wabotiq.metering.MeterFixtures.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.jdbc.MeterPostgres;
import com.wabotiq.tenant.Tenant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metering acceptance races on a real PostgreSQL: two {@link UsageMeter}s, each on its own
 * {@link JdbcStorage} over its own HikariCP pool, share one database as two application instances
 * would; eight threads, four per meter, are released by one start gate. A limit of 1,000 admits
 * exactly 1,000 of 3,000 replies and the stored row reads 1,000; random campaigns never pass any of
 * their three limits and every counter equals the sum of the admitted requests that touch it; and
 * consume/refund mixes end with the counter at admitted minus refunded. The counters are read back
 * through a third storage's {@link UsageCounters#get} (and once with plain SQL).
 *
 * <p>The adapter refuses in one statement and reads the totals it reports in another; a refund
 * that lands in between, made deterministic here by a hooked data source, must not turn a refusal
 * into a store failure (the SPI's {@code AddResult} reports totals "as it stood when refused").
 */
class PostgresMeterConcurrencyTest {
  private static final int THREADS = 8;

  private static MeterPostgres db;
  private static UsageMeter[] meters;
  private static UsageCounters reader;

  @BeforeAll
  static void openDatabase() {
    db = MeterPostgres.open();
    meters = new UsageMeter[] {meter(), meter()};
    reader = db.newStorage(2).counters();
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  /** A meter of its own: its own pool and storage on the shared database, failing closed. */
  private static UsageMeter meter() {
    return UsageMeter.builder().counters(db.newStorage(THREADS / 2).counters()).build();
  }

  private static MeterRaces.Counters stored() {
    return (tenant, metric) -> MeterFixtures.counter(reader, tenant, metric);
  }

  @Test
  void replies_eightThreadsOnTwoMeters_admitExactlyTheLimitAndTheRowReadsIt() throws Exception {
    MeterRaces.Counters counters = stored();
    Tenant[] raced = new Tenant[1];
    MeterRaces.repliesAdmitExactlyTheLimit(THREADS, 3_000, t -> meters[t % 2], (tenant, metric) -> {
      raced[0] = tenant;
      return counters.used(tenant, metric);
    });
    assertThat(reader.get(raced[0].id().value(), "monthly_messages", MONTH)).isEqualTo(1_000);
    assertThat(db.queryLong("SELECT used FROM wabotiq_usage_counter WHERE tenant_id = '"
        + raced[0].id().value() + "' AND metric = '" + MESSAGES + "' AND period = '" + MONTH + "'"))
        .as("the row, read with plain SQL").isEqualTo(1_000);
  }

  @Test
  void campaigns_randomSizesOnTwoMeters_neverPassALimitAndStayInStep() throws Exception {
    MeterRaces.campaignsKeepEveryCounterInStep(THREADS, 3_000, t -> meters[t % 2], stored());
  }

  @Test
  void consumeAndRefund_racingOnTwoMeters_counterEndsAtAdmittedMinusRefunded() throws Exception {
    MeterRaces.consumesAndRefundsEndAtAdmittedMinusRefunded(
        THREADS, 3_000, t -> meters[t % 2], stored());
  }

  @Test
  void deletedTenant_fromItsDeletedAt_consumesNothingOnPostgres() {
    SubscriptionTier tier = MeterFixtures.tier(1_000L, 500L, 100L);
    Tenant deleted =
        MeterFixtures.tenant("Deleted").toBuilder().deletedAt(MeterFixtures.NOON).build();

    for (Usage request :
        new Usage[] {MeterFixtures.reply(tier), MeterFixtures.campaign(tier, 3),
            Usage.at(MeterFixtures.NOON).tier(tier).createProducts(1).build()}) {
      Consumption c = meters[0].consume(deleted, request);
      assertThat(c.outcome()).as(request::toString).isEqualTo(Decision.Outcome.REFUSED);
      assertThat(c.isConsumed()).isFalse();
      assertThat(c.decision().statusReason()).hasValue("tenant_deleted");
    }
    String id = deleted.id().value();
    assertThat(db.queryLong("SELECT count(*) FROM wabotiq_usage_counter WHERE tenant_id = '" + id + "'"))
        .isZero();
    assertThat(reader.get(id, MESSAGES, MONTH)).isZero();
  }

  @Test
  void reply_refundLandingBetweenTheRefusalAndItsRead_isDecidedOnTheStore() {
    SubscriptionTier oneMessage = MeterFixtures.tier(1L, null, null);
    assertRefundBetweenRefusalAndReadIsNoStoreFailure(MeterFixtures.reply(oneMessage));
  }

  @Test
  void campaign_refundLandingBetweenTheRefusalAndItsRead_isDecidedOnTheStore() {
    // Three counters: monthly_messages fits, max_campaign_sends (limit 1) refuses, all roll back.
    SubscriptionTier oneCampaignSend = MeterFixtures.tier(10L, 1L, 10L);
    assertRefundBetweenRefusalAndReadIsNoStoreFailure(
        MeterFixtures.campaign(oneCampaignSend, 1));
  }

  /**
   * A consumes the last unit on meter 0; B asks for it on a meter whose data source refunds A
   * (through meter 0) just as the adapter reads the totals of B's refusal. B was refused on the
   * store or, the room being back before the call returned, admitted on it; never a store failure.
   */
  private static void assertRefundBetweenRefusalAndReadIsNoStoreFailure(Usage request) {
    Tenant tenant = MeterFixtures.tenant("Refund In Between");
    Consumption first = meters[0].consume(tenant, request);
    assertThat(first.isAllowed()).isTrue();
    AtomicReference<Runnable> hook = new AtomicReference<>(() -> meters[0].refund(first));
    UsageMeter hooked = UsageMeter.builder()
        .counters(JdbcStorage.postgresql(beforeRefusalRead(db.newPool(2), hook)).counters())
        .build();

    Consumption second = hooked.consume(tenant, request);

    assertThat(hook.get()).as("the hook ran").isNull();
    assertThat(second.storeFailure()).as("%s", second).isEmpty();
    assertThat(second.basis()).isEqualTo(Consumption.Basis.STORE);
    if (second.outcome() == Decision.Outcome.REFUSED) {
      assertThat(second.decision().violations()).isNotEmpty();
    }
    assertThat(MeterFixtures.counter(reader, tenant, MeterFixtures.MESSAGES))
        .isEqualTo(second.isAllowed() ? 1 : 0);
  }

  /** A data source that runs the hook once, just before the adapter reads a refusal's totals. */
  private static DataSource beforeRefusalRead(DataSource target, AtomicReference<Runnable> hook) {
    return proxy(DataSource.class, (method, args) -> {
      if (method.getName().equals("getConnection")) {
        Connection c = (Connection) method.invoke(target, args);
        return proxy(Connection.class, (m, a) -> {
          if (m.getName().equals("prepareStatement")
              && ((String) a[0]).startsWith("SELECT metric, period, used")) {
            Runnable once = hook.getAndSet(null);
            if (once != null) {
              once.run();
            }
          }
          return m.invoke(c, a);
        });
      }
      return method.invoke(target, args);
    });
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(java.lang.reflect.Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (p, method, args) -> {
          try {
            return handler.handle(method, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }
}
