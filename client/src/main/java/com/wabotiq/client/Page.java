package com.wabotiq.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items, and the cursor of the next page when there is one.
 *
 * @param <T> the items' type
 * @param items the items, in the server's order, immutable
 * @param nextCursor the opaque cursor of the next page; null on the last page
 * @since 0.1.0
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
  /**
   * Copies the items.
   *
   * @param items the items
   * @param nextCursor the next page's cursor, or null
   * @throws NullPointerException if {@code items} or an item is null
   */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * Whether another page follows.
   *
   * @return true when {@link #nextCursor()} is present
   */
  public boolean hasMore() {
    return nextCursor != null;
  }

  /**
   * The next page's cursor.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
