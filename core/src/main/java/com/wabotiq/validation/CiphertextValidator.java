package com.wabotiq.validation;

import com.wabotiq.types.SealedSecret;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Ciphertext}; null passes. */
final class CiphertextValidator implements ConstraintValidator<Ciphertext, SealedSecret> {
  private int max;

  /** Creates the validator; {@link Validators} calls this. */
  CiphertextValidator() {}

  @Override
  public void initialize(Ciphertext ciphertext) {
    max = ciphertext.max();
  }

  @Override
  public boolean isValid(@Nullable SealedSecret value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.ciphertext();
    return !text.isBlank() && text.length() <= max;
  }
}
