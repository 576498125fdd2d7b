package com.wabotiq;

import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.store.ForwardingTenantRecords;
import com.wabotiq.store.Stores;
import com.wabotiq.tenant.IllegalStatusTransitionException;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Status changes through the facade: the lifecycle's rules, versions, conflicts and races. */
class TenantSdkStatusTest {
  /** How to reach each status from a new tenant (in trial), by allowed steps. */
  private static final Map<TenantStatus, List<TenantStatus>> PATHS =
      Map.of(
          TenantStatus.TRIAL, List.of(),
          TenantStatus.ACTIVE, List.of(TenantStatus.ACTIVE),
          TenantStatus.TRIAL_EXPIRED, List.of(TenantStatus.TRIAL_EXPIRED),
          TenantStatus.SUSPENDED, List.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED),
          TenantStatus.CANCELED, List.of(TenantStatus.CANCELED));

  private final MutableClock clock = new MutableClock(T0);
  private final CountingStorage storage = new CountingStorage();
  private final TenantSdk sdk = TenantSdk.builder().storage(storage.stores).clock(clock).build();

  static Stream<TenantStatus[]> everyPair() {
    List<TenantStatus[]> pairs = new ArrayList<>();
    for (TenantStatus from : TenantStatus.values()) {
      for (TenantStatus to : TenantStatus.values()) {
        pairs.add(new TenantStatus[] {from, to});
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void changeStatus_everyPair_followsTheLifecycle(TenantStatus from, TenantStatus to) {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    for (TenantStatus step : PATHS.get(from)) {
      sdk.changeStatus(tenant.id(), step);
    }
    long version = sdk.versionedTenant(tenant.id()).orElseThrow().version();
    int updates = storage.updates.get();
    clock.advance(Duration.ofMinutes(5));

    if (from.canTransitionTo(to)) {
      Tenant changed = sdk.changeStatus(tenant.id(), to);
      assertThat(changed.status()).isEqualTo(to);
      assertThat(changed.updatedAt()).isEqualTo(clock.instant());
      assertThat(stored(tenant.id()).version()).isEqualTo(version + 1);
      assertThat(stored(tenant.id()).status()).isEqualTo(to.wireValue());
    } else {
      assertThatThrownBy(() -> sdk.changeStatus(tenant.id(), to))
          .isInstanceOfSatisfying(
              IllegalStatusTransitionException.class,
              e -> {
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(to);
              })
          .hasMessage("status transition " + from + " -> " + to + " is not allowed");
      assertThat(storage.updates.get()).isEqualTo(updates); // nothing written
      assertThat(stored(tenant.id()).version()).isEqualTo(version);
      assertThat(stored(tenant.id()).status()).isEqualTo(from.wireValue());
    }
  }

  @Test
  void changeStatus_keepsEveryOtherField() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    clock.advance(Duration.ofDays(3));

    Tenant active = sdk.changeStatus(tenant.id(), TenantStatus.ACTIVE);

    assertThat(active)
        .isEqualTo(
            tenant.toBuilder().status(TenantStatus.ACTIVE).updatedAt(T0.plus(Duration.ofDays(3))).build());
    TenantSdk fresh = TenantSdk.builder().storage(storage.memory).build();
    assertThat(fresh.tenant(tenant.id())).contains(active);
  }

  @Test
  void changeStatus_unknownTenant_tenantNotFound() {
    TenantId unknown = TenantId.of("0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");

    assertThatThrownBy(() -> sdk.changeStatus(unknown, TenantStatus.ACTIVE))
        .isInstanceOfSatisfying(
            TenantNotFoundException.class,
            e -> {
              assertThat(e.tenantId()).isEqualTo(unknown);
              assertThat(e.isDeleted()).isFalse();
            })
        .hasMessage("tenant 0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d does not exist");
    assertThat(storage.writes()).isZero();
  }

  @Test
  void changeStatus_conflictThenAllowed_retriesOnWhatItFinds() {
    Stores memory = Stores.inMemory();
    AtomicInteger calls = new AtomicInteger();
    TenantSdk racing = racingSdk(memory, calls, TenantStatus.SUSPENDED);
    Tenant tenant = racing.createTenant(Fixtures.acme());
    racing.changeStatus(tenant.id(), TenantStatus.ACTIVE);
    calls.set(0);
    armed = true;

    Tenant canceled = racing.changeStatus(tenant.id(), TenantStatus.CANCELED);

    assertThat(calls).hasValue(2); // ours (conflicting with the rival's write), ours again
    assertThat(canceled.status()).isEqualTo(TenantStatus.CANCELED);
    assertThat(memory.tenants().get(tenant.id().value()).orElseThrow().version()).isEqualTo(4);
  }

  @Test
  void changeStatus_conflictThenRefused_reCheckedAgainstWhatItFinds() {
    Stores memory = Stores.inMemory();
    AtomicInteger calls = new AtomicInteger();
    TenantSdk racing = racingSdk(memory, calls, TenantStatus.CANCELED);
    Tenant tenant = racing.createTenant(Fixtures.acme());
    armed = true;

    assertThatThrownBy(() -> racing.changeStatus(tenant.id(), TenantStatus.ACTIVE))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessage("status transition canceled -> active is not allowed");
    TenantRecord stored = memory.tenants().get(tenant.id().value()).orElseThrow();
    assertThat(stored.status()).isEqualTo("canceled"); // the rival's write, and nothing of ours
    assertThat(stored.version()).isEqualTo(2);
  }

  private volatile boolean armed;

  /**
   * A facade whose storage, once {@link #armed}, lets a rival write {@code rivalStatus} just
   * before the facade's next update, so that update conflicts.
   */
  private TenantSdk racingSdk(Stores memory, AtomicInteger calls, TenantStatus rivalStatus) {
    TenantSdk rival = TenantSdk.builder().storage(memory).cacheEnabled(false).build();
    Stores racing =
        memory.withTenants(
            new ForwardingTenantRecords(memory.tenants()) {
              @Override
              public TenantRecord update(TenantRecord record, long expectedVersion) {
                calls.incrementAndGet();
                if (armed) {
                  armed = false;
                  rival.changeStatus(com.wabotiq.types.TenantId.of(record.tenantId()), rivalStatus);
                }
                return super.update(record, expectedVersion);
              }
            });
    return TenantSdk.builder().storage(racing).clock(clock).build();
  }

  @Test
  void changeStatus_conflictsForever_givesUpAfterBoundedAttempts() {
    Stores memory = Stores.inMemory();
    AtomicInteger attempts = new AtomicInteger();
    Stores hostile =
        memory.withTenants(
            new ForwardingTenantRecords(memory.tenants()) {
              @Override
              public TenantRecord update(TenantRecord record, long expectedVersion) {
                attempts.incrementAndGet();
                throw new VersionConflictException("tenant", record.tenantId(), expectedVersion, 99);
              }
            });
    TenantSdk stuck = TenantSdk.builder().storage(hostile).build();
    Tenant tenant = stuck.createTenant(Fixtures.acme());

    assertThatThrownBy(() -> stuck.changeStatus(tenant.id(), TenantStatus.ACTIVE))
        .isInstanceOf(VersionConflictException.class);
    assertThat(attempts).hasValue(TenantSdk.MAX_ATTEMPTS);
    assertThat(memory.tenants().get(tenant.id().value()).orElseThrow().status()).isEqualTo("trial");
  }

  @Test
  void changeStatus_eightThreadsActivateOneTenant_exactlyOneWins() throws Exception {
    Tenant tenant = sdk.createTenant(Fixtures.acme());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch gate = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Boolean> activate =
            () -> {
              gate.await();
              try {
                sdk.changeStatus(tenant.id(), TenantStatus.ACTIVE);
                return true;
              } catch (IllegalStatusTransitionException refused) {
                assertThat(refused.from()).isEqualTo(TenantStatus.ACTIVE);
                return false;
              }
            };
        results.add(pool.submit(activate));
      }
      gate.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(wins).isEqualTo(1);
      assertThat(stored(tenant.id()).version()).isEqualTo(2);
      assertThat(stored(tenant.id()).status()).isEqualTo("active");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void changeStatus_nullArguments_npe() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());

    assertThatThrownBy(() -> sdk.changeStatus(null, TenantStatus.ACTIVE))
        .hasMessage("tenant_id == null");
    assertThatThrownBy(() -> sdk.changeStatus(tenant.id(), null)).hasMessage("status == null");
  }

  private TenantRecord stored(TenantId id) {
    return storage.memory.tenants().get(id.value()).orElseThrow();
  }
}
