package com.wabotiq.billing;

import com.wabotiq.types.OpenEnum;
import java.util.List;
import java.util.Map;

/**
 * The API access a tier grants ({@code api_access}): {@code read} or {@code full}, or an unknown
 * value a newer server sent. A {@code read} tier cannot hold or use API keys with the {@code write}
 * scope.
 *
 * <p>Immutable and thread-safe; known constants are canonical.
 *
 * @since 0.1.0
 */
public final class ApiAccessLevel extends OpenEnum<ApiAccessLevel.Value> {
  /** The levels this SDK knows, for {@code switch}; {@code UNKNOWN} for any other. */
  public enum Value {
    /** Read-only API access. */
    READ,
    /** Read and write API access. */
    FULL,
    /** A level this SDK does not know. */
    UNKNOWN
  }

  /** Read-only API access. */
  public static final ApiAccessLevel READ = new ApiAccessLevel("read", Value.READ);

  /** Read and write API access. */
  public static final ApiAccessLevel FULL = new ApiAccessLevel("full", Value.FULL);

  private static final Map<String, ApiAccessLevel> KNOWN = index(READ, FULL);

  private ApiAccessLevel(String wireValue, Value value) {
    super(wireValue, value);
  }

  /**
   * The level for a wire value: a known constant, or an unknown level carrying {@code value}.
   *
   * @param value the wire string, e.g. {@code "full"}
   * @return the level, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static ApiAccessLevel of(String value) {
    return lookup(KNOWN, value, ApiAccessLevel::new, Value.UNKNOWN);
  }

  /**
   * The known levels.
   *
   * @return an immutable list: read, full
   */
  public static List<ApiAccessLevel> values() {
    return valuesOf(KNOWN);
  }
}
