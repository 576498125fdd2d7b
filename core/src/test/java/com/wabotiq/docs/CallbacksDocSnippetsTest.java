package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantCallbacks;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.webhooks.CallbackTokenCheck.Code;
import com.wabotiq.access.webhooks.CallbackTokenCheck;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.access.webhooks.WebhookUrls;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of {@code docs/access-callbacks.md}: each snippet is the text between a
 * {@code // [snippet:name]} and a {@code // [end]} line here, and {@link
 * #theDocShowsExactlyTheseSnippets} checks that the document's {@code java} blocks, each after a
 * {@code <!-- snippet:name -->} line, are these texts.
 */
class CallbacksDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/access-callbacks.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/CallbacksDocSnippetsTest.java");

  private final StorageProvider storage = InMemoryStorage.create();
  private final LocalKeyEncryption masterKeys = LocalKeyEncryption.generate("master-2026-11");
  private final TenantSdk sdk =
      TenantSdk.builder().storage(storage).keyEncryption(masterKeys).build();
  private final TenantId tenant = sdk.createTenant(
      NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi")).build()).id();
  private final TenantCallbacks callbacks = sdk.callbacks();

  @Test
  void configure() {
    // [snippet:configure]
    TenantSdk sdk = TenantSdk.builder()
        .storage(storage)
        .keyEncryption(masterKeys)
        .webhookUrls(WebhookUrls.of("https://hooks.example.com/v1"))
        .build();
    Map<WebhookEndpoint, String> urls = sdk.callbacks().webhookUrls(tenant);
    String stripe = urls.get(WebhookEndpoint.STRIPE);
    // https://hooks.example.com/v1/webhooks/stripe/<tenant_id>
    // [end]
    assertThat(stripe).isEqualTo("https://hooks.example.com/v1/webhooks/stripe/" + tenant.value());
  }

  @Test
  void registerVerifyRotate() {
    // [snippet:register]
    TenantCallbacks callbacks = sdk.callbacks();
    String callbackUrl = callbacks.mpesaCallbackUrl(tenant);
    // Pass callbackUrl as the STK Push request's CallBackURL (or register it for C2B).
    // It holds the token: never log it.
    // [end]
    String token = callbackUrl.substring(callbackUrl.lastIndexOf('/') + 1);
    assertThat(handle(tenant.value(), token)).isEqualTo(200);
    assertThat(handle(tenant.value(), "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")).isEqualTo(404);
    assertThat(handle(TenantId.random().value(), token)).isEqualTo(404);

    // [snippet:rotate]
    String newUrl = callbacks.rotateMpesa(tenant, Instant.now().plus(Duration.ofDays(2)));
    // Use newUrl for new STK Push requests (and re-register it for C2B); callbacks of requests
    // made with the old URL are still accepted for two days.
    // [end]
    String fresh = newUrl.substring(newUrl.lastIndexOf('/') + 1);
    assertThat(callbacks.verifyMpesa(tenant, token).code()).isEqualTo(Code.VALID_PREVIOUS);
    assertThat(callbacks.verifyMpesa(tenant, fresh).code()).isEqualTo(Code.VALID);
  }

  /** The verify snippet as a handler would hold it: an HTTP status for the callback. */
  private int handle(String tenantIdSegment, String tokenSegment) {
    // [snippet:verify]
    CallbackTokenCheck check = callbacks.verifyMpesa(TenantId.of(tenantIdSegment), tokenSegment);
    if (!check.isValid()) {
      return 404; // the same answer for every refusal
    }
    // [end]
    return 200;
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("configure", "register", "verify", "rotate");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
