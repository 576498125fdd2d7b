package com.wabotiq.tenant;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * A permission an API key grants ({@code scopes}). One of {@code read}, {@code write}, or an
 * unknown value a newer server sent.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class ApiScope extends OpenEnum<ApiScope.Value> {
  /** The values this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** Read tenant data. */
    READ,
    /** Change tenant data; needs a tier with full API access. */
    WRITE,
    /** A value this SDK does not know. */
    UNKNOWN
  }

  /** Read tenant data. */
  public static final ApiScope READ = new ApiScope("read", Value.READ);
  /** Change tenant data; needs a tier with full API access. */
  public static final ApiScope WRITE = new ApiScope("write", Value.WRITE);

  private static final Map<String, ApiScope> KNOWN = index(READ, WRITE);

  private ApiScope(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The value for a wire string: a known constant, or an unknown value carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "read"}
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static ApiScope of(String value) {
    return lookup(KNOWN, value, ApiScope::new, Value.UNKNOWN);
  }

  /**
   * The known values, in declaration order.
   *
   * @return an immutable list of the 2 known constants
   */
  public static List<ApiScope> values() {
    return valuesOf(KNOWN);
  }
}
