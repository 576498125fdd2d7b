package com.wabotiq.json;

import com.squareup.moshi.JsonReader;
import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.TenantSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * Token checks, number and text reading, skipping and error construction shared by the adapters.
 */
final class Reading {
  /** The longest number literal read; longer ones are refused before parsing. */
  static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * The most significant digits of a decimal: the model's own rule, so that what the model accepts
   * the codec reads and writes, and nothing else.
   */
  static final int MAX_DIGITS = Checks.MAX_DECIMAL_DIGITS;

  /** The largest scale magnitude of a decimal: the model's own rule. */
  static final int MAX_SCALE = Checks.MAX_DECIMAL_SCALE;

  /**
   * How deeply a free-form value (metadata, or an unknown member's value that the lenient codec
   * skips) may nest objects and arrays; the value itself is the first level.
   */
  static final int MAX_DEPTH = TenantSettings.MAX_METADATA_DEPTH;

  /** Decimals of up to this many characters without an exponent read as doubles exactly. */
  private static final int SHORT_DOUBLE = 15;

  /** The longest raw value quoted in a message; longer ones are cut with "...". */
  private static final int MAX_QUOTED = 64;

  private Reading() {}

  /**
   * Fails unless the next token is {@code expected}; a {@code null} is the caller's business and is
   * checked before this.
   */
  static void expect(JsonReader reader, JsonReader.Token expected) throws IOException {
    JsonReader.Token actual = reader.peek();
    if (actual != expected) {
      throw new DecodingFailure("Expected " + expected + " but was " + actual, reader.getPath());
    }
  }

