package com.wabotiq.validation.internal;

import com.wabotiq.types.OpenEnum;
import com.wabotiq.types.SealedSecret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders rejected values as strings, masking secrets. A value is masked as {@code "****"} when it
 * is (or contains) a {@link SealedSecret}, or when its field's snake_case name contains {@code
 * secret}, {@code token}, {@code password}, {@code passkey} or the words {@code api_key}, whatever its
 * type.
 * The user info of a URL ({@code https://user:password@host}) is masked too.
 */
public final class Values {
  /** The mask shown instead of a secret. */
  public static final String MASK = "****";

  /** Longer renderings are cut to this many characters, the last three being "...". */
  static final int MAX_LENGTH = 120;

  /** Words of a snake_case name that make its values secret; {@code api_key} is two words. */
  private static final java.util.Set<String> SENSITIVE =
      java.util.Set.of("secret", "token", "password", "passkey");

  private Values() {}

  /**
   * Whether a field's values are secret by its name.
   *
   * @param field the field's snake_case name, e.g. {@code twilio_token}
   * @return true when one of the name's words is sensitive, or it has the words {@code api_key};
   *     whole words only, so the count {@code llm_max_tokens} is not masked
   */
  public static boolean isSensitiveName(String field) {
    String[] words = field.toLowerCase(Locale.ROOT).split("_", -1);
    for (int i = 0; i < words.length; i++) {
      if (SENSITIVE.contains(words[i])
          || (words[i].equals("api") && i + 1 < words.length && words[i + 1].equals("key"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field name of a path: its last property name, without indices ({@code api_keys[0].key_hash}
   * gives {@code key_hash}, {@code allowed_origins[1]} gives {@code allowed_origins}).
   *
   * @param path a snake_case JSON path
   * @return the last property name
   */
  public static String fieldOf(String path) {
    String p = path;
    while (p.endsWith("]") && p.lastIndexOf('[') >= 0) {
      p = p.substring(0, p.lastIndexOf('['));
    }
    return p.substring(p.lastIndexOf('.') + 1);
  }

  /**
   * Renders a rejected value for a path, masked when the path's field is sensitive.
   *
   * @param path the snake_case JSON path of the value
   * @param value the value, null when absent
   * @return the rendering, {@code "****"} for a secret, null for null
   */
  public static @Nullable String render(String path, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (isSensitiveName(fieldOf(path))) {
      return MASK;
    }
    String s = plain(value);
    return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 3) + "...";
  }

  /**
   * A URL's user info (which may hold a password) replaced by the mask: {@code
   * https://user:pw@host/x} gives {@code https://****@host/x}. Other strings are returned as is.
   */
  static String withoutUserInfo(String text) {
    int scheme = text.indexOf("://");
    if (scheme < 0) {
      return text;
    }
    int start = scheme + 3;
    int end = text.length();
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    int at = text.lastIndexOf('@', end - 1);
    return at < start ? text : text.substring(0, start) + MASK + text.substring(at);
  }

  /**
   * The plain string form of a value, secrets masked: the wire form of closed sets, typed ids and
   * zones; numbers without exponent; durations in seconds; collections as {@code [a, b]}.
   *
   * @param value the value
   * @return its string form
   */
  static String plain(Object value) {
    if (value instanceof SealedSecret) {
      return MASK;
    } else if (value instanceof String text) {
      return withoutUserInfo(text);
    } else if (value instanceof OpenEnum<?> e) {
      return e.wireValue();
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Double d && Double.isFinite(d)) {
      return BigDecimal.valueOf(d).toPlainString();
    } else if (value instanceof Duration d) {
      return InRangeDurationValidator.seconds(d).stripTrailingZeros().toPlainString();
    } else if (value instanceof Collection<?> c) {
      StringBuilder sb = new StringBuilder("[");
      for (Object o : c) {
        sb.append(sb.length() == 1 ? "" : ", ").append(plain(o));
      }
      return sb.append(']').toString();
    } else if (value instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(sb.length() == 1 ? "" : ", ")
            .append(plain(e.getKey()))
            .append('=')
            .append(isSensitiveName(e.getKey().toString()) ? MASK : plain(e.getValue()));
      }
      return sb.append('}').toString();
    }
    return FormatValidator.text(value);
  }
}
