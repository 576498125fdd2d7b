package com.wabotiq.json.internal;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;

/** Token checks, number reading and error construction shared by the adapters. */
final class Reading {
  /** The longest number literal read; longer ones are refused before parsing. */
  static final int MAX_NUMBER_LENGTH = 1000;

  /** The largest number of digits, and the largest exponent magnitude, of a decimal. */
  static final int MAX_DIGITS = 1000;

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

  /** Reads a string value, refusing any other token. */
  static String string(JsonReader reader) throws IOException {
    expect(reader, JsonReader.Token.STRING);
    return reader.nextString();
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
   * refusing more than {@link #MAX_DIGITS} digits or an exponent beyond it, so that no later {@code
   * toPlainString} or arithmetic can explode.
   */
  static BigDecimal decimal(JsonReader reader) throws IOException {
    String text = numberText(reader);
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new DecodingFailure("Invalid number " + quote(text), pathOfLastValue(reader), e);
    }
    if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
      throw new DecodingFailure("Number out of range: " + quote(text), pathOfLastValue(reader));
    }
    return value;
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
