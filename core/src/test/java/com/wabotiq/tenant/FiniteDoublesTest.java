package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code Double} component of every record of the package refuses NaN and the infinities
 * when the record is built (JSON has no form for them), with an {@code IllegalArgumentException}
 * naming the field and the rule; such a value never reaches storage or the validator.
 */
class FiniteDoublesTest {
  private static final double[] NON_FINITE = {
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };

  /** Each record of the package with a {@code Double} component, the component's index. */
  static Stream<Arguments> doubleComponents() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<?> type : RecordSamples.recordsOfPackage()) {
      RecordComponent[] components = type.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (components[i].getType() == Double.class) {
          cases.add(
              Arguments.of(type.getSimpleName() + "." + components[i].getName(), type, i));
        }
      }
    }
    return cases.stream();
  }

  @Test
  void doubleComponents_coverEveryDoubleSetting() {
    assertThat(doubleComponents().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrder(
            "AgentBehavior.confidenceThreshold",
            "AiAgentSettings.confidenceThreshold",
            "HandoffSettings.handoffConfidenceThreshold",
            "LlmSettings.llmTemperature",
            "RagSettings.ragSemanticWeight",
            "RagSettings.ragKeywordWeight");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("doubleComponents")
  void build_nonFiniteDouble_refusedNamingFieldAndRule(String name, Class<?> type, int index) {
    RecordComponent component = type.getRecordComponents()[index];
    String field = JsonNamesTest.snake(component.getName());
    for (double value : NON_FINITE) {
      assertThatThrownBy(() -> build(type, index, value))
          .as(name + " = " + value)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(field + " (" + value + ") must be a finite number");
    }
  }

  @Test
  void builder_nonFiniteTemperature_refusedWhenBuilt() {
    for (double value : NON_FINITE) {
      assertThatThrownBy(() -> LlmSettings.builder().llmTemperature(value).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("llm_temperature (" + value + ") must be a finite number");
    }
  }

  @Test
  void build_finiteExtremes_kept() {
    double[] finite = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0};
    for (double value : finite) {
      assertThat(LlmSettings.builder().llmTemperature(value).build().llmTemperature())
          .isEqualTo(value);
    }
  }

  /** The populated sample of {@code type} with component {@code index} set to {@code value}. */
  private static Object build(Class<?> type, int index, double value) throws Throwable {
    Object sample = RecordSamples.populated(type);
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = i == index ? value : components[i].getAccessor().invoke(sample);
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
