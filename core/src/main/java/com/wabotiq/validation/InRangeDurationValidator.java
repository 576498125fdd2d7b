package com.wabotiq.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Checks {@link InRange} on a duration, in seconds; null passes. */
final class InRangeDurationValidator implements ConstraintValidator<InRange, Duration> {
  private Bounds bounds = new Bounds(null, null, true, true);

  /** Creates the validator; {@link Validators} calls this. */
  InRangeDurationValidator() {}

  @Override
  public void initialize(InRange range) {
    bounds = Bounds.of(range);
  }

  @Override
  public boolean isValid(@Nullable Duration value, ConstraintValidatorContext context) {
    return value == null || bounds.contains(seconds(value));
  }

  /** The exact length of a duration in seconds, e.g. {@code 1.5}. */
  static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }
}
