package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.CAMPAIGNS;
import static com.wabotiq.metering.MeterFixtures.DAILY;
import static com.wabotiq.metering.MeterFixtures.MESSAGES;
import static com.wabotiq.metering.MeterFixtures.NIGHT;
import static com.wabotiq.metering.MeterFixtures.campaign;
import static com.wabotiq.metering.MeterFixtures.counter;
import static com.wabotiq.metering.MeterFixtures.reply;
import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.thousandMessages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.FlakyCounters.Fault;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.jdbc.MeterPostgres;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a {@link UsageMeter} does when its store fails, with counters that throw, return garbage or
 * null on demand over an in-memory store, and with a real PostgreSQL that stops serving
 * connections or fails in the middle of a transaction.
 *
 * <ul>
 *   <li>Fail-closed: the request is refused on {@code STORE_UNAVAILABLE}, nothing is consumed or
 *       written, the failure is in the consumption and its reasons say "store unavailable".
 *   <li>Fail-open: exactly the allowance is admitted locally per counter, then refused; the units
 *       reach the store at the next successful consume or an explicit {@code reconcile()}; local
 *       units refunded before that are dropped; refunds the store cannot take are queued; a store
 *       failing during a reconciliation keeps the rest owed.
 *   <li>A request deferred or refused on the request alone keeps its outcome, on {@code
 *       STORE_UNAVAILABLE}, and takes no allowance.
 *   <li>Misuse of refunds: twice is an {@code IllegalStateException}, through another meter an
 *       {@code IllegalArgumentException}.
 * </ul>
 */
class MeterStoreDownTest {
  private final UsageCounters store = InMemoryStorage.create().counters();
  private final FlakyCounters flaky = new FlakyCounters(store);
  private final SubscriptionTier tier = thousandMessages();

  private UsageMeter failClosed() {
    return UsageMeter.builder().counters(flaky).build();
  }

  private UsageMeter failOpen(long allowance) {
    return UsageMeter.builder().counters(flaky)
        .whenStoreDown(StoreDownPolicy.failOpen(allowance)).build();
  }

  private static void assertRefusedOnStoreUnavailable(Consumption c) {
    assertThat(c.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(c.isAllowed()).isFalse();
    assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE_UNAVAILABLE);
    assertThat(c.isConsumed()).isFalse();
    assertThat(c.storeFailure()).containsInstanceOf(StorageException.class);
    assertThat(c.reasons()).isEqualTo("store unavailable");
    assertThat(c.decision().outcome()).as("the request alone fits").isEqualTo(
        Decision.Outcome.ALLOWED);
    assertThat(c.remaining(com.wabotiq.limits.Metric.MONTHLY_MESSAGES)).isEmpty();
    assertThat(c).hasToString("Consumption[REFUSED on STORE_UNAVAILABLE: store unavailable]");
  }

  // ---------------------------------------------------------------- fail-closed

  @ParameterizedTest
  @EnumSource(Fault.class)
  void failClosed_storeFails_refusedOnStoreUnavailableAndNothingWritten(Fault fault) {
    UsageMeter meter = failClosed();
    Tenant tenant = tenant("Closed " + fault);
    SubscriptionTier three = MeterFixtures.tier(100L, 100L, 100L);
    flaky.down(fault);

    Consumption r = meter.consume(tenant, reply(tier));
    Consumption c = meter.consume(tenant, campaign(three, 5));

    assertRefusedOnStoreUnavailable(r);
    assertRefusedOnStoreUnavailable(c);
    StorageException failure = c.storeFailure().orElseThrow();
    switch (fault) {
      case THROW -> assertThat(failure).hasRootCauseMessage("injected: connection refused");
      case GARBAGE -> assertThat(failure).hasMessageContaining("returned garbage");
      case NULL -> assertThat(failure).hasMessageContaining("returned null");
    }
    assertThat(meter.owedUnits()).isZero();
    for (String metric : List.of(MESSAGES, DAILY, CAMPAIGNS)) {
      assertThat(counter(store, tenant, metric)).as(metric).isZero();
    }

    flaky.up();
    assertThat(meter.consume(tenant, campaign(three, 5)).basis())
        .isEqualTo(Consumption.Basis.STORE);
    for (String metric : List.of(MESSAGES, DAILY, CAMPAIGNS)) {
      assertThat(counter(store, tenant, metric)).as("only the later campaign: " + metric)
          .isEqualTo(5);
    }
  }

