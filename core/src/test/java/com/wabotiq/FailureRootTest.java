package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.access.webhooks.WebhookProvider;
import com.wabotiq.access.webhooks.WebhookRequest;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.WabotiqException;
import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.ForwardingDocuments;
import com.wabotiq.store.ForwardingTenantRecords;
import com.wabotiq.store.ForwardingUsageCounters;
import com.wabotiq.store.ForwardingWrappedKeys;
import com.wabotiq.store.Stores;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code catch (WabotiqException e)} around any call of the facade catches every failure: each
 * public method of {@link TenantSdk} (and of the credentials, counters and meter it hands out) is
 * run on storage that throws on every call, that returns null from every call, and that returns
 * garbage (undecodable documents, versions and totals the contract rules out, key bytes that do
 * not unwrap). Each fails, and fails as a {@link WabotiqException}.
 */
class FailureRootTest {
  private static final Instant NOON = Instant.parse("2025-11-03T10:00:00Z");
  private static final SubscriptionTier TIER =
      new SubscriptionTier(
          null,
          "Test",
          new BigDecimal("1.00"),
          new BigDecimal("10.00"),
          Currency.getInstance("USD"),
          new TierLimits(1_000L, null, null, 100L, 500L),
          new TierFeatures(false, BigDecimal.ZERO, 2, false, false, ApiAccessLevel.READ));

  /** One call of the facade's public surface, named after the method it exercises. */
  @FunctionalInterface
  interface Call {
    Object run(TenantSdk sdk, TenantId tenant);
  }

  /** The key the healthy store holds, issued before each case. */
  private static final AtomicReference<String> ISSUED_KEY = new AtomicReference<>("");

  private static final AtomicReference<String> ISSUED_HASH = new AtomicReference<>("");

