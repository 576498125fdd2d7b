package com.wabotiq.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the MapStorage demo and checks every line it prints: one tenant record after the create,
 * found by slug, by WhatsApp number and through a second facade; settings at version 1 after a
 * versioned update, a stale write refused; 1,000 Starter replies admitted, the next refused, and
 * the adapter's counter at 1,000. The facade's clock is fixed, so only the tenant id varies.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class MapStorageDemoTest {

  @Test
  void run_printsWhatMapStorageHoldsAfterEachStep() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new MapStorageDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");

    assertThat(out).containsPattern(
        "refused \\(settings of tenant [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + " is at version 1");
    assertThat(out.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "<tenant id>")).isEqualTo("""
        The SDK on MapStorage, a storage adapter written against the SPI alone

        1. Build the SDK on a new MapStorage (plain Java maps in memory)
           stored in MapStorage: 0 tenant records

        2. Create a tenant
           created Acme Electronics (acme-electronics), status trial, tier Starter, trial ends \
        2026-12-04T09:00:00Z
           stored in MapStorage: 1 tenant record, the record at version 1, no settings document \
        yet (the facade serves the defaults at version 0)

        3. Find it by slug and by WhatsApp number
           by slug acme-electronics: Acme Electronics, the same id
           by WhatsApp number +254712345678: Acme Electronics, the same id
           a second SDK on the same MapStorage (nothing cached) finds it: the same id

        4. Update its settings, versioned
           read at version 0 (the defaults): LLM gpt-4o, temperature 0.7
           written expecting version 0: now at version 1, temperature 0.2
           a second write still expecting version 0: refused (settings of tenant <tenant id> \
        is at version 1, not the expected 0)
           read again: version 1, temperature 0.2
           stored in MapStorage: 1 tenant record, settings at version 1

        5. Meter replies against the Starter month (1,000 messages)
           reply 1: ALLOWED, 999 left this month
           reply 2: ALLOWED, 998 left this month
           reply 3: ALLOWED, 997 left this month
           MapStorage's counter monthly_messages, period 2026-11-01: 3
           997 more replies: 997 admitted
           the next reply: REFUSED (monthly_messages limit 1000 used 1000 requested 1)
           MapStorage's counter monthly_messages, period 2026-11-01: 1,000

        MapStorage itself is proven by the SPI's conformance kit: the Map*Test classes run it \
        against MapStorage in the build.
        Done.
        """);
  }
}
