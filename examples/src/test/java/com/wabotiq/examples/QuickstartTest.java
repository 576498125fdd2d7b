package com.wabotiq.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quickstart runs and tells the story the README promises. */
class QuickstartTest {

  @Test
  void run_loadsValidatesAndWalksTheLifecycle() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Quickstart(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("tenant Acme Electronics (acme-electronics), status active, zone Africa/Nairobi")
        .contains("Twilio token SealedSecret[redacted]")
        .contains("   tenant: 3 violation(s)")
        .contains("pinecone_namespace [tenant_namespace]")
        .contains("   agent configuration: 2 violation(s)")
        .contains("   active -> suspended: allowed")
        .contains("   suspended -> trial: refused (status transition suspended -> trial is not allowed)")
        .contains("   reply, message 999 of the period: ALLOWED")
        .contains("   reply, message 1,000 of the period: ALLOWED")
        .contains("   reply, message 1,001 of the period: REFUSED (monthly_messages limit 1000 used 1000 requested 1)")
        .contains("   campaign to 10 recipients at 23:00 Nairobi: DEFERRED until 2025-11-21T05:00:00Z")
        .contains("   admitted 1,000, refused 500")
        .contains("   the next reply: Consumption[REFUSED on STORE: monthly_messages limit 1000 used 1000"
            + " requested 1]")
        .contains("   one admitted reply failed to send and was refunded")
        .contains("   the next reply: Consumption[ALLOWED on STORE], remaining 0")
        .contains("   stored in the settings as wbq1.... (97 characters of ciphertext)")
        .contains("   hint …b1a0, toString Secret[redacted]")
        .contains("   revealed once, for the call to Twilio: 32 characters")
        .contains("   rotated to master-2026-12: still reads …b1a0")
        .containsPattern("   rewrap 1/1 tenants \\([0-9a-f-]{36}: 1 data key\\(s\\)\\)")
        .contains("   rewrapped 1 data key(s); with the old master key retired it reads …b1a0")
        .doesNotContain("9f8e7d6c5b4a39281706f5e4d3c2b1a0")
        .endsWith("Done." + System.lineSeparator());
    String afterFixing = out.substring(out.indexOf("3. Give them real ids"), out.indexOf("4. Walk"));
    assertThat(afterFixing)
        .contains("   tenant: valid")
        .contains("   settings: valid")
        .contains("   agent configuration: valid")
        .doesNotContain("violation");
  }

  @Test
  void run_createsATenantThroughTheFacadeAndFindsItByWhatsappNumber() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Instant before = Instant.now();
    new Quickstart(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    Instant after = Instant.now();
    String out = bytes.toString(StandardCharsets.UTF_8);

    String step5 = out.substring(out.indexOf("5. Create a tenant through the facade"));
    Pattern line = Pattern.compile(
        "   (created|found by \\+254712345678:) ([0-9a-f-]{36}) \\(acme-electronics\\), status trial,"
            + " trial ends (\\S+)");
    Matcher created = line.matcher(step5);
    assertThat(created.find()).as(step5).isTrue();
    assertThat(created.group(1)).isEqualTo("created");
    Matcher found = line.matcher(step5);
    assertThat(found.find(created.end())).as(step5).isTrue();
    assertThat(found.group(1)).isEqualTo("found by +254712345678:");
    assertThat(found.group(2)).isEqualTo(created.group(2));
    Instant trialEnd = Instant.parse(found.group(3));
    assertThat(trialEnd).isEqualTo(Instant.parse(created.group(3)));
    assertThat(trialEnd)
        .isBetween(before.plus(Duration.ofDays(14)), after.plus(Duration.ofDays(14)));
  }
  @Test
  void run_issuesAndChecksKeys_answersAPreflight_andVerifiesAWebhook() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Quickstart(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);
    String step9 = out.substring(out.indexOf("9. Let in a tenant's API clients"));

    assertThat(step9)
        .containsPattern("   issued ApiKeySecret\\[wbq_live_…[0-9A-Za-z]{4}\\] \\(48 characters, shown"
            + " once\\); stored: its SHA-256 only")
        .containsPattern("   authenticate for a write: VALID, tenant [0-9a-f-]{36}\n")
        .contains("   one character mistyped: BAD_CHECKSUM, no lookup; the client reads 401"
            + " \"invalid API key\"")
        .contains("   after revoking it: REVOKED; the client reads 401 \"invalid API key\"")
        .contains("   preflight PATCH from https://dashboard.acme.com: ALLOWED")
        .contains("     Access-Control-Allow-Origin: https://dashboard.acme.com")
        .contains("     Access-Control-Allow-Methods: GET, POST, PUT, PATCH, DELETE")
        .contains("     Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
        .contains("   preflight PATCH from https://evil.example: ORIGIN_NOT_ALLOWED")
        .contains("   Stripe webhook signed with the tenant's secret: VERIFIED")
        .contains("   the same signature on a changed body: NO_SIGNATURE_MATCH");
    // The raw key is shown to nobody but the caller of issue(): not in any printed line.
    Matcher key = Pattern.compile("wbq_live_[0-9A-Za-z]{39}").matcher(out);
    assertThat(key.find()).as("a full API key in the output").isFalse();
  }

  @Test
  void run_callsTheApiThroughTheClientAgainstTheLocalServer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Quickstart(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);
    String step10 = out.substring(out.indexOf("10. Call the hosted API with the client"));

    assertThat(step10)
        .containsPattern("   local server at http://127\\.0\\.0\\.1:[0-9]+/v1, tenant Acme Electronics")
        .containsPattern("   settings: gpt-4o, OpenAI key shown as sk-…[0-9A-Za-z]{4} \\(the key itself")
        .contains("   a new OpenAI key stored encrypted; read back as sk-…4242")
        .contains("   after 3 metered replies, usage says monthly_messages 3 of 5000, 4997 left")
        .contains("   daily analytics of the last 30 days, paged 20 at a time: 30 days")
        .contains("   another tenant's key on Acme Electronics: 403 tenant_mismatch");
    assertThat(out).endsWith("Done.\n");
  }
}
