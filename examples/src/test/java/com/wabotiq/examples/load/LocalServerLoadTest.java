package com.wabotiq.examples.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.types.TierId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs a small load test (2 tenants, 8 concurrent clients, 2,000 requests) over loopback HTTP and
 * checks that no request failed and no answer was another tenant's, that the mix was the one
 * documented, and that the figures are printed; and that the isolation checks do catch another
 * tenant's settings, key hashes, usage and analytics.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LocalServerLoadTest {
  @Test
  void aSmallRunHasNoErrorsAndNoCrossTenantAnswer() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LocalServerLoad.Result result;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      result = LocalServerLoad.run(2, 8, 2_000, out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    System.out.print(text);

    assertThat(result.errors()).as("errors: %s", result.firstErrors()).isZero();
    assertThat(result.crossTenant()).isZero();
    assertThat(result.requests()).isEqualTo(2_000);
    assertThat(result.mix()).containsExactly(
        java.util.Map.entry("settings get", 600L), java.util.Map.entry("usage", 500L),
        java.util.Map.entry("api keys list", 400L), java.util.Map.entry("analytics page", 400L),
        java.util.Map.entry("settings patch", 100L));
    assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.p90());
    assertThat(result.p90()).isLessThanOrEqualTo(result.p99());
    assertThat(result.p99()).isLessThanOrEqualTo(result.max());
    assertThat(result.requestsPerSecond()).isPositive();
    assertThat(text.lines()).hasSize(6);
    assertThat(text)
        .contains(", 2 tenants, 8 concurrent clients, 2000 requests (after 80 untimed warm-up")
        .contains("mix: settings get 600, usage 500, api keys list 400, analytics page 400,"
            + " settings patch 100\n")
        .containsPattern("requests/s: \\d+ \\(2000 requests in \\d+\\.\\d\\d s\\)")
        .containsPattern("latency ms: p50 \\d+\\.\\d\\d, p90 \\d+\\.\\d\\d, p99 \\d+\\.\\d\\d,"
            + " max \\d+\\.\\d\\d")
        .contains("errors: 0\n")
        .contains("cross-tenant answers: 0 (every answer checked");
  }

  @Test
  void theChecksCatchAnotherTenantsAnswers() {
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant a = server.seedTenant("Tenant A", tier(SubscriptionTier.ENTERPRISE));
      SeededTenant b = server.seedTenant("Tenant B", tier(SubscriptionTier.GROWTH));
      LocalServerLoad.Expected expectA = expected(server, a);
      LocalServerLoad.Expected expectB = expected(server, b);
      try (WabotiqClient clientB = WabotiqClient.builder(b.apiKey(), b.tenantId())
          .baseUrl(server.baseUri().toString())
          .build()) {
        MaskedSettings settingsB = clientB.settings().get();
        assertThat(LocalServerLoad.Isolation.settings(expectB, settingsB)).isEmpty();
        assertThat(LocalServerLoad.Isolation.settings(expectA, settingsB))
            .hasValueSatisfying(p -> assertThat(p).startsWith("settings of tenant "));

        var keysB = clientB.apiKeys().listPage(null, 100);
        assertThat(LocalServerLoad.Isolation.apiKeys(expectB, keysB)).isEmpty();
        assertThat(LocalServerLoad.Isolation.apiKeys(expectA, keysB))
            .hasValueSatisfying(p -> assertThat(p).startsWith("key hashes "));

        var usageB = clientB.subscription().usage();
        assertThat(LocalServerLoad.Isolation.usage(expectB, usageB)).isEmpty();
        assertThat(LocalServerLoad.Isolation.usage(expectA, usageB))
            .hasValue("usage of a Growth tenant, not Enterprise");

        java.time.LocalDate today = java.time.LocalDate.now(expectB.zone());
        var daysB = clientB.analytics().dailyPage(today.minusDays(30), today, null, 100);
        assertThat(LocalServerLoad.Isolation.analytics(expectB, daysB)).isEmpty();
        assertThat(LocalServerLoad.Isolation.analytics(expectA, daysB))
            .hasValue("analytics of tenant " + b.tenantId());
      }
    }
  }

  private static TierId tier(SubscriptionTier tier) {
    return Objects.requireNonNull(tier.id());
  }

  private static LocalServerLoad.Expected expected(LocalApiServer server, SeededTenant tenant) {
    Set<String> hashes = server.sdk().apiKeys().list(tenant.tenantId()).stream()
        .map(k -> k.keyHash())
        .collect(Collectors.toUnmodifiableSet());
    return new LocalServerLoad.Expected(tenant, hashes, ZoneId.of("Africa/Nairobi"));
  }
}
