package com.wabotiq.examples.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.access.webhooks.WebhookUrls;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the access examples do, proved over real loopback HTTP against a running server: the
 * servlet filter in Jetty and the handler in the JDK's {@code HttpServer} must answer alike. The
 * application behind the gate echoes the tenant it was given and the body it can still read.
 */
@Timeout(60)
abstract class AccessGateContract {
  static final Instant NOW = Instant.parse("2025-11-20T09:00:00Z");
  static final String PUBLIC_BASE = "https://hooks.acme-host.example/v1";
  static final String ALLOWED = "https://dashboard.acme.com";
  static final String STRIPE_SECRET = "whsec_test_secret_for_the_access_examples";
  static final String TWILIO_TOKEN = "12345678901234567890123456789012";

  final InMemoryStorage storage = InMemoryStorage.create();
  final TenantSdk sdk = TenantSdk.builder()
      .storage(storage)
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .keyEncryption(LocalKeyEncryption.generate("examples-kek"))
      .webhookUrls(WebhookUrls.of(PUBLIC_BASE))
      .build();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  Tenant acme;
  Tenant other;
  IssuedApiKey readWrite;
  IssuedApiKey readOnly;
  IssuedApiKey otherKey;
  String base;

  /**
   * Starts a server on a loopback port with the gate in front of an application that answers 200
   * with {@code tenant=<id> body=<the body it read>}.
   *
   * @return the server's base URL, e.g. {@code http://127.0.0.1:34567}
   */
  abstract String start(AccessGate gate) throws Exception;

