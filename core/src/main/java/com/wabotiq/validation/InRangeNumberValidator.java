package com.wabotiq.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link InRange} on a number; null passes, NaN and infinities fail, and so does a decimal
 * beyond {@link Decimals#LIMIT} (with a message that says so).
 */
final class InRangeNumberValidator implements ConstraintValidator<InRange, Number> {
  private Bounds bounds = new Bounds(null, null, true, true);

  /** Creates the validator; {@link Validators} calls this. */
  InRangeNumberValidator() {}

  private String message = "";

  @Override
  public void initialize(InRange range) {
    bounds = Bounds.of(range);
    message = bounds.message("") + ", " + Decimals.LIMIT_TEXT;
  }

  @Override
  public boolean isValid(@Nullable Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    BigDecimal decimal = decimal(value);
    if (decimal != null && !Decimals.isWithinLimit(decimal)) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
      return false;
    }
    return decimal != null && bounds.contains(decimal);
  }

  /** The exact decimal of a number; null for NaN and infinities. */
  static @Nullable BigDecimal decimal(Number value) {
    if (value instanceof BigDecimal d) {
      return d;
    } else if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    } else if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return BigDecimal.valueOf(value.longValue());
  }
}