  /** Every call, by the public method it reaches; the name before "(" is the facade method. */
  static final Map<String, Call> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("createTenant", (sdk, id) -> sdk.createTenant(Fixtures.acme()));
    CALLS.put("tenant", (sdk, id) -> sdk.tenant(id));
    CALLS.put("versionedTenant", (sdk, id) -> sdk.versionedTenant(id));
    CALLS.put("findBySlug", (sdk, id) -> sdk.findBySlug("acme-electronics"));
    CALLS.put("findByWhatsappNumber", (sdk, id) -> sdk.findByWhatsappNumber("+254712345678"));
    CALLS.put("changeStatus", (sdk, id) -> sdk.changeStatus(id, TenantStatus.ACTIVE));
    CALLS.put("updateAllowedOrigins",
        (sdk, id) -> sdk.updateAllowedOrigins(id, List.of("https://app.acme.com")));
    CALLS.put("softDelete", (sdk, id) -> sdk.softDelete(id));
    CALLS.put("settings", (sdk, id) -> sdk.settings(id));
    CALLS.put("agentConfiguration", (sdk, id) -> sdk.agentConfiguration(id));
    CALLS.put(
        "updateSettings(version)",
        (sdk, id) ->
            sdk.updateSettings(id, 0, Defaults.settings(id, NOON).toBuilder().build()));
    CALLS.put("updateSettings(function)", (sdk, id) -> sdk.updateSettings(id, s -> s));
    CALLS.put(
        "updateAgentConfiguration(version)",
        (sdk, id) -> sdk.updateAgentConfiguration(id, 0, Defaults.agentConfiguration(id, NOON)));
    CALLS.put("updateAgentConfiguration(function)", (sdk, id) -> sdk.updateAgentConfiguration(id, c -> c));
    CALLS.put(
        "usageCounters(add)",
        (sdk, id) ->
            sdk.usageCounters()
                .addIfWithinLimits(
                    id.value(), List.of(new CounterDelta("monthly_messages", "2025-11", 1, 10))));
    CALLS.put(
        "usageCounters(refund)",
        (sdk, id) -> {
          sdk.usageCounters()
              .refund(id.value(), List.of(new CounterDelta("monthly_messages", "2025-11", 1, 10)));
          return null;
        });
    CALLS.put(
        "usageMeter(consume)",
        (sdk, id) ->
            sdk.usageMeter()
                .consume(
                    activeTenant(id), Usage.at(NOON).send(SendKind.CAMPAIGN, 1).tier(TIER).build()));
    CALLS.put(
        "credentials(put)",
        (sdk, id) -> credentials(sdk).put(id, Credential.STRIPE_SECRET_KEY, Secret.of("sk_1")));
    CALLS.put(
        "credentials(get)", (sdk, id) -> credentials(sdk).get(id, Credential.STRIPE_SECRET_KEY));
    CALLS.put(
        "credentials(remove)",
        (sdk, id) -> {
          credentials(sdk).remove(id, Credential.STRIPE_SECRET_KEY);
          return null;
        });
    CALLS.put(
        "credentials(put record)",
        (sdk, id) -> credentials(sdk).put(id, RecordCredential.TWILIO_TOKEN, Secret.of("tok_1")));
    CALLS.put(
        "credentials(get record)",
        (sdk, id) -> credentials(sdk).get(id, RecordCredential.TWILIO_TOKEN));
    CALLS.put(
        "callbacks(mpesaCallbackUrl)", (sdk, id) -> sdk.callbacks(kek()).mpesaCallbackUrl(id));
    CALLS.put(
        "callbacks(verifyMpesa)",
        (sdk, id) -> sdk.callbacks(kek()).verifyMpesa(id, "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"));
    CALLS.put("callbacks(rotateMpesa)", (sdk, id) -> sdk.callbacks(kek()).rotateMpesa(id, NOON));
    CALLS.put("cacheStats", (sdk, id) -> sdk.cacheStats());
    CALLS.put("apiKeys", (sdk, id) -> sdk.apiKeys());
    CALLS.put(
        "apiKeys(issue)",
        (sdk, id) -> sdk.apiKeys().issue(id, "k", Set.of(ApiScope.READ), null));
    CALLS.put("apiKeys(list)", (sdk, id) -> sdk.apiKeys().list(id));
    CALLS.put("apiKeys(revoke)", (sdk, id) -> sdk.apiKeys().revoke(id, ISSUED_HASH.get()));
    CALLS.put(
        "apiKeys(expire)", (sdk, id) -> sdk.apiKeys().expire(id, ISSUED_HASH.get(), NOON));
    CALLS.put("apiKeys(roll)", (sdk, id) -> sdk.apiKeys().roll(id, ISSUED_HASH.get(), NOON));
    CALLS.put(
        "apiKeys(authenticate)",
        (sdk, id) -> sdk.apiKeys().authenticate(ISSUED_KEY.get(), ApiScope.READ, null));
    CALLS.put("webhooks", (sdk, id) -> sdk.webhooks().verify(id, WebhookProvider.STRIPE,
        WebhookRequest.builder().header("Stripe-Signature", "t=1,v1=00").build()));
  }


  /** Calls that never touch storage, so cannot fail on it. */
  private static final Set<String> STORAGE_FREE = Set.of("cacheStats", "apiKeys");

  /**
   * Calls that may succeed on a failing store by design: the meter's store-down policy decides
   * (failing closed refuses the request without an exception), and a refund returns nothing, so
   * only an adapter that throws can make it fail.
   */
  private static final Set<String> MAY_SUCCEED = Set.of("usageMeter(consume)");

  private static final Set<String> MAY_SUCCEED_UNLESS_THROWING = Set.of("usageCounters(refund)");

  private static final LocalKeyEncryption KEK = LocalKeyEncryption.generate("k1");

  private static LocalKeyEncryption kek() {
    return KEK;
  }

  private static TenantCredentials credentials(TenantSdk sdk) {
    return sdk.credentials(KEK);
  }

  private static Tenant activeTenant(TenantId id) {
    return Tenant.builder()
        .id(id)
        .name("Acme")
        .slug("acme")
        .status(TenantStatus.ACTIVE)
        .timezone(Fixtures.NAIROBI)
        .build();
  }

  /** The stores under test, each on top of an in-memory storage that holds one tenant. */
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String store : List.of("throwing", "null-returning", "garbage")) {
      for (String call : CALLS.keySet()) {
        if (!STORAGE_FREE.contains(call)) {
          cases.add(Arguments.of(store, call));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} store: {1}")
  @MethodSource("cases")
  void everyFacadeCall_failingStore_failsOnlyAsWabotiqException(String store, String call) {
    Stores healthy = Stores.inMemory();
    TenantSdk setup = TenantSdk.builder().storage(healthy).build();
    Tenant tenant = setup.createTenant(Fixtures.acme());
    setup.updateSettings(tenant.id(), s -> s);
    setup.updateAgentConfiguration(tenant.id(), c -> c);
    credentials(setup).put(tenant.id(), Credential.STRIPE_SECRET_KEY, Secret.of("sk_0"));
    credentials(setup).put(tenant.id(), RecordCredential.TWILIO_TOKEN, Secret.of("tok_0"));
    IssuedApiKey issued =
        setup.apiKeys().issue(tenant.id(), "k", Set.of(ApiScope.READ), null);
    ISSUED_KEY.set(issued.secret().reveal());
    ISSUED_HASH.set(issued.info().keyHash());
    credentials(setup).put(tenant.id(), Credential.STRIPE_WEBHOOK_SECRET, Secret.of("whsec_0"));
    TenantSdk sdk = TenantSdk.builder().storage(failing(store, healthy)).keyEncryption(KEK).build();

    Throwable thrown = catchThrowable(() -> CALLS.get(call).run(sdk, tenant.id()));

    if (!MAY_SUCCEED.contains(call)
        && (store.equals("throwing") || !MAY_SUCCEED_UNLESS_THROWING.contains(call))) {
      assertThat(thrown).as("%s on a %s store", call, store).isNotNull();
    }
    if (thrown != null) {
      assertThat(thrown).as("%s on a %s store", call, store).isInstanceOf(WabotiqException.class);
    }
  }

  @Test
  void build_providerThatThrowsForItsStores_failsAsWabotiqException() {
    StorageProvider broken = throwing(StorageProvider.class);

    Throwable thrown = catchThrowable(() -> TenantSdk.builder().storage(broken).build());

    assertThat(thrown).isInstanceOf(WabotiqException.class);
  }

  @Test
  void calls_coverEveryPublicMethodOfTheFacade() {
    Set<String> methods = new TreeSet<>();
    for (Method method : TenantSdk.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
        methods.add(method.getName());
      }
    }
    Set<String> covered = new TreeSet<>();
    for (String call : CALLS.keySet()) {
      int paren = call.indexOf('(');
      covered.add(paren < 0 ? call : call.substring(0, paren));
    }

    assertThat(covered).isEqualTo(methods);
  }

  private static StorageProvider failing(String store, Stores healthy) {
    switch (store) {
      case "throwing":
        return new Stores(
            throwing(TenantRecords.class),
            throwing(Documents.class),
            throwing(UsageCounters.class),
            throwing(WrappedKeys.class),
            throwing(KeyActivity.class));
      case "null-returning":
        return new Stores(
            returningNull(TenantRecords.class),
            returningNull(Documents.class),
            returningNull(UsageCounters.class),
            returningNull(WrappedKeys.class),
            returningNull(KeyActivity.class));
      case "garbage":
        return healthy
            .withTenants(garbageTenants(healthy.tenants()))
            .withDocuments(garbageDocuments(healthy.documents()))
            .withCounters(garbageCounters(healthy.counters()))
            .withWrappedKeys(garbageKeys(healthy.wrappedKeys()));
      default:
        throw new IllegalArgumentException(store);
    }
  }

  /** Every method throws what an adapter bug or a driver might: never a WabotiqException. */
  private static <T> T throwing(Class<T> type) {
    return proxy(
        type,
        method -> {
          throw method.getName().hashCode() % 2 == 0
              ? new UncheckedIOException(new java.io.IOException("connection reset"))
              : new IllegalStateException("pool closed");
        });
  }

  private static <T> T returningNull(Class<T> type) {
    return proxy(type, method -> null);
  }

  private static <T> T proxy(Class<T> type, Function<Method, Object> answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() : null;
              }
              return answer.apply(method);
            }));
  }

  /** Records whose document is not JSON, and writes that report a version never asked for. */
  private static TenantRecords garbageTenants(TenantRecords delegate) {
    return new ForwardingTenantRecords(delegate) {
      @Override
      public Optional<TenantRecord> get(String tenantId) {
        return super.get(tenantId).map(FailureRootTest::undecodable);
      }

      @Override
      public Optional<TenantRecord> findBy(UniqueKey key, String value) {
        return super.findBy(key, value).map(FailureRootTest::undecodable);
      }

      @Override
      public TenantRecord create(TenantRecord record) {
        return withVersion(super.create(record), 7);
      }

      @Override
      public TenantRecord update(TenantRecord record, long expectedVersion) {
        return withVersion(super.update(record, expectedVersion), expectedVersion + 7);
      }

    };
  }

  private static TenantRecord undecodable(TenantRecord r) {
    return new TenantRecord(
        r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), r.status(), r.apiKeyHashes(),
        r.deletedAt(), "{\"id\":");
  }

  private static TenantRecord withVersion(TenantRecord r, long version) {
    return new TenantRecord(
        r.tenantId(), version, r.slug(), r.whatsappNumber(), r.status(), r.apiKeyHashes(),
        r.deletedAt(), r.document());
  }

  /** Documents that are another tenant's or not JSON, and writes at a version never asked for. */
  private static Documents garbageDocuments(Documents delegate) {
    return new ForwardingDocuments(delegate) {
      @Override
      public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
        return super.get(tenantId, kind)
            .map(d -> new VersionedDocument(tenantId, kind, d.version(), "[1,2"));
      }

      @Override
      public VersionedDocument put(
          String tenantId, DocumentKind kind, String json, long expectedVersion) {
        VersionedDocument stored = super.put(tenantId, kind, json, expectedVersion);
        return new VersionedDocument(tenantId, kind, stored.version() + 7, json);
      }
    };
  }

  /** Totals of the wrong size. */
  private static UsageCounters garbageCounters(UsageCounters delegate) {
    return new ForwardingUsageCounters(delegate) {
      @Override
      public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
        return new AddResult(true, List.of());
      }
    };
  }

  /** Wrapped key bytes that do not unwrap. */
  private static WrappedKeys garbageKeys(WrappedKeys delegate) {
    return new ForwardingWrappedKeys(delegate) {
      @Override
      public Optional<byte[]> get(String tenantId, int version) {
        return Optional.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
      }
    };
  }
}
