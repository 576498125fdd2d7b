package com.wabotiq.access.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key format: generated keys against an independent oracle (BigInteger Base62 and the JDK's
 * CRC32), each offline check with its own outcome, and seeded properties (the seed is in each
 * case's name, so a failure replays): every generated key checks; every single-character
 * substitution and every swap of two neighbours is refused; made-up keys are refused.
 */
class ApiKeyFormatTest {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  /** The oracle: the key for 24 bytes, computed with BigInteger and java.util.zip.CRC32. */
  static String expectedKey(String prefix, byte[] random) {
    String body = base62(new BigInteger(1, random), 33);
    String checked = prefix + body;
    CRC32 crc = new CRC32();
    crc.update(checked.getBytes(StandardCharsets.US_ASCII));
    return checked + base62(BigInteger.valueOf(crc.getValue()), 6);
  }

  private static String base62(BigInteger value, int width) {
    StringBuilder digits = new StringBuilder();
    BigInteger sixtyTwo = BigInteger.valueOf(62);
    BigInteger rest = value;
    while (rest.signum() > 0) {
      BigInteger[] qr = rest.divideAndRemainder(sixtyTwo);
      digits.append(ALPHABET.charAt(qr[1].intValue()));
      rest = qr[0];
    }
    while (digits.length() < width) {
      digits.append('0');
    }
    assertThat(digits.length()).as("fits in %s digits", width).isEqualTo(width);
    return digits.reverse().toString();
  }

  @Test
  void generate_zeroBytes_isAllZeroBodyWithItsChecksum() {
    ApiKeySecret key = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new FixedRandom(new byte[1]));

    assertThat(key.reveal())
        .startsWith("wbq_live_000000000000000000000000000000000")
        .hasSize(48)
        .isEqualTo(expectedKey("wbq_live_", new byte[24]));
  }

  @Test
  void generate_allOnes_fitsInThirtyThreeDigits() {
    byte[] ones = new byte[24];
    java.util.Arrays.fill(ones, (byte) 0xff);

    ApiKeySecret key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new FixedRandom(ones));

    assertThat(key.reveal()).hasSize(48).isEqualTo(expectedKey("wbq_test_", ones));
    assertThat(ApiKeyFormat.check(key.reveal())).isEqualTo(ApiKeyFormat.Check.WELL_FORMED);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void generate_randomBytes_matchesTheOracleAndChecks(long seed) {
    byte[] bytes = new byte[24];
    new Random(seed).nextBytes(bytes);
    for (ApiKeyEnvironment environment : ApiKeyEnvironment.values()) {
      String key = ApiKeyFormat.generate(environment, new FixedRandom(bytes)).reveal();

      assertThat(key).as("seed %s", seed).isEqualTo(expectedKey(environment.prefix(), bytes));
      assertThat(ApiKeyFormat.check(key)).isEqualTo(ApiKeyFormat.Check.WELL_FORMED);
      assertThat(ApiKeyFormat.environment(key)).contains(environment);
    }
  }

  @Test
  void generate_secureRandom_isUniqueWellFormedAndBase62() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String key = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, random).reveal();
      assertThat(key).matches("wbq_live_[0-9A-Za-z]{39}");
      assertThat(ApiKeyFormat.check(key)).isEqualTo(ApiKeyFormat.Check.WELL_FORMED);
      assertThat(seen.add(key)).as("unique").isTrue();
    }
  }

  /** Every position after the prefix, every other Base62 character: refused by the checksum. */
  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void check_everySingleSubstitution_isABadChecksum(long seed) {
    Random random = new Random(seed);
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new FixedRandom(bytes)).reveal();
    int tried = 0;
    for (int i = 9; i < key.length(); i++) {
      for (int c = 0; c < ALPHABET.length(); c++) {
        char other = ALPHABET.charAt(c);
        if (other == key.charAt(i)) {
          continue;
        }
        String typo = key.substring(0, i) + other + key.substring(i + 1);
        assertThat(ApiKeyFormat.check(typo))
            .as("seed %s: position %s to %s", seed, i, other)
            .isEqualTo(ApiKeyFormat.Check.BAD_CHECKSUM);
        tried++;
      }
    }
    assertThat(tried).isEqualTo(39 * 61);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void check_everySwapOfNeighbours_isRefused(long seed) {
    byte[] bytes = new byte[24];
    new Random(seed).nextBytes(bytes);
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new FixedRandom(bytes)).reveal();
    for (int i = 0; i + 1 < key.length(); i++) {
      if (key.charAt(i) == key.charAt(i + 1)) {
        continue;
      }
      char[] swapped = key.toCharArray();
      swapped[i] = key.charAt(i + 1);
      swapped[i + 1] = key.charAt(i);
      ApiKeyFormat.Check check = ApiKeyFormat.check(new String(swapped));
      assertThat(check).as("seed %s: swap at %s", seed, i).isNotEqualTo(
          ApiKeyFormat.Check.WELL_FORMED);
      if (i >= 9) {
        assertThat(check).isEqualTo(ApiKeyFormat.Check.BAD_CHECKSUM);
      }
    }
  }

  /** Made-up keys in the right shape: about one in four billion passes, so none of these. */
  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void check_fabricatedKeys_areBadChecksums(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder key = new StringBuilder(random.nextBoolean() ? "wbq_live_" : "wbq_test_");
      for (int i = 0; i < 39; i++) {
        key.append(ALPHABET.charAt(random.nextInt(62)));
      }
      assertThat(ApiKeyFormat.check(key)).as("seed %s: %s", seed, n)
          .isEqualTo(ApiKeyFormat.Check.BAD_CHECKSUM);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void check_arbitraryText_givesOnlyATypedOutcome(long seed) {
    Random random = new Random(seed);
    String valid = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();
    for (int n = 0; n < 2_000; n++) {
      char[] text = (random.nextBoolean() ? valid : "x".repeat(random.nextInt(100))).toCharArray();
      for (int k = random.nextInt(4); k > 0 && text.length > 0; k--) {
        text[random.nextInt(text.length)] = (char) random.nextInt(0x10000);
      }
      ApiKeyFormat.Check check = ApiKeyFormat.check(new String(text));
      assertThat(check).as("seed %s: %s", seed, n).isNotNull();
      assertThat(ApiKeyFormat.environment(new String(text))).isNotNull();
      if (!new String(text).equals(valid)) {
        assertThat(check).isNotEqualTo(ApiKeyFormat.Check.WELL_FORMED);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "wbq_live_", "wbq_live_abc", "x"})
  void check_wrongLength(String key) {
    assertThat(ApiKeyFormat.check(key)).isEqualTo(ApiKeyFormat.Check.WRONG_LENGTH);
    assertThat(ApiKeyFormat.Check.WRONG_LENGTH.code()).isEqualTo(ApiKeyCode.MALFORMED);
  }

  @Test
  void check_eachProblem_hasItsOwnOutcome() {
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();

    assertThat(ApiKeyFormat.check(key + "0")).isEqualTo(ApiKeyFormat.Check.WRONG_LENGTH);
    assertThat(ApiKeyFormat.check("wbq_prod_" + key.substring(9)))
        .isEqualTo(ApiKeyFormat.Check.WRONG_PREFIX);
    assertThat(ApiKeyFormat.check("WBQ_LIVE_" + key.substring(9)))
        .isEqualTo(ApiKeyFormat.Check.WRONG_PREFIX);
    assertThat(ApiKeyFormat.check(key.substring(0, 20) + "-" + key.substring(21)))
        .isEqualTo(ApiKeyFormat.Check.NOT_BASE62);
    assertThat(ApiKeyFormat.check(key.substring(0, 20) + "é" + key.substring(21)))
        .isEqualTo(ApiKeyFormat.Check.NOT_BASE62);
    assertThat(ApiKeyFormat.check(" " + key.substring(1))).isEqualTo(
        ApiKeyFormat.Check.WRONG_PREFIX);
    assertThat(ApiKeyFormat.Check.NOT_BASE62.code()).isEqualTo(ApiKeyCode.MALFORMED);
    assertThat(ApiKeyFormat.Check.WRONG_PREFIX.code()).isEqualTo(ApiKeyCode.MALFORMED);
    assertThat(ApiKeyFormat.Check.BAD_CHECKSUM.code()).isEqualTo(ApiKeyCode.BAD_CHECKSUM);
    assertThat(ApiKeyFormat.Check.WELL_FORMED.code()).isEqualTo(ApiKeyCode.VALID);
  }

  /** A checksum that decodes above 2^32 can never match: still a typed outcome. */
  @Test
  void check_checksumAboveThirtyTwoBits_isABadChecksum() {
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();

    assertThat(ApiKeyFormat.check(key.substring(0, 42) + "zzzzzz"))
        .isEqualTo(ApiKeyFormat.Check.BAD_CHECKSUM);
  }

  @ParameterizedTest
  @EnumSource(ApiKeyEnvironment.class)
  void environment_readsThePrefixOnly(ApiKeyEnvironment environment) {
    assertThat(ApiKeyFormat.environment(environment.prefix() + "short")).contains(environment);
    assertThat(ApiKeyFormat.environment("sk_live_x")).isEmpty();
  }

  @Test
  void nullArguments_nameTheArgument() {
    assertThatThrownBy(() -> ApiKeyFormat.check(null)).hasMessage("key == null");
    assertThatThrownBy(() -> ApiKeyFormat.generate(null, new SecureRandom()))
        .hasMessage("environment == null");
    assertThatThrownBy(() -> ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, null))
        .hasMessage("random == null");
  }
}
