package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.TenantWebhooks;
import com.wabotiq.access.webhooks.ReplayGuard;
import com.wabotiq.access.webhooks.Verification;
import com.wabotiq.access.webhooks.VerificationCode;
import com.wabotiq.access.webhooks.WebhookProvider;
import com.wabotiq.access.webhooks.WebhookRequest;
import com.wabotiq.access.webhooks.WebhookVerifier;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of {@code docs/access-webhooks.md} on deliveries signed here as the
 * providers sign them: each snippet is the text between a {@code // [snippet:name]} and a {@code
 * // [end]} line here, and {@link #theDocShowsExactlyTheseSnippets} checks that the document's
 * {@code java} blocks, each after a {@code <!-- snippet:name -->} line, are these texts.
 */
class WebhooksDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/access-webhooks.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/WebhooksDocSnippetsTest.java");

  private final String stripeWebhookSecret = "whsec_0123456789abcdefghijklmnopqrstuv";
  private final List<Verification> accepted = new ArrayList<>();

  @Test
  void oneProviderWithTheHostsSecret() throws GeneralSecurityException {
    byte[] body = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}"
        .getBytes(StandardCharsets.UTF_8);
    long t = Instant.now().getEpochSecond();
    String signed = "t=" + t + ",v1=" + HexFormat.of().formatHex(
        hmac(stripeWebhookSecret, (t + ".").getBytes(StandardCharsets.UTF_8), body));
    assertThat(receive(body, signed)).isEqualTo(200);
    assertThat(accepted).extracting(Verification::code).containsExactly(VerificationCode.VERIFIED);
    assertThat(accepted.get(0).deliveryId()).contains("evt_1");

    byte[] tampered = "{\"id\":\"evt_1\",\"type\":\"payment_intent.failed\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(receive(tampered, signed)).isEqualTo(400);
    assertThat(receive(body, "t=" + t + ",v1=00")).isEqualTo(400);
    assertThat(accepted).hasSize(1);
  }

  /** The first snippet as a handler holds it: an HTTP status for the delivery. */
  private int receive(byte[] rawBodyBytes, String signatureHeader) {
    // [snippet:verifier]
    WebhookVerifier stripe = WebhookVerifier.builder(WebhookProvider.STRIPE)
        .secret(Secret.of(stripeWebhookSecret))   // the whole whsec_... string, from your secret store
        .replayGuard(ReplayGuard.inMemory(10_000, Duration.ofMinutes(5)))
        .build();

    WebhookRequest request = WebhookRequest.builder()
        .body(rawBodyBytes)
        .header("Stripe-Signature", signatureHeader)
        .build();
    Verification v = stripe.verify(request);
    if (!v.isVerified()) {
      return 400; // v.code() says why: NO_SIGNATURE_MATCH, TIMESTAMP_OUTSIDE_TOLERANCE, REPLAYED, ...
    }
    // [end]
    accepted.add(v);
    return 200;
  }

  @Test
  void perTenantWithTheStoredSecret() throws GeneralSecurityException {
    StorageProvider storage = InMemoryStorage.create();
    LocalKeyEncryption masterKeys = LocalKeyEncryption.generate("master-2026-11");
    TenantSdk admin = TenantSdk.builder().storage(storage).keyEncryption(masterKeys).build();
    TenantId tenantId =
        admin.createTenant(NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi")).build()).id();
    WebhookRequest request = shopifyDelivery("shpss_0123456789abcdef", "delivery-1");
    assertThat(admin.webhooks().verify(tenantId, WebhookProvider.SHOPIFY, request).code())
        .isEqualTo(VerificationCode.NO_SECRET);
    admin.credentials().put(tenantId, Credential.SHOPIFY_WEBHOOK_SECRET,
        Secret.of("shpss_0123456789abcdef"));
    // [snippet:per-tenant]
    TenantSdk sdk = TenantSdk.builder()
        .storage(storage)
        .keyEncryption(masterKeys)
        .webhooks(TenantWebhooks.Options.defaults()) // 300 s tolerance, replay guard of 10,000 ids
        .build();

    Verification v = sdk.webhooks().verify(tenantId, WebhookProvider.SHOPIFY, request);
    // [end]
    assertThat(v.code()).isEqualTo(VerificationCode.VERIFIED);
    assertThat(sdk.webhooks().verify(tenantId, WebhookProvider.SHOPIFY, request).code())
        .isEqualTo(VerificationCode.REPLAYED);
    assertThat(sdk.webhooks().options()).isEqualTo(new TenantWebhooks.Options(
        Duration.ofMinutes(5), 10_000));
  }

  private static WebhookRequest shopifyDelivery(String secret, String id)
      throws GeneralSecurityException {
    byte[] body = "{\"id\":820982911946154508,\"total_price\":\"199.00\"}"
        .getBytes(StandardCharsets.UTF_8);
    return WebhookRequest.builder().body(body)
        .header("X-Shopify-Hmac-Sha256", Base64.getEncoder().encodeToString(hmac(secret, body)))
        .header("X-Shopify-Webhook-Id", id)
        .build();
  }

  private static byte[] hmac(String secret, byte[]... parts) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    for (byte[] part : parts) {
      mac.update(part);
    }
    return mac.doFinal();
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("verifier", "per-tenant");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
