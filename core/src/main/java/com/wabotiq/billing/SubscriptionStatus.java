package com.wabotiq.billing;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * A subscription's status: {@code active}, {@code suspended}, {@code canceled} or {@code expired},
 * or an unknown value a newer server sent.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class SubscriptionStatus extends OpenEnum<SubscriptionStatus.Value> {
  /** The statuses this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** Paid and running. */
    ACTIVE,
    /** Paused, e.g. after a failed payment. */
    SUSPENDED,
    /** Canceled by the tenant. */
    CANCELED,
    /** Ran out without renewal. */
    EXPIRED,
    /** A status this SDK does not know. */
    UNKNOWN
  }

  /** Paid and running. */
  public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active", Value.ACTIVE);

  /** Paused, e.g. after a failed payment. */
  public static final SubscriptionStatus SUSPENDED =
      new SubscriptionStatus("suspended", Value.SUSPENDED);

  /** Canceled by the tenant. */
  public static final SubscriptionStatus CANCELED =
      new SubscriptionStatus("canceled", Value.CANCELED);

  /** Ran out without renewal. */
  public static final SubscriptionStatus EXPIRED = new SubscriptionStatus("expired", Value.EXPIRED);

  private static final Map<String, SubscriptionStatus> KNOWN =
      index(ACTIVE, SUSPENDED, CANCELED, EXPIRED);

  private SubscriptionStatus(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The status for a wire value: a known constant, or an unknown status carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "active"}
   * @return the status, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static SubscriptionStatus of(String value) {
    return lookup(KNOWN, value, SubscriptionStatus::new, Value.UNKNOWN);
  }

  /**
   * The known statuses.
   *
   * @return an immutable list: active, suspended, canceled, expired
   */
  public static List<SubscriptionStatus> values() {
    return valuesOf(KNOWN);
  }
}
