package com.wabotiq.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.Function;
import okio.BufferedSink;
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
          writer.value(value);
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
          if (Reading.nextIsNull(reader)) {
            return null;
          }
          String text = Reading.numberText(reader);
          double value;
          try {
            value = Double.parseDouble(text);
          } catch (NumberFormatException e) {
            value = Double.NaN;
          }
          if (!Double.isFinite(value)) {
            throw new DecodingFailure(
                "Expected a double but was " + Reading.quote(text),
                Reading.pathOfLastValue(reader));
          }
          return value;
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Double value) throws IOException {
          if (value == null) {
            writer.nullValue();
          } else {
            writer.value(value.doubleValue());
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
   * Writes a decimal exactly, keeping its scale: as plain text ({@code 2250000.00}, never {@code
   * 2.25E+6}) whenever the integer part has at most 20 digits; beyond that, in the exact scientific
   * form whose mantissa carries every digit ({@code 1.84467440737095516160E+20}), which reads back
   * to an equal {@link BigDecimal} and which Moshi can read (see {@link
   * #MAX_PLAIN_INTEGER_DIGITS}). A negative scale becomes 0 in plain text ({@code 1E+3} is written
   * {@code 1000}).
   */
  static void writeDecimal(JsonWriter writer, BigDecimal value) throws IOException {
    try (BufferedSink sink = writer.valueSink()) {
      sink.writeUtf8(decimalText(value));
    }
  }

  static String decimalText(BigDecimal value) {
    int integerDigits = value.precision() - value.scale();
    if (integerDigits <= MAX_PLAIN_INTEGER_DIGITS) {
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
   * A value written as a JSON string and parsed back from one.
   *
   * @param <T> the value type
   */
  static final class StringForm<T> extends JsonAdapter<T> {
    private final String description;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final boolean quoteInErrors;

    /**
     * @param description what a value is, for messages: "instant", "zone id"
     * @param parse parses the raw string; any runtime exception means an invalid value
     * @param format writes the value
     * @param quoteInErrors whether messages may show the raw value (never for sealed secrets)
     */
    StringForm(
        String description,
        Function<String, T> parse,
        Function<T, String> format,
        boolean quoteInErrors) {
      this.description = description;
      this.parse = parse;
      this.format = format;
      this.quoteInErrors = quoteInErrors;
    }

    @Override
    public @Nullable T fromJson(JsonReader reader) throws IOException {
      if (Reading.nextIsNull(reader)) {
        return null;
      }
      String raw = Reading.string(reader);
      try {
        return parse.apply(raw);
      } catch (RuntimeException e) {
        String shown = quoteInErrors ? " " + Reading.quote(raw) : "";
        throw new DecodingFailure(
            "Invalid " + description + shown,
            Reading.pathOfLastValue(reader),
            quoteInErrors ? e : null);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      writer.value(value == null ? null : format.apply(value));
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + description + ")";
    }
  }
}
