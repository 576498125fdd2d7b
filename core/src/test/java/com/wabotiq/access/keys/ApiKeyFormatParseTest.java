package com.wabotiq.access.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ApiKeyFormat#parse}: a well-formed key comes back as the same secret; each finding of the
 * offline check is refused with an {@link IllegalArgumentException} that names the finding and
 * never shows the key (nor its random part). Seeded cases carry the seed in their name.
 */
@Timeout(30)
class ApiKeyFormatParseTest {
  /** The example of docs/access-keys.md; its checksum was computed apart, with Python's zlib. */
  private static final String DOCUMENTED = "wbq_live_2bTq9CkE0Lr5vUaXh1JmQz8NfYp3WdKs70emUT0";

  static LongStream seeds() {
    return LongStream.range(1, 31);
  }

  @Test
  void parse_theDocumentedExample_roundTrips() {
    ApiKeySecret parsed = ApiKeyFormat.parse(DOCUMENTED);

    assertThat(parsed.reveal()).isEqualTo(DOCUMENTED);
    assertThat(parsed.environment()).isEqualTo(ApiKeyEnvironment.LIVE);
    assertThat(parsed.toString()).doesNotContain(DOCUMENTED.substring(9, 42));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiKeyEnvironment.class)
  void parse_generatedKey_equalsTheGeneratedSecret(ApiKeyEnvironment environment) {
    ApiKeySecret generated = ApiKeyFormat.generate(environment, new SecureRandom());

    ApiKeySecret parsed = ApiKeyFormat.parse(generated.reveal());

    assertThat(parsed).isEqualTo(generated);
    assertThat(parsed.reveal()).isEqualTo(generated.reveal());
    assertThat(parsed.environment()).isEqualTo(environment);
    assertThat(parsed.digest()).isEqualTo(generated.digest());
  }

  @Test
  void parse_acceptsAnyCharSequence() {
    ApiKeySecret parsed = ApiKeyFormat.parse(java.nio.CharBuffer.wrap(DOCUMENTED.toCharArray()));

    assertThat(parsed.reveal()).isEqualTo(DOCUMENTED);
  }

  @Test
  void parse_null_isNullPointerException() {
    assertThatThrownBy(() -> ApiKeyFormat.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parse_wrongLength_namesTheFindingNotTheKey() {
    String shorter = DOCUMENTED.substring(0, 47);
    String longer = DOCUMENTED + "A";

    assertRefused(shorter, ApiKeyFormat.Check.WRONG_LENGTH);
    assertRefused(longer, ApiKeyFormat.Check.WRONG_LENGTH);
    assertRefused("", ApiKeyFormat.Check.WRONG_LENGTH);
    assertRefused(" " + DOCUMENTED, ApiKeyFormat.Check.WRONG_LENGTH);
  }

  @Test
  void parse_wrongPrefix_namesTheFindingNotTheKey() {
    assertRefused("wbq_prod_" + DOCUMENTED.substring(9), ApiKeyFormat.Check.WRONG_PREFIX);
    assertRefused("WBQ_LIVE_" + DOCUMENTED.substring(9), ApiKeyFormat.Check.WRONG_PREFIX);
    assertRefused("sk_live__" + DOCUMENTED.substring(9), ApiKeyFormat.Check.WRONG_PREFIX);
  }

  @Test
  void parse_notBase62_namesTheFindingNotTheKey() {
    assertRefused(DOCUMENTED.substring(0, 20) + "-" + DOCUMENTED.substring(21),
        ApiKeyFormat.Check.NOT_BASE62);
    assertRefused(DOCUMENTED.substring(0, 47) + "_", ApiKeyFormat.Check.NOT_BASE62);
    assertRefused(DOCUMENTED.substring(0, 30) + "é" + DOCUMENTED.substring(31),
        ApiKeyFormat.Check.NOT_BASE62);
  }

  @Test
  void parse_badChecksum_namesTheFindingNotTheKey() {
    assertRefused(DOCUMENTED.replace("0emUT0", "0emUT1"), ApiKeyFormat.Check.BAD_CHECKSUM);
  }

  /** A single substituted Base62 character after the prefix is always refused (CRC32). */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void parse_oneCharacterChanged_isRefusedWithoutShowingTheKey(long seed) {
    Random random = new Random(seed);
    String key = ApiKeyFormat.generate(
        random.nextBoolean() ? ApiKeyEnvironment.LIVE : ApiKeyEnvironment.TEST,
        new SecureRandom()).reveal();
    int at = 9 + random.nextInt(39);
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    char replacement;
    do {
      replacement = alphabet.charAt(random.nextInt(62));
    } while (replacement == key.charAt(at));
    String changed = key.substring(0, at) + replacement + key.substring(at + 1);

    assertRefused(changed, ApiKeyFormat.Check.BAD_CHECKSUM);
    assertThat(ApiKeyFormat.parse(key).reveal()).as("seed %s: the original", seed).isEqualTo(key);
  }

  private static void assertRefused(String key, ApiKeyFormat.Check finding) {
    assertThat(ApiKeyFormat.check(key)).as("check of the test input").isEqualTo(finding);
    assertThatThrownBy(() -> ApiKeyFormat.parse(key))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(finding.name())
        .satisfies(e -> {
          String message = String.valueOf(e.getMessage());
          if (key.length() > 9) {
            assertThat(message).doesNotContain(key.substring(9));
            assertThat(message).doesNotContain(key.substring(key.length() - 8));
          }
          if (!key.isEmpty()) {
            assertThat(message).doesNotContain(key);
          }
        });
  }
}
