package com.wabotiq.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.NewApiKey;
import com.wabotiq.client.Quota;
import com.wabotiq.client.RateLimitException;
import com.wabotiq.client.RequestOptions;
import com.wabotiq.client.RetryPolicy;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.credentials.Credential;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.testing.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every Java snippet of {@code docs/local-server.md} against a real local server: each
 * snippet is the text between a {@code // [snippet:name]} and a {@code // [end]} line here, and
 * {@link #theDocShowsExactlyTheseSnippets} checks that the page's {@code java} blocks, each after a
 * {@code <!-- snippet:name -->} line, are these texts.
 */
@Timeout(60)
class LocalServerDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/local-server.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/examples/docs/LocalServerDocSnippetsTest.java");

  @Test
  void embedInATest() {
    String hint;
    // [snippet:embed]
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant acme = server.seedDemoTenant();
      try (WabotiqClient client = WabotiqClient.builder(acme.apiKey(), acme.tenantId())
          .baseUrl(server.baseUri().toString()) // http://127.0.0.1:<port>/v1
          .build()) {
        MaskedSettings settings = client.settings().get();
        hint = settings.hint(Credential.OPENAI_API_KEY).orElseThrow(); // "sk-…" and 4 characters
      }
    }
    // [end]
    assertThat(hint).matches("sk-…[0-9A-Za-z]{4}");
  }

  @Test
  void usageFromTheMeter() {
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant acme = server.seedDemoTenant();
      try (WabotiqClient client = WabotiqClient.builder(acme.apiKey(), acme.tenantId())
          .baseUrl(server.baseUri().toString())
          .build()) {
        // [snippet:meter]
        Tenant tenant = server.sdk().tenant(acme.tenantId()).orElseThrow();
        BillingSchedule billing = BillingSchedule.of(client.subscription().get());
        server.sdk().usageMeter().consume(tenant,
            Usage.at(Instant.now()).billing(billing).send(SendKind.REPLY).build());

        Quota messages = client.subscription().usage().quota("monthly_messages").orElseThrow();
        // messages.used() == 1, messages.remaining() == 4999 on Growth
        // [end]
        assertThat(messages.used()).isEqualTo(1);
        assertThat(messages.remaining()).isEqualTo(4999L);
      }
    }
  }

  @Test
  void idempotencyKeys() {
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant acme = server.seedDemoTenant();
      try (WabotiqClient client = WabotiqClient.builder(acme.apiKey(), acme.tenantId())
          .baseUrl(server.baseUri().toString())
          .build()) {
        // [snippet:idempotency]
        RequestOptions once = RequestOptions.builder().idempotencyKey("create-ci-key-1").build();
        IssuedApiKey first = client.apiKeys().create(NewApiKey.of("CI", ApiScope.READ), once);
        IssuedApiKey again = client.apiKeys().create(NewApiKey.of("CI", ApiScope.READ), once);
        // the same key, issued once: again.secret().equals(first.secret())
        // [end]
        assertThat(again.secret()).isEqualTo(first.secret());
        List<ApiKeyInfo> keys = server.sdk().apiKeys().list(acme.tenantId());
        assertThat(keys).hasSize(2); // the seeded key and the one created once
      }
    }
  }

  @Test
  void rateLimit() {
    Optional<Duration> wait;
    // [snippet:rate-limit]
    try (LocalApiServer server = LocalApiServer.builder()
        .rateLimit(3, Duration.ofMinutes(1)) // per tenant; the 4th request in a minute is 429
        .build()
        .start()) {
      SeededTenant acme = server.seedDemoTenant();
      try (WabotiqClient client = WabotiqClient.builder(acme.apiKey(), acme.tenantId())
          .baseUrl(server.baseUri().toString())
          .retryPolicy(RetryPolicy.none()) // see the 429 itself
          .build()) {
        for (int i = 0; i < 3; i++) {
          client.tenant().get();
        }
        try {
          client.tenant().get();
          wait = Optional.empty();
        } catch (RateLimitException limited) {
          wait = limited.retryAfter(); // the server's Retry-After: up to the window's end
        }
      }
    }
    // [end]
    assertThat(wait).isPresent();
    assertThat(wait.get()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void anotherTenantsKeyIsRefused() {
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant acme = server.seedDemoTenant();
      SeededTenant other = server.seedTenant("Other Shop", acme.tierId());
      try (WabotiqClient wrong = WabotiqClient.builder(other.apiKey(), acme.tenantId())
          .baseUrl(server.baseUri().toString())
          .build()) {
        assertThatThrownBy(() -> wrong.settings().get())
            .hasFieldOrPropertyWithValue("code", "tenant_mismatch");
      }
    }
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    assertThat(Snippets.blocks(Files.readString(DOC)))
        .isEqualTo(Snippets.regions(Files.readString(SOURCE)));
  }
}
