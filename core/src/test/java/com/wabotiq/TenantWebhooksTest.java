package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.access.webhooks.VerificationCode;
import com.wabotiq.access.webhooks.Verification;
import com.wabotiq.access.webhooks.WebhookProvider;
import com.wabotiq.access.webhooks.WebhookRequest;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facade's webhook verification with real encrypted credentials: each tenant's secret is
 * sealed in its settings and opened per call; a delivery signed with tenant A's secret is refused
 * at tenant B; a tenant without a secret gets {@code NO_SECRET}; a host's extra secrets rotate.
 */
class TenantWebhooksTest {
  private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
  private static final byte[] BODY =
      "{\"id\":\"evt_A1\",\"object\":\"event\"}".getBytes(StandardCharsets.UTF_8);

  private final TenantSdk sdk = TenantSdk.builder().storage(InMemoryStorage.create())
      .keyEncryption(LocalKeyEncryption.generate("k1"))
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  private final TenantId a = sdk.createTenant(Fixtures.named("Tenant A")).id();
  private final TenantId b = sdk.createTenant(Fixtures.named("Tenant B")).id();

  private static byte[] hmac(String algorithm, String key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A request signed as the provider signs, with {@code secret}. */
  private static WebhookRequest signed(WebhookProvider provider, String secret) {
    WebhookRequest.Builder r = WebhookRequest.builder().body(BODY);
    String header = provider.signatureHeader();
    switch (provider) {
      case STRIPE -> {
        long t = NOW.getEpochSecond();
        byte[] msg = (t + "." + new String(BODY, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
        r.header(header, "t=" + t + ",v1=" + HexFormat.of().formatHex(
            hmac("HmacSHA256", secret, msg)));
      }
      case TWILIO -> {
        String url = "https://hooks.example.com/twilio/status";
        r.body(new byte[0]).url(url).header(header,
            Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret,
                url.getBytes(StandardCharsets.UTF_8))));
      }
      case META -> r.header(header,
          "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, BODY)));
      case SHOPIFY, WOOCOMMERCE -> r.header(header,
          Base64.getEncoder().encodeToString(hmac("HmacSHA256", secret, BODY)));
      case PAYSTACK -> r.header(header, HexFormat.of().formatHex(hmac("HmacSHA512", secret, BODY)));
    }
    return r.build();
  }

  private static Credential credential(WebhookProvider provider) {
    return switch (provider) {
      case STRIPE -> Credential.STRIPE_WEBHOOK_SECRET;
      case TWILIO -> Credential.TWILIO_TOKEN;
      case SHOPIFY -> Credential.SHOPIFY_WEBHOOK_SECRET;
      case WOOCOMMERCE -> Credential.WOO_WEBHOOK_SECRET;
      case PAYSTACK -> Credential.PAYSTACK_SECRET_KEY;
      case META -> throw new AssertionError("META has no tenant credential");
    };
  }

  @ParameterizedTest
  @EnumSource(value = WebhookProvider.class, names = "META", mode = EnumSource.Mode.EXCLUDE)
  void verify_storedSecret_verifiedAtItsTenantOnly(WebhookProvider provider) {
    sdk.credentials().put(a, credential(provider), Secret.of("secret-of-A-" + provider));
    sdk.credentials().put(b, credential(provider), Secret.of("secret-of-B-" + provider));
    WebhookRequest fromA = signed(provider, "secret-of-A-" + provider);

    assertThat(sdk.webhooks().verify(a, provider, fromA).code())
        .isEqualTo(VerificationCode.VERIFIED);
    assertThat(sdk.webhooks().verify(b, provider, fromA).code())
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
  }

  @ParameterizedTest
  @EnumSource(value = WebhookProvider.class, names = "META", mode = EnumSource.Mode.EXCLUDE)
  void verify_noSecretStored_noSecretCode(WebhookProvider provider) {
    Verification v = sdk.webhooks().verify(a, provider, signed(provider, "anything"));
    assertThat(v.code()).isEqualTo(VerificationCode.NO_SECRET);
    assertThat(v.provider()).isEqualTo(provider);
  }

  @Test
  void verify_extraSecrets_rotateBesideTheStoredOne() {
    sdk.credentials().put(a, Credential.SHOPIFY_WEBHOOK_SECRET, Secret.of("old-shopify-secret"));
    WebhookRequest withNew = signed(WebhookProvider.SHOPIFY, "new-shopify-secret");
    assertThat(sdk.webhooks().verify(a, WebhookProvider.SHOPIFY, withNew).code())
        .isEqualTo(VerificationCode.NO_SIGNATURE_MATCH);
    assertThat(sdk.webhooks().verify(a, WebhookProvider.SHOPIFY, withNew,
        List.of(Secret.of("new-shopify-secret"))).code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(sdk.webhooks().verify(a, WebhookProvider.SHOPIFY,
        signed(WebhookProvider.SHOPIFY, "old-shopify-secret"),
        List.of(Secret.of("new-shopify-secret"))).code()).isEqualTo(VerificationCode.VERIFIED);
    // Extra secrets alone serve a tenant that has none stored yet.
    assertThat(sdk.webhooks().verify(b, WebhookProvider.SHOPIFY, withNew,
        List.of(Secret.of("new-shopify-secret"))).code()).isEqualTo(VerificationCode.VERIFIED);
  }

  @Test
  void verify_sameStripeEventTwice_replayed() {
    sdk.credentials().put(a, Credential.STRIPE_WEBHOOK_SECRET, Secret.of("whsec_A"));
    WebhookRequest request = signed(WebhookProvider.STRIPE, "whsec_A");
    Verification first = sdk.webhooks().verify(a, WebhookProvider.STRIPE, request);
    assertThat(first.code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(first.deliveryId()).hasValue("evt_A1");
    assertThat(sdk.webhooks().verify(a, WebhookProvider.STRIPE, request).code())
        .isEqualTo(VerificationCode.REPLAYED);
  }

  @Test
  void verify_staleStripeDelivery_refusedByTheFacadeClock() {
    TenantSdk later = TenantSdk.builder().storage(InMemoryStorage.create())
        .keyEncryption(LocalKeyEncryption.generate("k1"))
        .clock(Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC))
        .webhooks(TenantWebhooks.Options.defaults().withTolerance(Duration.ofSeconds(60))
            .withReplayGuardSize(0))
        .build();
    TenantId t = later.createTenant(Fixtures.named("Later")).id();
    later.credentials().put(t, Credential.STRIPE_WEBHOOK_SECRET, Secret.of("whsec_L"));
    assertThat(later.webhooks().verify(t, WebhookProvider.STRIPE,
        signed(WebhookProvider.STRIPE, "whsec_L")).code())
        .isEqualTo(VerificationCode.TIMESTAMP_OUTSIDE_TOLERANCE);
  }

  @Test
  void verifyMeta_appSecrets_verifiedOrNoSecret() {
    WebhookRequest request = signed(WebhookProvider.META, "meta-app-secret");
    assertThat(sdk.webhooks().verifyMeta(request,
        List.of(Secret.of("other"), Secret.of("meta-app-secret"))).code())
        .isEqualTo(VerificationCode.VERIFIED);
    assertThat(sdk.webhooks().verifyMeta(request, List.of()).code())
        .isEqualTo(VerificationCode.NO_SECRET);
  }

  @Test
  void verify_metaForATenant_refusedAsCallerMistake() {
    assertThatThrownBy(() -> sdk.webhooks().verify(a, WebhookProvider.META,
        signed(WebhookProvider.META, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider (META) is the bot's own channel: use verifyMeta(request, appSecrets)");
  }

  @Test
  void verify_unknownTenant_notFound() {
    assertThatThrownBy(() -> sdk.webhooks().verify(TenantId.of("nobody"),
        WebhookProvider.STRIPE, signed(WebhookProvider.STRIPE, "x")))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void verify_withoutKeyEncryption_illegalState() {
    TenantSdk bare = TenantSdk.builder().storage(InMemoryStorage.create()).build();
    TenantId t = bare.createTenant(Fixtures.named("Bare")).id();
    assertThatThrownBy(() -> bare.webhooks().verify(t, WebhookProvider.STRIPE,
        signed(WebhookProvider.STRIPE, "x"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void options_validatedAndShownWithoutSecrets() {
    assertThat(sdk.webhooks().options()).isEqualTo(TenantWebhooks.Options.defaults());
    assertThat(sdk.webhooks()).isSameAs(sdk.webhooks());
    assertThat(sdk.webhooks().toString())
        .isEqualTo("TenantWebhooks[Options[tolerance=PT5M, replayGuardSize=10000]]");
    assertThatThrownBy(() -> new TenantWebhooks.Options(Duration.ofSeconds(5), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replayGuardSize (-1) must be >= 0");
    assertThatThrownBy(() -> new TenantWebhooks.Options(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance (PT0S) must be whole seconds from PT1S to P1D");
  }
}
