package com.wabotiq.access.webhooks;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's event id: the string {@code id} at the top level of the (already verified) JSON body.
 * Stripe writes it first, so the reader stops after a few tokens.
 */
final class EventIds {
  private static final JsonReader.Options ID = JsonReader.Options.of("id");

  private EventIds() {}

  /** The top-level string {@code id}, or null when absent, not a string or not JSON. */
  static @Nullable String topLevelId(byte[] body) {
    String quick = leadingId(body);
    return quick != null ? quick : readId(body);
  }

  /**
   * Stripe's own layout, read without a JSON reader: an object whose first member is {@code "id"}
   * with a plain printable ASCII string, no escape; null when the body starts otherwise (the
   * reader then decides).
   * The first member is the one a reader returns, so both agree.
   */
  static @Nullable String leadingId(byte[] body) {
    int i = skipWhitespace(body, 0);
    if (i >= body.length || body[i] != '{') {
      return null;
    }
    i = skipWhitespace(body, i + 1);
    if (i + 4 > body.length || body[i] != '"' || body[i + 1] != 'i' || body[i + 2] != 'd'
        || body[i + 3] != '"') {
      return null;
    }
    i = skipWhitespace(body, i + 4);
    if (i >= body.length || body[i] != ':') {
      return null;
    }
    i = skipWhitespace(body, i + 1);
    if (i >= body.length || body[i] != '"') {
      return null;
    }
    int start = i + 1;
    for (int j = start; j < body.length; j++) {
      byte b = body[j];
      if (b == '"') {
        return new String(body, start, j - start, java.nio.charset.StandardCharsets.US_ASCII);
      }
      if (b == '\\' || b < 0x20 || b >= 0x7f) {
        return null;
      }
    }
    return null;
  }

  private static int skipWhitespace(byte[] body, int i) {
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static @Nullable String readId(byte[] body) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(ID) == 0) {
          if (reader.peek() == JsonReader.Token.STRING) {
            return reader.nextString();
          }
        } else {
          reader.skipName();
        }
        reader.skipValue();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      // Moshi reports malformed JSON as JsonEncodingException (an IOException) or
      // JsonDataException; either way the body simply has no readable id.
      return null;
    }
  }
}
