/**
 * Validation of the model against the data reference's rules: per-field ranges and formats (Jakarta
 * Bean Validation with Hibernate Validator, mapped programmatically so that the model carries no
 * framework annotations) plus cross-field rules and derived figures.
 *
 * <p>Entry point: {@link com.wabotiq.validation.ModelValidator}. A validation reports every {@link
 * com.wabotiq.validation.Violation} of a document at once, each with the snake_case JSON path of
 * the field, a stable rule code, a message naming the bound, and the rejected value as a string,
 * masked as {@code "****"} for secrets. The rules and their bounds are listed in {@code
 * docs/validation.md}.
 *
 * <p>Public: {@code ModelValidator}, {@code ValidationResult}, {@code Violation} and {@code
 * ValidationException}. Everything else (the engine, the constraint mapping, the cross-field rules,
 * the custom constraints {@code Format}, {@code InRange} and {@code Ciphertext} and their
 * validators) is package-private. No type is public for Hibernate Validator's sake: the model
 * carries no constraint annotation (the mapping is programmatic), the engine hands Hibernate
 * Validator its own {@code ConstraintValidatorFactory} that creates the validators with {@code
 * new}, and Hibernate Validator reads the custom annotations' attributes and the records' private
 * fields reflectively, which the class path allows (on the module path, this package and the
 * model's would have to be opened to {@code org.hibernate.validator}).
 *
 * <p>Every public type here is immutable and thread-safe. Nothing is null unless marked {@code
 * @Nullable}.
 */
@NullMarked
package com.wabotiq.validation;

import org.jspecify.annotations.NullMarked;
