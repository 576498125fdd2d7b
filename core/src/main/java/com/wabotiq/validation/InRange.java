package com.wabotiq.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated number or duration (in seconds), when not null, lies between {@link #min()} and
 * {@link #max()}; an empty bound is unbounded. A NaN or infinite double never does. Used through
 * the programmatic mapping only; see {@link Bounds}.
 */
@Constraint(validatedBy = {InRangeNumberValidator.class, InRangeDurationValidator.class})
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@interface InRange {
  /** The lower bound as a decimal string, empty for none. @return the bound */
  String min() default "";

  /** The upper bound as a decimal string, empty for none. @return the bound */
  String max() default "";

  /** Whether the lower bound itself is allowed. @return true for a closed bound */
  boolean minInclusive() default true;

  /** Whether the upper bound itself is allowed. @return true for a closed bound */
  boolean maxInclusive() default true;

  /** The message; the mapping sets one naming the bounds. @return the message template */
  String message() default "is out of range";

  /** Validation groups. @return the groups */
  Class<?>[] groups() default {};

  /** Payload. @return the payload */
  Class<? extends Payload>[] payload() default {};
}
