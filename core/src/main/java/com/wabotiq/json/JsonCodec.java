package com.wabotiq.json;

import java.util.Objects;

/**
 * Reads and writes every model type as the JSON of the data reference, with snake_case names.
 *
 * <p>Two policies exist. {@linkplain #lenient() Lenient} (the default for reading what a server
 * sends) ignores unknown fields and keeps an unknown value of a closed set (a status or provider a
 * newer server added) as an explicit unknown carrying its raw string, which is written back
 * unchanged; so an older SDK never breaks on a newer document. {@linkplain #strict() Strict}
 * refuses both, naming the JSON path.
 *
 * <p>Decoding checks shape (names and types), not rules: a placeholder such as {@code "uuid"}
 * decodes as an id; validation judges it. Every failure on bad input is a {@link
 * JsonDecodingException} naming the JSON path; nothing else escapes {@link #fromJson}.
 *
 * <p>Whatever the codec writes, it reads back equal; whatever it could not write so is refused when
 * read. Writing omits null values and empty collections, except that a subscription tier's five
 * limits are always written, {@code null} meaning unlimited (and are required when reading).
 * Decimals (at most 500 significant digits, scale -500 to 500) keep their digits and scale ({@code
 * 2250000.00} stays {@code 2250000.00}) and are written without an exponent, except beyond 20
 * integer digits or with a negative scale, where an exact scientific form is used (see the package
 * documentation). Durations are numbers of seconds.
 *
 * <p>Immutable and thread-safe; share the instances.
 *
 * <pre>{@code
 * Tenant tenant = JsonCodec.lenient().fromJson(json, Tenant.class);
 * String back = JsonCodec.lenient().toJson(tenant);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonCodec {
  private static final JsonCodec LENIENT = new JsonCodec(JsonEngine.create(false));
  private static final JsonCodec STRICT = new JsonCodec(JsonEngine.create(true));

  private final JsonEngine engine;

  private JsonCodec(JsonEngine engine) {
    this.engine = engine;
  }

  /**
   * The lenient codec: unknown fields are ignored and unknown values of closed sets are kept.
   *
   * @return the shared lenient codec
   * @since 0.1.0
   */
  public static JsonCodec lenient() {
    return LENIENT;
  }

  /**
   * The strict codec: unknown fields and unknown values of closed sets are refused.
   *
   * @return the shared strict codec
   * @since 0.1.0
   */
  public static JsonCodec strict() {
    return STRICT;
  }

  /**
   * Whether this codec refuses unknown fields and unknown values of closed sets.
   *
   * @return true for {@link #strict()}
   * @since 0.1.0
   */
  public boolean isStrict() {
    return engine.isStrict();
  }

  /**
   * Decodes one JSON document (an object for a model type).
   *
   * @param json the document, untrusted
   * @param type a model record, or a value type of the model (an id, a closed set, {@code
   *     Instant}...)
   * @param <T> the type
   * @return the decoded value, never null
   * @throws JsonDecodingException if the document is malformed, truncated, nested too deeply,
   *     mistyped, misses a required value, has an out-of-range number or one a double would change,
   *     a leap second, an unpaired surrogate, a duplicate member, is followed by more content, or
   *     (strict) has an unknown field or value; the message and {@link
   *     JsonDecodingException#path()} name the JSON path
   * @throws IllegalArgumentException if {@code type} is not supported by this codec
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(json, "json == null");
    Objects.requireNonNull(type, "type == null");
    try {
      return engine.decode(json, type);
    } catch (DecodingFailure f) {
      throw new JsonDecodingException(f.what(), f.path(), f.getCause());
    }
  }

  /**
   * Encodes a value as compact JSON.
   *
   * @param value a model record or value type
   * @return the JSON document
   * @throws IllegalArgumentException if the value's type is not supported, or it holds a value that
   *     cannot be written so that it reads back equal (a non-finite double, a string with an
   *     unpaired surrogate, a decimal beyond the rule); the message names the path
   * @throws NullPointerException if {@code value} is null
   * @since 0.1.0
   */
  public String toJson(Object value) {
    Objects.requireNonNull(value, "value == null");
    return engine.encode(value, false);
  }

  /**
   * Encodes a value as JSON indented by two spaces, for people to read.
   *
   * @param value a model record or value type
   * @return the JSON document
   * @throws IllegalArgumentException as {@link #toJson(Object)}
   * @throws NullPointerException if {@code value} is null
   * @since 0.1.0
   */
  public String toPrettyJson(Object value) {
    Objects.requireNonNull(value, "value == null");
    return engine.encode(value, true);
  }

  /** Returns {@code "JsonCodec[lenient]"} or {@code "JsonCodec[strict]"}. */
  @Override
  public String toString() {
    return engine.isStrict() ? "JsonCodec[strict]" : "JsonCodec[lenient]";
  }
}
