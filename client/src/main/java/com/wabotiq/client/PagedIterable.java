package com.wabotiq.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a cursor-paged list, fetched lazily: no request until the first item is wanted,
 * then one request per page, each when the previous page is used up. Each {@link #iterator()} or
 * {@link #stream()} starts again from the first page. A failed page request throws its {@link
 * ApiException} from {@code hasNext()} or {@code next()} (after the client's retries); a server
 * that leads back to a cursor already used in the iteration gets one with code {@code
 * repeated_cursor} instead of an endless loop.
 *
 * <pre>{@code
 * for (DailyAnalytics day : client.analytics().daily(from, to)) { ... }
 * long active = client.apiKeys().list().stream().filter(ApiKeyInfo::active).count();
 * }</pre>
 *
 * @param <T> the items' type
 * @since 0.1.0
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Function<@Nullable String, Page<T>> fetch;

  PagedIterable(Function<@Nullable String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * The items, page after page.
   *
   * @return a lazy iterator; not thread-safe
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> items = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && pages.hasNext()) {
          items = pages.next().items().iterator();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /**
   * The pages themselves, each fetched when wanted.
   *
   * @return the pages, lazily
   */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private @Nullable Page<T> last;
      private boolean done;
      private final java.util.Set<String> used = new java.util.HashSet<>();

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Page<T> next() {
        if (done) {
          throw new NoSuchElementException();
        }
        Page<T> previous = last;
        String cursor = previous == null ? null : previous.nextCursor();
        Page<T> page = fetch.apply(cursor);
        if (cursor != null) {
          used.add(cursor);
        }
        String next = page.nextCursor();
        if (next != null && used.contains(next)) {
          done = true;
          throw new ApiException("the server led back to cursor " + Wire.mask(next, 80)
              + ", already used in this iteration: stopped, so as not to loop", 200,
              "repeated_cursor", null, 1, null);
        }
        last = page;
        done = !page.hasMore();
        return page;
      }
    };
  }

  /**
   * The items as a sequential, lazy stream: a short-circuiting operation ({@code findFirst},
   * {@code limit}) fetches only the pages it needs.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
