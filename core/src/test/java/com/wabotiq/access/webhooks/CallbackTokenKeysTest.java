package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.wabotiq.access.webhooks.CallbackTokenCheck.Code;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * M-Pesa callback tokens: generation (length, alphabet, uniqueness, avoided words), the {@code
 * cbk1} stored form both ways, every check code, the rotation window to the nanosecond, and
 * malformed stored values refused with a typed error that shows no token.
 */
class CallbackTokenKeysTest {
  private static final String A = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";
  private static final String B = "Zy9xWv8uTs7rQp6oNm5lKj4iHg3fEd2c";
  private static final String ROTATED = "cbk1 " + B + " " + A + " 2025-11-20T12:00:00Z";
  private static final Instant NOON = Instant.parse("2025-11-20T12:00:00Z");

  @Test
  void generate_givesThirtyTwoBase62Characters_allDifferent() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String token = CallbackTokenKeys.generate().revealCurrent();
      assertThat(token).hasSize(CallbackTokenKeys.TOKEN_LENGTH).matches("[0-9A-Za-z]{32}");
      assertThat(CallbackTokenKeys.hasAvoidedWord(token)).isFalse();
      assertThat(seen.add(token)).as("a repeated token").isTrue();
    }
  }

  @Test
  void generate_usesEveryBase62CharacterAboutEvenly() {
    // 64,000 characters over 62 symbols: about 1,032 each; a modulo bias (256 % 62) or a missing
    // symbol would show as a count far outside 800..1,270 (more than 7 standard deviations).
    int[] counts = new int[128];
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      for (char c : CallbackTokenKeys.generate(random).revealCurrent().toCharArray()) {
        counts[c]++;
      }
    }
    for (char c : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray()) {
      assertThat(counts[c]).as("count of '%s'", c).isBetween(800, 1_270);
    }
  }

  @Test
  void avoidedWords_areFoundInAnyCase() {
    assertThat(CallbackTokenKeys.hasAvoidedWord("xxMPesaxx")).isTrue();
    assertThat(CallbackTokenKeys.hasAvoidedWord("xxSafariCOMxx")).isTrue();
    assertThat(CallbackTokenKeys.hasAvoidedWord("xEXEx")).isTrue();
    assertThat(CallbackTokenKeys.hasAvoidedWord("xcMdx")).isTrue();
    assertThat(CallbackTokenKeys.hasAvoidedWord("xSqLx")).isTrue();
    assertThat(CallbackTokenKeys.hasAvoidedWord("QUERYx")).isTrue();
    assertThat(CallbackTokenKeys.hasAvoidedWord(A)).isFalse();
  }

  @Test
  void storedForm_roundTrips_withAndWithoutPrevious() {
    CallbackTokenKeys one = CallbackTokenKeys.parse("cbk1 " + A);
    assertThat(one.revealCurrent()).isEqualTo(A);
    assertThat(one.hasPrevious()).isFalse();
    assertThat(one.previousValidUntil()).isEmpty();
    assertThat(one.toStoredForm()).isEqualTo("cbk1 " + A);

    String two = "cbk1 " + B + " " + A + " 2025-11-20T12:00:00Z";
    CallbackTokenKeys rotated = CallbackTokenKeys.parse(two);
    assertThat(rotated.revealCurrent()).isEqualTo(B);
    assertThat(rotated.previousValidUntil()).contains(NOON);
    assertThat(rotated.toStoredForm()).isEqualTo(two);
    assertThat(CallbackTokenKeys.parse(rotated.toStoredForm()).toStoredForm()).isEqualTo(two);
  }

  @Test
  void rotate_makesTheCurrentThePrevious_andDropsAnOlderOne() {
    CallbackTokenKeys first = CallbackTokenKeys.parse("cbk1 " + A);
    CallbackTokenKeys second = first.rotate(NOON);
    assertThat(second.revealCurrent()).isNotEqualTo(A).matches("[0-9A-Za-z]{32}");
    assertThat(second.toStoredForm())
        .isEqualTo("cbk1 " + second.revealCurrent() + " " + A + " 2025-11-20T12:00:00Z");
    assertThat(first.toStoredForm()).as("unchanged").isEqualTo("cbk1 " + A);

    CallbackTokenKeys third = second.rotate(NOON.plusSeconds(60));
    assertThat(third.check(A, NOON).code()).isEqualTo(Code.MISMATCH);
    assertThat(third.check(second.revealCurrent(), NOON).code()).isEqualTo(Code.VALID_PREVIOUS);
  }

  @Test
  void check_givesEachCode() {
    CallbackTokenKeys keys = CallbackTokenKeys.parse(ROTATED);
    assertThat(keys.check(B, NOON)).isEqualTo(CallbackTokenCheck.of(Code.VALID));
    assertThat(keys.check(A, NOON).code()).isEqualTo(Code.VALID_PREVIOUS);
    assertThat(keys.check(null, NOON).code()).isEqualTo(Code.MISSING);
    assertThat(keys.check("", NOON).code()).isEqualTo(Code.MISSING);
    assertThat(keys.check("short", NOON).code()).isEqualTo(Code.MALFORMED);
    assertThat(keys.check(A + "/", NOON).code()).isEqualTo(Code.MALFORMED);
    assertThat(keys.check("x".repeat(65), NOON).code()).isEqualTo(Code.MALFORMED);
    assertThat(keys.check(A.toLowerCase(java.util.Locale.ROOT), NOON).code())
        .isEqualTo(Code.MISMATCH);
    assertThat(keys.check(B.substring(0, 31) + "d", NOON).code()).isEqualTo(Code.MISMATCH);
    assertThat(keys.check(B + "0", NOON).code()).as("a longer token").isEqualTo(Code.MISMATCH);
    assertThat(CallbackTokenKeys.parse("cbk1 " + B).check(A, NOON).code())
        .isEqualTo(Code.MISMATCH);
  }

  @Test
  void previousToken_isValidUpToAndIncludingItsInstant_notOneNanosecondLater() {
    CallbackTokenKeys keys = CallbackTokenKeys.parse(ROTATED);
    assertThat(keys.check(A, NOON.minus(Duration.ofDays(1))).code()).isEqualTo(Code.VALID_PREVIOUS);
    assertThat(keys.check(A, NOON).code()).isEqualTo(Code.VALID_PREVIOUS);
    assertThat(keys.check(A, NOON.plusNanos(1)).code()).isEqualTo(Code.EXPIRED_PREVIOUS);
    assertThat(keys.check(A, NOON.plusNanos(1)).isValid()).isFalse();
    assertThat(keys.check(B, NOON.plus(Duration.ofDays(3650))).code()).isEqualTo(Code.VALID);
  }

  @Test
  void isValid_onlyForValidAndValidPrevious() {
    for (Code code : Code.values()) {
      assertThat(CallbackTokenCheck.of(code).isValid()).as(code.name())
          .isEqualTo(code == Code.VALID || code == Code.VALID_PREVIOUS);
    }
  }

  @Test
  void toString_showsNoToken() {
    CallbackTokenKeys keys = CallbackTokenKeys.parse(ROTATED);
    assertThat(keys.toString()).doesNotContain(A).doesNotContain(B)
        .isEqualTo("CallbackTokenKeys[current=(hidden), previous=(hidden) valid until"
            + " 2025-11-20T12:00:00Z]");
    CallbackTokenKeys fresh = CallbackTokenKeys.generate();
    assertThat(fresh.toString()).doesNotContain(fresh.revealCurrent())
        .isEqualTo("CallbackTokenKeys[current=(hidden)]");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", "must start with 'cbk1 '"),
        Arguments.of("cbk1", "2 or 4 fields"),
        Arguments.of("cbk2 " + A, "must start with 'cbk1 '"),
        Arguments.of("CBK1 " + A, "must start with 'cbk1 '"),
        Arguments.of(A, "must start with 'cbk1 '"),
        Arguments.of(" cbk1 " + A, "must start with 'cbk1 '"),
        Arguments.of("cbk1 " + A + " ", "2 or 4 fields"),
        Arguments.of("cbk1  " + A, "2 or 4 fields"),
        Arguments.of("cbk1 " + A + " " + B, "2 or 4 fields"),
        Arguments.of("cbk1 " + A + " " + B + " 2025-11-20T12:00:00Z x", "2 or 4 fields"),
        Arguments.of("cbk1\t" + A, "must start with 'cbk1 '"),
        Arguments.of("cbk1 " + A + "\n", "its current token must be"),
        Arguments.of("cbk1 " + A.substring(0, 21), "its current token must be"),
        Arguments.of("cbk1 " + A + A + "x", "its current token must be"),
        Arguments.of("cbk1 " + A.replace('A', '-'), "its current token must be"),
        Arguments.of("cbk1 " + A + " " + B.replace('Z', '_') + " 2025-11-20T12:00:00Z",
            "its previous token must be"),
        Arguments.of("cbk1 " + A + " " + B + " 2025-11-20", "ending in 'Z'"),
        Arguments.of("cbk1 " + A + " " + B + " 2025-11-20T12:00:00+03:00", "ending in 'Z'"),
        Arguments.of("cbk1 " + A + " " + B + " 2025-13-20T12:00:00Z", "ISO-8601 instant"),
        Arguments.of("cbk1 " + A + " " + B + " Z", "ISO-8601 instant"),
        Arguments.of("cbk1 " + A + " " + B + " ", "ending in 'Z'"),
        Arguments.of("cbk1 " + "a".repeat(300), "more than 256"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedStoredForm_isATypedError_namingTheRule_showingNoToken(String stored, String rule) {
    assertThatThrownBy(() -> CallbackTokenKeys.parse(stored))
        .isInstanceOf(CallbackTokenException.class)
        .hasMessageStartingWith("stored callback token keys (webhook_secret) are malformed: ")
        .hasMessageContaining(rule)
        .hasMessageNotContaining(A.substring(0, 21))
        .hasMessageNotContaining(B.substring(0, 21));
  }

  @Test
  void check_comparesOnlyThroughMessageDigestIsEqual() {
    // The bytecode of check(): the presented token meets the stored ones only in
    // MessageDigest.isEqual (on SHA-256 digests), never in an early-exit comparison.
    JavaClass keys = new ClassFileImporter().importClass(CallbackTokenKeys.class);
    List<String> calls = keys.getMethod("check", String.class, Instant.class)
        .getMethodCallsFromSelf().stream()
        .map(JavaMethodCall::getTarget)
        .map(t -> t.getOwner().getName() + "." + t.getName())
        .toList();
    assertThat(calls).contains("java.security.MessageDigest.isEqual");
    assertThat(calls).filteredOn(c -> c.startsWith("java.security.MessageDigest.isEqual"))
        .hasSize(2);
    assertThat(calls).noneMatch(c -> c.endsWith(".equals") || c.endsWith(".contentEquals")
        || c.endsWith(".equalsIgnoreCase") || c.endsWith(".compareTo")
        || c.endsWith(".regionMatches") || c.startsWith("java.util.Arrays.")
        || c.endsWith(".hashCode") || c.endsWith(".mismatch"));
  }
}
