package com.wabotiq.server;

import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.send;
import static com.wabotiq.server.Http.tenant;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.server.Http.Reply;
import com.wabotiq.tenant.ApiScope;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A seeded fuzz of the five write operations that take a body (PATCH settings, PUT
 * agent-configuration, PUT cors, POST api-keys, POST roll): a few hundred bodies made by mutating
 * valid ones (bytes flipped, cut, repeated; tokens inserted; members given values of other types;
 * random bytes). Every answer is 2xx, or 4xx with the API's error shape; a refused write leaves
 * its resource as it was (same ETag, same keys); and the resource still reads back with 200. The
 * seed is printed and named in every failure; {@code -Dfuzz.seed=N} replays a run.
 */
@Timeout(value = 120, unit = SECONDS)
class RequestFuzzTest {
  private static final int ROUNDS_PER_TARGET = 70;
  private static final String[] TOKENS = {
      "null", "true", "false", "0", "-1", "1e999", "-0.0", "123456789012345678901234567890",
      "\"\"", "\"\\u0000\"", "\"\\ud800\"", "{", "}", "[", "]", ",", ":", "\"x\":", "[[[[[[[[",
      "{\"a\":{\"b\":{\"c\":[]}}}", "\"2030-01-01T00:00:00Z\"", "\"sk-…abcd\"", "\"read\"",
      "\"https://x.example\"", "\"*\"", "\"\u00e9\u4e2d\ud83d\ude00\"", "NaN", "'", "\\"};

  private static LocalApiServer server;
  private static SeededTenant acme;
  private static String spareKeyHash;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(1_000_000, Duration.ofSeconds(1)).build().start();
    acme = server.seedDemoTenant();
    spareKeyHash = server.sdk().apiKeys()
        .issue(acme.tenantId(), "to roll", Set.of(ApiScope.READ), null).info().keyHash();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** One operation to fuzz: its method, path, media type, valid body and observable state. */
  private record Target(String method, String rest, String mediaType, String validBody,
      String readBack, Supplier<String> state) {}

  private static String etag(String rest) {
    Reply reply = get(server, acme, rest);
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.requiredHeader("ETag");
  }

  private static String keys() {
    return server.sdk().apiKeys().list(acme.tenantId()).stream()
        .map(ApiKeyInfo::toString).sorted().toList().toString();
  }

  private static List<Target> targets() {
    String agent = DemoData.resource("agent-configuration.json")
        .replace("\"tenant_id\": \"uuid\"", "\"tenant_id\": \"" + acme.tenantId().value() + "\"")
        .replace("\"uuid\"", "null");
    return List.of(
        new Target("PATCH", "/settings", "application/merge-patch+json",
            "{\"bot_name\":\"Fuzz\",\"llm_temperature\":0.5,\"metadata\":{\"a\":1},"
                + "\"openai_api_key\":\"sk-fuzz0123456789abcdefgh\",\"supported_languages\":"
                + "[\"en\",\"sw\"],\"business_hours\":{\"monday\":{\"open\":\"09:00\","
                + "\"close\":\"17:00\"}},\"business_website\":null}",
            "/settings", () -> etag("/settings")),
        new Target("PUT", "/agent-configuration", "application/json", agent,
            "/agent-configuration", () -> etag("/agent-configuration")),
        new Target("PUT", "/cors", "application/json",
            "{\"allowed_origins\":[\"https://a.example\",\"https://b.example:8443\"],"
                + "\"allowed_methods\":[\"GET\",\"PATCH\"],\"allowed_headers\":"
                + "[\"Authorization\",\"X-TENANT-ID\"],\"max_age\":600}",
            "/cors", () -> etag("/cors")),
        new Target("POST", "/api-keys", "application/json",
            "{\"name\":\"fuzz\",\"scopes\":[\"read\"],\"expires_at\":\"2030-01-01T00:00:00Z\"}",
            "/api-keys?limit=100", RequestFuzzTest::keys),
        new Target("POST", "/api-keys/" + spareKeyHash + "/roll", "application/json",
            "{\"old_key_expires_at\":\"2030-01-01T00:00:00Z\"}",
            "/api-keys?limit=100", RequestFuzzTest::keys));
  }

