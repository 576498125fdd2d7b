package com.wabotiq.billing;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * How often a subscription is billed: {@code monthly} or {@code yearly}, or an unknown value a
 * newer server sent.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class BillingCycle extends OpenEnum<BillingCycle.Value> {
  /** The cycles this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** Billed every month at the tier's {@code monthly_price}. */
    MONTHLY,
    /** Billed every year at the tier's {@code yearly_price}. */
    YEARLY,
    /** A cycle this SDK does not know. */
    UNKNOWN
  }

  /** Billed every month. */
  public static final BillingCycle MONTHLY = new BillingCycle("monthly", Value.MONTHLY);

  /** Billed every year. */
  public static final BillingCycle YEARLY = new BillingCycle("yearly", Value.YEARLY);

  private static final Map<String, BillingCycle> KNOWN = index(MONTHLY, YEARLY);

  private BillingCycle(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The cycle for a wire value: a known constant, or an unknown cycle carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "monthly"}
   * @return the cycle, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static BillingCycle of(String value) {
    return lookup(KNOWN, value, BillingCycle::new, Value.UNKNOWN);
  }

  /**
   * The known cycles.
   *
   * @return an immutable list: monthly, yearly
   */
  public static List<BillingCycle> values() {
    return valuesOf(KNOWN);
  }
}
