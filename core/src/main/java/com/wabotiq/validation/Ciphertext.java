package com.wabotiq.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated sealed secret, when not null, holds a non-blank ciphertext of at most {@link
 * #max()} characters. Used through the programmatic mapping only.
 */
@Constraint(validatedBy = CiphertextValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@interface Ciphertext {
  /** The longest ciphertext. @return the length in characters */
  int max();

  /** The message; the mapping sets one naming the bound. @return the message template */
  String message() default "must be a non-blank ciphertext";

  /** Validation groups. @return the groups */
  Class<?>[] groups() default {};

  /** Payload. @return the payload */
  Class<? extends Payload>[] payload() default {};
}
