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
 * <p>Every type here is immutable and thread-safe. Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package com.wabotiq.validation;

import org.jspecify.annotations.NullMarked;
