package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.access.keys.ApiKeyCode;
import com.wabotiq.access.keys.ApiKeyDigest;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.ApiKeyNotAllowedException;
import com.wabotiq.access.keys.ApiKeyNotFoundException;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import com.wabotiq.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import com.wabotiq.spi.storage.KeyUse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API keys through the facade, on real storage (in memory, and JDBC on H2 in PostgreSQL mode):
 * issue, authenticate, list, revoke, expire, roll; statuses, tiers and scopes; other tenants; a
 * second facade on the same storage; last uses; concurrent issues. Time moves by hand (a mutable
 * clock for the facades, a hand-moved ticker for their caches).
 */
class TenantApiKeysTest {
  private static final Duration BOUND = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  /** The storages the main flows run on; JDBC's key activity is the in-memory one's. */
  static Stream<Arguments> storages() {
    return Stream.of(
        Arguments.of(Named.of("in-memory", (Supplier<StorageProvider>) InMemoryStorage::create)),
        Arguments.of(Named.of("JDBC on H2", (Supplier<StorageProvider>) TenantApiKeysTest::h2)));
  }

  static StorageProvider h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    JdbcStorage jdbc = JdbcStorage.h2(h2);
    jdbc.applySchema();
    KeyActivity activity = InMemoryStorage.create().keyActivity();
    return new StorageProvider() {
      @Override
      public TenantRecords tenants() {
        return jdbc.tenants();
      }

      @Override
      public Documents documents() {
        return jdbc.documents();
      }

      @Override
      public UsageCounters counters() {
        return jdbc.counters();
      }

      @Override
      public WrappedKeys wrappedKeys() {
        return jdbc.wrappedKeys();
      }

      @Override
      public KeyActivity keyActivity() {
        return activity;
      }
    };
  }

  private TenantSdk sdk(StorageProvider storage) {
    return TenantSdk.builder().storage(storage).clock(clock).cacheTicker(nanos::get).build();
  }

  private static Tenant tenant(TenantSdk sdk, String name, SubscriptionTier tier) {
    return sdk.createTenant(
        NewTenant.builder(name, Fixtures.NAIROBI).subscriptionTierId(tierId(tier)).build());
  }

  private static TierId tierId(SubscriptionTier tier) {
    TierId id = tier.id();
    assertThat(id).isNotNull();
    return id;
  }

  private static IssuedApiKey issue(TenantSdk sdk, Tenant tenant, ApiScope... scopes) {
    return sdk.apiKeys().issue(tenant.id(), "Production API Key", Set.of(scopes), null);
  }

  private static ApiKeyVerification auth(TenantSdk sdk, IssuedApiKey key, ApiScope scope) {
    return sdk.apiKeys().authenticate(key.secret().reveal(), scope, null);
  }

  /** A well-formed key that the storage under test does not hold. */
  private IssuedApiKey keyElsewhere() {
    TenantSdk elsewhere = sdk(InMemoryStorage.create());
    return issue(elsewhere, tenant(elsewhere, "Elsewhere", SubscriptionTier.GROWTH),
        ApiScope.READ);
  }

  private void advance(Duration by) {
    clock.advance(by);
    nanos.addAndGet(by.toNanos());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void issue_thenAuthenticate_namesTheTenantAndTheKey(Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);

    IssuedApiKey issued = issue(sdk, acme, ApiScope.READ, ApiScope.WRITE);
    ApiKeyVerification read = auth(sdk, issued, ApiScope.READ);
    ApiKeyVerification write = auth(sdk, issued, ApiScope.WRITE);

    assertThat(issued.secret().reveal()).startsWith("wbq_live_").hasSize(48);
    assertThat(issued.info().keyHash()).isEqualTo(issued.secret().digest().hex());
    assertThat(issued.info().createdAt()).isEqualTo(Fixtures.T0);
    assertThat(issued.info().name()).isEqualTo("Production API Key");
    for (ApiKeyVerification v : List.of(read, write)) {
      assertThat(v.isValid()).isTrue();
      assertThat(v.code()).isEqualTo(ApiKeyCode.VALID);
      assertThat(v.httpStatus()).isEqualTo(200);
      assertThat(v.tenantId()).contains(acme.id());
      assertThat(v.key().map(ApiKeyInfo::keyHash)).contains(issued.info().keyHash());
    }
  }

  @Test
  void issue_testEnvironment_givesTestKeysThatAuthenticate() {
    TenantSdk sdk = TenantSdk.builder().storage(InMemoryStorage.create())
        .apiKeyEnvironment(ApiKeyEnvironment.TEST).build();
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);

    IssuedApiKey issued = issue(sdk, acme, ApiScope.READ);

    assertThat(issued.secret().reveal()).startsWith("wbq_test_");
    assertThat(auth(sdk, issued, ApiScope.READ).isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void list_showsWhatWasStored_neverTheKey(Supplier<StorageProvider> storage) {
    StorageProvider provider = storage.get();
    TenantSdk sdk = sdk(provider);
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey first = issue(sdk, acme, ApiScope.READ);
    IssuedApiKey second =
        sdk.apiKeys().issue(acme.id(), "Mobile App Key", Set.of(ApiScope.READ),
            Fixtures.T0.plus(Duration.ofDays(365)));

    List<ApiKeyInfo> keys = sdk.apiKeys().list(acme.id());

    assertThat(keys).containsExactly(first.info(), second.info());
    assertThat(keys.get(1).expiresAt()).isEqualTo(Fixtures.T0.plus(Duration.ofDays(365)));
    String record = provider.tenants().get(acme.id().value()).orElseThrow().document();
    for (IssuedApiKey issued : List.of(first, second)) {
      String key = issued.secret().reveal();
      assertThat(keys.toString()).doesNotContain(key);
      assertThat(record).as("stored document").doesNotContain(key)
          .contains(issued.info().keyHash());
    }
    assertThat(provider.tenants().findBy(UniqueKey.API_KEY_HASH, first.info().keyHash()))
        .map(r -> r.tenantId()).contains(acme.id().value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void revoke_refusedAtOnce_andTheClientCannotTellItFromAnUnknownKey(
      Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey issued = issue(sdk, acme, ApiScope.READ);
    IssuedApiKey unknown = keyElsewhere();
    assertThat(auth(sdk, issued, ApiScope.READ).isValid()).isTrue(); // cached now

    ApiKeyInfo revoked = sdk.apiKeys().revoke(acme.id(), issued.info().keyHash());
    ApiKeyVerification afterRevoke = auth(sdk, issued, ApiScope.READ);
    ApiKeyVerification ofUnknown = auth(sdk, unknown, ApiScope.READ);

    assertThat(revoked.active()).isFalse();
    assertThat(sdk.apiKeys().list(acme.id())).singleElement()
        .satisfies(k -> assertThat(k.active()).isFalse());
    assertThat(afterRevoke.code()).isEqualTo(ApiKeyCode.REVOKED);
    assertThat(afterRevoke.tenantId()).contains(acme.id());
    assertThat(ofUnknown.code()).isEqualTo(ApiKeyCode.UNKNOWN);
    assertThat(ofUnknown.tenantId()).isEmpty();
    assertThat(afterRevoke.httpStatus()).isEqualTo(ofUnknown.httpStatus()).isEqualTo(401);
    assertThat(afterRevoke.clientMessage()).isEqualTo(ofUnknown.clientMessage())
        .isEqualTo("invalid API key");
    assertThat(sdk.apiKeys().revoke(acme.id(), issued.info().keyHash()).active())
        .as("idempotent").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void expire_refusedExactlyAtTheInstant(Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey issued = issue(sdk, acme, ApiScope.READ);
    Instant end = Fixtures.T0.plus(Duration.ofHours(1));

    ApiKeyInfo info = sdk.apiKeys().expire(acme.id(), issued.info().keyHash(), end);
    advance(Duration.ofHours(1).minusNanos(1_000));
    ApiKeyVerification before = auth(sdk, issued, ApiScope.READ);
    advance(Duration.ofNanos(1_000));
    ApiKeyVerification at = auth(sdk, issued, ApiScope.READ);

    assertThat(info.expiresAt()).isEqualTo(end);
    assertThat(before.isValid()).isTrue();
    assertThat(at.code()).isEqualTo(ApiKeyCode.EXPIRED);
    assertThat(at.clientMessage()).isEqualTo("invalid API key");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void roll_newKeyNow_oldOneUntilTheInstantThenRefused(Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey old = issue(sdk, acme, ApiScope.READ, ApiScope.WRITE);
    advance(Duration.ofMinutes(5));
    Instant until = Fixtures.T0.plus(Duration.ofHours(24));

    IssuedApiKey rolled = sdk.apiKeys().roll(acme.id(), old.info().keyHash(), until);

    assertThat(rolled.secret()).isNotEqualTo(old.secret());
    assertThat(rolled.info().name()).isEqualTo(old.info().name());
    assertThat(rolled.info().scopes()).containsExactlyInAnyOrderElementsOf(old.info().scopes());
    assertThat(rolled.info().expiresAt()).isNull();
    assertThat(auth(sdk, rolled, ApiScope.WRITE).isValid()).isTrue();
    assertThat(auth(sdk, old, ApiScope.WRITE).isValid()).as("old, before the instant").isTrue();
    assertThat(sdk.apiKeys().list(acme.id())).extracting(ApiKeyInfo::expiresAt)
        .containsExactly(until, null);
    advance(Duration.between(clock.instant(), until));
    assertThat(auth(sdk, old, ApiScope.WRITE).code()).isEqualTo(ApiKeyCode.EXPIRED);
    assertThat(auth(sdk, rolled, ApiScope.WRITE).isValid()).isTrue();
  }

  @Test
  void roll_keepsAnEarlierExpiry_andRefusesARevokedKey() {
    TenantSdk sdk = sdk(InMemoryStorage.create());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    Instant soon = Fixtures.T0.plus(Duration.ofHours(1));
    IssuedApiKey old =
        sdk.apiKeys().issue(acme.id(), "k", Set.of(ApiScope.READ), soon);
    sdk.apiKeys().roll(acme.id(), old.info().keyHash(), soon.plus(Duration.ofDays(1)));
    IssuedApiKey other = issue(sdk, acme, ApiScope.READ);
    sdk.apiKeys().revoke(acme.id(), other.info().keyHash());

    ApiKeyNotAllowedException refused = catchThrowableOfType(ApiKeyNotAllowedException.class,
        () -> sdk.apiKeys().roll(acme.id(), other.info().keyHash(), soon));

    assertThat(sdk.apiKeys().list(acme.id()).get(0).expiresAt()).isEqualTo(soon);
    assertThat(refused.code()).isEqualTo(ApiKeyCode.REVOKED);
    assertThat(sdk.apiKeys().list(acme.id())).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void scopes_aReadKeyCannotWrite(Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey readOnly = issue(sdk, acme, ApiScope.READ);

    ApiKeyVerification write = auth(sdk, readOnly, ApiScope.WRITE);

    assertThat(write.code()).isEqualTo(ApiKeyCode.INSUFFICIENT_SCOPE);
    assertThat(write.httpStatus()).isEqualTo(403);
    assertThat(write.tenantId()).contains(acme.id());
  }

  /** Every status the lifecycle reaches, by scope, changed through the same facade. */
  @Test
  void status_everyStatusTimesScope_takesEffectAtOnce() {
    TenantSdk sdk = sdk(InMemoryStorage.create());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ, ApiScope.WRITE);
    Tenant other = tenant(sdk, "Other", SubscriptionTier.GROWTH);
    IssuedApiKey otherKey = issue(sdk, other, ApiScope.READ, ApiScope.WRITE);
    List<String> seen = new ArrayList<>();

    seen.add(row(sdk, key, "trial"));
    sdk.changeStatus(acme.id(), TenantStatus.ACTIVE);
    seen.add(row(sdk, key, "active"));
    sdk.changeStatus(acme.id(), TenantStatus.SUSPENDED);
    seen.add(row(sdk, key, "suspended"));
    sdk.changeStatus(acme.id(), TenantStatus.CANCELED);
    seen.add(row(sdk, key, "canceled"));
    sdk.changeStatus(other.id(), TenantStatus.TRIAL_EXPIRED);
    seen.add(row(sdk, otherKey, "trial_expired"));

    assertThat(seen).containsExactly(
        "trial: read=valid write=valid",
        "active: read=valid write=valid",
        "suspended: read=valid write=tenant_forbidden",
        "canceled: read=tenant_forbidden write=tenant_forbidden",
        "trial_expired: read=valid write=tenant_forbidden");
  }

  private static String row(TenantSdk sdk, IssuedApiKey key, String status) {
    return status + ": read=" + auth(sdk, key, ApiScope.READ).code().wireValue() + " write="
        + auth(sdk, key, ApiScope.WRITE).code().wireValue();
  }

  @Test
  void status_trialPastItsEndDate_isReadOnly() {
    TenantSdk sdk = sdk(InMemoryStorage.create());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ, ApiScope.WRITE);

    advance(Tenant.DEFAULT_TRIAL);

    assertThat(auth(sdk, key, ApiScope.READ).isValid()).isTrue();
    assertThat(auth(sdk, key, ApiScope.WRITE).code()).isEqualTo(ApiKeyCode.TENANT_FORBIDDEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void tier_readTier_cannotIssueNorUseWriteKeys(Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant starter = tenant(sdk, "Starter Shop", SubscriptionTier.STARTER);

    ApiKeyNotAllowedException refused = catchThrowableOfType(ApiKeyNotAllowedException.class,
        () -> issue(sdk, starter, ApiScope.READ, ApiScope.WRITE));
    IssuedApiKey read = issue(sdk, starter, ApiScope.READ);
    // A write key written by another tool, or kept from before a downgrade:
    IssuedApiKey planted = issue(sdk, tenant(sdk, "Tmp", SubscriptionTier.GROWTH), ApiScope.WRITE);
    ApiKey plantedKey = new ApiKey(planted.info().keyHash(), "old", List.of(ApiScope.WRITE),
        Fixtures.T0, null, null, true);
    Tenant tmp = sdk.findByApiKeyHash(planted.info().keyHash()).orElseThrow();
    sdk.updateTenantRecord(tmp.id(), t -> t.toBuilder().apiKeys(List.of()).build());
    sdk.updateTenantRecord(starter.id(), t -> {
      List<ApiKey> keys = new ArrayList<>(t.apiKeys());
      keys.add(plantedKey);
      return t.toBuilder().apiKeys(keys).build();
    });

    assertThat(refused.code()).isEqualTo(ApiKeyCode.TIER_FORBIDS);
    assertThat(refused).hasMessage("tenant " + starter.id().value()
        + " may not hold this API key (tier_forbids): scopes [read, write] need api_access full,"
        + " the tier grants read");
    assertThat(sdk.apiKeys().list(starter.id())).extracting(ApiKeyInfo::keyHash)
        .as("nothing written for the refused key")
        .containsExactly(read.info().keyHash(), planted.info().keyHash());
    assertThat(auth(sdk, read, ApiScope.READ).isValid()).isTrue();
    assertThat(auth(sdk, planted, ApiScope.WRITE).code()).isEqualTo(ApiKeyCode.TIER_FORBIDS);
    assertThat(auth(sdk, planted, ApiScope.WRITE).tenantId()).contains(starter.id());
  }

  @Test
  void tier_unknownTier_failsClosed() {
    TenantSdk sdk = sdk(InMemoryStorage.create());
    Tenant none = sdk.createTenant(
        NewTenant.builder("Own Tier", Fixtures.NAIROBI).subscriptionTierId(TierId.random()).build());

    ApiKeyNotAllowedException refused = catchThrowableOfType(ApiKeyNotAllowedException.class,
        () -> issue(sdk, none, ApiScope.READ));

    assertThat(refused.code()).isEqualTo(ApiKeyCode.TIER_FORBIDS);
    assertThat(refused).hasMessageContaining("none (unknown tier)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void crossTenant_aKeyNeverAuthenticatesForAnotherTenant(Supplier<StorageProvider> storage) {
    TenantSdk sdk = sdk(storage.get());
    Tenant a = tenant(sdk, "Tenant A", SubscriptionTier.GROWTH);
    Tenant b = tenant(sdk, "Tenant B", SubscriptionTier.GROWTH);
    IssuedApiKey keyOfA = issue(sdk, a, ApiScope.READ);

    ApiKeyVerification asB = sdk.apiKeys().authenticate(keyOfA.secret().reveal(), ApiScope.READ,
        b.id());
    ApiKeyVerification asA = sdk.apiKeys().authenticate(keyOfA.secret().reveal(), ApiScope.READ,
        a.id());

    assertThat(asB.code()).isEqualTo(ApiKeyCode.TENANT_MISMATCH);
    assertThat(asB.isValid()).isFalse();
    assertThat(asB.httpStatus()).isEqualTo(403);
    assertThat(asA.isValid()).isTrue();
    assertThatThrownBy(() -> sdk.apiKeys().revoke(b.id(), keyOfA.info().keyHash()))
        .isInstanceOf(ApiKeyNotFoundException.class);
    assertThat(auth(sdk, keyOfA, ApiScope.READ).isValid()).as("B could not revoke it").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void deletedTenant_itsKeysAreUnknown(Supplier<StorageProvider> storage) {
    StorageProvider provider = storage.get();
    TenantSdk sdk = sdk(provider);
    TenantSdk second = sdk(provider);
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ);
    assertThat(auth(second, key, ApiScope.READ).isValid()).isTrue();

    sdk.softDelete(acme.id());

    assertThat(auth(sdk, key, ApiScope.READ).code()).as("this facade, at once")
        .isEqualTo(ApiKeyCode.UNKNOWN);
    advance(BOUND);
    assertThat(auth(second, key, ApiScope.READ).code()).as("another, within the bound")
        .isEqualTo(ApiKeyCode.UNKNOWN);
    assertThatThrownBy(() -> issue(sdk, acme, ApiScope.READ))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void revocation_reachesASecondFacade_withinTheCacheBound(Supplier<StorageProvider> storage) {
    StorageProvider provider = storage.get();
    TenantSdk first = sdk(provider);
    TenantSdk second = sdk(provider);
    Tenant acme = tenant(first, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(first, acme, ApiScope.READ);
    assertThat(auth(second, key, ApiScope.READ).isValid()).isTrue(); // cached on the second

    first.apiKeys().revoke(acme.id(), key.info().keyHash());

    assertThat(auth(first, key, ApiScope.READ).code()).isEqualTo(ApiKeyCode.REVOKED);
    advance(BOUND.minusMillis(1));
    assertThat(auth(second, key, ApiScope.READ).isValid())
        .as("stale within the stated bound, as documented").isTrue();
    advance(Duration.ofMillis(1));
    assertThat(auth(second, key, ApiScope.READ).code()).isEqualTo(ApiKeyCode.REVOKED);
  }

  @Test
  void cacheOff_revocationReachesASecondFacadeAtOnce() {
    InMemoryStorage provider = InMemoryStorage.create();
    TenantSdk first = sdk(provider);
    TenantSdk second = TenantSdk.builder().storage(provider).clock(clock)
        .apiKeyCacheExpireAfterWrite(Duration.ZERO).build();
    Tenant acme = tenant(first, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(first, acme, ApiScope.READ);
    assertThat(auth(second, key, ApiScope.READ).isValid()).isTrue();

    first.apiKeys().revoke(acme.id(), key.info().keyHash());

    assertThat(auth(second, key, ApiScope.READ).code()).isEqualTo(ApiKeyCode.REVOKED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void lastUse_writtenAtMostOnceAMinutePerKey_acrossTwoFacades(
      Supplier<StorageProvider> storage) {
    StorageProvider provider = storage.get();
    TenantSdk first = sdk(provider);
    TenantSdk second = sdk(provider);
    Tenant acme = tenant(first, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(first, acme, ApiScope.READ);
    String hash = key.info().keyHash();
    advance(Duration.ofSeconds(5));
    Instant firstUse = clock.instant();

    for (int i = 0; i < 100; i++) {
      assertThat(auth(first, key, ApiScope.READ).isValid()).isTrue();
      assertThat(auth(second, key, ApiScope.READ).isValid()).isTrue();
    }
    assertThat(first.apiKeys().pendingUses()).isOne();
    assertThat(first.apiKeys().flushKeyUses()).containsExactly(hash);
    assertThat(second.apiKeys().flushKeyUses()).as("the other instance, same minute").isEmpty();
    assertThat(first.apiKeys().list(acme.id()).get(0).lastUsedAt()).isEqualTo(firstUse);

    advance(Duration.ofSeconds(20));
    auth(first, key, ApiScope.READ);
    assertThat(first.apiKeys().pendingUses()).as("noted at most once a minute").isZero();
    advance(Duration.ofSeconds(15)); // the cache entry was reloaded: noted again, not written
    auth(first, key, ApiScope.READ);
    assertThat(first.apiKeys().flushKeyUses()).as("the store's own minute").isEmpty();

    advance(Duration.ofSeconds(26));
    Instant later = clock.instant();
    auth(second, key, ApiScope.READ);
    assertThat(second.apiKeys().flushKeyUses()).containsExactly(hash);
    assertThat(first.apiKeys().list(acme.id()).get(0).lastUsedAt()).isEqualTo(later);
    assertThat(first.apiKeys().flushKeyUses()).isEmpty();
  }

  @Test
  void lastUse_refusedUsesAreNotNoted() {
    TenantSdk sdk = sdk(InMemoryStorage.create());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ);

    auth(sdk, key, ApiScope.WRITE);

    assertThat(sdk.apiKeys().pendingUses()).isZero();
    assertThat(sdk.apiKeys().flushKeyUses()).isEmpty();
  }

  @Test
  void lastUse_flushFailure_keepsTheUsesForTheNextFlush() {
    InMemoryStorage healthy = InMemoryStorage.create();
    boolean[] down = {true};
    StorageProvider flaky = new StorageProvider() {
      @Override
      public TenantRecords tenants() {
        return healthy.tenants();
      }

      @Override
      public Documents documents() {
        return healthy.documents();
      }

      @Override
      public UsageCounters counters() {
        return healthy.counters();
      }

      @Override
      public WrappedKeys wrappedKeys() {
        return healthy.wrappedKeys();
      }

      @Override
      public KeyActivity keyActivity() {
        KeyActivity real = healthy.keyActivity();
        return new KeyActivity() {
          @Override
          public Set<String> record(List<KeyUse> uses, Duration minInterval) {
            if (down[0]) {
              throw new IllegalStateException("connection refused");
            }
            return real.record(uses, minInterval);
          }

          @Override
          public Map<String, Instant> lastUses(String tenantId) {
            return real.lastUses(tenantId);
          }

          @Override
          public int forget(String tenantId, Set<String> keyHashes) {
            return real.forget(tenantId, keyHashes);
          }
        };
      }
    };
    TenantSdk sdk = sdk(flaky);
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ);
    auth(sdk, key, ApiScope.READ);

    assertThatThrownBy(() -> sdk.apiKeys().flushKeyUses())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("the adapter threw java.lang.IllegalStateException");
    assertThat(sdk.apiKeys().pendingUses()).isOne();
    down[0] = false;
    assertThat(sdk.apiKeys().flushKeyUses()).containsExactly(key.info().keyHash());
    assertThat(sdk.apiKeys().pendingUses()).isZero();
  }

  @Test
  void authenticate_malformedAndMistypedKeys_neverReachStorage() {
    CountingStorage counting = new CountingStorage();
    TenantSdk sdk = sdk(counting.stores);
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    String key = issue(sdk, acme, ApiScope.READ).secret().reveal();
    char last = key.charAt(47);
    String typo = key.substring(0, 47) + (last == 'a' ? 'b' : 'a');
    int finds = counting.finds.get();

    ApiKeyVerification malformed = sdk.apiKeys().authenticate("Bearer " + key, ApiScope.READ,
        null);
    ApiKeyVerification mistyped = sdk.apiKeys().authenticate(typo, ApiScope.READ, null);
    ApiKeyVerification empty = sdk.apiKeys().authenticate("", ApiScope.READ, null);

    assertThat(malformed.code()).isEqualTo(ApiKeyCode.MALFORMED);
    assertThat(mistyped.code()).isEqualTo(ApiKeyCode.BAD_CHECKSUM);
    assertThat(empty.code()).isEqualTo(ApiKeyCode.MALFORMED);
    assertThat(List.of(malformed, mistyped, empty)).allSatisfy(v -> {
      assertThat(v.httpStatus()).isEqualTo(401);
      assertThat(v.clientMessage()).isEqualTo("invalid API key");
      assertThat(v.tenantId()).isEmpty();
    });
    assertThat(counting.finds.get()).as("no lookup").isEqualTo(finds);
  }

  @Test
  void authenticate_cachesFoundKeysOnly() {
    CountingStorage counting = new CountingStorage();
    TenantSdk sdk = sdk(counting.stores);
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ);
    IssuedApiKey unknown = keyElsewhere();
    int finds = counting.finds.get();

    for (int i = 0; i < 3; i++) {
      assertThat(auth(sdk, key, ApiScope.READ).isValid()).isTrue();
      assertThat(auth(sdk, unknown, ApiScope.READ).code()).isEqualTo(ApiKeyCode.UNKNOWN);
    }

    assertThat(counting.finds.get() - finds).as("1 for the key, 3 for the unknown one")
        .isEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  void issue_concurrentOnOneTenant_losesNoKey(Supplier<StorageProvider> storage)
      throws Exception {
    TenantSdk sdk = sdk(storage.get());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    int threads = 4;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<IssuedApiKey>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<IssuedApiKey> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            mine.add(issue(sdk, acme, ApiScope.READ));
          }
          return mine;
        }));
      }
      start.countDown();
      List<IssuedApiKey> issued = new ArrayList<>();
      for (Future<List<IssuedApiKey>> f : futures) {
        issued.addAll(f.get(60, TimeUnit.SECONDS));
      }

      assertThat(sdk.apiKeys().list(acme.id())).extracting(ApiKeyInfo::keyHash)
          .containsExactlyInAnyOrderElementsOf(
              issued.stream().map(k -> k.info().keyHash()).toList());
      assertThat(issued).hasSize(threads * each)
          .allSatisfy(k -> assertThat(auth(sdk, k, ApiScope.READ).isValid()).isTrue());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badInput_getsATypedAnswerNamingTheRule() {
    TenantSdk sdk = sdk(InMemoryStorage.create());
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ);
    String hash = key.info().keyHash();

    assertThatThrownBy(() -> sdk.apiKeys().issue(acme.id(), " ", Set.of(ApiScope.READ), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\" \") must not be blank");
    assertThatThrownBy(() -> sdk.apiKeys().issue(acme.id(), "k", Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scopes ([]) must hold at least one scope");
    assertThatThrownBy(() -> sdk.apiKeys().issue(acme.id(), "k", Set.of(ApiScope.READ),
        Fixtures.T0.minusSeconds(1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("api_keys[1].expires_at");
    assertThatThrownBy(() -> sdk.apiKeys().issue(acme.id(), "x".repeat(10_000),
        Set.of(ApiScope.READ), null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("api_keys[1].name");
    assertThatThrownBy(() -> sdk.apiKeys().issue(TenantId.random(), "k", Set.of(ApiScope.READ),
        null)).isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> sdk.apiKeys().revoke(acme.id(), ApiKeyDigest.of("x").hex()))
        .isInstanceOf(ApiKeyNotFoundException.class);
    assertThatThrownBy(() -> sdk.apiKeys().expire(acme.id(), hash, Fixtures.T0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("api_keys[0].expires_at");
    assertThatThrownBy(() -> sdk.apiKeys().list(TenantId.random()))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> sdk.apiKeys().authenticate(null, ApiScope.READ, null))
        .hasMessage("key == null");
    assertThat(sdk.apiKeys().list(acme.id())).singleElement()
        .satisfies(k -> assertThat(k.expiresAt()).as("nothing written").isNull());
    assertThat(auth(sdk, key, ApiScope.READ).isValid()).isTrue();
  }

  @Test
  void builder_refusesBadApiKeyOptions() {
    TenantSdk.Builder builder = TenantSdk.builder();

    assertThatThrownBy(() -> builder.apiKeyCacheExpireAfterWrite(Duration.ofSeconds(-1)))
        .hasMessage("apiKeyCacheExpireAfterWrite (PT-1S) must be >= 0");
    assertThatThrownBy(() -> builder.apiKeyUseFlushInterval(Duration.ZERO))
        .hasMessage("apiKeyUseFlushInterval (PT0S) must be > 0");
    assertThatThrownBy(() -> builder.apiKeyEnvironment(null))
        .hasMessage("apiKeyEnvironment == null");
  }

  @Test
  void flush_runsInTheBackground_onTheSharedThread() throws Exception {
    TenantSdk sdk = TenantSdk.builder().storage(InMemoryStorage.create())
        .apiKeyUseFlushInterval(Duration.ofMillis(50)).build();
    Tenant acme = tenant(sdk, "Acme", SubscriptionTier.GROWTH);
    IssuedApiKey key = issue(sdk, acme, ApiScope.READ);

    auth(sdk, key, ApiScope.READ);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (sdk.apiKeys().list(acme.id()).get(0).lastUsedAt() == null
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sdk.apiKeys().list(acme.id()).get(0).lastUsedAt()).isNotNull();
    assertThat(sdk.apiKeys().pendingUses()).isZero();
  }
}
