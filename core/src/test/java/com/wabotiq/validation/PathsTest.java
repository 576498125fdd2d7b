package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathsTest {
  @Test
  void snake_camelCase_jsonName() {
    assertThat(Paths.snake("ragTopKResults")).isEqualTo("rag_top_k_results");
    assertThat(Paths.snake("llmTemperature")).isEqualTo("llm_temperature");
    assertThat(Paths.snake("isActive")).isEqualTo("is_active");
    assertThat(Paths.snake("id")).isEqualTo("id");
  }

  @Test
  void comparePaths_indicesNumerically_namesLexically() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "api_keys[10].key_hash",
                "api_keys[2].name",
                "api_keys[2].key_hash",
                "api_keys",
                "allowed_origins[1]",
                "z",
                "api_keys[2]"));

    paths.sort(Paths::comparePaths);

    assertThat(paths)
        .containsExactly(
            "allowed_origins[1]",
            "api_keys",
            "api_keys[2]",
            "api_keys[2].key_hash",
            "api_keys[2].name",
            "api_keys[10].key_hash",
            "z");
  }

  @Test
  void findingOrder_samePath_byRuleThenMessage() {
    List<Violation> violations =
        new ArrayList<>(
            List.of(
                new Violation("slug", "slug", "b", "x"),
                new Violation("slug", "max_length", "a", "x"),
                new Violation("name", "slug", "a", null)));

    violations.sort(Paths.ORDER);

    assertThat(violations)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "slug"),
            org.assertj.core.groups.Tuple.tuple("slug", "max_length"),
            org.assertj.core.groups.Tuple.tuple("slug", "slug"));
  }
}
