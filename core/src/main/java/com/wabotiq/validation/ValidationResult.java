package com.wabotiq.validation;

import java.util.List;

/**
 * The outcome of validating one document: every violation found, in a deterministic order (by path,
 * indices compared as numbers, then by rule code), or none.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationResult {
  private static final ValidationResult VALID = new ValidationResult(List.of());

  private final List<Violation> violations;

  private ValidationResult(List<Violation> violations) {
    this.violations = violations;
  }

  /** A result holding {@code violations}, already in order and free of duplicates. */
  static ValidationResult of(List<Violation> violations) {
    return violations.isEmpty() ? VALID : new ValidationResult(List.copyOf(violations));
  }

  /**
   * Whether the document broke no rule.
   *
   * @return true when {@link #violations()} is empty
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Every violation found, ordered by path then rule code.
   *
   * @return an immutable list, empty when valid
   */
  public List<Violation> violations() {
    return violations;
  }

  /** Returns {@code "valid"} or the violations, one per line. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "valid";
    }
    StringBuilder sb = new StringBuilder();
    for (Violation v : violations) {
      sb.append(sb.length() == 0 ? "" : "\n").append(v);
    }
    return sb.toString();
  }
}