  /** True, and the null consumed, when the next value is JSON {@code null}. */
  static boolean nextIsNull(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return true;
    }
    return false;
  }

  /** Reads a string value, refusing any other token and any unpaired surrogate. */
  static String string(JsonReader reader) throws IOException {
    expect(reader, JsonReader.Token.STRING);
    return wellFormed(reader.nextString(), reader);
  }

  /**
   * Returns {@code text} unless it holds an unpaired surrogate (only a {@code \uD800}-style escape
   * can put one there): such a string has no UTF-8 form and could not be written back. The message
   * never shows the text.
   */
  static String wellFormed(String text, JsonReader reader) {
    if (unpairedSurrogate(text) >= 0) {
      throw new DecodingFailure(
          "Invalid string: an unpaired surrogate escape has no Unicode character",
          pathOfLastValue(reader));
    }
    return text;
  }

  /** A member name, refusing an unpaired surrogate as {@link #wellFormed} does. */
  static String name(JsonReader reader) throws IOException {
    String name = reader.nextName();
    if (unpairedSurrogate(name) >= 0) {
      throw new DecodingFailure(
          "Invalid member name: an unpaired surrogate escape has no Unicode character",
          reader.getPath());
    }
    return name;
  }

  /** The index of the first unpaired surrogate in {@code text}, or -1: the model's own rule. */
  static int unpairedSurrogate(String text) {
    return Checks.unpairedSurrogate(text);
  }

  /**
   * Reads a number's literal text, refusing strings and over-long literals (which would cost
   * quadratic time to parse).
   */
  static String numberText(JsonReader reader) throws IOException {
    expect(reader, JsonReader.Token.NUMBER);
    String text = reader.nextString();
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new DecodingFailure(
          "Number out of range (" + text.length() + " characters)", pathOfLastValue(reader));
    }
    return text;
  }

  /**
   * Reads a number exactly, with the scale of its literal ({@code 2250000.00} has scale 2),
   * refusing more than {@link #MAX_DIGITS} significant digits or a scale beyond ±{@link
   * #MAX_SCALE}: so every decimal read can be written back in a form that reads equal, and no later
   * {@code toPlainString} or arithmetic can explode.
   */
  static BigDecimal decimal(JsonReader reader) throws IOException {
    String text = numberText(reader);
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new DecodingFailure("Invalid number " + quote(text), pathOfLastValue(reader), e);
    }
    if (!decimalInRange(value)) {
      throw new DecodingFailure(
          "Number out of range: "
              + quote(text)
              + " (a decimal has at most "
              + MAX_DIGITS
              + " significant digits and a scale from -"
              + MAX_SCALE
              + " to "
              + MAX_SCALE
              + ")",
          pathOfLastValue(reader));
    }
    return value;
  }

  /** Whether a decimal is within the rule of {@link #decimal}. */
  static boolean decimalInRange(BigDecimal value) {
    int scale = value.scale();
    return scale <= MAX_SCALE && scale >= -MAX_SCALE && value.precision() <= MAX_DIGITS;
  }

  /**
   * Reads a double, refusing a literal that the double would change: one that overflows or
   * underflows ({@code 1e-400} is not 0.0) or carries digits the double cannot hold ({@code
   * 1.00000000000000001} is not 1.0). A literal is kept when it is the double's value rounded to
   * the literal's own number of significant digits (so {@code 0.1} and {@code 0.30000000000000004}
   * read), or the form the codec writes for that double.
   */
  static double doubleValue(JsonReader reader) throws IOException {
    String text = numberText(reader);
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw new DecodingFailure(
          "Expected a double but was " + quote(text), pathOfLastValue(reader));
    }
    if (!keptByDouble(text, value)) {
      throw new DecodingFailure(
          "Number "
              + quote(text)
              + " cannot be held exactly by a double (it would read as "
              + value
              + ")",
          pathOfLastValue(reader));
    }
    return value;
  }

  /** Whether {@code value}, parsed from {@code text}, keeps the number {@code text} states. */
  static boolean keptByDouble(String text, double value) {
    if (text.length() <= SHORT_DOUBLE && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      // At most 15 significant digits, well inside the normal range: a double keeps them.
      return true;
    }
    BigDecimal literal = new BigDecimal(text);
    if (value == 0.0) {
      return literal.signum() == 0;
    }
    if (literal.compareTo(new BigDecimal(Double.toString(value))) == 0) {
      return true;
    }
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(literal.precision(), RoundingMode.HALF_EVEN));
    return rounded.compareTo(literal) == 0;
  }

  /**
   * Skips one value the lenient codec does not know, at {@code level} (1 for the value itself),
   * still refusing a duplicate member in any of its objects and nesting beyond {@link #MAX_DEPTH}.
   */
  static void skip(JsonReader reader, int level) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BEGIN_OBJECT && token != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return;
    }
    requireDepth(level, reader);
    if (token == JsonReader.Token.BEGIN_ARRAY) {
      reader.beginArray();
      while (reader.hasNext()) {
        skip(reader, level + 1);
      }
      reader.endArray();
      return;
    }
    reader.beginObject();
    Set<String> names = null;
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (names == null) {
        names = new HashSet<>();
      }
      if (!names.add(name)) {
        throw duplicate(name, reader);
      }
      skip(reader, level + 1);
    }
    reader.endObject();
  }

  /** Fails when a free-form value opens its {@code level}th nested object or array too many. */
  static void requireDepth(int level, JsonReader reader) {
    if (level > MAX_DEPTH) {
      throw new DecodingFailure(
          "Nested too deeply (a free-form value nests at most "
              + MAX_DEPTH
              + " levels of objects and arrays)",
          reader.getPath());
    }
  }

  /** The failure for a member name seen twice in one object, at that member's path. */
  static DecodingFailure duplicate(String name, JsonReader reader) {
    return new DecodingFailure("Duplicate field " + quote(name), reader.getPath());
  }

  /**
   * The path of the value just read. Moshi advances an array's index as soon as an element is read,
   * so inside an array the last index is one too far; inside an object the path still names the
   * member.
   */
  static String pathOfLastValue(JsonReader reader) {
    String path = reader.getPath();
    if (!path.endsWith("]")) {
      return path;
    }
    int open = path.lastIndexOf('[');
    try {
      int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
      return path.substring(0, open + 1) + Math.max(0, index - 1) + "]";
    } catch (NumberFormatException e) {
      return path;
    }
  }

  /** {@code 'text'}, cut to a readable length. Never use it for a sealed value. */
  static String quote(String text) {
    return text.length() <= MAX_QUOTED
        ? "'" + text + "'"
        : "'" + text.substring(0, MAX_QUOTED) + "...'";
  }
}
