package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.access.webhooks.CallbackTokenCheck.Code;
import com.wabotiq.access.webhooks.CallbackTokenException;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.access.webhooks.WebhookUrls;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade's M-Pesa callback tokens through real encrypted storage (in memory and JDBC on H2):
 * the token is created once, stored only sealed in the settings' {@code webhook_secret}, checked
 * on another facade, refused at another tenant, rotated with a window that ends exactly at its
 * instant; concurrent first calls agree on one token.
 */
class TenantCallbacksTest {
  private static final Instant NOON = Instant.parse("2025-11-20T12:00:00Z");
  private static final LocalKeyEncryption KEK = LocalKeyEncryption.generate("k1");

  static Stream<Arguments> stores() {
    return Stream.of(
        Arguments.of(Named.of("in-memory", (Supplier<StorageProvider>) InMemoryStorage::create)),
        Arguments.of(Named.of("JDBC on H2", (Supplier<StorageProvider>) () -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:callbacks-" + UUID.randomUUID()
              + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
          JdbcStorage storage = JdbcStorage.h2(h2);
          storage.applySchema();
          return storage;
        })));
  }

  private static TenantSdk facade(StorageProvider storage, MutableClock clock) {
    return TenantSdk.builder().storage(storage).clock(clock).keyEncryption(KEK).build();
  }

  private static String token(String callbackUrl) {
    return callbackUrl.substring(callbackUrl.lastIndexOf('/') + 1);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void firstCall_createsTheToken_storedOnlySealed_andCheckedOnAnotherFacade(
      Supplier<StorageProvider> store) {
    StorageProvider storage = store.get();
    MutableClock clock = new MutableClock(NOON);
    TenantSdk sdk = facade(storage, clock);
    Tenant acme = sdk.createTenant(Fixtures.acme());

    String url = sdk.callbacks().mpesaCallbackUrl(acme.id());
    String token = token(url);

    assertThat(url).isEqualTo(
        "https://api.wabotiq.com/v1/webhooks/mpesa/" + acme.id().value() + "/" + token);
    assertThat(token).matches("[0-9A-Za-z]{32}");
    assertThat(sdk.callbacks().mpesaCallbackUrl(acme.id())).as("the same on a second call")
        .isEqualTo(url);
    String json = JsonCodec.strict().toJson(sdk.settings(acme.id()).value());
    assertThat(json).contains("\"webhook_secret\":\"wbq1.").doesNotContain(token)
        .doesNotContain("cbk1");
    assertThat(sdk.credentials().get(acme.id(), Credential.WEBHOOK_SECRET).orElseThrow().reveal())
        .isEqualTo("cbk1 " + token);

    TenantSdk other = facade(storage, clock);
    assertThat(other.callbacks().verifyMpesa(acme.id(), token).code()).isEqualTo(Code.VALID);
    assertThat(other.callbacks().mpesaCallbackUrl(acme.id())).isEqualTo(url);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void aTenantsToken_isRefusedAtAnotherTenant(Supplier<StorageProvider> store) {
    TenantSdk sdk = facade(store.get(), new MutableClock(NOON));
    Tenant acme = sdk.createTenant(Fixtures.acme());
    Tenant beta = sdk.createTenant(Fixtures.named("Beta Shop"));
    String acmeToken = token(sdk.callbacks().mpesaCallbackUrl(acme.id()));
    String betaToken = token(sdk.callbacks().mpesaCallbackUrl(beta.id()));

    assertThat(betaToken).isNotEqualTo(acmeToken);
    assertThat(sdk.callbacks().verifyMpesa(beta.id(), acmeToken).code()).isEqualTo(Code.MISMATCH);
    assertThat(sdk.callbacks().verifyMpesa(acme.id(), betaToken).code()).isEqualTo(Code.MISMATCH);
    assertThat(sdk.callbacks().verifyMpesa(beta.id(), betaToken).isValid()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void rotation_keepsThePreviousTokenUpToItsInstant_inclusive(Supplier<StorageProvider> store) {
    MutableClock clock = new MutableClock(NOON);
    TenantSdk sdk = facade(store.get(), clock);
    TenantCallbacks callbacks = sdk.callbacks();
    Tenant acme = sdk.createTenant(Fixtures.acme());
    String old = token(callbacks.mpesaCallbackUrl(acme.id()));
    Instant until = NOON.plus(Duration.ofHours(1));

    String fresh = token(callbacks.rotateMpesa(acme.id(), until));

    assertThat(fresh).isNotEqualTo(old);
    assertThat(callbacks.mpesaCallbackUrl(acme.id())).endsWith("/" + fresh);
    assertThat(callbacks.verifyMpesa(acme.id(), fresh).code()).isEqualTo(Code.VALID);
    assertThat(callbacks.verifyMpesa(acme.id(), old).code()).isEqualTo(Code.VALID_PREVIOUS);
    clock.advance(Duration.ofHours(1));
    assertThat(clock.instant()).isEqualTo(until);
    assertThat(callbacks.verifyMpesa(acme.id(), old).code()).as("exactly at the instant")
        .isEqualTo(Code.VALID_PREVIOUS);
    clock.advance(Duration.ofNanos(1));
    assertThat(callbacks.verifyMpesa(acme.id(), old).code()).isEqualTo(Code.EXPIRED_PREVIOUS);
    assertThat(callbacks.verifyMpesa(acme.id(), fresh).code()).isEqualTo(Code.VALID);

    // An instant already passed ends the old token at once.
    String third = token(callbacks.rotateMpesa(acme.id(), clock.instant().minusSeconds(1)));
    assertThat(callbacks.verifyMpesa(acme.id(), fresh).code()).isEqualTo(Code.EXPIRED_PREVIOUS);
    assertThat(callbacks.verifyMpesa(acme.id(), old).code()).isEqualTo(Code.MISMATCH);
    assertThat(callbacks.verifyMpesa(acme.id(), third).code()).isEqualTo(Code.VALID);
  }

  @Test
  void rotate_withoutAToken_givesTheFirstOne() {
    TenantSdk sdk = facade(InMemoryStorage.create(), new MutableClock(NOON));
    Tenant acme = sdk.createTenant(Fixtures.acme());
    String url = sdk.callbacks().rotateMpesa(acme.id(), NOON.plusSeconds(60));
    assertThat(sdk.callbacks().verifyMpesa(acme.id(), token(url)).code()).isEqualTo(Code.VALID);
    assertThat(sdk.credentials().get(acme.id(), Credential.WEBHOOK_SECRET).orElseThrow().reveal())
        .isEqualTo("cbk1 " + token(url));
  }

  @Test
  void refusals_eachWithItsCode() {
    CountingStorage counting = new CountingStorage();
    TenantSdk sdk = TenantSdk.builder().storage(counting.stores).keyEncryption(KEK)
        .cacheEnabled(false).build();
    Tenant acme = sdk.createTenant(Fixtures.acme());
    TenantCallbacks callbacks = sdk.callbacks();
    String wellFormed = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";

    int reads = counting.gets.get();
    assertThat(callbacks.verifyMpesa(acme.id(), null).code()).isEqualTo(Code.MISSING);
    assertThat(callbacks.verifyMpesa(acme.id(), "").code()).isEqualTo(Code.MISSING);
    assertThat(callbacks.verifyMpesa(acme.id(), "../../etc").code()).isEqualTo(Code.MALFORMED);
    assertThat(counting.gets.get()).as("no storage read for a missing or malformed token")
        .isEqualTo(reads);

    assertThat(callbacks.verifyMpesa(acme.id(), wellFormed).code()).isEqualTo(Code.NOT_CONFIGURED);
    assertThat(callbacks.verifyMpesa(TenantId.random(), wellFormed).code())
        .isEqualTo(Code.UNKNOWN_TENANT);
    String token = token(callbacks.mpesaCallbackUrl(acme.id()));
    assertThat(callbacks.verifyMpesa(acme.id(), wellFormed).code()).isEqualTo(Code.MISMATCH);
    sdk.softDelete(acme.id());
    assertThat(callbacks.verifyMpesa(acme.id(), token).code()).isEqualTo(Code.TENANT_DELETED);
    assertThatThrownBy(() -> callbacks.mpesaCallbackUrl(acme.id()))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> callbacks.rotateMpesa(acme.id(), NOON))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> callbacks.mpesaCallbackUrl(TenantId.random()))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void aStoredValueThatIsNotCallbackKeys_isATypedError_showingNothingOfIt() {
    TenantSdk sdk = facade(InMemoryStorage.create(), new MutableClock(NOON));
    Tenant acme = sdk.createTenant(Fixtures.acme());
    sdk.credentials().put(acme.id(), Credential.WEBHOOK_SECRET, Secret.of("legacy-secret-42xyz"));
    String wellFormed = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";

    assertThatThrownBy(() -> sdk.callbacks().verifyMpesa(acme.id(), wellFormed))
        .isInstanceOf(CallbackTokenException.class)
        .hasMessageContaining("must start with 'cbk1 '")
        .hasMessageNotContaining("legacy-secret-42xyz");
    assertThatThrownBy(() -> sdk.callbacks().mpesaCallbackUrl(acme.id()))
        .isInstanceOf(CallbackTokenException.class);
    long version = sdk.settings(acme.id()).version();
    assertThatThrownBy(() -> sdk.callbacks().rotateMpesa(acme.id(), NOON))
        .isInstanceOf(CallbackTokenException.class);
    assertThat(sdk.settings(acme.id()).version()).as("nothing written").isEqualTo(version);
  }

  @Test
  void aSealedValueCopiedFromAnotherTenant_doesNotOpen() {
    TenantSdk sdk = facade(InMemoryStorage.create(), new MutableClock(NOON));
    Tenant acme = sdk.createTenant(Fixtures.acme());
    Tenant beta = sdk.createTenant(Fixtures.named("Beta Shop"));
    String acmeToken = token(sdk.callbacks().mpesaCallbackUrl(acme.id()));
    var sealed = Credential.WEBHOOK_SECRET.in(sdk.settings(acme.id()).value()).orElseThrow();
    sdk.updateSettings(beta.id(), s -> Credential.WEBHOOK_SECRET.with(s, sealed));

    assertThatThrownBy(() -> sdk.callbacks().verifyMpesa(beta.id(), acmeToken))
        .isInstanceOf(CredentialException.class)
        .hasMessageNotContaining(acmeToken);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void concurrentFirstCalls_onManyFacades_agreeOnOneToken(Supplier<StorageProvider> store)
      throws Exception {
    StorageProvider storage = store.get();
    MutableClock clock = new MutableClock(NOON);
    Tenant acme = facade(storage, clock).createTenant(Fixtures.acme());
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 5; round++) {
        Tenant tenant = round == 0 ? acme
            : facade(storage, clock).createTenant(Fixtures.named("Shop " + round));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> urls = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          TenantSdk own = facade(storage, clock);
          urls.add(pool.submit(() -> {
            start.await();
            return own.callbacks().mpesaCallbackUrl(tenant.id());
          }));
        }
        start.countDown();
        Set<String> distinct = new HashSet<>();
        for (Future<String> url : urls) {
          distinct.add(url.get(30, TimeUnit.SECONDS));
        }
        assertThat(distinct).as("round %d", round).hasSize(1);
        String token = token(distinct.iterator().next());
        assertThat(facade(storage, clock).callbacks().verifyMpesa(tenant.id(), token).code())
            .isEqualTo(Code.VALID);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builderOption_setsTheBase_andWebhookUrlsListsEveryEndpoint() {
    TenantSdk sdk = TenantSdk.builder().storage(InMemoryStorage.create()).keyEncryption(KEK)
        .webhookUrls(WebhookUrls.of("https://hooks.example.com/api/")).build();
    Tenant acme = sdk.createTenant(Fixtures.acme());
    String id = acme.id().value();

    assertThat(sdk.callbacks().urls().baseUrl()).isEqualTo("https://hooks.example.com/api");
    assertThat(sdk.callbacks().webhookUrls(acme.id()))
        .containsEntry(WebhookEndpoint.TWILIO_INBOUND,
            "https://hooks.example.com/api/webhooks/twilio/inbound/" + id)
        .containsEntry(WebhookEndpoint.PAYSTACK,
            "https://hooks.example.com/api/webhooks/paystack/" + id)
        .hasSize(WebhookEndpoint.values().length);
    assertThat(sdk.callbacks().mpesaCallbackUrl(acme.id()))
        .startsWith("https://hooks.example.com/api/webhooks/mpesa/" + id + "/");
    assertThat(TenantSdk.inMemory().callbacks(KEK).urls()).isEqualTo(WebhookUrls.defaults());
  }

  @Test
  void withoutKeyEncryption_callbacksIsACallOrderError_andToStringHidesTokens() {
    TenantSdk bare = TenantSdk.inMemory();
    assertThatThrownBy(bare::callbacks).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keyEncryption");
    assertThatThrownBy(() -> TenantSdk.builder().webhookUrls(null))
        .isInstanceOf(NullPointerException.class).hasMessage("webhookUrls == null");

    TenantCallbacks callbacks = bare.callbacks(KEK);
    Tenant acme = bare.createTenant(Fixtures.acme());
    String token = token(callbacks.mpesaCallbackUrl(acme.id()));
    assertThat(callbacks.toString())
        .isEqualTo("TenantCallbacks[WebhookUrls[https://api.wabotiq.com/v1]]")
        .doesNotContain(token);
    assertThat(callbacks.verifyMpesa(acme.id(), token).toString()).doesNotContain(token);
  }
}
