package com.wabotiq.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Runs the per-field rules (Hibernate Validator, one factory for the whole JVM, built on first use)
 * and the cross-field rules of a model, and returns every violation, sorted. Thread-safe.
 *
 * <p>The factory is configured for a cheap start and no global effects: no XML configuration is
 * read, messages are interpolated by parameters only (every message is a fixed text, so no
 * expression language implementation is needed or loaded), every property is traversable (the
 * model has no lazy JPA associations), and the constraint validators are created by {@link
 * Validators} with {@code new} rather than by reflection, so none of them needs to be public.
 */
final class Engine {
  private final Validator validator;

  private Engine() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
            .traversableResolver(new TraverseAll())
            .defaultLocale(Locale.ROOT)
            .locales(Locale.ROOT);
    configuration.constraintValidatorFactory(
        new Validators(configuration.getDefaultConstraintValidatorFactory()));
    ConstraintMapping mapping = configuration.createConstraintMapping();
    Mappings.define(mapping);
    validator = configuration.addMapping(mapping).buildValidatorFactory().getValidator();
  }

  /** The engine, built on first use. @return the shared engine */
  static Engine instance() {
    return Holder.INSTANCE;
  }

  /**
   * Builds Hibernate Validator's metadata of every supported root type (and the types it
   * cascades to) now, so that no later first validation of a type pays for it. Idempotent.
   */
  void warmUp() {
    for (Class<?> type : Roots.types()) {
      validator.getConstraintsForClass(type);
    }
  }

  /**
   * Whether validation can start from a model type.
   *
   * @param type a class
   * @return true for the supported model types
   */
  static boolean supports(Class<?> type) {
    return Roots.of(type) != null;
  }

  /**
   * Validates a model.
   *
   * @param model a model instance of a supported type
   * @param feePercentage the tier's transaction fee percentage, for performance metrics only; null
   *     to skip the fee figure
   * @return every violation, sorted by path then rule; empty when valid
   * @throws IllegalArgumentException if the model's type is not supported
   */
  List<Violation> validate(Object model, @Nullable BigDecimal feePercentage) {
    Roots.Rule rule = Roots.of(model.getClass());
    if (rule == null) {
      throw new IllegalArgumentException(
          "model type ("
              + model.getClass().getName()
              + ") must be a supported model type: "
              + names());
    }
    Report report = new Report();
    for (ConstraintViolation<Object> v : validator.validate(model)) {
      String path = Paths.jsonPath(v.getPropertyPath());
      report.addViolation(
          new Violation(
              path,
              ruleOf(v.getConstraintDescriptor().getAnnotation()),
              Values.scrub(v.getMessage()),
              Values.render(path, v.getInvalidValue())));
    }
    rule.check(model, report, feePercentage);
    return report.sorted();
  }

  private static String ruleOf(Annotation constraint) {
    if (constraint instanceof Format format) {
      return format.value().code();
    } else if (constraint instanceof Ciphertext) {
      return "ciphertext";
    } else if (constraint instanceof InRange) {
      return "range";
    } else if (constraint instanceof NotBlank) {
      return "not_blank";
    } else if (constraint instanceof Size) {
      return "max_length";
    }
    return Paths.snake(constraint.annotationType().getSimpleName()).substring(1);
  }

  private static String names() {
    StringBuilder sb = new StringBuilder();
    for (Class<?> type : Roots.types()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(type.getSimpleName());
    }
    return sb.toString();
  }

  private static final class Holder {
    static final Engine INSTANCE = new Engine();
  }
}
