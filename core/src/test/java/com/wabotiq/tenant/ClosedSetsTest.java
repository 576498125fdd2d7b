package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClosedSetsTest {
  private static <T extends OpenEnum<?>> void assertClosedSet(
      List<T> values, Function<String, T> of, List<String> wires) {
    assertThat(values).extracting(OpenEnum::wireValue).containsExactlyElementsOf(wires);
    for (T v : values) {
      assertThat(of.apply(v.wireValue())).isSameAs(v);
      assertThat(v.isKnown()).isTrue();
      assertThat(v.value().name()).isEqualTo(v.wireValue().toUpperCase(Locale.ROOT));
    }
    T unknown = of.apply("from-a-newer-server");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value().name()).isEqualTo("UNKNOWN");
    assertThat(unknown.wireValue()).isEqualTo("from-a-newer-server");
    assertThat(unknown).isEqualTo(of.apply("from-a-newer-server")).isNotIn(values);
  }

  @Test
  void llmProvider_knownValuesRoundTrip_unknownKept() {
    assertClosedSet(
        LlmProvider.values(),
        LlmProvider::of,
        List.of("openai", "gemini", "together", "anthropic"));
  }

  @Test
  void botPersonality_knownValuesRoundTrip_unknownKept() {
    assertClosedSet(
        BotPersonality.values(),
        BotPersonality::of,
        List.of("friendly", "professional", "casual", "humorous"));
  }

  @Test
  void mpesaEnvironment_knownValuesRoundTrip_unknownKept() {
    assertClosedSet(
        MpesaEnvironment.values(), MpesaEnvironment::of, List.of("sandbox", "production"));
  }

  @Test
  void apiScope_knownValuesRoundTrip_unknownKept() {
    assertClosedSet(ApiScope.values(), ApiScope::of, List.of("read", "write"));
  }

  @Test
  void constants_ofDifferentSets_neverEqual() {
    assertThat(LlmProvider.of("read")).isNotEqualTo(ApiScope.READ);
  }
}
