package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Runs the adapters for the public codec: builds the Moshi instance for one policy, reads one
 * document, and turns every failure on bad input into a {@link DecodingFailure} with a path.
 */
final class JsonEngine {
  private final boolean strict;
  private final Moshi moshi;

  private JsonEngine(boolean strict, Set<Class<?>> explicitNullGroups) {
    this.strict = strict;
    this.moshi =
        new Moshi.Builder().add(new ModelAdapterFactory(strict, explicitNullGroups)).build();
  }

  /**
   * The engine for one policy.
   *
   * @param strict whether unknown fields and unknown closed-set values are refused
   * @return the engine, immutable and thread-safe
   */
  static JsonEngine create(boolean strict) {
    return new JsonEngine(strict, ExplicitNulls.GROUPS);
  }

  /** Whether this engine is strict. */
  boolean isStrict() {
    return strict;
  }

  /**
   * Decodes one document.
   *
   * @throws DecodingFailure for any bad input
   * @throws IllegalArgumentException if the type is not supported
   */
  <T> T decode(String json, Class<T> type) {
    JsonAdapter<T> adapter = adapter(type);
    JsonReader reader = JsonReader.of(utf8(json));
    try {
      T value = adapter.fromJson(reader);
      if (value == null) {
        throw new DecodingFailure("Unexpected null", "$");
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new DecodingFailure("Unexpected content after the document", reader.getPath());
      }
      return value;
    } catch (DecodingFailure e) {
      throw e;
    } catch (JsonEncodingException e) {
      throw new DecodingFailure(malformed(e.getMessage()), reader.getPath(), e);
    } catch (EOFException e) {
      throw new DecodingFailure("Malformed JSON: unexpected end of input", reader.getPath(), e);
    } catch (JsonDataException e) {
      throw new DecodingFailure(withoutPath(e.getMessage()), reader.getPath(), e);
    } catch (IOException e) {
      throw new DecodingFailure(
          "Unreadable JSON: " + withoutPath(e.getMessage()), reader.getPath(), e);
    } catch (RuntimeException e) {
      // A safety net: every adapter reports bad input as a DecodingFailure, so reaching this is a
      // bug in an adapter or the model; the caller still gets the typed exception, with the cause.
      throw new DecodingFailure(
          "Undecodable value (" + e.getClass().getSimpleName() + ")", reader.getPath(), e);
    }
  }

  /**
   * The document as UTF-8, in one pass that also refuses an unpaired surrogate (okio's {@code
   * writeUtf8} would silently put {@code ?} in its place, changing the text read).
   */
  static Buffer utf8(String json) {
    int n = json.length();
    byte[] out = new byte[n];
    int i = 0;
    while (i < n) {
      char c = json.charAt(i);
      if (c >= 0x80) {
        break;
      }
      out[i++] = (byte) c;
    }
    if (i == n) {
      return new Buffer().write(out);
    }
    out = Arrays.copyOf(out, i + (n - i) * 3);
    int j = i;
    while (i < n) {
      char c = json.charAt(i++);
      if (c < 0x80) {
        out[j++] = (byte) c;
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | (c >> 6));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[j++] = (byte) (0xE0 | (c >> 12));
        out[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i < n
          && Character.isLowSurrogate(json.charAt(i))) {
        int cp = Character.toCodePoint(c, json.charAt(i++));
        out[j++] = (byte) (0xF0 | (cp >> 18));
        out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        throw new DecodingFailure(
            "Malformed text: an unpaired surrogate at character "
                + (i - 1)
                + " has no Unicode character",
            "$");
      }
    }
    return new Buffer().write(out, 0, j);
  }

  /**
   * Encodes a value.
   *
   * @throws IllegalArgumentException if its type is not supported or a value cannot be written
   */
  String encode(Object value, boolean pretty) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) adapter(value.getClass());
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      if (pretty) {
        writer.setIndent("  ");
      }
      adapter.toJson(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private <T> JsonAdapter<T> adapter(Class<T> type) {
    try {
      return moshi.adapter(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          type.getName() + " is not supported by the JSON codec: " + e.getMessage(), e);
    }
  }

  /** Moshi's syntax messages, without their path and without advice about lenient readers. */
  private static String malformed(@Nullable String message) {
    String what = withoutPath(message);
    if (what.startsWith("Use JsonReader.setLenient")) {
      return "Malformed JSON";
    }
    return what.startsWith("\\u")
        ? "Malformed JSON: invalid Unicode escape"
        : "Malformed JSON: " + what;
  }

  /** Moshi's message without its trailing {@code at path $...} (the path is reported apart). */
  private static String withoutPath(@Nullable String message) {
    if (message == null) {
      return "invalid JSON";
    }
    int at = message.lastIndexOf(" at path ");
    if (at < 0) {
      at = message.lastIndexOf(" at $");
    }
    return at < 0 ? message : message.substring(0, at);
  }
}
