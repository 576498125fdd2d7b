package com.wabotiq.json;

import com.wabotiq.spi.WabotiqException;
import org.jspecify.annotations.Nullable;

/**
 * A decoding failure inside the adapters: what is wrong and where. The public codec turns it into a
 * {@code JsonDecodingException}. It carries no stack trace of its own (the path is the useful
 * part); the cause, when there is one, keeps its own.
 */
final class DecodingFailure extends WabotiqException {
  private final String what;
  private final String path;

  DecodingFailure(String what, String path, @Nullable Throwable cause) {
    super(what + " at path " + path, cause, false, false);
    this.what = what;
    this.path = path;
  }

  DecodingFailure(String what, String path) {
    this(what, path, null);
  }

  /** What is wrong, without the path, e.g. {@code "Expected NUMBER but was STRING"}. */
  String what() {
    return what;
  }

  /** The JSON path, e.g. {@code $.api_keys[0].created_at}. */
  String path() {
    return path;
  }
}
