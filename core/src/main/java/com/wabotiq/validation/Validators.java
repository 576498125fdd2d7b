package com.wabotiq.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;

/**
 * Creates the constraint validators of this package with {@code new}, so that Hibernate Validator
 * needs no reflective access to them (they stay package-private), and leaves its own built-in
 * validators ({@code @NotBlank}, {@code @Size}) to its default factory.
 */
final class Validators implements ConstraintValidatorFactory {
  private final ConstraintValidatorFactory builtIns;

  Validators(ConstraintValidatorFactory builtIns) {
    this.builtIns = builtIns;
  }

  @Override
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
    if (key == FormatValidator.class) {
      return key.cast(new FormatValidator());
    } else if (key == InRangeNumberValidator.class) {
      return key.cast(new InRangeNumberValidator());
    } else if (key == InRangeDurationValidator.class) {
      return key.cast(new InRangeDurationValidator());
    } else if (key == CiphertextValidator.class) {
      return key.cast(new CiphertextValidator());
    }
    return builtIns.getInstance(key);
  }

  @Override
  public void releaseInstance(ConstraintValidator<?, ?> instance) {
    builtIns.releaseInstance(instance);
  }
}