  abstract void stop() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    acme = sdk.createTenant(NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
        .subscriptionTierId(SubscriptionTier.GROWTH.id()).build());
    other = sdk.createTenant(NewTenant.builder("Other Shop", ZoneId.of("Africa/Nairobi"))
        .subscriptionTierId(SubscriptionTier.GROWTH.id()).build());
    sdk.updateAllowedOrigins(acme.id(), List.of(ALLOWED));
    readWrite = sdk.apiKeys().issue(acme.id(), "Production API Key",
        Set.of(ApiScope.READ, ApiScope.WRITE), null);
    readOnly = sdk.apiKeys().issue(acme.id(), "Mobile App Key", Set.of(ApiScope.READ), null);
    otherKey = sdk.apiKeys().issue(other.id(), "Other", Set.of(ApiScope.READ), null);
    sdk.credentials().put(acme.id(), Credential.STRIPE_WEBHOOK_SECRET, Secret.of(STRIPE_SECRET));
    sdk.credentials().put(acme.id(), Credential.TWILIO_TOKEN, Secret.of(TWILIO_TOKEN));
    sdk.credentials().put(other.id(), Credential.STRIPE_WEBHOOK_SECRET,
        Secret.of("whsec_another_tenants_secret"));
    base = start(new AccessGate(sdk, List.of()));
  }

  @AfterEach
  void tearDown() throws Exception {
    stop();
  }

  String api(Tenant tenant) {
    return base + "/v1/tenants/" + tenant.id().value() + "/settings";
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder get(String url, String key) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key);
  }

  @Test
  void preflight_fromAllowedOrigin_forPatchWithTenantHeader_passes() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api(acme)))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "PATCH")
        .header("Access-Control-Request-Headers", "authorization,content-type,x-tenant-id"));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("PATCH");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()
        .toLowerCase(java.util.Locale.ROOT)).contains("x-tenant-id");
    assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
    assertThat(response.headers().firstValue("Vary").orElseThrow()).contains("Origin");
  }

  @Test
  void preflight_fromUnknownOrigin_isRefused_withoutAllowOrigin() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api(acme)))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "PATCH"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("Vary").orElseThrow()).contains("Origin");
    assertThat(response.body()).contains("cors_refused");
  }

  @Test
  void get_withReadKey_fromAllowedOrigin_reachesTheApplication_withCorsHeaders() throws Exception {
    HttpResponse<String> response =
        send(get(api(acme), readOnly.secret().reveal()).header("Origin", ALLOWED));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("tenant=" + acme.id().value() + " body=");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
  }

  @Test
  void request_fromRefusedOrigin_isRefused_beforeTheKey() throws Exception {
    HttpResponse<String> response = send(get(api(acme), readWrite.secret().reveal())
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .header("Origin", "https://evil.example"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("cors_refused").doesNotContain("tenant=");
  }

  @Test
  void noKey_is401_withBearerChallenge() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api(acme))));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void revokedMistypedAndUnknownKeys_getTheSameAnswer() throws Exception {
    String revoked = readWrite.secret().reveal();
    sdk.apiKeys().revoke(acme.id(), readWrite.info().keyHash());
    char last = revoked.charAt(revoked.length() - 1);
    String mistyped = revoked.substring(0, revoked.length() - 1) + (last == 'a' ? 'b' : 'a');

    HttpResponse<String> afterRevoke = send(get(api(acme), revoked));
    HttpResponse<String> typo = send(get(api(acme), mistyped));
    HttpResponse<String> garbage = send(get(api(acme), "not-a-key"));

    assertThat(afterRevoke.statusCode()).isEqualTo(401);
    assertThat(typo.statusCode()).isEqualTo(401);
    assertThat(garbage.statusCode()).isEqualTo(401);
    assertThat(afterRevoke.body()).isEqualTo(typo.body()).isEqualTo(garbage.body())
        .contains("invalid API key");
  }

  @Test
  void write_withReadOnlyKey_is403() throws Exception {
    HttpResponse<String> response = send(get(api(acme), readOnly.secret().reveal())
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("scope");
  }

  @Test
  void write_withReadWriteKey_passes() throws Exception {
    HttpResponse<String> response = send(get(api(acme), readWrite.secret().reveal())
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"x\":1}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("tenant=" + acme.id().value());
  }

  @Test
  void keyOfAnotherTenant_isRefused() throws Exception {
    HttpResponse<String> response = send(get(api(acme), otherKey.secret().reveal()));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("tenant=");
  }

  @Test
  void tenantHeaderNamingAnotherTenant_isRefused() throws Exception {
    HttpResponse<String> response = send(get(api(acme), readOnly.secret().reveal())
        .header("X-TENANT-ID", other.id().value()));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("tenant_mismatch");
  }

  @Test
  void stripeWebhook_signedWithTheTenantsSecret_passes_andTheBodyIsStillReadable()
      throws Exception {
    String body = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
    HttpResponse<String> response = send(stripe(acme, body, STRIPE_SECRET));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("tenant=" + acme.id().value() + " body=" + body);
  }

  @Test
  void stripeWebhook_tampered_orSignedWithAnotherTenantsSecret_isRefused() throws Exception {
    String body = "{\"id\":\"evt_2\",\"amount\":100}";
    long t = NOW.getEpochSecond();
    HttpRequest.Builder tampered = HttpRequest.newBuilder(URI.create(webhook("stripe", acme)))
        .header("Stripe-Signature", "t=" + t + ",v1=" + hex("HmacSHA256", STRIPE_SECRET,
            t + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body.replace("100", "1")));

    assertThat(send(tampered).statusCode()).isEqualTo(401);
    assertThat(send(stripe(other, body, STRIPE_SECRET)).statusCode()).isEqualTo(401);
    assertThat(send(stripe(acme, body, "whsec_another_tenants_secret")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void twilioWebhook_signedOverThePublicUrl_passes() throws Exception {
    String url = PUBLIC_BASE + "/webhooks/twilio/inbound/" + acme.id().value();
    String form = "Body=Hello&From=whatsapp%3A%2B254700000001&To=whatsapp%3A%2B254712345678";
    String signed = url + "BodyHello" + "Fromwhatsapp:+254700000001" + "Towhatsapp:+254712345678";
    HttpResponse<String> response = send(HttpRequest.newBuilder(
            URI.create(webhook("twilio/inbound", acme)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Twilio-Signature", base64("HmacSHA1", TWILIO_TOKEN, signed))
        .POST(HttpRequest.BodyPublishers.ofString(form)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).endsWith("body=" + form);
  }

  @Test
  void mpesaCallback_withTheTenantsToken_passes_andAnyOtherTokenIsNotFound() throws Exception {
    String callback = sdk.callbacks().mpesaCallbackUrl(acme.id());
    String path = callback.substring(PUBLIC_BASE.length());
    String otherPath = sdk.callbacks().mpesaCallbackUrl(other.id())
        .substring(PUBLIC_BASE.length());
    String wrong = path.substring(0, path.lastIndexOf('/') + 1)
        + otherPath.substring(otherPath.lastIndexOf('/') + 1);

    HttpResponse<String> good = send(HttpRequest.newBuilder(URI.create(base + "/v1" + path))
        .POST(HttpRequest.BodyPublishers.ofString("{\"Body\":{}}")));
    HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(base + "/v1" + wrong))
        .POST(HttpRequest.BodyPublishers.ofString("{\"Body\":{}}")));

    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(bad.statusCode()).isEqualTo(404);
  }

  @Test
  void webhook_pastTheBodyLimit_is413() throws Exception {
    byte[] huge = new byte[AccessGate.MAX_WEBHOOK_BODY + 1];
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(webhook("stripe", acme)))
        .header("Stripe-Signature", "t=1,v1=00")
        .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void webhook_get_is405_andUnknownRoutesAre404() throws Exception {
    assertThat(send(HttpRequest.newBuilder(URI.create(webhook("stripe", acme)))).statusCode())
        .isEqualTo(405);
    assertThat(send(HttpRequest.newBuilder(URI.create(base + "/v1/webhooks/nope/x"))
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
    assertThat(send(get(base + "/v1/tenants/not-a-tenant/settings",
        readOnly.secret().reveal())).statusCode()).isEqualTo(404);
  }

  @Test
  void tenantWithUnusableStoredOrigins_letsNoBrowserIn_butServersStillAuthenticate()
      throws Exception {
    // An http origin written to storage around updateAllowedOrigins, e.g. by another tool.
    TenantRecord record = storage.tenants().get(acme.id().value()).orElseThrow();
    String document = record.document().replace(ALLOWED, "http://dashboard.acme.com");
    storage.tenants().update(new TenantRecord(record.tenantId(), record.version() + 1,
        record.slug(), record.whatsappNumber(), record.status(), record.apiKeyHashes(),
        record.deletedAt(), document), record.version());
    TenantSdk fresh = TenantSdk.builder().storage(storage)
        .keyEncryption(LocalKeyEncryption.generate("examples-kek-2")).build();
    stop();
    base = start(new AccessGate(fresh, List.of()));

    HttpResponse<String> fromBrowser =
        send(get(api(acme), readOnly.secret().reveal()).header("Origin", ALLOWED));
    HttpResponse<String> fromServer = send(get(api(acme), readOnly.secret().reveal()));

    assertThat(document).contains("http://dashboard.acme.com");
    assertThat(fromBrowser.statusCode()).isEqualTo(403);
    assertThat(fromBrowser.body()).contains("cors_refused");
    assertThat(fromServer.statusCode()).isEqualTo(200);
  }

  String webhook(String route, Tenant tenant) {
    return base + "/v1/webhooks/" + route + "/" + tenant.id().value();
  }

  HttpRequest.Builder stripe(Tenant tenant, String body, String secret) throws Exception {
    long t = NOW.getEpochSecond();
    return HttpRequest.newBuilder(URI.create(webhook("stripe", tenant)))
        .header("Stripe-Signature", "t=" + t + ",v1=" + hex("HmacSHA256", secret, t + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static byte[] mac(String algorithm, String key, String data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(String algorithm, String key, String data) throws GeneralSecurityException {
    return HexFormat.of().formatHex(mac(algorithm, key, data));
  }

  static String base64(String algorithm, String key, String data)
      throws GeneralSecurityException {
    return Base64.getEncoder().encodeToString(mac(algorithm, key, data));
  }
}
