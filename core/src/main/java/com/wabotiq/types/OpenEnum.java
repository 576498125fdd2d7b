package com.wabotiq.types;

import com.wabotiq.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A value of a closed set as it appears on the wire: one of the constants this SDK knows, or an
 * <em>unknown</em> value that a newer server sent, kept with its raw string so that an older SDK
 * reads, and writes back, a newer document without loss.
 *
 * <p>Each closed set (tenant status, LLM provider, billing cycle...) is a final subclass with one
 * constant per known value and a nested {@code Value} enum for {@code switch}; {@link #value()}
 * is that enum's {@code UNKNOWN} constant for an unknown wire value. Known constants are
 * canonical, so {@code ==} works for them; {@link #equals} compares class and wire value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the set's {@code Value} enum, whose last constant is {@code UNKNOWN}
 * @since 0.1.0
 */
public abstract class OpenEnum<E extends Enum<E>> {
  private final String wireValue;
  private final E value;

  /**
   * Creates a constant; subclasses call this only from their constants and {@code of}.
   *
   * @param wireValue the JSON string, e.g. {@code "trial_expired"}
   * @param value the enum constant, {@code UNKNOWN} for a value this SDK does not know
   */
  protected OpenEnum(String wireValue, E value) {
    this.wireValue = Checks.notNull(wireValue, "wire_value");
    this.value = Checks.notNull(value, "value");
  }

  /**
   * The JSON string of this value, e.g. {@code "trial_expired"}.
   *
   * @return the raw wire string, never null
   */
  public final String wireValue() {
    return wireValue;
  }

  /**
   * The enum constant for {@code switch}; {@code UNKNOWN} when this SDK does not know the value.
   *
   * @return the enum constant, never null
   */
  public final E value() {
    return value;
  }

  /**
   * Whether this SDK knows this value.
   *
   * @return false for a value only a newer server knows
   */
  public final boolean isKnown() {
    return !value.name().equals("UNKNOWN");
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // two sets may share a wire string; their values differ
  public final boolean equals(Object o) {
    return o == this
        || (o != null && o.getClass() == getClass() && ((OpenEnum<?>) o).wireValue.equals(wireValue));
  }

  @Override
  public final int hashCode() {
    return wireValue.hashCode();
  }

  /** Returns the wire value, e.g. {@code trial_expired}. */
  @Override
  public final String toString() {
    return wireValue;
  }

  /**
   * Indexes constants by wire value, for a subclass's {@code of} and {@code values}.
   *
   * @param constants the known constants, in declaration order
   * @param <T> the subclass
   * @return an immutable, ordered map from wire value to constant
   */
  @SafeVarargs
  protected static <T extends OpenEnum<?>> Map<String, T> index(T... constants) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T c : constants) {
      map.put(c.wireValue(), c);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The known constant for {@code wire}, or a new unknown one made by {@code unknown}.
   *
   * @param known the subclass's index
   * @param wire the raw wire value
   * @param unknown makes an unknown constant from the raw value
   * @param <T> the subclass
   * @param <V> the subclass's enum
   * @param unknownValue the enum's {@code UNKNOWN} constant
   * @return the constant, never null
   */
  protected static <T extends OpenEnum<V>, V extends Enum<V>> T lookup(
      Map<String, T> known, String wire, BiFunction<String, V, T> unknown, V unknownValue) {
    Checks.notNull(wire, "value");
    T t = known.get(wire);
    return t != null ? t : unknown.apply(wire, unknownValue);
  }

  /**
   * The known constants of an index, in declaration order.
   *
   * @param known the subclass's index
   * @param <T> the subclass
   * @return an immutable list
   */
  protected static <T> List<T> valuesOf(Map<String, T> known) {
    return List.copyOf(known.values());
  }
}
