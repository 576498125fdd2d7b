package com.wabotiq;

import java.util.Objects;

/**
 * A value as stored, with its optimistic version: pass the version back to a versioned update, and
 * a stale one is refused with a {@link com.wabotiq.spi.storage.VersionConflictException}.
 *
 * <p>Version 1 is the first stored state, and each update adds 1. Version 0 means "never stored":
 * the defaults {@link TenantSdk#settings} and {@link TenantSdk#agentConfiguration} return before
 * the first update.
 *
 * <p>Immutable and thread-safe when {@code T} is; value-based.
 *
 * @param value the value, never null
 * @param version its version, at least 0
 * @param <T> the value's type
 * @since 0.1.0
 */
public record Versioned<T>(T value, long version) {
  /**
   * Checks the parts.
   *
   * @param value the value
   * @param version its version
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code version} is negative
   */
  public Versioned {
    Objects.requireNonNull(value, "value == null");
    if (version < 0) {
      throw new IllegalArgumentException("version (" + version + ") must be >= 0");
    }
  }
}
