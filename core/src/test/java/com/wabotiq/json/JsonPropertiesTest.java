package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.testing.ReferenceExamples;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests (plain JUnit; each case's seed is in its name, so a failure replays with
 * {@code new RandomModels(seed, ...)} or {@code new Random(seed)}).
 *
 * <ul>
 *   <li>Random valid model instances round-trip: {@code fromJson(toJson(x)).equals(x)}, in both
 *       compact and pretty form, strictly with known closed-set values and leniently with unknown
 *       ones.
 *   <li>Random mutations and truncations of the reference examples decode to a value or fail with
 *       {@link JsonDecodingException}, nothing else; and a decoded value re-encodes stably.
 * </ul>
 */
class JsonPropertiesTest {
  private static final int SEEDS = 200;
  private static final int MUTANTS_PER_SEED = 25;
  private static final String[] VALUES = {
    "null",
    "true",
    "false",
    "\"x\"",
    "\"\"",
    "0",
    "-1",
    "1.5",
    "1e400",
    "-0",
    "{}",
    "[]",
    "[null]",
    "{\"a\":null}",
    "\"2025-13-01T00:00:00Z\"",
    "9223372036854775808",
    "1e-1001",
    "\"uuid\"",
    "\"active\"",
    "\"future\"",
    "[\"read\"]",
    "{\"open\":\"09:00\"}",
    "\"\\u0000\""
  };
  private static final String ALPHABET = "{}[]:,\"\\0123456789.-+eEtrufalsn \u0000é\n";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, SEEDS);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void randomKnownValues_roundTripStrictly(long seed) {
    RandomModels models = new RandomModels(seed, false);
    for (Class<?> type : ModelTypes.DOCUMENTS) {
      assertRoundTrips(JsonCodec.strict(), models.next(type), type, seed);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void randomValuesWithUnknowns_roundTripLeniently(long seed) {
    RandomModels models = new RandomModels(seed, true);
    for (Class<?> type : ModelTypes.DOCUMENTS) {
      assertRoundTrips(JsonCodec.lenient(), models.next(type), type, seed);
    }
  }

  @Test
  void generator_coversTheMainTypesWithAllGroupsFilled() {
    RandomModels models = new RandomModels(42, false);
    for (Class<?> type :
        List.of(
            Tenant.class,
            TenantSettings.class,
            AgentConfiguration.class,
            SubscriptionTier.class,
            Subscription.class,
            DailyAnalytics.class)) {
      Object first = models.next(type);
      assertThat(models.next(type)).as("two draws of %s", type).isNotEqualTo(first);
    }
    boolean someFull = false;
    for (int i = 0; i < 50 && !someFull; i++) {
      TenantSettings s = models.next(TenantSettings.class);
      someFull =
          s.stripe().stripeSecretKey() != null
              && s.business().businessHours() != null
              && !s.metadata().isEmpty()
              && s.llm().llmTimeout() != null;
    }
    assertThat(someFull).isTrue();
  }

  private static void assertRoundTrips(JsonCodec codec, Object value, Class<?> type, long seed) {
    String json = codec.toJson(value);
    assertThat(codec.fromJson(json, type))
        .as("seed=%d %s via %s", seed, type.getSimpleName(), json)
        .isEqualTo(value);
    assertThat(codec.fromJson(codec.toPrettyJson(value), type))
        .as("seed=%d %s pretty", seed, type.getSimpleName())
        .isEqualTo(value);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void mutatedExamples_decodeOrFailTyped(long seed) {
    Random random = new Random(seed);
    List<String> examples = ReferenceExamples.examples();
    for (int i = 0; i < MUTANTS_PER_SEED; i++) {
      int example = random.nextInt(examples.size());
      String mutant = examples.get(example);
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutant = mutate(mutant, random);
      }
      Class<?> type =
          random.nextInt(4) == 0
              ? ModelTypes.DOCUMENTS.get(random.nextInt(ModelTypes.DOCUMENTS.size()))
              : ReferenceExamplesTest.TYPES.get(example);
      for (JsonCodec codec : List.of(JsonCodec.lenient(), JsonCodec.strict())) {
        assertDecodesOrFailsTyped(codec, mutant, type, seed);
      }
    }
  }

  /** Decodes {@code json}: a value must re-encode stably; a failure must be typed with a path. */
  static void assertDecodesOrFailsTyped(JsonCodec codec, String json, Class<?> type, long seed) {
    Object value;
    try {
      value = codec.fromJson(json, type);
    } catch (JsonDecodingException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.getMessage()).endsWith(" at path " + e.path());
      // The engine's safety net turns an unexpected runtime exception into the typed one; every
      // adapter is meant to report bad input itself, so reaching the net is a finding too.
      if (e.getMessage().startsWith("Undecodable value")) {
        throw new AssertionError("seed=" + seed + " safety net reached on:\n" + json, e);
      }
      return;
    } catch (Throwable t) {
      throw new AssertionError(
          "seed="
              + seed
              + " "
              + codec
              + " "
              + type.getSimpleName()
              + " threw "
              + t
              + " on:\n"
              + json,
          t);
    }
    if (value == null) {
      fail("null from fromJson, seed=%d", seed);
    }
    String once = codec.toJson(value);
    Object again;
    try {
      again = codec.fromJson(once, type);
    } catch (JsonDecodingException e) {
      throw new AssertionError(
          "seed=" + seed + " re-encoding does not decode: " + once + "\nfrom:\n" + json, e);
    }
    assertThat(codec.toJson(again))
        .as("seed=%d stable re-encoding of:%n%s", seed, json)
        .isEqualTo(once);
  }

  private static String mutate(String json, Random random) {
    if (json.isEmpty()) {
      return String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    int at = random.nextInt(json.length());
    switch (random.nextInt(8)) {
      case 0:
        return json.substring(0, at);
      case 1:
        return json.substring(0, at) + json.substring(at + 1);
      case 2:
        return json.substring(0, at)
            + ALPHABET.charAt(random.nextInt(ALPHABET.length()))
            + json.substring(at);
      case 3:
        return json.substring(0, at)
            + ALPHABET.charAt(random.nextInt(ALPHABET.length()))
            + json.substring(at + 1);
      case 4:
        int end = Math.min(json.length(), at + 1 + random.nextInt(40));
        return json.substring(0, end) + json.substring(at, end) + json.substring(end);
      case 5:
        return replaceValue(json, random);
      case 6:
        int quote = json.indexOf('"', at);
        return quote < 0 ? json : json.substring(0, quote + 1) + "x" + json.substring(quote + 1);
      default:
        int other = random.nextInt(json.length());
        char[] chars = json.toCharArray();
        char c = chars[at];
        chars[at] = chars[other];
        chars[other] = c;
        return new String(chars);
    }
  }

  /** Replaces the value after a random {@code ": "} with a random JSON value. */
  private static String replaceValue(String json, Random random) {
    int colon = json.indexOf(": ", random.nextInt(json.length()));
    if (colon < 0) {
      return json;
    }
    int start = colon + 2;
    int end = start;
    int depth = 0;
    boolean inString = false;
    while (end < json.length()) {
      char c = json.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
      end++;
    }
    return json.substring(0, start)
        + VALUES[random.nextInt(VALUES.length)]
        + json.substring(Math.min(end, json.length()));
  }
}
