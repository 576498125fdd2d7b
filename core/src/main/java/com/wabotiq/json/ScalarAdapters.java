package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Adapters for JSON scalars: strings, booleans, integers, doubles, exact decimals, durations in
 * seconds, and any value written as a string and parsed back (ids, times, zones, currencies, sealed
 * secrets).
 */
final class ScalarAdapters {
  private ScalarAdapters() {}

  static final JsonAdapter<String> STRING =
      new JsonAdapter<String>() {
        @Override
        public @Nullable String fromJson(JsonReader reader) throws IOException {
          return Reading.nextIsNull(reader) ? null : Reading.string(reader);
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable String value) throws IOException {
          writeString(writer, value);
        }

        @Override
        public String toString() {
          return "JsonAdapter(String)";
        }
      };

  static final JsonAdapter<Boolean> BOOLEAN =
      new JsonAdapter<Boolean>() {
        @Override
        public @Nullable Boolean fromJson(JsonReader reader) throws IOException {
          if (Reading.nextIsNull(reader)) {
            return null;
          }
          Reading.expect(reader, JsonReader.Token.BOOLEAN);
          return reader.nextBoolean();
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Boolean value) throws IOException {
          writer.value(value);
        }

        @Override
        public String toString() {
          return "JsonAdapter(Boolean)";
        }
      };

