package com.wabotiq.business;

import com.wabotiq.internal.Checks;

/**
 * One category of a catalogue and how many items it holds, e.g. {@code {"name": "Electronics",
 * "count": 80}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the category's name, never null
 * @param count the number of items in the category
 * @since 0.1.0
 */
public record CategoryCount(String name, long count) {
  /**
   * Checks that the name is present.
   *
   * @param name the category's name, never null
   * @param count the number of items in the category
   */
  public CategoryCount {
    Checks.notNull(name, "name");
  }
}
