package com.wabotiq.types;

import com.wabotiq.internal.Checks;
import java.util.UUID;

/**
 * The identifier of a subscription tier: an opaque string on the wire, a random UUID when this SDK creates
 * one. Validation (not this constructor) checks that a stored id is a canonical UUID.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param value the raw identifier, never null
 * @since 0.1.0
 */
public record TierId(String value) {
  /**
   * Checks well-formedness: {@code value} is present.
   *
   * @param value the raw identifier, never null
   */
  public TierId {
    Checks.notNull(value, "value");
  }

  /**
   * Wraps a raw identifier.
   *
   * @param value the raw identifier
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static TierId of(String value) {
    return new TierId(value);
  }

  /**
   * A new random (version 4) UUID id from a cryptographically strong generator.
   *
   * @return a fresh id
   */
  public static TierId random() {
    return new TierId(UUID.randomUUID().toString());
  }

  /** Returns the raw identifier. */
  @Override
  public String toString() {
    return value;
  }
}
