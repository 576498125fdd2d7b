package com.wabotiq.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the decoder with arbitrary text, decoded as every document type of the model by both
 * codecs: only {@link JsonDecodingException} may escape, and a decoded value must re-encode stably
 * (see {@link JsonPropertiesTest#assertDecodesOrFailsTyped}).
 *
 * <p>Under {@code mvn test} this runs in regression mode over the committed inputs in {@code
 * src/test/resources/com/wabotiq/json/JsonDecoderFuzzTestInputs/decode/} (raw JSON files: the whole
 * input is the document) plus the empty input. To fuzz for real, from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 mvn -pl core -am test -Dtest='JsonDecoderFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * <p>The generated corpus goes to {@code .cifuzz-corpus/} (ignored by git); a crash is written to
 * the inputs directory above, which is where a fixed crash stays as a regression input.
 */
class JsonDecoderFuzzTest {
  private static final List<JsonCodec> CODECS = List.of(JsonCodec.lenient(), JsonCodec.strict());

  @FuzzTest(maxDuration = "90s")
  void decode(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    for (Class<?> type : ModelTypes.DOCUMENTS) {
      for (JsonCodec codec : CODECS) {
        JsonPropertiesTest.assertDecodesOrFailsTyped(codec, json, type, -1);
      }
    }
  }
}
