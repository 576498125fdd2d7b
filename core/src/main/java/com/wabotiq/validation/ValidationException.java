package com.wabotiq.validation;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.WabotiqException;
import java.util.List;

/**
 * A document broke one or more validation rules. Carries every violation at once; its message lists
 * them all, each as {@code path: message [rule] (rejected: value)}, with secrets masked.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class ValidationException extends WabotiqException {
  /** The violations, immutable, non-empty, in the order reported. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, at least one, in the order to report them
   * @throws IllegalArgumentException if {@code violations} is empty
   * @throws NullPointerException if {@code violations} or an element is null
   */
  public ValidationException(List<Violation> violations) {
    super(describe(Checks.notNull(violations, "violations")));
    this.violations = copy(violations);
  }

  private static List<Violation> copy(List<Violation> violations) {
    List<Violation> copy = Checks.copyOf(violations, "violations");
    Checks.argument(!copy.isEmpty(), "violations must not be empty");
    return copy;
  }

  private static String describe(List<Violation> violations) {
    StringBuilder sb = new StringBuilder("validation failed with ");
    sb.append(violations.size()).append(violations.size() == 1 ? " violation: " : " violations: ");
    for (int i = 0; i < violations.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(violations.get(i));
    }
    return sb.toString();
  }

  /**
   * Every violation, in the order reported.
   *
   * @return an immutable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }
}
