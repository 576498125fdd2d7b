package com.wabotiq.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks with messages that name the field and the rule. Internal: not part of the API.
 *
 * <p>Messages use the field's snake_case JSON name, so a caller sees the same name in a
 * constructor failure, a JSON error and a validation report.
 */
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws {@code NullPointerException("name == null")}. */
  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }

  /** Throws {@code IllegalArgumentException} with the formatted message unless {@code ok}. */
  public static void argument(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /**
   * An immutable copy of {@code list}, or an empty list for {@code null}; a null element fails
   * with a message naming {@code name} and the index.
   */
  public static <T> List<T> copyOf(@Nullable Collection<? extends T> list, String name) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    int i = 0;
    for (T element : list) {
      if (element == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
      copy.add(element);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * An immutable, insertion-ordered copy of {@code map}, or an empty map for {@code null}; a
   * null key or value fails with a message naming {@code name} and the key.
   */
  public static <K, V> Map<K, V> copyOf(@Nullable Map<? extends K, ? extends V> map, String name) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<K, V> copy = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
      K key = e.getKey();
      if (key == null) {
        throw new NullPointerException(name + " has a null key");
      }
      V value = e.getValue();
      if (value == null) {
        throw new NullPointerException(name + "." + key + " == null");
      }
      copy.put(key, value);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** An immutable copy of {@code set}, free of nulls; see {@link #copyOf(Collection, String)}. */
  public static <T> Set<T> copyOfSet(@Nullable Collection<? extends T> set, String name) {
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(copyOf(set, name)));
  }

  /** {@code Objects.equals} for readability at call sites comparing optional values. */
  public static boolean same(@Nullable Object a, @Nullable Object b) {
    return Objects.equals(a, b);
  }
}
