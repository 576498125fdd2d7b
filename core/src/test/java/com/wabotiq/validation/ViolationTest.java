package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {
  @Test
  void toString_givesPathMessageRuleAndRejectedValue() {
    Violation v = new Violation("llm_temperature", "range", "must be in [0, 2]", "2.5");

    assertThat(v).hasToString("llm_temperature: must be in [0, 2] [range] (rejected: 2.5)");
  }

  @Test
  void toString_absentValue_showsNull() {
    Violation v =
        new Violation("business_hours.monday.open", "business_hours", "must be set", null);

    assertThat(v)
        .hasToString("business_hours.monday.open: must be set [business_hours] (rejected: null)");
  }

  @Test
  void constructor_nullPart_throwsNamingIt() {
    assertThatThrownBy(() -> new Violation(null, "r", "m", "v"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path == null");
    assertThatThrownBy(() -> new Violation("p", null, "m", "v")).hasMessage("rule == null");
    assertThatThrownBy(() -> new Violation("p", "r", null, "v")).hasMessage("message == null");
  }

  @Test
  void exception_copiesViolationsAndListsThemAll() {
    List<Violation> list = new ArrayList<>();
    list.add(new Violation("a", "range", "must be >= 0", "-1"));
    list.add(new Violation("b[1]", "e164", "must be E.164", "0712"));
    ValidationException e = new ValidationException(list);
    list.clear();

    assertThat(e.violations()).hasSize(2);
    assertThat(e)
        .hasMessage(
            "validation failed with 2 violations: a: must be >= 0 [range] (rejected: -1); b[1]:"
                + " must be E.164 [e164] (rejected: 0712)");
    assertThatThrownBy(() -> e.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void exception_noViolations_throwsIllegalArgument() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations must not be empty");
  }

  @Test
  void exception_nullElement_throwsNamingIndex() {
    assertThatThrownBy(
            () -> new ValidationException(Arrays.asList(new Violation("a", "r", "m", null), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("violations[1] == null");
  }
}
