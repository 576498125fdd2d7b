package com.wabotiq.tenant;

import com.wabotiq.SdkException;

/**
 * A tenant status transition that the lifecycle refuses, e.g. {@code canceled → active}.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class IllegalStatusTransitionException extends SdkException {
  private final TenantStatus from;
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

  /** The status the tenant is in. @return the current status */
  public TenantStatus from() {
    return from;
  }

  /** The status that was refused. @return the target status */
  public TenantStatus to() {
    return to;
  }
}
