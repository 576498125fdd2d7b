package com.wabotiq.limits;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.WabotiqException;

/**
 * {@link Limits#enforce} refused a request: the tenant may not send, its tier is unknown, a limit
 * would be broken or a feature gate refused. The message lists every reason and holds no secret.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class QuotaExceededException extends WabotiqException {
  /** The refusal. */
  private final transient Decision decision;

  /**
   * Creates the exception.
   *
   * @param decision the refusal
   * @throws NullPointerException if {@code decision} is null
   */
  public QuotaExceededException(Decision decision) {
    super("request refused: " + Checks.notNull(decision, "decision").reasons());
    this.decision = decision;
  }

  /**
   * The refusal, with every reason.
   *
   * @return the decision, never null
   */
  public Decision decision() {
    return decision;
  }
}
