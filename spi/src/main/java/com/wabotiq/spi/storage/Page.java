package com.wabotiq.spi.storage;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing and the cursor of the next.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the page's items, in the listing's order
 * @param nextCursor pass it back to get the next page; null when this is the last page
 * @param <T> the item type
 * @since 0.1.0
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
  /**
   * Copies the items.
   *
   * @param items the page's items
   * @param nextCursor the next page's cursor, or null
   * @throws NullPointerException if {@code items} or an item is null
   */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items == null"));
  }

  /**
   * Whether another page follows.
   *
   * @return true when {@code nextCursor} is set
   */
  public boolean hasNext() {
    return nextCursor != null;
  }
}
