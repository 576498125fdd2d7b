package com.wabotiq.validation.internal;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule as the engine reports it; the public package turns it into a violation.
 *
 * @param path the snake_case JSON path
 * @param rule the rule code
 * @param message the human-readable message naming the bound
 * @param rejectedValue the rendered, masked rejected value; null for an absent value
 */
public record Finding(String path, String rule, String message, @Nullable String rejectedValue) {}
