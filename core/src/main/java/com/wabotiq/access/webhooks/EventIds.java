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
