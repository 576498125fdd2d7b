package com.wabotiq.examples.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the partner example over real loopback HTTP, in-process as {@code main} does without
 * arguments and against a server it is given, and checks the facts it prints: the seeded tenant's
 * one API key, an OpenAI key's hint of the shape {@code sk-…} and four characters that matches the
 * stored key, 60 days of analytics in one page, a 429 caught and retried after its {@code
 * Retry-After}, the retry policy waiting out a 429 by itself, and no API key or credential in the
 * output.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class PartnerIntegrationTest {
  @Test
  void theInProcessRunShowsEveryStep() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PartnerIntegration.Outcome outcome;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      outcome = PartnerIntegration.runInProcess(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    System.out.print(text);

    assertFacts(outcome, text);
    assertThat(text).startsWith("0. a local API server at http://127.0.0.1:")
        .contains(PartnerIntegration.DEMO_RATE_LIMIT + " requests a second per tenant; seeded"
            + " Acme Electronics (Growth)");
  }

  @Test
  void theCommandLineRunsAgainstAServerAlreadyRunning() throws Exception {
    try (LocalApiServer server = LocalApiServer.builder()
        .rateLimit(20, Duration.ofSeconds(1))
        .build()
        .start()) {
      SeededTenant tenant = server.seedTenant("Kilimani Bakery",
          Objects.requireNonNull(SubscriptionTier.ENTERPRISE.id()));
      String key = tenant.apiKey().reveal();
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      PrintStream original = System.out;
      try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
        System.setOut(out);
        PartnerIntegration.main(new String[] {"--base-url=" + server.baseUri(),
            "--tenant=" + tenant.tenantId().value(), "--key=" + key});
      } finally {
        System.setOut(original);
      }
      String text = printed.toString(StandardCharsets.UTF_8);
      System.out.print(text);

      assertThat(text).startsWith("1. API keys: 1").doesNotContain(key)
          .contains("2. settings: stored openai_api_key; the API answers only its hint, sk-…")
          .contains("(its last four characters, read back the same)")
          .contains(": 60 days in 1 page, ")
          .containsPattern("4\\. burst: \\d+ requests admitted, then 429 rate_limited,"
              + " Retry-After 1 s")
          .contains("   waited 1 s and tried again: 200, 0 of unlimited messages used")
          .containsPattern("5\\. retry policy: a request met 429 rate_limited, the client waited"
              + " \\d+ ms and succeeded on attempt 2");
      assertThat(server.sdk().settings(tenant.tenantId()).value().llmApiKeys().openaiApiKey())
          .as("the OpenAI key is stored, sealed").isNotNull();
    }
  }

  private static void assertFacts(PartnerIntegration.Outcome outcome, String text) {
    assertThat(outcome.apiKeys()).isEqualTo(1);
    assertThat(outcome.openAiHint()).matches("sk-…[0-9A-Za-z]{4}");
    assertThat(outcome.hintMatches()).isTrue();
    assertThat(outcome.analyticsDays()).isEqualTo(PartnerIntegration.ANALYTICS_DAYS);
    assertThat(outcome.analyticsPages()).isEqualTo(1);
    assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(outcome.admittedBefore429()).isPositive();
    assertThat(outcome.retriedAfterWait()).isTrue();
    assertThat(outcome.policyRetries()).isEqualTo(1);
    assertThat(outcome.policyAttempts()).isEqualTo(2);

    assertThat(text.lines()).hasSize(8);
    assertThat(text)
        .contains("1. API keys: 1\n   Local server key, scopes [read, write], active, hash ")
        .contains("2. settings: stored openai_api_key; the API answers only its hint, "
            + outcome.openAiHint() + " (its last four characters, read back the same); ")
        .containsPattern("3\\. analytics \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d: 60 days in"
            + " 1 page, \\d+ messages, busiest \\d{4}-\\d\\d-\\d\\d")
        .contains("4. burst: " + outcome.admittedBefore429() + " requests admitted, then 429"
            + " rate_limited, Retry-After 1 s")
        .containsPattern("   waited 1 s and tried again: 200, 0 of 5000 messages used this period")
        .containsPattern("5\\. retry policy: a request met 429 rate_limited, the client waited"
            + " \\d+ ms and succeeded on attempt 2");
    assertThat(text).doesNotContainPattern("sk-[0-9A-Za-z]{5,}").doesNotContain("wbq_test_");
  }
}
