package com.wabotiq.server;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A lossless JSON tree for the few places the server edits a document rather than a model type
 * (masking credentials, merge patches): objects are {@link LinkedHashMap}s in document order,
 * arrays {@link List}s, numbers {@link BigDecimal}s holding exactly the digits read, JSON null a
 * Java null. Reading refuses what a lenient parser would let through: a duplicate member, a
 * trailing value, nesting deeper than Moshi's limit.
 */
final class Json {
  private Json() {}

  /** A document that is not JSON (syntax, duplicate member, trailing data). */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  static @Nullable Object parse(String text) throws Malformed {
    Buffer buffer = new Buffer().writeUtf8(text);
    try (JsonReader reader = JsonReader.of(buffer)) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new Malformed("unexpected data after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new Malformed(firstLine(e.getMessage()));
    } catch (java.io.EOFException e) {
      throw new Malformed("the JSON ends too early");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable Object read(JsonReader reader) throws IOException, Malformed {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (object.containsKey(name)) {
            throw new Malformed("duplicate member at " + reader.getPath());
          }
          object.put(name, read(reader));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        List<@Nullable Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        String literal = reader.nextString();
        try {
          return new BigDecimal(literal);
        } catch (NumberFormatException e) {
          throw new Malformed("not a number at " + reader.getPath());
        }
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new Malformed("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  static String write(@Nullable Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<String, @Nullable Object> member :
          ((Map<String, @Nullable Object>) map).entrySet()) {
        writer.name(member.getKey());
        write(writer, member.getValue());
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String text) {
      writer.value(text);
    } else if (value instanceof Boolean bool) {
      writer.value(bool.booleanValue());
    } else if (value instanceof Number number) {
      writer.value(number);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  /** A JSON string literal, quoted and escaped. */
  static String quote(String text) {
    return write(text);
  }

  /** The object a JSON text holds, which the caller knows is an object (the codec wrote it). */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> object(String trusted) {
    try {
      Object tree = parse(trusted);
      if (tree instanceof Map<?, ?> object) {
        return (Map<String, @Nullable Object>) object;
      }
      throw new IllegalStateException("not a JSON object");
    } catch (Malformed e) {
      throw new IllegalStateException("the codec wrote malformed JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Applies a JSON merge patch (RFC 7396) to {@code target} in place: a member set to null is
   * removed, an object member is merged recursively, anything else replaces.
   */
  @SuppressWarnings("unchecked")
  static void mergePatch(Map<String, @Nullable Object> target, Map<String, @Nullable Object> patch) {
    for (Map.Entry<String, @Nullable Object> member : patch.entrySet()) {
      Object value = member.getValue();
      if (value == null) {
        target.remove(member.getKey());
      } else if (value instanceof Map<?, ?> nested) {
        Object current = target.get(member.getKey());
        Map<String, @Nullable Object> into = current instanceof Map<?, ?> existing
            ? (Map<String, @Nullable Object>) existing
            : new LinkedHashMap<>();
        mergePatch(into, (Map<String, @Nullable Object>) nested);
        target.put(member.getKey(), into);
      } else {
        target.put(member.getKey(), value);
      }
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "malformed JSON";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
