package com.wabotiq.validation;

import com.wabotiq.types.OpenEnum;
import com.wabotiq.types.SealedSecret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders rejected values as strings, masking secrets. A value is masked as {@code "****"} when it
 * is (or contains) a {@link SealedSecret}, or when its field's snake_case name contains {@code
 * secret}, {@code token}, {@code password}, {@code passkey} or the words {@code api_key}, whatever its
 * type. Every rendering is then {@link #scrub scrubbed} of what a URL may carry (user info,
 * parameter values), whatever the field.
 */
final class Values {
  /** The mask shown instead of a secret. */
  static final String MASK = "****";

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
  static boolean isSensitiveName(String field) {
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
  static String fieldOf(String path) {
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
  static @Nullable String render(String path, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (isSensitiveName(fieldOf(path))) {
      return MASK;
    }
    String s = scrub(plain(value));
    return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 3) + "...";
  }

  /**
   * A text with what a URL in it may carry masked, everything else kept:
   *
   * <ul>
   *   <li>user info: {@code https://user:pw@host/x} and {@code https://token@host} give {@code
   *       https://****@host...}; without a scheme, {@code user:pw@host} gives {@code ****@host}
   *       (a part before {@code @} is masked when it follows {@code //} or holds a {@code :}, so
   *       the e-mail address {@code admin@acme.com} and the path {@code /a@b} stay);
   *   <li>parameter values: after the first {@code ?} or {@code #}, every {@code name=value} keeps
   *       its name and loses its value up to the next {@code &}, {@code ;} or {@code #} ({@code
   *       ?consumer_secret=cs_live_x&page=2} gives {@code ?consumer_secret=****&page=****}).
   * </ul>
   *
   * @param text any text: a rejected value or a message
   * @return the text with those parts replaced by {@link #MASK}
   */
  static String scrub(String text) {
    if (text.indexOf('@') < 0 && text.indexOf('=') < 0) {
      return text;
    }
    // masked[i]: character i is replaced; a run of them by one mask. An empty user info (at '@')
    // is marked on the '@' by emptyBefore, so that https://@host shows a mask too.
    boolean[] masked = new boolean[text.length()];
    boolean[] emptyBefore = new boolean[text.length()];
    maskUserInfo(text, masked, emptyBefore);
    maskParameterValues(text, masked);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (emptyBefore[i] || (masked[i] && (i == 0 || !masked[i - 1]))) {
        sb.append(MASK);
      }
      if (!masked[i]) {
        sb.append(text.charAt(i));
      }
    }
    return sb.toString();
  }

  /** One pass: the run before each {@code @}, since the last {@code /} or space, if it qualifies. */
  private static void maskUserInfo(String text, boolean[] masked, boolean[] emptyBefore) {
    int start = 0;
    boolean colon = false;
    int maskedTo = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' || isSpace(c)) {
        start = i + 1;
        colon = false;
      } else if (c == ':') {
        colon = true;
      } else if (c == '@' && (colon || text.startsWith("//", start - 2))) {
        Arrays.fill(masked, Math.max(start, maskedTo), i, true);
        maskedTo = i;
        emptyBefore[i] = start == i;
      }
    }
  }

  /** One pass: after the first {@code ?} or {@code #}, every value after {@code =}. */
  private static void maskParameterValues(String text, boolean[] masked) {
    boolean query = false;
    boolean value = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!query) {
        query = c == '?' || c == '#';
      } else if (c == '&' || c == ';' || c == '#') {
        value = false;
      } else if (value) {
        masked[i] = true;
      } else if (c == '=') {
        value = true;
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
      return text;
    } else if (value instanceof OpenEnum<?> e) {
      return e.wireValue();
    } else if (value instanceof BigDecimal d) {
      return Decimals.render(d);
    } else if (value instanceof Double d && Double.isFinite(d)) {
      return Decimals.render(BigDecimal.valueOf(d));
    } else if (value instanceof Duration d) {
      return Decimals.render(InRangeDurationValidator.seconds(d).stripTrailingZeros());
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
