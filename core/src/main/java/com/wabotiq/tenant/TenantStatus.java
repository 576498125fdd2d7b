package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * A tenant's lifecycle status: {@code trial}, {@code active}, {@code trial_expired},
 * {@code suspended} or {@code canceled}, or an unknown value a newer server sent.
 *
 * <p>Transitions (see {@link #canTransitionTo}): trial → active (paid); trial → trial_expired
 * (trial end passed); trial_expired → active (paid); active → suspended; suspended → active; any
 * status but canceled → canceled. canceled is final. An unknown status allows no transition, in
 * or out, because this SDK cannot know its rules.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class TenantStatus extends OpenEnum<TenantStatus.Value> {
  /** The statuses this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** Free trial, 14 days by default. */
    TRIAL,
    /** Paid subscription active. */
    ACTIVE,
    /** Trial ended, awaiting payment. */
    TRIAL_EXPIRED,
    /** Payment failed or policy violation. */
    SUSPENDED,
    /** Subscription canceled by the tenant; final. */
    CANCELED,
    /** A status this SDK does not know. */
    UNKNOWN
  }

  /** Free trial period. */
  public static final TenantStatus TRIAL = new TenantStatus("trial", Value.TRIAL);
  /** Paid subscription active. */
  public static final TenantStatus ACTIVE = new TenantStatus("active", Value.ACTIVE);
  /** Trial ended, awaiting payment. */
  public static final TenantStatus TRIAL_EXPIRED =
      new TenantStatus("trial_expired", Value.TRIAL_EXPIRED);
  /** Payment failed or policy violation. */
  public static final TenantStatus SUSPENDED = new TenantStatus("suspended", Value.SUSPENDED);
  /** Canceled by the tenant; final. */
  public static final TenantStatus CANCELED = new TenantStatus("canceled", Value.CANCELED);

  private static final Map<String, TenantStatus> KNOWN =
      index(TRIAL, ACTIVE, TRIAL_EXPIRED, SUSPENDED, CANCELED);

  private TenantStatus(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The status for a wire value: a known constant, or an unknown status carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "trial_expired"}
   * @return the status, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static TenantStatus of(String value) {
    return lookup(KNOWN, value, TenantStatus::new, Value.UNKNOWN);
  }

  /**
   * The known statuses, in lifecycle order.
   *
   * @return an immutable list of the five known constants
   */
  public static List<TenantStatus> values() {
    return valuesOf(KNOWN);
  }

  /**
   * Whether the lifecycle allows moving from this status to {@code target}. Staying in the same
   * status is not a transition and is not allowed.
   *
   * @param target the status to move to
   * @return true when the transition is one of the allowed ones
   * @throws NullPointerException if {@code target} is null
   */
  public boolean canTransitionTo(TenantStatus target) {
    Value to = Checks.notNull(target, "target").value();
    return switch (value()) {
      case TRIAL -> to == Value.ACTIVE || to == Value.TRIAL_EXPIRED || to == Value.CANCELED;
      case TRIAL_EXPIRED, SUSPENDED -> to == Value.ACTIVE || to == Value.CANCELED;
      case ACTIVE -> to == Value.SUSPENDED || to == Value.CANCELED;
      case CANCELED, UNKNOWN -> false;
    };
  }

  /**
   * Checks a transition and returns its target.
   *
   * @param target the status to move to
   * @return {@code target}
   * @throws IllegalStatusTransitionException naming both statuses when the move is refused
   */
  public TenantStatus transitionTo(TenantStatus target) {
    if (!canTransitionTo(target)) {
      throw new IllegalStatusTransitionException(this, target);
    }
    return target;
  }

  /**
   * Whether a tenant in this status may send messages: only {@code trial} and {@code active}.
   * (Whether a trial has expired by date is decided at check time, with the tenant's dates.)
   *
   * @return true for trial and active
   */
  public boolean maySend() {
    return value() == Value.TRIAL || value() == Value.ACTIVE;
  }
}
