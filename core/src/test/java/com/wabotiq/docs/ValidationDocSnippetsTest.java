package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.testing.ReferenceExamples;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ModelValidator;
import com.wabotiq.validation.ValidationException;
import com.wabotiq.validation.ValidationResult;
import com.wabotiq.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of {@code docs/validation.md}: each snippet is the text between a {@code
 * // [snippet:name]} and a {@code // [end]} line here, and {@link
 * #theDocShowsExactlyTheseSnippets} checks that the document's {@code java} blocks, each after a
 * {@code <!-- snippet:name -->} line, are these texts.
 */
class ValidationDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/validation.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/ValidationDocSnippetsTest.java");
  private static final JsonCodec CODEC = JsonCodec.lenient();

  @Test
  void validateRequireValidAndTheFeeFigure() {
    TenantSettings reference = CODEC.fromJson(ReferenceExamples.examples().get(1),
        TenantSettings.class);
    TenantSettings settings = reference.toBuilder()
        .tenantId(TenantId.random())
        .llm(reference.llm().toBuilder().llmTemperature(2.5).build())
        .build();
    Tenant tenant = Tenant.builder().id(TenantId.random()).name("Acme Electronics")
        .slug("acme-electronics").status(TenantStatus.ACTIVE)
        .timezone(ZoneId.of("Africa/Nairobi")).build();
    PerformanceMetrics metrics =
        CODEC.fromJson(ReferenceExamples.examples().get(17), PerformanceMetrics.class);
    SubscriptionTier tier = SubscriptionTier.GROWTH;
    // [snippet:validate]
    ModelValidator validator = ModelValidator.create().warmUp(); // shared, thread-safe; boots now
    ValidationResult result = validator.validate(settings);      // never throws for bad data
    validator.requireValid(tenant);                              // throws ValidationException
    ValidationResult fees =
        validator.validate(metrics, tier.features().transactionFeePercentage()); // fee figure too
    // [end]
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).filteredOn(v -> v.path().equals("llm_temperature"))
        .extracting(Violation::rule, Violation::message, Violation::rejectedValue)
        .containsExactly(tuple("range", "must be in [0, 2]", "2.5"));
    assertThat(fees.violations()).extracting(Violation::path)
        .doesNotContain("transaction_fees_collected");
    assertThat(validator.validate(metrics,
        SubscriptionTier.STARTER.features().transactionFeePercentage()).violations())
        .extracting(Violation::path).contains("transaction_fees_collected");
    Tenant placeholders = CODEC.fromJson(ReferenceExamples.examples().get(0), Tenant.class);
    assertThatThrownBy(() -> validator.requireValid(placeholders))
        .isInstanceOf(ValidationException.class).hasMessageContaining("[uuid]");
  }

  @Test
  void warmUpNowOrInTheBackground() {
    // [snippet:warm-up]
    ModelValidator validator = ModelValidator.create().warmUp(); // builds everything now
    // or in the background:
    CompletableFuture<Void> warming = CompletableFuture.runAsync(
        () -> ModelValidator.create().warmUp());
    // [end]
    warming.join();
    assertThat(warming).isCompleted();
    assertThat(validator.validate(SubscriptionTier.STARTER).isValid()).isTrue();
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("validate", "warm-up");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
