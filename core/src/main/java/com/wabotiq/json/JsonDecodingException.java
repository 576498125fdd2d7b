package com.wabotiq.json;

import com.wabotiq.spi.WabotiqException;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document could not be decoded: it is malformed or truncated, or a value has the wrong
 * type, is missing, is out of range, or (in strict mode) is unknown. The message reads {@code
 * "<what> at path <path>"}, for example {@code "Expected NUMBER but was STRING at path
 * $.monthly_price"}, and {@link #path()} gives the JSON path alone.
 *
 * <p>Messages never contain the value of an encrypted (sealed) field.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class JsonDecodingException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /**
   * Creates the exception; only the codec does.
   *
   * @param what what is wrong, without the path
   * @param path the JSON path, e.g. {@code $.business_hours.monday.open}
   * @param cause the underlying failure, or null
   */
  JsonDecodingException(String what, String path, @Nullable Throwable cause) {
    super(what + " at path " + path, cause);
    this.path = path;
  }

  /**
   * The JSON path of the offending value, in the form {@code $.api_keys[0].created_at}; {@code $}
   * for the document itself.
   *
   * @return the path, never null
   * @since 0.1.0
   */
  public String path() {
    return path;
  }
}
