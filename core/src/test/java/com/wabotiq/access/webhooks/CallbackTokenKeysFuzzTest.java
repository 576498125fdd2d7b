package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded fuzz of the stored-form parser and of the presented-token check: valid stored forms
 * mutated at random (characters replaced, inserted, deleted, fields duplicated, random bytes).
 * Every input either parses into keys whose stored form parses back to the same keys, or fails
 * with {@link CallbackTokenException}; nothing else escapes. Each case's seed is in its name:
 * replay one with {@code new Random(seed)}.
 */
class CallbackTokenKeysFuzzTest {
  private static final long MASTER_SEED = 0x6362_6b31L; // "cbk1"
  private static final int CASES = 40;
  private static final int INPUTS_PER_CASE = 1_500;
  private static final String CHARS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
          + " :-+.TZ_/\t\n\u00e9\u0000\ud83d";

  static Stream<Long> seeds() {
    Random seeds = new Random(MASTER_SEED);
    return LongStream.range(0, CASES).mapToObj(i -> seeds.nextLong());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void parse_randomInput_onlyTypedOutcomes_andCanonicalRoundTrip(long seed) {
    Random r = new Random(seed);
    int parsed = 0;
    for (int i = 0; i < INPUTS_PER_CASE; i++) {
      String input = mutate(r, valid(r));
      CallbackTokenKeys keys;
      try {
        keys = CallbackTokenKeys.parse(input);
      } catch (CallbackTokenException expected) {
        assertThat(expected.getMessage()).startsWith("stored callback token keys");
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError("seed=" + seed + " input #" + i + " escaped as " + e, e);
      }
      parsed++;
      String canonical = keys.toStoredForm();
      CallbackTokenKeys again = CallbackTokenKeys.parse(canonical);
      assertThat(again.toStoredForm()).as("seed=%d input #%d", seed, i).isEqualTo(canonical);
      assertThat(again.revealCurrent()).isEqualTo(keys.revealCurrent());
      assertThat(again.previousValidUntil()).isEqualTo(keys.previousValidUntil());
      assertThat(keys.check(keys.revealCurrent(), Instant.EPOCH).isValid()).isTrue();
    }
    if (parsed == 0) {
      fail("seed=" + seed + ": no mutated input parsed; the generator lost its valid inputs");
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void check_randomPresentedText_neverThrows_andAcceptsOnlyTheStoredTokens(long seed) {
    Random r = new Random(seed);
    CallbackTokenKeys keys = CallbackTokenKeys.generate(r).rotate(Instant.EPOCH.plusSeconds(60));
    for (int i = 0; i < INPUTS_PER_CASE; i++) {
      String presented = mutate(r, keys.revealCurrent());
      CallbackTokenCheck check = keys.check(presented, Instant.EPOCH);
      if (check.isValid()) {
        assertThat(check.code()).as("seed=%d input #%d", seed, i)
            .isEqualTo(CallbackTokenCheck.Code.VALID);
        assertThat(presented).isEqualTo(keys.revealCurrent());
      }
    }
  }

  /** A valid stored form: one token, or two and an instant. */
  private static String valid(Random r) {
    String current = CallbackTokenKeys.generate(r).revealCurrent();
    if (r.nextBoolean()) {
      return "cbk1 " + current;
    }
    Instant until = Instant.ofEpochSecond(r.nextInt(Integer.MAX_VALUE), r.nextInt(1_000_000_000));
    return "cbk1 " + current + " " + CallbackTokenKeys.generate(r).revealCurrent() + " " + until;
  }

  /** Zero to four random edits, or now and then entirely random text. */
  private static String mutate(Random r, String text) {
    if (r.nextInt(20) == 0) {
      return randomText(r, r.nextInt(80));
    }
    StringBuilder s = new StringBuilder(text);
    int edits = r.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : r.nextInt(s.length());
      switch (r.nextInt(5)) {
        case 0 -> {
          if (s.length() > 0) {
            s.setCharAt(at, CHARS.charAt(r.nextInt(CHARS.length())));
          }
        }
        case 1 -> s.insert(at, CHARS.charAt(r.nextInt(CHARS.length())));
        case 2 -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
        case 3 -> s.append(' ').append(s, 0, Math.min(s.length(), r.nextInt(40)));
        default -> s.setLength(Math.min(s.length(), at));
      }
    }
    return s.toString();
  }

  private static String randomText(Random r, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = r.nextBoolean() ? CHARS.charAt(r.nextInt(CHARS.length())) : (char) r.nextInt(0xffff);
      s.append(c);
    }
    return s.toString();
  }
}
