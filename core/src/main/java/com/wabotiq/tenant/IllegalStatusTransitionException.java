package com.wabotiq.tenant;

import com.wabotiq.spi.WabotiqException;

/**
 * A tenant status transition that the lifecycle refuses, e.g. {@code canceled → active}.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class IllegalStatusTransitionException extends WabotiqException {
  /** The status the tenant is in. */
  private final TenantStatus from;

  /** The refused target status. */
  private final TenantStatus to;

  /**
   * Creates the exception.
   *
   * @param from the current status
   * @param to the refused target status
   */
  public IllegalStatusTransitionException(TenantStatus from, TenantStatus to) {
    super("status transition " + from + " -> " + to + " is not allowed");
    this.from = from;
    this.to = to;
  }

  /** {@return the status the tenant is in} */
  public TenantStatus from() {
    return from;
  }

  /** {@return the target status that was refused} */
  public TenantStatus to() {
    return to;
  }
}
