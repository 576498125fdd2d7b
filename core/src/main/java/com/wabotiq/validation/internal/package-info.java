/**
 * The validation engine behind {@link com.wabotiq.validation.ModelValidator}: the Hibernate
 * Validator set-up and its programmatic constraint mapping of the model's fields, the custom
 * constraints and their validators, the cross-field rules in plain Java, and the conversion of
 * property paths to snake_case JSON paths. Not API: may change in any release.
 *
 * <p>This package does not depend on {@code com.wabotiq.validation}: it reports {@link
 * com.wabotiq.validation.internal.Finding}s, which the public package turns into violations.
 */
@NullMarked
package com.wabotiq.validation.internal;

import org.jspecify.annotations.NullMarked;
