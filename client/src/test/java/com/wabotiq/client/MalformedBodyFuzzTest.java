package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wabotiq.client.FaultFixtures.TENANT;
import static com.wabotiq.client.FaultFixtures.client;
import static com.wabotiq.client.FaultFixtures.fastPolicy;
import static com.wabotiq.client.FaultFixtures.json;
import static com.wabotiq.client.FaultFixtures.newKey;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.tenant.ApiScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to the success bodies of the operations (truncation, deleted, inserted and
 * replaced characters, values of the wrong type): whatever the server sends with a 200, the call
 * either returns or fails with an {@link ApiException} of code {@code malformed_response}, once
 * (never retried) — never another exception type, blocking or async. Each case's name carries its
 * seed; a failure message repeats it with the body, so the case can be replayed.
 */
@Timeout(value = 20, unit = SECONDS)
class MalformedBodyFuzzTest {
  @RegisterExtension
  static WireMockExtension server = FaultFixtures.server();

  private static final String BASE = "/v1/tenants/" + TENANT.value();

  /** One operation: its path, a valid success body, and the call. */
  record Operation(String name, String path, String body, Function<WabotiqClient, Object> call,
      Function<WabotiqClient, java.util.concurrent.CompletableFuture<?>> async) {}

  private static final String ISSUED = FaultFixtures.issuedBody(newKey());

