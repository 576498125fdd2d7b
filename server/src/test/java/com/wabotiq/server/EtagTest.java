package com.wabotiq.server;

import static com.wabotiq.server.Http.assertError;
import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.send;
import static com.wabotiq.server.Http.tenant;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.server.Http.Reply;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ETags: the tenant, settings, agent configuration, subscription and CORS carry one; {@code
 * If-None-Match} with it (alone, weak or in a list) is 304 with no body and the ETag; a write
 * changes it; a write with a stale {@code If-Match} is 409 {@code version_conflict} and writes
 * nothing, with the current one it is 200.
 */
@Timeout(value = 60, unit = SECONDS)
class EtagTest {
  private static LocalApiServer server;
  private static SeededTenant acme;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    acme = server.seedDemoTenant();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/settings", "/agent-configuration", "/subscription", "/cors"})
  void ifNoneMatchIs304WithTheEtagAndNoBody(String rest) {
    Reply first = get(server, acme, rest);
    assertThat(first.status()).isEqualTo(200);
    String etag = first.requiredHeader("ETag");
    assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
    assertThat(get(server, acme, rest).requiredHeader("ETag")).as("stable").isEqualTo(etag);
    for (String condition : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
      Reply notModified = send(tenant(server, acme, rest).header("If-None-Match", condition)
          .build());
      assertThat(notModified.status()).as("If-None-Match: %s", condition).isEqualTo(304);
      assertThat(notModified.bytes()).isEmpty();
      assertThat(notModified.header("ETag")).isEqualTo(etag);
      assertThat(notModified.header("X-Request-Id")).isNotBlank();
    }
    Reply changed = send(tenant(server, acme, rest).header("If-None-Match", "\"stale\"").build());
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.bytes()).isEqualTo(first.bytes());
  }

  private static HttpRequest.Builder patchSettings(String json) {
    return tenant(server, acme, "/settings").header("Content-Type", "application/merge-patch+json")
        .method("PATCH", BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder putCors(String origin) {
    return tenant(server, acme, "/cors").header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString("{\"allowed_origins\":[\"" + origin + "\"],"
            + "\"allowed_methods\":[\"GET\",\"PATCH\"],\"allowed_headers\":[\"Authorization\"],"
            + "\"max_age\":600}"));
  }

  private static HttpRequest.Builder putAgent(String botName) {
    String body = DemoData.resource("agent-configuration.json")
        .replace("\"tenant_id\": \"uuid\"", "\"tenant_id\": \"" + acme.tenantId().value() + "\"")
        .replace("\"uuid\"", "null")
        .replace("\"Acme Assistant\"", "\"" + botName + "\"");
    return tenant(server, acme, "/agent-configuration").header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(body));
  }

  /** A stale If-Match is 409 and writes nothing; the current one writes and changes the ETag. */
  private static void conditionalWrite(String rest, Function<Integer, HttpRequest.Builder> write) {
    String before = get(server, acme, rest).requiredHeader("ETag");
    Reply unconditional = send(write.apply(1).build());
    assertThat(unconditional.status()).as("%s", unconditional).isEqualTo(200);
    String current = get(server, acme, rest).requiredHeader("ETag");
    assertThat(current).as("a write changes the ETag").isNotEqualTo(before);
    assertThat(unconditional.header("ETag")).isEqualTo(current);

    Reply stale = send(write.apply(2).header("If-Match", before).build());
    assertError(stale, 409, "version_conflict");
    assertThat(get(server, acme, rest).requiredHeader("ETag")).as("nothing written")
        .isEqualTo(current);

    Reply matching = send(write.apply(3).header("If-Match", current).build());
    assertThat(matching.status()).as("%s", matching).isEqualTo(200);
    assertThat(matching.requiredHeader("ETag")).isNotEqualTo(current)
        .isEqualTo(get(server, acme, rest).requiredHeader("ETag"));
  }

  @Test
  void settingsWritesAreConditional() {
    conditionalWrite("/settings", n -> patchSettings("{\"bot_name\":\"Bot " + n + "\"}"));
  }

  @Test
  void agentConfigurationWritesAreConditional() {
    conditionalWrite("/agent-configuration", n -> putAgent("Agent " + n));
  }

  @Test
  void corsWritesAreConditionalAndChangeTheTenantsEtag() {
    String tenantBefore = get(server, acme, "").requiredHeader("ETag");
    conditionalWrite("/cors", n -> putCors("https://app" + n + ".example.com"));
    assertThat(get(server, acme, "").requiredHeader("ETag")).isNotEqualTo(tenantBefore);
  }

  @Test
  void theSubscriptionsEtagFollowsUsage() {
    String before = get(server, acme, "/subscription").requiredHeader("ETag");
    UsageTest.reply(server, acme, 2, Instant.now());
    assertThat(get(server, acme, "/subscription").requiredHeader("ETag")).isNotEqualTo(before);
  }
}
