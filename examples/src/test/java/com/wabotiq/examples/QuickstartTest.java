package com.wabotiq.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        .endsWith("Done." + System.lineSeparator());
    String afterFixing = out.substring(out.indexOf("3. Give them real ids"), out.indexOf("4. Walk"));
    assertThat(afterFixing)
        .contains("   tenant: valid")
        .contains("   settings: valid")
        .contains("   agent configuration: valid")
        .doesNotContain("violation");
  }
}