  @Test
  void mutatedBodiesAreAnsweredCleanlyAndRefusalsWriteNothing() {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    System.out.println("RequestFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < ROUNDS_PER_TARGET; round++) {
      for (Target target : targets()) {
        byte[] body = mutate(target.validBody(), random);
        String what = "seed " + seed + ", round " + round + ", " + target.method() + " "
            + target.rest() + " with " + new String(body, StandardCharsets.UTF_8);
        String before = target.state().get();
        Reply reply = send(tenant(server, acme, target.rest())
            .header("Content-Type", target.mediaType())
            .method(target.method(), BodyPublishers.ofByteArray(body)).build());
        assertThat(reply.status()).as(what + ": %s", reply).isBetween(200, 499);
        if (reply.status() >= 400) {
          refused++;
          Http.assertErrorShape(reply);
          assertThat(target.state().get()).as("nothing written: " + what).isEqualTo(before);
        } else {
          accepted++;
          assertThat(reply.json()).as(what).isNotEmpty();
        }
        Reply readBack = get(server, acme, target.readBack());
        assertThat(readBack.status()).as("read back after " + what + ": %s", readBack)
            .isEqualTo(200);
      }
    }
    System.out.println("RequestFuzzTest: " + accepted + " accepted, " + refused + " refused");
    assertThat(refused).as("seed %d: the mutations are mostly refused", seed)
        .isGreaterThan(accepted);
  }

  private static byte[] mutate(String valid, Random random) {
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(9)) {
      case 0 -> {
        bytes[at] = (byte) random.nextInt(256);
        return bytes;
      }
      case 1 -> {
        return Arrays.copyOf(bytes, at);
      }
      case 2 -> {
        int end = Math.min(bytes.length, at + 1 + random.nextInt(12));
        return concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, end, bytes.length));
      }
      case 3 -> {
        int end = Math.min(bytes.length, at + 1 + random.nextInt(20));
        byte[] span = Arrays.copyOfRange(bytes, at, end);
        return concat(concat(Arrays.copyOf(bytes, end), span),
            Arrays.copyOfRange(bytes, end, bytes.length));
      }
      case 4 -> {
        byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        return concat(concat(Arrays.copyOf(bytes, at), token),
            Arrays.copyOfRange(bytes, at, bytes.length));
      }
      case 5, 6 -> {
        return retyped(valid, random).getBytes(StandardCharsets.UTF_8);
      }
      case 7 -> {
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        return noise;
      }
      default -> {
        return random.nextBoolean() ? bytes : deep(random.nextInt(400));
      }
    }
  }

  /** The valid body with one member (at any depth) given a value of a random type. */
  @SuppressWarnings("unchecked")
  private static String retyped(String valid, Random random) {
    Map<String, @Nullable Object> tree = Http.object(valid);
    Map<String, @Nullable Object> node = tree;
    while (true) {
      List<String> names = new ArrayList<>(node.keySet());
      if (names.isEmpty()) {
        node.put("extra", value(random));
        break;
      }
      String name = names.get(random.nextInt(names.size()));
      if (node.get(name) instanceof Map<?, ?> inner && random.nextBoolean()) {
        node = (Map<String, @Nullable Object>) inner;
        continue;
      }
      if (random.nextInt(6) == 0) {
        node.remove(name);
      } else {
        node.put(random.nextInt(8) == 0 ? name + "_x" : name, value(random));
      }
      break;
    }
    return Json.write(tree);
  }

  private static @Nullable Object value(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> BigDecimal.valueOf(random.nextLong());
      case 3 -> new BigDecimal("1e" + (random.nextInt(800) - 400));
      case 4 -> "";
      case 5 -> "x".repeat(random.nextInt(3000));
      case 6 -> List.of(random.nextInt(5), "read", Map.of());
      case 7 -> new LinkedHashMap<>(Map.of("k", "v"));
      case 8 -> "2030-13-45T99:00:00Z";
      default -> TOKENS[random.nextInt(TOKENS.length)];
    };
  }

  private static byte[] deep(int depth) {
    return ("{\"metadata\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
