package com.wabotiq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client's behaviour that is the API's, against a running {@link LocalApiServer} rather than
 * stubs: a credential set through the client is stored encrypted and comes back as a hint; paging
 * through daily analytics and API keys gives every item exactly once; the ETag cache is answered
 * 304 by the server; a stale {@code If-Match} is a {@code version_conflict}; a repeated idempotency
 * key creates one key; the server's refusals arrive as the client's typed exceptions (401, 403,
 * 404, 422 with field errors, 429 with {@code Retry-After}, retried when the policy allows); and
 * two tenants' clients never see each other's data.
 */
@Timeout(60)
class LocalServerBehaviourTest {
  private static LocalApiServer server;
  private static TenantSdk sdk;
  private static SeededTenant demo;
  private static SeededTenant other;
  private static WabotiqClient client;
  private static WabotiqClient otherClient;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    sdk = server.sdk();
    demo = server.seedDemoTenant();
    other = server.seedTenant("Other Shop", demo.tierId());
    client = client(server, demo.apiKey().reveal(), demo.tenantId());
    otherClient = client(server, other.apiKey().reveal(), other.tenantId());
  }

  @AfterAll
  static void stop() {
    client.close();
    otherClient.close();
    server.close();
  }

  private static WabotiqClient client(LocalApiServer to, String key, TenantId tenant) {
    return WabotiqClient.builder(key, tenant)
        .baseUrl(to.baseUri().toString())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void aCredentialSetThroughTheClient_isStoredEncrypted_andShownAsAHint() {
    String plaintext = "sk_test_" + UUID.randomUUID().toString().replace("-", "");
    MaskedSettings answer = client.settings().update(SettingsPatch.builder()
        .credential(Credential.STRIPE_SECRET_KEY, Secret.of(plaintext))
        .build());

    TenantSettings stored = sdk.settings(demo.tenantId()).value();
    SealedSecret sealed = Credential.STRIPE_SECRET_KEY.in(stored).orElseThrow();
    assertThat(sealed.ciphertext()).doesNotContain(plaintext).doesNotContain(plaintext.substring(8));
    assertThat(sdk.credentials().get(demo.tenantId(), Credential.STRIPE_SECRET_KEY)
        .orElseThrow().reveal()).isEqualTo(plaintext);
    String hint = Secret.of(plaintext).hint();
    assertThat(answer.hint(Credential.STRIPE_SECRET_KEY)).contains(hint);
    assertThat(hint).doesNotContain(plaintext.substring(8));
    assertThat(Credential.STRIPE_SECRET_KEY.in(answer.settings())).isEmpty();
    assertThat(client.settings().get().hint(Credential.STRIPE_SECRET_KEY)).contains(hint);

    client.settings().update(SettingsPatch.builder().clear(Credential.STRIPE_SECRET_KEY).build());
    assertThat(Credential.STRIPE_SECRET_KEY.in(sdk.settings(demo.tenantId()).value())).isEmpty();
    assertThat(client.settings().get().isSet(Credential.STRIPE_SECRET_KEY)).isFalse();
  }

  @Test
  void pagingThroughDailyAnalytics_givesEachSeededDayOnce() {
    ZoneId zone = sdk.tenant(demo.tenantId()).orElseThrow().timezone();
    LocalDate today = LocalDate.now(zone == null ? ZoneId.of("UTC") : zone);
    LocalDate from = today.minusDays(89);
    List<LocalDate> all = from.datesUntil(today.plusDays(1)).toList();

    List<LocalDate> iterated = new ArrayList<>();
    for (DailyAnalytics day : client.analytics().daily(from, today)) {
      iterated.add(day.date());
    }
    assertThat(iterated).containsExactlyElementsOf(all);

    List<LocalDate> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<DailyAnalytics> page = client.analytics().dailyPage(from, today, cursor, 7);
      page.items().forEach(d -> paged.add(d.date()));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < 100);
    assertThat(pages).isEqualTo(13);
    assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(all);
  }

  @Test
  void pagingThroughApiKeys_givesEachKeyOnce() {
    SeededTenant many = server.seedDemoTenant();
    for (int i = 0; i < 230; i++) {
      sdk.apiKeys().issue(many.tenantId(), "key " + i, Set.of(ApiScope.READ), null);
    }
    try (WabotiqClient manyClient = client(server, many.apiKey().reveal(), many.tenantId())) {
      List<String> hashes = manyClient.apiKeys().list().stream().map(ApiKeyInfo::keyHash).toList();
      assertThat(hashes).hasSize(231).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(sdk.apiKeys().list(many.tenantId()).stream()
              .map(ApiKeyInfo::keyHash).toList());
      int pages = 0;
      for (Page<ApiKeyInfo> page : manyClient.apiKeys().list().pages()) {
        assertThat(page.items()).isNotEmpty();
        pages++;
      }
      assertThat(pages).isEqualTo(3);
    }
  }

  @Test
  void theEtagCache_isAnswered304ByTheServer_andSeesAnotherWriter() {
    try (WabotiqClient cached = WabotiqClient.builder(demo.apiKey().reveal(), demo.tenantId())
        .baseUrl(server.baseUri().toString())
        .retryPolicy(RetryPolicy.none())
        .cache(100, Duration.ofMinutes(5))
        .build()) {
      ApiResponse<AgentConfiguration> first =
          cached.agentConfiguration().getWithResponse(RequestOptions.none());
      assertThat(first.fromCache()).isFalse();
      ApiResponse<AgentConfiguration> second =
          cached.agentConfiguration().getWithResponse(RequestOptions.none());
      assertThat(second.fromCache()).isTrue();
      assertThat(second.value()).isEqualTo(first.value());
      assertThat(second.etag()).isEqualTo(first.etag());

      var current = sdk.agentConfiguration(demo.tenantId());
      sdk.updateAgentConfiguration(demo.tenantId(), current.version(),
          current.value().toBuilder().customInstructions("Changed by another writer.").build());
      ApiResponse<AgentConfiguration> third =
          cached.agentConfiguration().getWithResponse(RequestOptions.none());
      assertThat(third.fromCache()).isFalse();
      assertThat(third.value().customInstructions()).isEqualTo("Changed by another writer.");
      assertThat(third.etag()).isNotEqualTo(first.etag());
    }
  }

  @Test
  void aStaleIfMatch_isAVersionConflict() {
    ApiResponse<AgentConfiguration> read =
        client.agentConfiguration().getWithResponse(RequestOptions.none());
    String etag = read.etag().orElseThrow();
    AgentConfiguration changed = read.value().toBuilder().customInstructions("First.").build();
    client.agentConfiguration().replace(changed, RequestOptions.builder().ifMatch(etag).build());

    AgentConfiguration again = read.value().toBuilder().customInstructions("Second.").build();
    assertThatThrownBy(() -> client.agentConfiguration().replace(again,
        RequestOptions.builder().ifMatch(etag).build()))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("version_conflict");
          assertThat(e.requestId()).isPresent();
        });
    assertThat(sdk.agentConfiguration(demo.tenantId()).value().customInstructions())
        .isEqualTo("First.");

    String settingsEtag = client.settings().getWithResponse(RequestOptions.none())
        .etag().orElseThrow();
    client.settings().update(SettingsPatch.builder().clear("woo_store_url").build(),
        RequestOptions.builder().ifMatch(settingsEtag).build());
    SettingsPatch patch = SettingsPatch.builder().clear("shopify_shop_domain").build();
    assertThatThrownBy(() -> client.settings().update(patch,
        RequestOptions.builder().ifMatch(settingsEtag).build()))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("version_conflict"));
  }

  @Test
  void theSameIdempotencyKeyTwice_createsOneKey() {
    int before = sdk.apiKeys().list(demo.tenantId()).size();
    RequestOptions options = RequestOptions.builder()
        .idempotencyKey("create-" + UUID.randomUUID()).build();
    NewApiKey request = NewApiKey.of("Idempotent", ApiScope.READ);
    IssuedApiKey first = client.apiKeys().create(request, options);
    IssuedApiKey second = client.apiKeys().create(request, options);
    assertThat(second.info().keyHash()).isEqualTo(first.info().keyHash());
    assertThat(second.secret().reveal()).isEqualTo(first.secret().reveal());
    assertThat(sdk.apiKeys().list(demo.tenantId())).hasSize(before + 1);

    NewApiKey another = NewApiKey.of("Another", ApiScope.READ);
    assertThatThrownBy(() -> client.apiKeys().create(another, options))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("idempotency_conflict"));
  }

  @Test
  void aRevokedKey_isAnAuthenticationException() {
    IssuedApiKey issued = sdk.apiKeys().issue(demo.tenantId(), "soon revoked",
        Set.of(ApiScope.READ), null);
    try (WabotiqClient revoked =
        client(server, issued.secret().reveal(), demo.tenantId())) {
      assertThat(revoked.tenant().get().id()).isEqualTo(demo.tenantId());
      sdk.apiKeys().revoke(demo.tenantId(), issued.info().keyHash());
      assertThatThrownBy(() -> revoked.tenant().get())
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("invalid_api_key");
            assertThat(e.getMessage()).doesNotContain(issued.secret().reveal());
          });
    }
  }

  @Test
  void anotherTenantsKey_andAMissingScope_arePermissionExceptions() {
    try (WabotiqClient foreign =
        client(server, other.apiKey().reveal(), demo.tenantId())) {
      assertThatThrownBy(() -> foreign.settings().get())
          .isInstanceOfSatisfying(PermissionException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("tenant_mismatch");
          });
    }
    IssuedApiKey readOnly = sdk.apiKeys().issue(demo.tenantId(), "read only",
        Set.of(ApiScope.READ), null);
    try (WabotiqClient reader =
        client(server, readOnly.secret().reveal(), demo.tenantId())) {
      assertThat(reader.settings().get().settings().tenantId()).isEqualTo(demo.tenantId());
      assertThatThrownBy(() -> reader.apiKeys().create(NewApiKey.of("nope", ApiScope.READ)))
          .isInstanceOfSatisfying(PermissionException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("insufficient_scope");
          });
    }
  }

  @Test
  void revokingAnUnknownHash_isNotFound() {
    assertThatThrownBy(() -> client.apiKeys().revoke("0".repeat(64)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.code()).isEqualTo("not_found");
        });
  }

  @Test
  void anInvalidSetting_isAnInvalidRequestWithFieldErrors() {
    TenantSettings current = sdk.settings(demo.tenantId()).value();
    SettingsPatch patch = SettingsPatch.builder()
        .group(current.llm().toBuilder().llmTemperature(5.0).build())
        .build();
    assertThatThrownBy(() -> client.settings().update(patch))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.code()).isEqualTo("invalid_request");
          assertThat(e.fieldErrors()).extracting(FieldError::path).contains("llm_temperature");
        });
    assertThat(sdk.settings(demo.tenantId()).value()).isEqualTo(current);
  }

  @Test
  void pastTheRateLimit_isARateLimitException_retriedAfterRetryAfterWhenAllowed() {
    try (LocalApiServer limited = LocalApiServer.builder()
        .rateLimit(1, Duration.ofSeconds(1)).build().start()) {
      SeededTenant tenant = limited.seedDemoTenant();
      try (WabotiqClient once = client(limited, tenant.apiKey().reveal(), tenant.tenantId())) {
        RateLimitException refused = null;
        for (int i = 0; i < 3 && refused == null; i++) {
          try {
            once.subscription().tiers();
          } catch (RateLimitException e) {
            refused = e;
          }
        }
        assertThat(refused).as("a 429 within three calls to a limit of one a second").isNotNull();
        RateLimitException limitedBy = Objects.requireNonNull(refused);
        assertThat(limitedBy.status()).isEqualTo(429);
        assertThat(limitedBy.code()).isEqualTo("rate_limited");
        assertThat(limitedBy.retryAfter()).hasValueSatisfying(
            wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThat(limitedBy.attempts()).isEqualTo(1);
      }
      RetryPolicy honours = RetryPolicy.builder()
          .maxRetries(3)
          .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
          .build();
      try (WabotiqClient retrying = WabotiqClient.builder(tenant.apiKey().reveal(),
              tenant.tenantId())
          .baseUrl(limited.baseUri().toString())
          .retryPolicy(honours)
          .build()) {
        retrying.subscription().tiers();
        long started = System.nanoTime();
        ApiResponse<?> answered =
            retrying.subscription().tiersWithResponse(RequestOptions.none());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (answered.attempts() > 1) {
          assertThat(took).as("waited Retry-After").isGreaterThan(Duration.ofMillis(300));
        }
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.attempts()).isBetween(1, 3);
      }
      RetryPolicy capped = honours.toBuilder().maxRetryAfter(Duration.ZERO).build();
      try (WabotiqClient impatient = WabotiqClient.builder(tenant.apiKey().reveal(),
              tenant.tenantId())
          .baseUrl(limited.baseUri().toString())
          .retryPolicy(capped)
          .build()) {
        assertThatThrownBy(() -> {
          for (int i = 0; i < 3; i++) {
            impatient.subscription().tiers();
          }
        }).isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.attempts()).as("Retry-After past maxRetryAfter ends the retries")
              .isEqualTo(1);
          assertThat(e.retryAfter()).isPresent();
        });
      }
    }
  }

  @Test
  void twoTenantsClients_neverSeeEachOthersData() {
    assertThat(client.tenant().get().id()).isEqualTo(demo.tenantId());
    assertThat(otherClient.tenant().get().id()).isEqualTo(other.tenantId());
    assertThat(otherClient.tenant().get().name()).isEqualTo("Other Shop");
    assertThat(client.settings().get().settings().tenantId()).isEqualTo(demo.tenantId());
    assertThat(otherClient.settings().get().settings().tenantId()).isEqualTo(other.tenantId());
    assertThat(otherClient.agentConfiguration().get().tenantId()).isEqualTo(other.tenantId());

    Set<String> mine = new HashSet<>();
    client.apiKeys().list().forEach(k -> mine.add(k.keyHash()));
    Set<String> theirs = new HashSet<>();
    otherClient.apiKeys().list().forEach(k -> theirs.add(k.keyHash()));
    assertThat(mine).isNotEmpty().doesNotContainAnyElementsOf(theirs);
    assertThat(theirs).containsExactlyInAnyOrderElementsOf(sdk.apiKeys().list(other.tenantId())
        .stream().map(ApiKeyInfo::keyHash).toList());

    String theirKey = sdk.apiKeys().list(other.tenantId()).get(0).keyHash();
    assertThatThrownBy(() -> client.apiKeys().revoke(theirKey))
        .isInstanceOf(NotFoundException.class);
    assertThat(sdk.apiKeys().list(other.tenantId()).get(0).active()).isTrue();

    otherClient.agentConfiguration().replace(otherClient.agentConfiguration().get().toBuilder()
        .customInstructions("Other's own.").build());
    assertThat(client.agentConfiguration().get().customInstructions())
        .isNotEqualTo("Other's own.");
  }
}
