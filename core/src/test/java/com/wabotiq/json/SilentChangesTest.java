package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.tenant.LlmSettings;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** No value changes silently on its way through the codec: it is kept exactly, or refused. */
class SilentChangesTest {
  private static final List<JsonCodec> CODECS = List.of(JsonCodec.strict(), JsonCodec.lenient());

  private static JsonDecodingException refused(String json, Class<?> type, JsonCodec codec) {
    JsonDecodingException e =
        catchThrowableOfType(JsonDecodingException.class, () -> codec.fromJson(json, type));
    assertThat(e).as("%s refuses %s", codec, json).isNotNull();
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"llm_temperature\":1e-400                 | $.llm_temperature",
        "\"llm_temperature\":-4e-330                | $.llm_temperature",
        "\"confidence_threshold\":1.00000000000000001 | $.confidence_threshold",
        "\"confidence_threshold\":0.99999999999999999999 | $.confidence_threshold",
        "\"rag_semantic_weight\":9007199254740993   | $.rag_semantic_weight",
        "\"rag_keyword_weight\":3e-324              | $.rag_keyword_weight",
        "\"handoff_confidence_threshold\":0.1000000000000000001 | $.handoff_confidence_threshold"
      })
  void doubleLiteralsADoubleWouldChange_areRefused(String member, String path) {
    for (JsonCodec codec : CODECS) {
      JsonDecodingException e =
          refused("{\"tenant_id\":\"t\"," + member + "}", TenantSettings.class, codec);
      assertThat(e.path()).isEqualTo(path);
      assertThat(e.getMessage()).contains("cannot be held exactly by a double");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0.7, 0.7",
    "0.1, 0.1",
    "0.30000000000000004, 0.30000000000000004",
    "1.50, 1.5",
    "4.9E-324, 4.9E-324",
    "1.7976931348623157E308, 1.7976931348623157E308",
    "0.1000000000000000055511151231257827021181583404541015625, 0.1",
    "-0.0, -0.0",
    "0e999999, 0.0",
    "9007199254740992, 9007199254740992"
  })
  void doubleLiteralsTheDoubleKeeps_areRead(String literal, double expected) {
    for (JsonCodec codec : CODECS) {
      Double value = codec.fromJson(literal, Double.class);
      assertThat(value).isEqualTo(expected);
      assertThat(codec.fromJson(codec.toJson(value), Double.class)).isEqualTo(value);
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void everyFiniteDouble_writtenAndReadBackIdentical(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      double d = EdgeValues.aDouble(random);
      String json = JsonCodec.strict().toJson(d);
      assertThat(JsonCodec.strict().fromJson(json, Double.class))
          .as("seed=%d %s", seed, json)
          .isEqualTo(d);
    }
  }

  @Test
  void nonFiniteDoubles_refusedWhenBuilt() {
    assertThatThrownBy(() -> LlmSettings.builder().llmTemperature(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("llm_temperature (NaN) must be a finite number");
  }

  @Test
  void leapSecond_refusedNotReadAsTheSecondBefore() {
    for (JsonCodec codec : CODECS) {
      JsonDecodingException e =
          refused(
              "{\"tenant_id\":\"t\",\"created_at\":\"2016-12-31T23:59:60Z\"}",
              TenantSettings.class,
              codec);
      assertThat(e.path()).isEqualTo("$.created_at");
      assertThat(e.getMessage()).startsWith("Invalid instant");
    }
  }

  @Test
  void yearsBeyond9999_keptWithTheirSign() {
    for (String period : List.of("+10000-01", "+999999999-12", "-0001-06", "-999999999-01")) {
      String json = "{\"period\":\"" + period + "\",\"tenant_id\":\"t\"}";
      for (JsonCodec codec : CODECS) {
        PerformanceMetrics metrics = codec.fromJson(json, PerformanceMetrics.class);
        assertThat(metrics.period()).isEqualTo(YearMonth.parse(period));
        assertThat(codec.toJson(metrics)).contains("\"period\":\"" + period + "\"");
        assertThat(codec.fromJson(codec.toJson(metrics), PerformanceMetrics.class))
            .isEqualTo(metrics);
      }
    }
    for (Object value :
        List.of(
            YearMonth.of(10_000, 1),
            LocalDate.of(10_000, 1, 1),
            LocalDate.MAX,
            LocalDate.MIN,
            Instant.MAX,
            Instant.MIN)) {
      String json = JsonCodec.strict().toJson(value);
      assertThat(JsonCodec.strict().fromJson(json, value.getClass())).isEqualTo(value);
    }
  }

  @Test
  void unpairedSurrogates_refusedWhenReadWrittenAndBuiltIntoMetadata() {
    for (JsonCodec codec : CODECS) {
      JsonDecodingException escaped =
          refused(
              "{\"tenant_id\":\"t\",\"business_name\":\"a\\ud800b\"}", TenantSettings.class, codec);
      assertThat(escaped.path()).isEqualTo("$.business_name");
      JsonDecodingException lowAlone =
          refused(
              "{\"tenant_id\":\"t\",\"metadata\":{\"k\":[\"\\udc00\"]}}",
              TenantSettings.class,
              codec);
      assertThat(lowAlone.path()).isEqualTo("$.metadata.k[0]");
      JsonDecodingException key =
          refused(
              "{\"tenant_id\":\"t\",\"metadata\":{\"\\ud800\":1}}", TenantSettings.class, codec);
      assertThat(key.getMessage()).startsWith("Invalid member name");
      JsonDecodingException raw =
          refused(
              "{\"tenant_id\":\"t\",\"business_name\":\"a\uD800b\"}", TenantSettings.class, codec);
      assertThat(raw.getMessage()).startsWith("Malformed text: an unpaired surrogate at character");
      // A pair, escaped or not, is one character and reads as it.
      assertThat(
              codec
                  .fromJson(
                      "{\"tenant_id\":\"t\",\"business_name\":\"\\ud83d\\ude00\uD83D\uDE00\"}",
                      TenantSettings.class)
                  .business()
                  .businessName())
          .isEqualTo("\uD83D\uDE00\uD83D\uDE00");
    }
    TenantSettings lone =
        TenantSettings.builder()
            .tenantId(TenantId.of("t"))
            .business(
                com.wabotiq.tenant.BusinessSettings.builder().businessName("a\uD800b").build())
            .build();
    assertThatThrownBy(() -> JsonCodec.lenient().toJson(lone))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "$.business_name (a string with an unpaired surrogate) must be valid Unicode to be"
                + " written as JSON");
    assertThatThrownBy(() -> EdgeRoundTripTest.settings(Map.of("k", "x\uDC00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metadata.k (a string with an unpaired surrogate at index 1)");
    assertThatThrownBy(() -> EdgeRoundTripTest.settings(Map.of("\uD800", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metadata key (");
    assertThatThrownBy(
            () -> JsonCodec.lenient().toJson(com.wabotiq.tenant.TenantStatus.of("x\uD800")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
