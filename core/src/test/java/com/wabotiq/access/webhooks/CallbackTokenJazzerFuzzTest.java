package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;

/**
 * Fuzzes the {@code cbk1} stored-form parser and the presented-token check with arbitrary text:
 * parsing either succeeds with keys whose stored form parses back to the same form, or fails with
 * {@link CallbackTokenException}; a check never throws.
 *
 * <p>Under {@code mvn test} this runs in regression mode over the committed inputs in {@code
 * src/test/resources/com/wabotiq/access/webhooks/CallbackTokenJazzerFuzzTestInputs/parse/} (each
 * file is a whole stored form) plus the empty input. To fuzz for real, from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl core -am test -Dtest='CallbackTokenJazzerFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class CallbackTokenJazzerFuzzTest {
  private static final CallbackTokenKeys KEYS = CallbackTokenKeys.parse(
      "cbk1 Zy9xWv8uTs7rQp6oNm5lKj4iHg3fEd2c Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z 2025-11-20T12:00:00Z");

  @FuzzTest(maxDuration = "60s")
  void parse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    CallbackTokenKeys keys;
    try {
      keys = CallbackTokenKeys.parse(text);
    } catch (CallbackTokenException expected) {
      assertThat(expected.getMessage()).startsWith("stored callback token keys");
      assertThat(KEYS.check(text, Instant.EPOCH).code()).isNotNull();
      return;
    }
    String canonical = keys.toStoredForm();
    assertThat(CallbackTokenKeys.parse(canonical).toStoredForm()).isEqualTo(canonical);
    assertThat(keys.check(keys.revealCurrent(), Instant.EPOCH).isValid()).isTrue();
  }
}