  private static final List<Operation> OPERATIONS = List.of(
      new Operation("settings", BASE + "/settings", FaultFixtures.SETTINGS_BODY,
          c -> c.settings().get(), c -> c.settings().getAsync()),
      // contract.md, getUsage's example
      new Operation("usage", BASE + "/usage", "{\"tier_id\":\"growth\","
          + "\"period_start\":\"2026-11-15T00:00:00Z\",\"period_end\":\"2026-12-15T00:00:00Z\","
          + "\"quotas\":[{\"metric\":\"monthly_messages\",\"used\":1200,\"limit\":5000,"
          + "\"remaining\":3800,\"resets_at\":\"2026-12-15T00:00:00Z\"},{\"metric\":"
          + "\"max_products\",\"used\":12,\"limit\":null,\"remaining\":null}]}",
          c -> c.subscription().usage(), c -> c.subscription().usageAsync()),
      // the data reference's api_keys element, in a page
      new Operation("apiKeys", BASE + "/api-keys", "{\"data\":[{\"key_hash\":\""
          + FaultFixtures.sha256Hex("k") + "\",\"name\":\"Production API Key\","
          + "\"scopes\":[\"read\",\"write\"],\"created_at\":\"2025-11-01T10:00:00Z\","
          + "\"last_used_at\":\"2025-11-20T15:30:00Z\",\"expires_at\":null,\"is_active\":true}],"
          + "\"next_cursor\":\"c2\",\"has_more\":true}",
          c -> c.apiKeys().listPage(null, 10), c -> c.apiKeys().listPageAsync(null, 10)),
      new Operation("createApiKey", BASE + "/api-keys", ISSUED,
          c -> c.apiKeys().create(NewApiKey.of("ci", ApiScope.READ)),
          c -> c.apiKeys().createAsync(NewApiKey.of("ci", ApiScope.READ))),
      // contract.md, getWebhookUrls's example
      new Operation("webhookUrls", BASE + "/webhook-urls", "{\"twilio_inbound\":"
          + "\"https://api.wabotiq.com/v1/webhooks/twilio/inbound/1\",\"stripe\":"
          + "\"https://api.wabotiq.com/v1/webhooks/stripe/1\",\"future_provider\":\"x\"}",
          c -> c.webhookUrls().get(), c -> c.webhookUrls().getAsync()),
      new Operation("daily", BASE + "/analytics/daily", "{\"data\":[],\"has_more\":false}",
          c -> c.analytics().dailyPage(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2),
              null, 10),
          c -> c.analytics().dailyPageAsync(LocalDate.of(2026, 11, 1),
              LocalDate.of(2026, 11, 2), null, 10)),
      new Operation("tiers", BASE + "/tiers", "{\"data\":[]}",
          c -> c.subscription().tiers(), c -> c.subscription().tiersAsync()));

  private static final String[] VALUES = {"null", "[]", "{}", "\"x\"", "-1", "1e999", "true",
      "\"\"", "[null]", "{\"a\":null}", "0.5", "99999999999999999999", "\"\\ud800\""};

  private static final String NOISE = "{}[]\",:0123456789-.eEtrufalsn \\\u0000\u00e9\ud83d";

  static Stream<Arguments> seeds() {
    long base = Long.getLong("fuzz.seed", 20261203L);
    return LongStream.range(0, 12).mapToObj(i -> Arguments.of(base + i));
  }

  /** One damaged copy of a body. */
  static String damage(String body, Random random) {
    int at = random.nextInt(body.length() + 1);
    return switch (random.nextInt(5)) {
      case 0 -> body.substring(0, at);
      case 1 -> at == body.length() ? body + "}" : body.substring(0, at) + body.substring(at + 1);
      case 2 -> body.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length()))
          + body.substring(at);
      case 3 -> {
        // a member's value replaced by one of another type
        List<Integer> colons = colonPositions(body);
        if (colons.isEmpty()) {
          yield body;
        }
        int colon = colons.get(random.nextInt(colons.size()));
        int end = valueEnd(body, colon + 1);
        yield body.substring(0, colon + 1) + VALUES[random.nextInt(VALUES.length)]
            + body.substring(end);
      }
      default -> {
        // two damages
        yield damage(damage(body, random), random);
      }
    };
  }

  private static List<Integer> colonPositions(String body) {
    List<Integer> out = new java.util.ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"' && (i == 0 || body.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (c == ':' && !inString) {
        out.add(i);
      }
    }
    return out;
  }

  /** Where the JSON value starting at {@code from} ends (exclusive), roughly. */
  private static int valueEnd(String body, int from) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < body.length(); i++) {
      char c = body.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
        continue;
      }
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> depth++;
        case '}', ']' -> {
          if (depth == 0) {
            return i;
          }
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
        case ',' -> {
          if (depth == 0) {
            return i;
          }
        }
        default -> { }
      }
    }
    return body.length();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDamagedSuccessBodyIsAResultOrAMalformedResponse(long seed) throws Exception {
    Random random = new Random(seed);
    int malformed = 0;
    try (WabotiqClient c = client(server, newKey(), fastPolicy().build()).build()) {
      for (int i = 0; i < 25; i++) {
        Operation op = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        String body = damage(op.body(), random);
        boolean async = random.nextBoolean();
        server.resetAll();
        server.stubFor(any(urlPathEqualTo(op.path())).willReturn(json(200, body)));
        String replay = "seed " + seed + ", case " + i + ", " + op.name()
            + (async ? " async" : "") + ", body: " + body;
        Throwable failure = null;
        try {
          if (async) {
            var unused = op.async().apply(c).get(10, SECONDS);
          } else {
            var unused = op.call().apply(c);
          }
        } catch (ExecutionException e) {
          failure = e.getCause();
        } catch (TimeoutException e) {
          fail("no answer in 10 s: " + replay);
        } catch (RuntimeException e) {
          failure = e;
        }
        if (failure != null) {
          if (!(failure instanceof ApiException api)) {
            throw new AssertionError("not an ApiException: " + replay, failure);
          }
          assertThat(api.code()).as(replay).isEqualTo("malformed_response");
          assertThat(api.status()).as(replay).isEqualTo(200);
          assertThat(api.attempts()).as(replay).isEqualTo(1);
          malformed++;
        }
        assertThat(FaultFixtures.received(server)).as(replay).isEqualTo(1);
      }
    }
    // the damage is real: most damaged bodies are refused
    assertThat(malformed).as("seed " + seed).isGreaterThan(5);
  }

  static Stream<Arguments> edges() {
    String usage = "{\"tier_id\":\"growth\",\"period_start\":\"2026-11-15T00:00:00Z\","
        + "\"period_end\":\"2026-12-15T00:00:00Z\",\"quotas\":%s}";
    return Stream.of(
        Arguments.of("apiKeys", "{\"data\":[null]}"),
        Arguments.of("apiKeys", "{\"data\":null}"),
        Arguments.of("apiKeys", "{\"data\":[{}]}"),
        Arguments.of("apiKeys", "{\"data\":[],\"has_more\":true}"),
        Arguments.of("apiKeys", "{\"data\":[],\"has_more\":\"yes\"}"),
        Arguments.of("apiKeys", "{\"data\":[{\"key_hash\":\"h\",\"scopes\":[\"root\"]}]}"),
        Arguments.of("tiers", "{\"data\":[null]}"),
        Arguments.of("tiers", "{\"data\":[{}]}"),
        Arguments.of("daily", "{\"data\":[null],\"has_more\":false}"),
        Arguments.of("daily", "{\"data\":[{}],\"has_more\":false}"),
        Arguments.of("usage", String.format(java.util.Locale.ROOT, usage, "[null]")),
        Arguments.of("usage", String.format(java.util.Locale.ROOT, usage, "[{}]")),
        Arguments.of("usage", String.format(java.util.Locale.ROOT, usage, "null")),
        Arguments.of("usage", String.format(java.util.Locale.ROOT, usage,
            "[{\"metric\":\"monthly_messages\",\"used\":-1}]")),
        Arguments.of("usage", String.format(java.util.Locale.ROOT, usage,
            "[{\"metric\":\"monthly_messages\",\"used\":1,\"limit\":0,\"remaining\":5}]")),
        Arguments.of("usage", String.format(java.util.Locale.ROOT, usage,
            "[{\"metric\":\"\",\"used\":1.5}]")),
        Arguments.of("usage", "{\"tier_id\":\"\",\"period_start\":\"2026-11-15T00:00:00Z\","
            + "\"period_end\":\"2026-11-14T00:00:00Z\",\"quotas\":[]}"),
        Arguments.of("createApiKey", "{\"key\":\"wbq_test_short\",\"api_key\":{}}"),
        Arguments.of("createApiKey", "{\"key\":null,\"api_key\":null}"),
        Arguments.of("createApiKey", "{\"key\":42,\"api_key\":[]}"),
        Arguments.of("webhookUrls", "{\"stripe\":null,\"meta\":{}}"),
        Arguments.of("webhookUrls", "{\"stripe\":\"not a url\"}"),
        Arguments.of("settings", "{}"),
        Arguments.of("settings", "{\"tenant_id\":null}"),
        Arguments.of("settings", "{\"tenant_id\":\"t\",\"stripe_secret_key\":{}}"),
        Arguments.of("settings", "{\"tenant_id\":\"t\",\"business_hours\":{\"monday\":7}}"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("edges")
  void anEdgeBodyIsAResultOrAMalformedResponse(String name, String body) throws Exception {
    Operation op = OPERATIONS.stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow();
    server.stubFor(any(urlPathEqualTo(op.path())).willReturn(json(200, body)));
    try (WabotiqClient c = client(server, newKey(), fastPolicy().build()).build()) {
      for (boolean async : new boolean[] {false, true}) {
        Throwable failure = null;
        try {
          var unused = async ? op.async().apply(c).get(10, SECONDS) : op.call().apply(c);
        } catch (ExecutionException e) {
          failure = e.getCause();
        } catch (RuntimeException e) {
          failure = e;
        }
        if (failure != null) {
          if (!(failure instanceof ApiException api)) {
            throw new AssertionError("not an ApiException" + (async ? " (async)" : ""), failure);
          }
          assertThat(api.code()).isEqualTo("malformed_response");
          assertThat(api.attempts()).isEqualTo(1);
        }
      }
    }
    server.verify(2, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        urlPathEqualTo(op.path())));
  }
}
