package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.spi.WabotiqException;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {
  private final ModelValidator validator = ModelValidator.create();

  /** Settings with seven independent mistakes in six groups. */
  private static TenantSettings settingsWithSevenErrors() {
    TenantSettings s = Fixtures.validSettings();
    BusinessHours hours =
        Fixtures.referenceHours()
            .with(DayOfWeek.MONDAY, DayHours.open(LocalTime.of(18, 0), LocalTime.of(9, 0)));
    return s.toBuilder()
        .llm(s.llm().toBuilder().llmTemperature(2.5).llmTimeout(Duration.ofSeconds(601)).build())
        .rag(s.rag().toBuilder().ragSemanticWeight(0.6).build())
        .handoff(s.handoff().toBuilder().handoffConfidenceThreshold(0.8).build())
        .branding(s.branding().toBuilder().brandColor("blue").build())
        .business(s.business().toBuilder().businessHours(hours).build())
        .language(s.language().toBuilder().supportedLanguages(List.of("en", "sw", "en")).build())
        .build();
  }

  @Test
  void validate_severalErrors_reportsAllAtOnceInPathOrder() {
    ValidationResult result = validator.validate(settingsWithSevenErrors());

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations())
        .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("brand_color", "hex_color", "blue"),
            org.assertj.core.groups.Tuple.tuple(
                "business_hours.monday.close", "business_hours", "09:00"),
            org.assertj.core.groups.Tuple.tuple(
                "handoff_confidence_threshold", "handoff_not_above_confidence", "0.8"),
            org.assertj.core.groups.Tuple.tuple("llm_temperature", "range", "2.5"),
            org.assertj.core.groups.Tuple.tuple("llm_timeout", "range", "601"),
            org.assertj.core.groups.Tuple.tuple("rag_semantic_weight", "weights_sum_to_one", "0.6"),
            org.assertj.core.groups.Tuple.tuple("supported_languages[2]", "unique", "en"));
  }

  @Test
  void validate_severalErrors_messagesNameTheBound() {
    List<String> messages =
        validator.validate(settingsWithSevenErrors()).violations().stream()
            .map(Violation::toString)
            .toList();

    assertThat(messages)
        .containsExactly(
            "brand_color: must be a colour #RRGGBB (6 hex digits) [hex_color] (rejected: blue)",
            "business_hours.monday.close: must be after open (18:00) [business_hours]"
                + " (rejected: 09:00)",
            "handoff_confidence_threshold: must not be above confidence_threshold (0.7)"
                + " [handoff_not_above_confidence] (rejected: 0.8)",
            "llm_temperature: must be in [0, 2] [range] (rejected: 2.5)",
            "llm_timeout: must be in (0, 600] seconds [range] (rejected: 601)",
            "rag_semantic_weight: must sum to 1 (within 1e-9) with rag_keyword_weight (0.3); the"
                + " sum is 0.9 [weights_sum_to_one] (rejected: 0.6)",
            "supported_languages[2]: must be unique: supported_languages[0] is the same [unique]"
                + " (rejected: en)");
  }

  @Test
  void requireValid_severalErrors_throwsWithEveryViolation() {
    TenantSettings bad = settingsWithSevenErrors();

    assertThatThrownBy(() -> validator.requireValid(bad))
        .isInstanceOf(ValidationException.class)
        .isInstanceOf(WabotiqException.class)
        .satisfies(
            e -> {
              ValidationException ve = (ValidationException) e;
              assertThat(ve.violations()).isEqualTo(validator.validate(bad).violations());
              assertThat(ve.getMessage()).startsWith("validation failed with 7 violations: ");
              for (Violation v : ve.violations()) {
                assertThat(ve.getMessage()).contains(v.toString());
              }
            });
  }

  @Test
  void requireValid_oneError_exactMessage() {
    Tenant bad = Fixtures.validTenant().toBuilder().slug("Acme Electronics").build();

    assertThatThrownBy(() -> validator.requireValid(bad))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "validation failed with 1 violation: slug: must be lowercase letters and digits, in"
                + " groups joined by single hyphens [slug] (rejected: Acme Electronics)");
  }

  @Test
  void requireValid_valid_returnsTheSameInstance() {
    Tenant tenant = Fixtures.validTenant();
    PerformanceMetrics metrics = Fixtures.validMetrics();

    assertThat(validator.requireValid(tenant)).isSameAs(tenant);
    assertThat(validator.requireValid(metrics, new BigDecimal("2.5"))).isSameAs(metrics);
  }

  @Test
  void requireValid_metricsWithWrongFee_throws() {
    assertThatThrownBy(() -> validator.requireValid(Fixtures.validMetrics(), BigDecimal.ONE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("transaction_fees_collected: must agree with 2700, computed");
  }

  @Test
  void validate_feePercentageOutOfRange_throwsIllegalArgument() {
    assertThatThrownBy(() -> validator.validate(Fixtures.validMetrics(), new BigDecimal("100.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transaction_fee_percentage (100.5) must be in [0, 100]");
    assertThatThrownBy(() -> validator.validate(Fixtures.validMetrics(), new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void warmUp_returnsTheSharedValidatorWhichThenValidates() {
    ModelValidator warm = ModelValidator.create().warmUp();

    assertThat(warm).isSameAs(ModelValidator.create());
    assertThat(warm.warmUp()).isSameAs(warm);
    assertThat(warm.validate(settingsWithSevenErrors()).violations()).hasSize(7);
  }

  @Test
  void validate_unsupportedType_throwsIllegalArgumentNamingIt() {
    assertThatThrownBy(() -> validator.validate(Money.of("1.00", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "model type (com.wabotiq.types.Money) must be a supported model type: ")
        .hasMessageContaining("Tenant, ApiKey, ApiKeyList, CorsConfiguration, TenantSettings");
    assertThat(validator.supports(Money.class)).isFalse();
    assertThat(validator.supports(TenantSettings.class)).isTrue();
  }

  @Test
  void validate_null_throwsNullPointer() {
    assertThatThrownBy(() -> validator.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model == null");
  }

  @Test
  void create_calledTwice_sharesOneValidator() {
    assertThat(ModelValidator.create()).isSameAs(validator);
  }

  @Test
  void validate_indices_orderedNumerically() {
    List<ApiKey> keys = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      keys.add(new ApiKey("hash-" + i, null, List.of(), null, null, null, null));
    }

    List<String> paths =
        validator.validate(new ApiKeyList(keys)).violations().stream()
            .map(Violation::path)
            .toList();

    assertThat(paths)
        .containsExactly(
            "api_keys[0].key_hash",
            "api_keys[1].key_hash",
            "api_keys[2].key_hash",
            "api_keys[3].key_hash",
            "api_keys[4].key_hash",
            "api_keys[5].key_hash",
            "api_keys[6].key_hash",
            "api_keys[7].key_hash",
            "api_keys[8].key_hash",
            "api_keys[9].key_hash",
            "api_keys[10].key_hash",
            "api_keys[11].key_hash");
  }

  @Test
  void validate_samePathTwoRules_orderedByRule() {
    Tenant bad = Fixtures.validTenant().toBuilder().slug("-" + "a".repeat(63)).build();

    assertThat(validator.validate(bad).violations())
        .extracting(Violation::rule)
        .containsExactly("max_length", "slug");
  }

  @Test
  void validate_concurrently_sameResults() throws Exception {
    TenantSettings bad = settingsWithSevenErrors();
    List<Violation> expected = validator.validate(bad).violations();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Violation>>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> ModelValidator.create().validate(bad).violations());
      }
      for (Future<List<Violation>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void result_valid_isEmptyAndImmutable() {
    ValidationResult result = validator.validate(Fixtures.validTenant());

    assertThat(result.isValid()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result).hasToString("valid");
    assertThatThrownBy(() -> result.violations().add(new Violation("a", "b", "c", null)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void result_invalid_listsViolationsOnePerLine() {
    ValidationResult result =
        validator.validate(Fixtures.validTenant().toBuilder().name(" ").slug("A").build());

    assertThat(result)
        .hasToString(
            "name: must not be blank [not_blank] (rejected:  )\n"
                + "slug: must be lowercase letters and digits, in groups joined by single hyphens"
                + " [slug] (rejected: A)");
  }
}
