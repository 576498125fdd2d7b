package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantApiKeys;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyCode;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the Java snippet of {@code docs/access-keys.md} (the text between {@code // [snippet:name]}
 * and {@code // [end]} here) and checks that the page's {@code java} block, after its {@code <!--
 * snippet:name -->} line, is that text: the page cannot drift from code that compiles and runs.
 */
class AccessKeysDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/access-keys.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/AccessKeysDocSnippetsTest.java");

  @Test
  void lifecycle() {
    TenantSdk sdk = TenantSdk.inMemory();
    TenantId tenantId =
        sdk.createTenant(
                NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi"))
                    .subscriptionTierId(Objects.requireNonNull(SubscriptionTier.GROWTH.id()))
                    .build())
            .id();
    List<String> refusals = new ArrayList<>();
    // [snippet:lifecycle]
    TenantApiKeys keys = sdk.apiKeys();
    IssuedApiKey issued =
        keys.issue(tenantId, "Production API Key", Set.of(ApiScope.READ, ApiScope.WRITE), null);
    String shownOnce = issued.secret().reveal(); // wbq_live_…, 48 characters: show it once
    String keyHash = issued.info().keyHash(); // what is stored, and how to name the key

    // A request: Authorization: Bearer <key>, X-TENANT-ID: <tenant>
    ApiKeyVerification answer = keys.authenticate(shownOnce, ApiScope.WRITE, tenantId);
    if (!answer.isValid()) {
      // log answer.code() for the host; send answer.httpStatus() and answer.clientMessage()
      refusals.add(answer.code() + " " + answer.httpStatus() + " " + answer.clientMessage());
    }

    List<ApiKeyInfo> listed = keys.list(tenantId); // hash, name, scopes, dates, last use
    IssuedApiKey next = keys.roll(tenantId, keyHash, Instant.now().plus(Duration.ofHours(24)));
    keys.expire(tenantId, next.info().keyHash(), Instant.now().plus(Duration.ofDays(365)));
    keys.revoke(tenantId, keyHash);
    // [end]
    assertThat(answer.isValid()).isTrue();
    assertThat(refusals).isEmpty();
    assertThat(listed).singleElement().isEqualTo(issued.info());
    assertThat(keys.authenticate(shownOnce, ApiScope.READ, tenantId).code())
        .isEqualTo(ApiKeyCode.REVOKED);
    assertThat(keys.authenticate(next.secret().reveal(), ApiScope.READ, tenantId).isValid())
        .isTrue();
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("lifecycle");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
