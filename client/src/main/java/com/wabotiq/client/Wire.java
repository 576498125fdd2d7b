package com.wabotiq.client;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.json.JsonDecodingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the wire: model types through core's lenient {@link JsonCodec} (so numbers keep
 * their exact digits), and the API's own envelopes (pages, errors, issued keys) read with Moshi's
 * streaming reader, each member's raw text handed to the codec.
 */
final class Wire {
  static final JsonCodec CODEC = JsonCodec.lenient();

  /** An API key anywhere in a text a server sent: masked before it reaches a message. */
  private static final Pattern API_KEY = Pattern.compile("wbq_(live|test)_[0-9A-Za-z]{4,}");

  /** The most of a body that is not the error shape quoted in a message. */
  static final int EXCERPT = 200;

  private Wire() {}

  /** A body the client could not read as the documented JSON. */
  static final class MalformedBody extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedBody(String message, @Nullable Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /** Reads a body as a model type. */
  static <T> T model(String body, Class<T> type) throws MalformedBody {
    try {
      return CODEC.fromJson(body, type);
    } catch (JsonDecodingException e) {
      throw new MalformedBody(String.valueOf(e.getMessage()), null);
    }
  }

  /** Reads one member of a JSON object as raw text, or null when absent or null. */
  interface MemberReader {
    void read(String name, JsonReader reader) throws IOException, MalformedBody;
  }

  /** Walks the members of a top-level object. */
  static void object(String body, MemberReader members) throws MalformedBody {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      reader.beginObject();
      while (reader.hasNext()) {
        members.read(reader.nextName(), reader);
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedBody("content after the JSON object", null);
      }
    } catch (IOException | JsonDataException e) {
      throw new MalformedBody("not the documented JSON: " + e.getMessage(), null);
    }
  }

  /** The raw text of the next value. */
  static String raw(JsonReader reader) throws IOException {
    try (okio.BufferedSource source = reader.nextSource()) {
      return source.readUtf8();
    }
  }

  /** A string member, or null when it is JSON null. */
  static @Nullable String string(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  /** An array of model values. */
  static <T> List<T> array(JsonReader reader, Class<T> type) throws IOException, MalformedBody {
    List<T> items = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      items.add(model(raw(reader), type));
    }
    reader.endArray();
    return items;
  }

  /** A JSON string literal of a text. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The error shape's parts, when the body is that shape. */
  record ErrorBody(
      @Nullable String code,
      @Nullable String message,
      @Nullable String requestId,
      List<FieldError> fieldErrors) {}

  /** Reads the error shape; null when the body is anything else (an HTML page, garbage). */
  static @Nullable ErrorBody error(String body) {
    ErrorBody[] found = new ErrorBody[1];
    try {
      object(body, (name, reader) -> {
        if (!name.equals("error") || reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
          reader.skipValue();
          return;
        }
        String code = null;
        String message = null;
        String requestId = null;
        List<FieldError> fields = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
          switch (reader.nextName()) {
            case "code" -> code = scalar(reader);
            case "message" -> message = scalar(reader);
            case "request_id" -> requestId = scalar(reader);
            case "field_errors" -> fieldErrors(reader, fields);
            default -> reader.skipValue();
          }
        }
        reader.endObject();
        found[0] = new ErrorBody(code, message, requestId, fields);
      });
    } catch (MalformedBody e) {
      return null;
    }
    return found[0];
  }

  private static @Nullable String scalar(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER) {
      return reader.nextString();
    }
    reader.skipValue();
    return null;
  }

  private static void fieldErrors(JsonReader reader, List<FieldError> out) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return;
    }
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        reader.skipValue();
        continue;
      }
      String path = "";
      String rule = "";
      String message = "";
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "path" -> path = orEmpty(scalar(reader));
          case "rule" -> rule = orEmpty(scalar(reader));
          case "message" -> message = orEmpty(scalar(reader));
          default -> reader.skipValue();
        }
      }
      reader.endObject();
      out.add(new FieldError(mask(path, 500), mask(rule, 100), mask(message)));
    }
    reader.endArray();
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /**
   * A server's text made safe for a message: any API key masked, control characters replaced,
   * at most {@code max} characters.
   */
  static String mask(String text, int max) {
    String bounded = text.length() > max + 64 ? text.substring(0, max + 64) : text;
    String masked = API_KEY.matcher(bounded).replaceAll("wbq_$1_****");
    StringBuilder out = new StringBuilder(Math.min(masked.length(), max + 1));
    for (int i = 0; i < masked.length() && out.length() < max; i++) {
      char c = masked.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > out.length() && (masked.length() > out.length())) {
      out.append('…');
    }
    return out.toString();
  }

  static String mask(String text) {
    return mask(text, 500);
  }
}
