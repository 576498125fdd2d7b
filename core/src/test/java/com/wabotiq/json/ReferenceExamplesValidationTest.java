package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.testing.ReferenceExamples;
import com.wabotiq.validation.ModelValidator;
import com.wabotiq.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the data reference, decoded from the test copy of the reference, validates
 * with exactly the violations its placeholders cause ({@code "uuid"} ids, {@code "sha256_hash"}
 * key hashes, the {@code "tenant_uuid"} Pinecone namespace) and nothing else.
 */
class ReferenceExamplesValidationTest {
  private static final String UUID = "must be a canonical lowercase UUID";

  /** Example number (1-based, in the reference's order) -> "path|rule|rejected" expected. */
  private static final Map<Integer, List<String>> EXPECTED =
      Map.ofEntries(
          Map.entry(1, List.of(
              "api_keys[0].key_hash|sha256_hex|sha256_hash",
              "id|uuid|uuid",
              "subscription_tier_id|uuid|uuid")),
          Map.entry(2, List.of(
              "id|uuid|uuid",
              "pinecone_namespace|tenant_namespace|tenant_uuid",
              "tenant_id|uuid|uuid")),
          Map.entry(6, List.of("id|uuid|uuid", "tenant_id|uuid|uuid", "tier_id|uuid|uuid")),
          Map.entry(12, List.of("id|uuid|uuid", "tenant_id|uuid|uuid")),
          Map.entry(17, List.of("tenant_id|uuid|uuid")),
          Map.entry(18, List.of("tenant_id|uuid|uuid")),
          Map.entry(19, List.of(
              "api_keys[0].key_hash|sha256_hex|sha256_hash_of_key",
              "api_keys[1].key_hash|sha256_hex|sha256_hash_of_key_2")));

  static Stream<Arguments> examples() {
    List<String> examples = ReferenceExamples.examples();
    return IntStream.range(0, examples.size())
        .mapToObj(i -> Arguments.of(i + 1, ReferenceExamplesTest.TYPES.get(i), examples.get(i)));
  }

  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("examples")
  void example_reportsExactlyItsPlaceholders(int number, Class<?> type, String json) {
    Object model = JsonCodec.strict().fromJson(json, type);
    ValidationResult result =
        model instanceof PerformanceMetrics metrics
            // the reference's metrics collect 2.5 % fees: the Growth tier's percentage
            ? ModelValidator.create()
                .validate(metrics, SubscriptionTier.GROWTH.features().transactionFeePercentage())
            : ModelValidator.create().validate(model);
    assertThat(result.violations())
        .extracting(v -> v.path() + "|" + v.rule() + "|" + v.rejectedValue())
        .as("example %d (%s)", number, type.getSimpleName())
        .containsExactlyElementsOf(EXPECTED.getOrDefault(number, List.of()));
    result.violations().stream()
        .filter(v -> v.rule().equals("uuid"))
        .forEach(v -> assertThat(v.message()).startsWith(UUID));
  }

  @Test
  void expectations_coverOnlyRealExamples() {
    assertThat(EXPECTED.keySet()).allMatch(n -> n >= 1 && n <= ReferenceExamples.examples().size());
  }
}
