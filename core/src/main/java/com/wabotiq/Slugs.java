package com.wabotiq;

import com.wabotiq.internal.Checks;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Generates a tenant's slug from its name.
 *
 * <p>A slug is one DNS label: lowercase ASCII letters and digits in runs joined by single hyphens,
 * at most {@value #MAX_LENGTH} characters ({@code ^[a-z0-9]+(-[a-z0-9]+)*$}, the validator's
 * rule). The name is decomposed (NFKD) so that accents fall away ({@code "Café Olé"} becomes
 * {@code cafe-ole}) and compatibility forms fold ({@code "Ｆｕｌｌ"} becomes {@code full}); a few
 * Latin letters that do not decompose are spelled out ({@code ß} → {@code ss}, {@code æ} → {@code
 * ae}, {@code ø} → {@code o}, {@code ł} → {@code l}...); every other run of characters becomes one
 * hyphen, and hyphens at either end are dropped. A name with no letter or digit left (say, one
 * written only in Devanagari) gives {@value #FALLBACK}.
 */
final class Slugs {
  /** The longest slug: one DNS label. */
  static final int MAX_LENGTH = 63;

  /** The slug of a name that leaves no ASCII letter or digit. */
  static final String FALLBACK = "tenant";

  private Slugs() {}

  /** The slug of {@code name}, before any collision suffix. */
  static String of(String name) {
    String decomposed = Normalizer.normalize(Checks.notNull(name, "name"), Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder(Math.min(decomposed.length(), MAX_LENGTH));
    boolean separator = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
        continue; // the accent of a decomposed letter, or an invisible joiner: not a separator
      }
      String ascii = ascii(Character.toLowerCase(cp));
      if (ascii == null) {
        separator = true;
        continue;
      }
      int needed = ascii.length() + (separator && slug.length() > 0 ? 1 : 0);
      if (slug.length() + needed > MAX_LENGTH) {
        break;
      }
      if (separator && slug.length() > 0) {
        slug.append('-');
      }
      separator = false;
      slug.append(ascii);
    }
    return slug.length() == 0 ? FALLBACK : slug.toString();
  }

  /**
   * The {@code n}th candidate for a slug whose {@code base} is taken: {@code base} itself for 1,
   * else {@code base-n}, {@code base} cut so that the whole stays within {@value #MAX_LENGTH}.
   */
  static String candidate(String base, int n) {
    Checks.argument(n >= 1, "n (%d) must be >= 1", n);
    return n == 1 ? base : withSuffix(base, Integer.toString(n));
  }

  /**
   * {@code base-suffix}, {@code base} cut (and any hyphen it then ends with dropped) so that the
   * whole stays within {@value #MAX_LENGTH}; {@code suffix} is lowercase letters and digits.
   */
  static String withSuffix(String base, String suffix) {
    int room = MAX_LENGTH - 1 - suffix.length();
    String cut = base.length() <= room ? base : base.substring(0, room);
    int end = cut.length();
    while (end > 0 && cut.charAt(end - 1) == '-') {
      end--;
    }
    return cut.substring(0, end) + "-" + suffix;
  }

  /** The ASCII spelling of a lowercase code point, or null when it has none here. */
  private static @Nullable String ascii(int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      return String.valueOf((char) cp);
    }
    switch (cp) {
      case 'ß':
        return "ss";
      case 'æ':
        return "ae";
      case 'œ':
        return "oe";
      case 'ø':
        return "o";
      case 'ł':
        return "l";
      case 'đ':
      case 'ð':
        return "d";
      case 'þ':
        return "th";
      case 'ı':
        return "i";
      default:
        return null;
    }
  }
}