  @Test
  void failClosed_refundOfAConsumptionMadeBeforeTheStoreFailed_isNoOpWhenNothingWasConsumed() {
    UsageMeter meter = failClosed();
    Tenant tenant = tenant("Closed Refund");
    flaky.down(Fault.THROW);
    Consumption refused = meter.consume(tenant, reply(tier));
    meter.refund(refused); // took nothing: nothing to give back, not even twice
    meter.refund(refused);
    assertThat(meter.owedUnits()).isZero();
  }

  // ---------------------------------------------------------------- fail-open

  @ParameterizedTest
  @EnumSource(Fault.class)
  void failOpen_admitsExactlyTheAllowancePerCounterThenRefuses(Fault fault) {
    UsageMeter meter = failOpen(5);
    Tenant a = tenant("Open A");
    Tenant b = tenant("Open B");
    flaky.down(fault);

    List<Consumption> made = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      made.add(meter.consume(a, reply(tier)));
    }

    assertThat(made.subList(0, 5)).allSatisfy(c -> {
      assertThat(c.outcome()).isEqualTo(Decision.Outcome.ALLOWED);
      assertThat(c.basis()).isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
      assertThat(c.isConsumed()).isTrue();
      assertThat(c.storeFailure()).containsInstanceOf(StorageException.class);
      assertThat(c.reasons()).isEmpty();
    });
    assertThat(made.subList(5, 8)).allSatisfy(MeterStoreDownTest::assertRefusedOnStoreUnavailable);
    assertThat(meter.owedUnits()).isEqualTo(5);
    assertThat(meter.consume(b, reply(tier)).basis())
        .as("another tenant's counter has an allowance of its own")
        .isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
    assertThat(meter.owedUnits()).isEqualTo(6);
    assertThat(counter(store, a, MESSAGES)).as("nothing reached the store").isZero();
  }

  @Test
  void failOpen_campaignTakesItsAllowanceFromEveryCounterOrNone() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Open Campaign");
    SubscriptionTier three = MeterFixtures.tier(100L, 100L, 100L);
    flaky.down(Fault.THROW);

    assertThat(meter.consume(tenant, campaign(three, 3)).basis())
        .isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
    assertRefusedOnStoreUnavailable(meter.consume(tenant, campaign(three, 3)));
    assertThat(meter.owedUnits()).as("3 units on each of three counters").isEqualTo(9);
    assertRefusedOnStoreUnavailable(meter.consume(tenant, campaign(three, 6)));
    // monthly_messages still has 2 units of allowance, which replies may take.
    assertThat(meter.consume(tenant, reply(three)).basis())
        .isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
    assertThat(meter.consume(tenant, reply(three)).basis())
        .isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
    assertRefusedOnStoreUnavailable(meter.consume(tenant, reply(three)));
    assertThat(meter.owedUnits()).isEqualTo(11);

    flaky.up();
    assertThat(meter.reconcile()).isTrue();
    assertThat(counter(store, tenant, MESSAGES)).isEqualTo(5);
    assertThat(counter(store, tenant, DAILY)).isEqualTo(3);
    assertThat(counter(store, tenant, CAMPAIGNS)).isEqualTo(3);
  }

  @Test
  void failOpen_storeBack_nextSuccessfulConsumeReconciles() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Open Back");
    flaky.down(Fault.THROW);
    for (int i = 0; i < 5; i++) {
      assertThat(meter.consume(tenant, reply(tier)).basis())
          .isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
    }

    flaky.up();
    Consumption next = meter.consume(tenant, reply(tier));

    assertThat(next.outcome()).isEqualTo(Decision.Outcome.ALLOWED);
    assertThat(next.basis()).isEqualTo(Consumption.Basis.STORE);
    assertThat(next.storeFailure()).isEmpty();
    assertThat(counter(store, tenant, MESSAGES)).as("the local units and the new one")
        .isEqualTo(6);
    assertThat(meter.owedUnits()).isZero();
  }

  @Test
  void failOpen_explicitReconcile_handsTheUnitsOverOnlyWhenTheStoreIsBack() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Open Reconcile");
    flaky.down(Fault.THROW);
    for (int i = 0; i < 4; i++) {
      meter.consume(tenant, reply(tier));
    }

    assertThat(meter.reconcile()).as("the store is still down").isFalse();
    assertThat(meter.owedUnits()).isEqualTo(4);

    flaky.up();
    assertThat(meter.reconcile()).isTrue();
    assertThat(meter.owedUnits()).isZero();
    assertThat(counter(store, tenant, MESSAGES)).isEqualTo(4);
    assertThat(meter.reconcile()).as("nothing owed: nothing to do").isTrue();
    assertThat(counter(store, tenant, MESSAGES)).as("not handed over twice").isEqualTo(4);
  }

  @Test
  void failOpen_reconcile_addsTheLocalUnitsWhateverTheLimit() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Open Over Limit");
    SubscriptionTier ten = MeterFixtures.tier(10L, null, null);
    for (int i = 0; i < 8; i++) {
      assertThat(meter.consume(tenant, reply(ten)).basis()).isEqualTo(Consumption.Basis.STORE);
    }
    flaky.down(Fault.THROW);
    for (int i = 0; i < 5; i++) {
      meter.consume(tenant, reply(ten));
    }
    flaky.up();
    assertThat(meter.reconcile()).isTrue();
    assertThat(counter(store, tenant, MESSAGES)).as("above the limit by at most the allowance")
        .isEqualTo(13);
    assertThat(meter.consume(tenant, reply(ten)).outcome())
        .isEqualTo(Decision.Outcome.REFUSED);
  }

  @Test
  void failOpen_refundOfLocalConsumptionBeforeReconcile_dropsItsUnits() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Open Refund Local");
    flaky.down(Fault.THROW);
    List<Consumption> local = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      local.add(meter.consume(tenant, reply(tier)));
    }
    int callsWhileDown = flaky.calls();

    meter.refund(local.get(0));
    meter.refund(local.get(1));

    assertThat(flaky.calls()).as("a local refund asks nothing of the store")
        .isEqualTo(callsWhileDown);
    assertThat(meter.owedUnits()).isEqualTo(3);
    assertThat(meter.consume(tenant, reply(tier)).basis())
        .as("the dropped units are allowance again").isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
    flaky.up();
    assertThat(meter.reconcile()).isTrue();
    assertThat(counter(store, tenant, MESSAGES)).isEqualTo(4);
  }

  @Test
  void failOpen_refundOfLocalConsumptionAfterReconcile_reachesTheStore() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Open Refund Reconciled");
    flaky.down(Fault.THROW);
    Consumption local = meter.consume(tenant, reply(tier));
    meter.consume(tenant, reply(tier));
    flaky.up();
    assertThat(meter.reconcile()).isTrue();
    assertThat(counter(store, tenant, MESSAGES)).isEqualTo(2);

    meter.refund(local);
    meter.reconcile();

    assertThat(counter(store, tenant, MESSAGES)).isEqualTo(1);
    assertThat(meter.owedUnits()).isZero();
  }

  @ParameterizedTest
  @EnumSource(names = {"THROW"}) // a refund returns nothing, so it can only fail by throwing
  void refundWhileStoreDown_isQueuedAndAppliedLater(Fault fault) {
    for (UsageMeter meter : List.of(failClosed(), failOpen(5))) {
      flaky.up();
      Tenant tenant = tenant("Queued Refund " + meter.storeDownPolicy());
      Consumption first = meter.consume(tenant, reply(tier));
      meter.consume(tenant, reply(tier));
      meter.consume(tenant, reply(tier));
      assertThat(first.basis()).isEqualTo(Consumption.Basis.STORE);
      flaky.down(fault);

      meter.refund(first); // no exception: queued

      assertThat(meter.owedUnits()).as("%s", meter).isEqualTo(1);
      assertThat(counter(store, tenant, MESSAGES)).isEqualTo(3);
      assertThat(meter.reconcile()).isFalse();
      flaky.up();
      Consumption next = meter.consume(tenant, reply(tier));
      assertThat(next.basis()).isEqualTo(Consumption.Basis.STORE);
      assertThat(counter(store, tenant, MESSAGES)).as("3 - 1 refunded + 1 new").isEqualTo(3);
      assertThat(meter.owedUnits()).isZero();
      assertThatThrownBy(() -> meter.refund(first)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void storeFailingDuringReconcile_keepsTheRestOwed() {
    UsageMeter meter = failOpen(5);
    Tenant a = tenant("Reconcile A");
    Tenant b = tenant("Reconcile B");
    Tenant c = tenant("Reconcile C");
    flaky.down(Fault.THROW);
    for (Tenant t : List.of(a, b, c)) {
      for (int i = 0; i < 3; i++) {
        meter.consume(t, reply(tier));
      }
    }
    assertThat(meter.owedUnits()).isEqualTo(9);

    flaky.downAfter(1); // one counter is handed over, then the store fails again
    assertThat(meter.reconcile()).isFalse();

    long stored = counter(store, a, MESSAGES) + counter(store, b, MESSAGES)
        + counter(store, c, MESSAGES);
    assertThat(stored).as("exactly one counter's units reached the store").isEqualTo(3);
    assertThat(meter.owedUnits()).as("the rest is still owed").isEqualTo(6);

    flaky.up();
    assertThat(meter.reconcile()).isTrue();
    assertThat(meter.owedUnits()).isZero();
    for (Tenant t : List.of(a, b, c)) {
      assertThat(counter(store, t, MESSAGES)).as("each counter once").isEqualTo(3);
    }
  }

  // ---------------------------------------------------------------- refund misuse

  @Test
  void refundTwice_throwsIllegalStateException_onStoreAndOnLocalConsumptions() {
    UsageMeter meter = failOpen(5);
    Tenant tenant = tenant("Twice");
    Consumption onStore = meter.consume(tenant, reply(tier));
    flaky.down(Fault.THROW);
    Consumption local = meter.consume(tenant, reply(tier));
    flaky.up();
    assertThat(local.basis()).isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);

    meter.refund(onStore);
    meter.refund(local);

    assertThatThrownBy(() -> meter.refund(onStore)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already refunded");
    assertThatThrownBy(() -> meter.refund(local)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already refunded");
    meter.reconcile();
    assertThat(counter(store, tenant, MESSAGES)).as("each refunded once").isZero();
    assertThat(meter.owedUnits()).isZero();
  }

  @Test
  void refundThroughAnotherMeter_throwsIllegalArgumentException_andLeavesItRefundable() {
    UsageMeter mine = failClosed();
    UsageMeter other = failClosed();
    Tenant tenant = tenant("Other Meter");
    Consumption c = mine.consume(tenant, reply(tier));

    assertThatThrownBy(() -> other.refund(c)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consumption (" + c + ") must be one this meter made");
    assertThat(counter(store, tenant, MESSAGES)).isEqualTo(1);

    mine.refund(c);
    assertThat(counter(store, tenant, MESSAGES)).isZero();
  }

  // ---------------------------------------------------------------- not allowed on the request

  @ParameterizedTest
  @EnumSource(Fault.class)
  void deferredRequest_storeDown_staysDeferredOnStoreUnavailableAndTakesNoAllowance(Fault fault) {
    for (UsageMeter meter : List.of(failClosed(), failOpen(5))) {
      Tenant tenant = MeterFixtures.quietTenant("Quiet " + fault);
      flaky.down(fault);

      Consumption c = meter.consume(tenant,
          Usage.at(NIGHT).send(SendKind.NOTIFICATION).tier(tier).build());

      assertThat(c.outcome()).as("%s", meter).isEqualTo(Decision.Outcome.DEFERRED);
      assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE_UNAVAILABLE);
      assertThat(c.isConsumed()).isFalse();
      assertThat(c.storeFailure()).containsInstanceOf(StorageException.class);
      assertThat(c.decision().deferredUntil())
          .contains(Instant.parse("2025-11-04T04:00:00Z")); // 07:00 in Nairobi
      assertThat(meter.owedUnits()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void refusedRequest_storeDown_staysRefusedWithItsOwnReasons(Fault fault) {
    for (UsageMeter meter : List.of(failClosed(), failOpen(5))) {
      flaky.down(fault);
      Tenant suspended = tenant("Suspended").toBuilder().status(TenantStatus.SUSPENDED).build();

      Consumption tooBig = meter.consume(tenant("Too Big"), campaign(tier, 1_001));
      Consumption notAllowed = meter.consume(suspended, reply(tier));

      for (Consumption c : List.of(tooBig, notAllowed)) {
        assertThat(c.outcome()).as("%s %s", meter, c).isEqualTo(Decision.Outcome.REFUSED);
        assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE_UNAVAILABLE);
        assertThat(c.isConsumed()).isFalse();
        assertThat(c.storeFailure()).isPresent();
        assertThat(c.reasons()).isNotEqualTo("store unavailable").isNotEmpty();
      }
      assertThat(tooBig.reasons()).contains("monthly_messages");
      assertThat(notAllowed.decision().statusReason()).isPresent();
      assertThat(meter.owedUnits()).isZero();
    }
  }

  // ---------------------------------------------------------------- PostgreSQL

  /**
   * A real PostgreSQL: a closed pool and a data source that refuses connections both arrive as a
   * StorageException inside the consumption; a fail-closed meter refuses and writes nothing; a
   * fail-open meter admits its allowance and reconciles it into the row once connections are
   * served again; a failure on the second statement of a campaign's transaction leaves no counter
   * written.
   */
  @Test
  @Tag("postgres") // left out of mutation runs, which must not start PostgreSQL
  void postgres_connectionsStopBeingServed_storageExceptionInsideTheConsumption() {
    try (MeterPostgres db = MeterPostgres.open()) {
      UsageCounters reader = db.newStorage(2).counters();
      Tenant tenant = tenant("Postgres Down");

      HikariDataSource pool = db.newPool(2);
      UsageMeter closed = UsageMeter.builder()
          .counters(JdbcStorage.postgresql(pool).counters()).build();
      assertThat(closed.consume(tenant, reply(tier)).basis()).isEqualTo(Consumption.Basis.STORE);
      pool.close();
      Consumption refused = closed.consume(tenant, reply(tier));
      assertRefusedOnStoreUnavailable(refused);
      assertThat(refused.storeFailure().orElseThrow()).hasCauseInstanceOf(SQLException.class);
      assertThat(counter(reader, tenant, MESSAGES)).isEqualTo(1);

      AtomicReference<String> mode = new AtomicReference<>("up");
      AtomicInteger statements = new AtomicInteger();
      DataSource switchable = faulty(db.newPool(2), mode, statements);
      UsageMeter open = UsageMeter.builder()
          .counters(JdbcStorage.postgresql(switchable).counters())
          .whenStoreDown(StoreDownPolicy.failOpen(2)).build();
      mode.set("down");
      Consumption first = open.consume(tenant, reply(tier));
      assertThat(first.basis()).isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
      assertThat(first.storeFailure().orElseThrow()).hasRootCauseInstanceOf(SQLException.class);
      assertThat(open.consume(tenant, reply(tier)).basis())
          .isEqualTo(Consumption.Basis.LOCAL_ALLOWANCE);
      assertRefusedOnStoreUnavailable(open.consume(tenant, reply(tier)));
      assertThat(counter(reader, tenant, MESSAGES)).isEqualTo(1);
      mode.set("up");
      assertThat(open.consume(tenant, reply(tier)).basis()).isEqualTo(Consumption.Basis.STORE);
      assertThat(open.owedUnits()).isZero();
      assertThat(counter(reader, tenant, MESSAGES)).as("1 + 2 local + 1").isEqualTo(4);

      Tenant campaigner = tenant("Postgres Half");
      SubscriptionTier three = MeterFixtures.tier(100L, 100L, 100L);
      statements.set(0);
      mode.set("second statement fails");
      UsageMeter closedOnSwitchable = UsageMeter.builder()
          .counters(JdbcStorage.postgresql(switchable).counters()).build();
      assertRefusedOnStoreUnavailable(closedOnSwitchable.consume(campaigner, campaign(three, 4)));
      mode.set("up");
      for (String metric : List.of(MESSAGES, DAILY, CAMPAIGNS)) {
        assertThat(counter(reader, campaigner, metric)).as("nothing half-written: " + metric)
            .isZero();
      }
    }
  }

  /**
   * A data source that is up, refuses every connection ({@code "down"}), or fails every second
   * statement execution ({@code "second statement fails"}).
   */
  private static DataSource faulty(
      DataSource target, AtomicReference<String> mode, AtomicInteger statements) {
    return proxy(DataSource.class, (method, args) -> {
      if (method.getName().equals("getConnection")) {
        if (mode.get().equals("down")) {
          throw new SQLException("injected: connection refused", "08001");
        }
        Connection c = (Connection) method.invoke(target, args);
        return proxy(Connection.class, (m, a) -> {
          Object result = m.invoke(c, a);
          if (m.getName().equals("prepareStatement") && result instanceof java.sql.PreparedStatement ps) {
            return proxy(java.sql.PreparedStatement.class, (sm, sa) -> {
              if (sm.getName().startsWith("execute")
                  && mode.get().equals("second statement fails")
                  && statements.incrementAndGet() % 2 == 0) {
                throw new SQLException("injected: connection lost", "08006");
              }
              return sm.invoke(ps, sa);
            });
          }
          return result;
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
