package com.wabotiq.server;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.server.Http.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line: {@code start} with {@code --port=0} on the in-memory and the H2 store prints
 * the base URL, the demo tenant and its API key exactly once, and they work against the server it
 * started; unknown flags and arguments that are not flags are refused.
 */
@Timeout(value = 60, unit = SECONDS)
class LocalServerMainTest {
  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2"})
  void startPrintsTheUrlTheTenantAndTheKeyOnce(String store) throws Exception {
    Map<String, String> flags = LocalServerMain.flags(new String[] {"--port=0", "--store=" + store});
    List<AutoCloseable> resources = new ArrayList<>();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LocalApiServer server;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      server = LocalServerMain.start(flags, resources, out);
    }
    try {
      String output = printed.toString(StandardCharsets.UTF_8);
      Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/v1").matcher(output);
      assertThat(url.find()).as(output).isTrue();
      assertThat(URI.create(url.group())).isEqualTo(server.baseUri());
      assertThat(Integer.parseInt(url.group(1))).isEqualTo(server.port()).isPositive();
      assertThat(count(output, server.baseUri().toString())).as(output).isEqualTo(1);

      Matcher tenant = Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(output);
      assertThat(tenant.find()).as(output).isTrue();
      String tenantId = tenant.group();
      assertThat(count(output, tenantId)).as(output).isEqualTo(1);
      Matcher key = Pattern.compile("\\b(wbq_[A-Za-z0-9_]+)").matcher(output);
      assertThat(key.find()).as(output).isTrue();
      String apiKey = key.group(1);
      assertThat(count(output, apiKey)).as(output).isEqualTo(1);
      assertThat(output).contains("store " + store);

      Reply usage = Http.send(Http.request(server, "/tenants/" + tenantId + "/usage")
          .header("Authorization", "Bearer " + apiKey).header("X-TENANT-ID", tenantId).build());
      assertThat(usage.status()).as("%s", usage).isEqualTo(200);
    } finally {
      server.close();
      LocalServerMain.closeAll(resources);
    }
  }

  @Test
  void aJdbcUrlIsPrintedWithoutItsParameters() {
    assertThat(LocalServerMain.withoutParameters(
        "jdbc:postgresql://db.local:5432/wabotiq?user=app&password=s3cret"))
        .isEqualTo("jdbc:postgresql://db.local:5432/wabotiq (parameters not shown)")
        .doesNotContain("s3cret");
    assertThat(LocalServerMain.withoutParameters("jdbc:h2:mem:x;PASSWORD=s3cret"))
        .isEqualTo("jdbc:h2:mem:x (parameters not shown)");
    assertThat(LocalServerMain.withoutParameters("jdbc:h2:mem:wabotiq-local"))
        .isEqualTo("jdbc:h2:mem:wabotiq-local");
  }

  @Test
  void unknownFlagsAreRefused() {
    assertThatThrownBy(() -> LocalServerMain.flags(new String[] {"--prot=8080"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--prot");
    assertThatThrownBy(() -> LocalServerMain.flags(new String[] {"port=8080"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a flag");
    assertThatThrownBy(() -> LocalServerMain.flags(new String[] {"--port=0", "-v"}))
        .isInstanceOf(IllegalArgumentException.class);
    for (String bad : new String[] {"--port=abc", "--port=70000", "--port=-1", "--store=mongo",
        "--rate-limit=many", "--rate-limit=5/x", "--rate-limit=0/1", "--max-body-bytes=big",
        "--max-body-bytes=0", "--port"}) {
      assertThatThrownBy(() -> LocalServerMain.flags(new String[] {bad}))
          .as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad.substring(2, bad.contains("=") ? bad.indexOf('=') : bad.length()));
    }
    assertThat(LocalServerMain.flags(new String[] {"--PORT=9", "", "--lenient"}))
        .containsEntry("port", "9").containsEntry("lenient", "");
  }
}
