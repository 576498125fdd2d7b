package com.wabotiq.tenant;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * The M-Pesa (Daraja) environment a tenant's credentials belong to ({@code mpesa_environment}). One
 * of {@code sandbox}, {@code production}, or an unknown value a newer server sent.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class MpesaEnvironment extends OpenEnum<MpesaEnvironment.Value> {
  /** The values this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** The test environment. */
    SANDBOX,
    /** The live environment. */
    PRODUCTION,
    /** A value this SDK does not know. */
    UNKNOWN
  }

  /** The test environment. */
  public static final MpesaEnvironment SANDBOX = new MpesaEnvironment("sandbox", Value.SANDBOX);
  /** The live environment. */
  public static final MpesaEnvironment PRODUCTION =
      new MpesaEnvironment("production", Value.PRODUCTION);

  private static final Map<String, MpesaEnvironment> KNOWN = index(SANDBOX, PRODUCTION);

  private MpesaEnvironment(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The value for a wire string: a known constant, or an unknown value carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "sandbox"}
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static MpesaEnvironment of(String value) {
    return lookup(KNOWN, value, MpesaEnvironment::new, Value.UNKNOWN);
  }

  /**
   * The known values, in declaration order.
   *
   * @return an immutable list of the 2 known constants
   */
  public static List<MpesaEnvironment> values() {
    return valuesOf(KNOWN);
  }
}