  static final JsonAdapter<Integer> INTEGER =
      new JsonAdapter<Integer>() {
        @Override
        public @Nullable Integer fromJson(JsonReader reader) throws IOException {
          if (Reading.nextIsNull(reader)) {
            return null;
          }
          String text = Reading.numberText(reader);
          try {
            return new BigDecimal(text).intValueExact();
          } catch (ArithmeticException | NumberFormatException e) {
            throw new DecodingFailure(
                "Expected an int but was " + Reading.quote(text), Reading.pathOfLastValue(reader));
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Integer value) throws IOException {
          writer.value(value);
        }

        @Override
        public String toString() {
          return "JsonAdapter(Integer)";
        }
      };

  static final JsonAdapter<Long> LONG =
      new JsonAdapter<Long>() {
        @Override
        public @Nullable Long fromJson(JsonReader reader) throws IOException {
          if (Reading.nextIsNull(reader)) {
            return null;
          }
          String text = Reading.numberText(reader);
          try {
            return new BigDecimal(text).longValueExact();
          } catch (ArithmeticException | NumberFormatException e) {
            throw new DecodingFailure(
                "Expected a long but was " + Reading.quote(text), Reading.pathOfLastValue(reader));
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Long value) throws IOException {
          writer.value(value);
        }

        @Override
        public String toString() {
          return "JsonAdapter(Long)";
        }
      };

  static final JsonAdapter<Double> DOUBLE =
      new JsonAdapter<Double>() {
        @Override
        public @Nullable Double fromJson(JsonReader reader) throws IOException {
          return Reading.nextIsNull(reader) ? null : Reading.doubleValue(reader);
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Double value) throws IOException {
          if (value == null) {
            writer.nullValue();
          } else if (Double.isFinite(value)) {
            writer.value(value.doubleValue());
          } else {
            throw new IllegalArgumentException(
                writer.getPath()
                    + " ("
                    + value
                    + ") must be a finite number to be written as JSON");
          }
        }

        @Override
        public String toString() {
          return "JsonAdapter(Double)";
        }
      };

  static final JsonAdapter<BigDecimal> DECIMAL =
      new JsonAdapter<BigDecimal>() {
        @Override
        public @Nullable BigDecimal fromJson(JsonReader reader) throws IOException {
          return Reading.nextIsNull(reader) ? null : Reading.decimal(reader);
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable BigDecimal value) throws IOException {
          if (value == null) {
            writer.nullValue();
          } else {
            writeDecimal(writer, value);
          }
        }

        @Override
        public String toString() {
          return "JsonAdapter(BigDecimal)";
        }
      };

  /**
   * A duration as a JSON number of seconds: {@code 60.0} or {@code 3600} read; whole seconds are
   * written as an integer, others as a plain decimal ({@code 2.5}). Precision beyond nanoseconds is
   * refused rather than rounded.
   */
  static final JsonAdapter<Duration> DURATION =
      new JsonAdapter<Duration>() {
        @Override
        public @Nullable Duration fromJson(JsonReader reader) throws IOException {
          if (Reading.nextIsNull(reader)) {
            return null;
          }
          BigDecimal seconds = Reading.decimal(reader);
          try {
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            int nanos = seconds.subtract(whole).movePointRight(9).intValueExact();
            return Duration.ofSeconds(whole.longValueExact(), nanos);
          } catch (ArithmeticException e) {
            throw new DecodingFailure(
                "Expected a duration in seconds (at most 9 decimals, within range) but was "
                    + Reading.quote(seconds.toString()),
                Reading.pathOfLastValue(reader));
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Duration value) throws IOException {
          if (value == null) {
            writer.nullValue();
          } else if (value.getNano() == 0) {
            writer.value(value.toSeconds());
          } else {
            BigDecimal seconds =
                BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9));
            writeDecimal(writer, seconds.stripTrailingZeros());
          }
        }

        @Override
        public String toString() {
          return "JsonAdapter(Duration)";
        }
      };

  /**
   * The most digits before the decimal point written plainly. Moshi 1.15.2 refuses an integer part
   * of 21 or more digits whose leading digits are a multiple of 2^64 ({@code
   * 184467440737095516160}): its octal check mistakes the overflowed accumulator for a leading zero
   * (square/moshi#1529, fixed upstream in square/moshi#2114, unreleased for 1.x). Twenty digits can
   * never trigger it.
   */
  private static final int MAX_PLAIN_INTEGER_DIGITS = 20;

  /**
   * Writes a string, refusing one with an unpaired surrogate, which UTF-8 cannot encode (the writer
   * would put {@code ?} in its place). The message names the path, never the text.
   */
  static void writeString(JsonWriter writer, @Nullable String value) throws IOException {
    if (value != null && Reading.unpairedSurrogate(value) >= 0) {
      throw new IllegalArgumentException(
          writer.getPath()
              + " (a string with an unpaired surrogate) must be valid Unicode to be written as"
              + " JSON");
    }
    writer.value(value);
  }

  /**
   * Writes a decimal exactly, keeping its digits and scale, so that it reads back equal: as plain
   * text ({@code 2250000.00}, never {@code 2.25E+6}) when its scale is not negative and its integer
   * part has at most 20 digits; otherwise in the exact scientific form whose mantissa carries every
   * digit ({@code 1.84467440737095516160E+20}, {@code 1E+3}), which Moshi can read (see {@link
   * #MAX_PLAIN_INTEGER_DIGITS}). A decimal outside the rule of {@link Reading#decimal} is refused
   * ({@link IllegalArgumentException} naming the path), since it would not read back.
   *
   * <p>The text goes through {@link JsonWriter#value(Number)}, which writes a number's {@code
   * toString()} as it is; Moshi's {@code valueSink()} is avoided because it overruns the writer's
   * scope stack at 31, 63, 127 or 255 levels of nesting.
   */
  static void writeDecimal(JsonWriter writer, BigDecimal value) throws IOException {
    if (!Reading.decimalInRange(value)) {
      throw new IllegalArgumentException(
          writer.getPath()
              + " ("
              + value.precision()
              + " digits, scale "
              + value.scale()
              + ") must have at most "
              + Reading.MAX_DIGITS
              + " significant digits and a scale from -"
              + Reading.MAX_SCALE
              + " to "
              + Reading.MAX_SCALE
              + " to be written as JSON");
    }
    writer.value(new NumberText(decimalText(value)));
  }

  static String decimalText(BigDecimal value) {
    int integerDigits = value.precision() - value.scale();
    if (value.scale() >= 0 && integerDigits <= MAX_PLAIN_INTEGER_DIGITS) {
      return value.toPlainString();
    }
    String digits = value.unscaledValue().abs().toString();
    StringBuilder text = new StringBuilder(digits.length() + 8);
    if (value.signum() < 0) {
      text.append('-');
    }
    text.append(digits.charAt(0));
    if (digits.length() > 1) {
      text.append('.').append(digits, 1, digits.length());
    }
    return text.append("E+").append(integerDigits - 1).toString();
  }

  /**
   * A number's JSON text, for {@link JsonWriter#value(Number)}, which writes {@code toString()}.
   */
  private static final class NumberText extends Number {
    private static final long serialVersionUID = 1L;
    private final String text;

    NumberText(String text) {
      this.text = text;
    }

    @Override
    public int intValue() {
      return new BigDecimal(text).intValue();
    }

    @Override
    public long longValue() {
      return new BigDecimal(text).longValue();
    }

    @Override
    public float floatValue() {
      return Float.parseFloat(text);
    }

    @Override
    public double doubleValue() {
      return Double.parseDouble(text);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A value written as a JSON string and parsed back from one.
   *
   * @param <T> the value type
   */
  static final class StringForm<T> extends JsonAdapter<T> {
    private final String description;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final boolean sealed;

    /**
     * @param description what a value is, for messages: "instant", "zone id"
     * @param parse parses the raw string; any runtime exception means an invalid value
     * @param format writes the value
     * @param sealed whether the value is a sealed secret: then no failure message or cause shows
     *     any of its content, even a malformed escape inside it
     */
    StringForm(
        String description, Function<String, T> parse, Function<T, String> format, boolean sealed) {
      this.description = description;
      this.parse = parse;
      this.format = format;
      this.sealed = sealed;
    }

    @Override
    public @Nullable T fromJson(JsonReader reader) throws IOException {
      if (Reading.nextIsNull(reader)) {
        return null;
      }
      String raw = sealed ? sealedString(reader) : Reading.string(reader);
      try {
        return parse.apply(raw);
      } catch (RuntimeException e) {
        String shown = sealed ? "" : " " + Reading.quote(raw);
        throw new DecodingFailure(
            "Invalid " + description + shown, Reading.pathOfLastValue(reader), sealed ? null : e);
      }
    }

    /**
     * Reads a sealed value's string. Moshi's syntax errors quote what they found (an invalid escape
     * {@code \q} shows its character), so any failure here is reported with the path and the rule
     * only, without a cause.
     */
    private String sealedString(JsonReader reader) throws IOException {
      Reading.expect(reader, JsonReader.Token.STRING);
      String path = reader.getPath();
      String raw;
      try {
        raw = reader.nextString();
      } catch (IOException | RuntimeException e) {
        throw new DecodingFailure(
            "Malformed " + description + " (an unterminated string or an invalid escape)", path);
      }
      if (Reading.unpairedSurrogate(raw) >= 0) {
        throw new DecodingFailure(
            "Invalid " + description + ": an unpaired surrogate escape has no Unicode character",
            path);
      }
      return raw;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      writeString(writer, value == null ? null : format.apply(value));
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + description + ")";
    }
  }
}
