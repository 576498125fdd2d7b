package com.wabotiq.internal;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * <p>Messages use the field's snake_case JSON name, so a caller sees the same name in a constructor
 * failure, a JSON error and a validation report.
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
   * An immutable copy of {@code list}, or an empty list for {@code null}; a null element fails with
   * a message naming {@code name} and the index.
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
   * An immutable, insertion-ordered copy of {@code map}, or an empty map for {@code null}; a null
   * key or value fails with a message naming {@code name} and the key.
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

  /**
   * The most significant digits of a decimal the model holds. With {@link #MAX_DECIMAL_SCALE} it
   * bounds every decimal so that the JSON codec writes it in at most 530 characters and reads that
   * text back equal (same digits, same scale). The JSON codec applies the same rule when reading.
   */
  public static final int MAX_DECIMAL_DIGITS = 500;

  /** The largest scale, and the largest negated scale, of a decimal the model holds. */
  public static final int MAX_DECIMAL_SCALE = 500;

  /**
   * Does nothing when {@code value} is null or within the model's decimal rule: at most {@link
   * #MAX_DECIMAL_DIGITS} significant digits and a scale from {@code -MAX_DECIMAL_SCALE} to {@code
   * MAX_DECIMAL_SCALE} ({@code 1E-500} has scale 500, {@code 1E+500} scale -500); otherwise throws
   * {@code IllegalArgumentException("name (value) must have ...")}.
   */
  public static void decimal(@Nullable BigDecimal value, String name) {
    if (value != null && !isDecimalInRange(value)) {
      throw new IllegalArgumentException(
          name
              + " ("
              + describe(value)
              + ") must have at most "
              + MAX_DECIMAL_DIGITS
              + " significant digits and a scale from -"
              + MAX_DECIMAL_SCALE
              + " to "
              + MAX_DECIMAL_SCALE);
    }
  }

  /** Whether a decimal is within the model's rule (see {@link #decimal}). */
  public static boolean isDecimalInRange(BigDecimal value) {
    int scale = value.scale();
    return scale <= MAX_DECIMAL_SCALE
        && scale >= -MAX_DECIMAL_SCALE
        && value.precision() <= MAX_DECIMAL_DIGITS;
  }

  /** A short form of a decimal for messages: its digits cut to 8 when it has more than 32. */
  private static String describe(BigDecimal value) {
    return value.precision() <= 32
        ? value.toString()
        : value.round(new MathContext(8)) + ", " + value.precision() + " digits";
  }

  /**
   * Does nothing when {@code value} is null or finite; otherwise throws {@code
   * IllegalArgumentException("name (NaN) must be a finite number")}: JSON has no form for it.
   */
  public static void finite(@Nullable Double value, String name) {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " (" + value + ") must be a finite number");
    }
  }

  /**
   * Returns {@code text} when it holds no unpaired surrogate; otherwise throws {@code
   * IllegalArgumentException} naming {@code name} (never the text): such a string has no UTF-8
   * form, so it could not be stored or sent as it is.
   */
  public static String wellFormedText(String text, String name) {
    int bad = unpairedSurrogate(text);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          name
              + " (a string with an unpaired surrogate at index "
              + bad
              + ") must be valid Unicode");
    }
    return text;
  }

  /** The index of the first unpaired surrogate in {@code text}, or -1 when there is none. */
  public static int unpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@code Objects.equals} for readability at call sites comparing optional values. */
  public static boolean same(@Nullable Object a, @Nullable Object b) {
    return Objects.equals(a, b);
  }
}
