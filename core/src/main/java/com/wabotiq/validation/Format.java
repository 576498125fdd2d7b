package com.wabotiq.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated value, when not null, has the format {@link #value()}. Applies to strings, typed
 * ids (their raw value) and {@code ZoneId} (its id). Used through the programmatic mapping only;
 * the model carries no annotation.
 */
@Constraint(validatedBy = FormatValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@interface Format {
  /** The format. @return the format */
  FormatKind value();

  /** The message; the mapping sets the format's own. @return the message template */
  String message() default "has an invalid format";

  /** Validation groups. @return the groups */
  Class<?>[] groups() default {};

  /** Payload. @return the payload */
  Class<? extends Payload>[] payload() default {};
}
