package com.wabotiq.validation;

import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates model documents against the data reference's rules and reports every violation at once.
 *
 * <p>Validation starts from any model type: {@code Tenant}, {@code TenantSettings} and each of its
 * groups alone (a group's rules, such as the RAG weights summing to 1, apply to the group on its
 * own), {@code AgentConfiguration}, {@code SubscriptionTier}, {@code Subscription}, {@code ApiKey},
 * {@code ApiKeyList}, {@code CorsConfiguration}, the business summaries, {@code DailyAnalytics} and
 * {@code PerformanceMetrics}. Absent (null) fields break no rule of their own; rules between two
 * fields apply when both are present. The rules, bounds and rule codes are listed in {@code
 * docs/validation.md}.
 *
 * <p>Thread-safe. The underlying Hibernate Validator factory is built once per JVM, on first use
 * (about a second and a half), or at start-up by {@link #warmUp()}.
 *
 * <pre>{@code
 * ModelValidator validator = ModelValidator.create();
 * ValidationResult result = validator.validate(settings);
 * for (Violation v : result.violations()) {
 *   log.warn("{}", v); // llm_temperature: must be in [0, 2] [range] (rejected: 2.5)
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ModelValidator {
  private static final ModelValidator INSTANCE = new ModelValidator();

  private ModelValidator() {}

  /**
   * The validator. All calls return the same thread-safe instance.
   *
   * @return the validator
   */
  public static ModelValidator create() {
    return INSTANCE;
  }

  /**
   * Starts the validation engine now instead of on the first validation: builds the Hibernate
   * Validator factory and the metadata of every supported model type. Call it once at start-up
   * (or on a background thread) so that no request pays for it; it takes about a second and a
   * half on a warm JVM, after which a validation takes well under a millisecond. Idempotent and
   * thread-safe; without it, the first validation does the same work.
   *
   * @return this validator
   */
  public ModelValidator warmUp() {
    Engine.instance().warmUp();
    return this;
  }

  /**
   * Whether validation can start from instances of {@code type}.
   *
   * @param type a class
   * @return true for the supported model types
   */
  public boolean supports(Class<?> type) {
    return Engine.supports(Checks.notNull(type, "type"));
  }

  /**
   * Validates a model document. For {@link PerformanceMetrics}, the fee figure {@code
   * transaction_fees_collected} needs the tier's percentage and is checked only by {@link
   * #validate(PerformanceMetrics, BigDecimal)}.
   *
   * @param model an instance of a supported model type
   * @return every violation, ordered by path then rule; valid when none
   * @throws NullPointerException if {@code model} is null
   * @throws IllegalArgumentException if the model's type is not supported
   */
  public ValidationResult validate(Object model) {
    return result(Engine.instance().validate(Checks.notNull(model, "model"), null));
  }

  /**
   * Validates performance metrics, including {@code transaction_fees_collected} against {@code
   * total_revenue × transactionFeePercentage / 100}.
   *
   * @param metrics the metrics
   * @param transactionFeePercentage the tenant's tier {@code transaction_fee_percentage}, in [0,
   *     100], e.g. {@code 2.5} for 2.5 %
   * @return every violation, ordered by path then rule; valid when none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code transactionFeePercentage} is outside [0, 100], or
   *     has more than 500 digits or a scale beyond ±500
   */
  public ValidationResult validate(
      PerformanceMetrics metrics, BigDecimal transactionFeePercentage) {
    return result(
        Engine.instance()
            .validate(Checks.notNull(metrics, "metrics"), percentage(transactionFeePercentage)));
  }

  /**
   * Returns {@code model} when it is valid.
   *
   * @param model an instance of a supported model type
   * @param <T> the model's type
   * @return {@code model}
   * @throws ValidationException listing every violation, when there is one
   * @throws NullPointerException if {@code model} is null
   * @throws IllegalArgumentException if the model's type is not supported
   */
  public <T> T requireValid(T model) {
    return valid(model, validate(model));
  }

  /**
   * Returns {@code metrics} when they are valid, the fee figure included.
   *
   * @param metrics the metrics
   * @param transactionFeePercentage the tenant's tier {@code transaction_fee_percentage}
   * @return {@code metrics}
   * @throws ValidationException listing every violation, when there is one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code transactionFeePercentage} is outside [0, 100]
   */
  public PerformanceMetrics requireValid(
      PerformanceMetrics metrics, BigDecimal transactionFeePercentage) {
    return valid(metrics, validate(metrics, transactionFeePercentage));
  }

  private static <T> T valid(T model, ValidationResult result) {
    if (!result.isValid()) {
      throw new ValidationException(result.violations());
    }
    return model;
  }

  private static BigDecimal percentage(@Nullable BigDecimal stated) {
    BigDecimal percentage = Checks.notNull(stated, "transaction_fee_percentage");
    Checks.argument(
        Decimals.isWithinLimit(percentage),
        "transaction_fee_percentage (%s) must be in [0, 100], %s",
        Decimals.render(percentage),
        Decimals.LIMIT_TEXT);
    Checks.argument(
        percentage.signum() >= 0 && percentage.compareTo(BigDecimal.valueOf(100)) <= 0,
        "transaction_fee_percentage (%s) must be in [0, 100]",
        Decimals.render(percentage));
    return percentage;
  }

  private static ValidationResult result(List<Violation> violations) {
    return ValidationResult.of(violations);
  }
}
