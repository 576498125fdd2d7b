package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Free-form JSON ({@code metadata}) as immutable Java values: an object is an insertion-ordered
 * {@code Map<String, Object>}, an array a {@code List<Object>}, a number an exact {@link
 * BigDecimal}, plus {@code String} and {@code Boolean}. A {@code null} member is dropped (null and
 * absent mean the same); a {@code null} array element is refused with its path, as the model
 * refuses it. A duplicate member is refused, a null one included. Nesting is bounded by {@link
 * Reading#MAX_DEPTH} (the metadata object is level 1), numbers by the decimal rule, text by
 * well-formed Unicode, on reading and on writing alike.
 */
final class MetadataAdapter extends JsonAdapter<Map<String, Object>> {
  static final MetadataAdapter INSTANCE = new MetadataAdapter();

  private MetadataAdapter() {}

  @Override
  public @Nullable Map<String, Object> fromJson(JsonReader reader) throws IOException {
    if (Reading.nextIsNull(reader)) {
      return null;
    }
    Reading.expect(reader, JsonReader.Token.BEGIN_OBJECT);
    return readObject(reader, 1);
  }

  private static Map<String, Object> readObject(JsonReader reader, int level) throws IOException {
    Reading.requireDepth(level, reader);
    reader.beginObject();
    Map<String, Object> map = new LinkedHashMap<>();
    Set<String> nulls = null;
    while (reader.hasNext()) {
      String name = Reading.name(reader);
      if (map.containsKey(name) || (nulls != null && nulls.contains(name))) {
        throw Reading.duplicate(name, reader);
      }
      Object value = readValue(reader, level);
      if (value != null) {
        map.put(name, value);
      } else {
        if (nulls == null) {
          nulls = new HashSet<>();
        }
        nulls.add(name);
      }
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  private static List<Object> readArray(JsonReader reader, int level) throws IOException {
    Reading.requireDepth(level, reader);
    String path = reader.getPath();
    reader.beginArray();
    List<Object> list = new ArrayList<>();
    while (reader.hasNext()) {
      Object value = readValue(reader, level);
      if (value == null) {
        throw new DecodingFailure("Unexpected null", path + "[" + list.size() + "]");
      }
      list.add(value);
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  /** Reads a member or element of a container at {@code level}. */
  private static @Nullable Object readValue(JsonReader reader, int level) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader, level + 1);
      case BEGIN_ARRAY:
        return readArray(reader, level + 1);
      case STRING:
        return Reading.wellFormed(reader.nextString(), reader);
      case NUMBER:
        return Reading.decimal(reader);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new DecodingFailure("Expected a value but was " + reader.peek(), reader.getPath());
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Map<String, Object> value) throws IOException {
    writeValue(writer, value, 1);
  }

  /**
   * Writes a value at {@code level} (counted as on reading). The model only holds values that pass
   * these checks; they guard the writer against anything else with {@link IllegalArgumentException}
   * naming the path.
   */
  private static void writeValue(JsonWriter writer, @Nullable Object value, int level)
      throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      requireDepth(writer, level);
      writer.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          String name = String.valueOf(e.getKey());
          if (Reading.unpairedSurrogate(name) >= 0) {
            throw new IllegalArgumentException(
                writer.getPath() + " has a member name with an unpaired surrogate");
          }
          writer.name(name);
          writeValue(writer, e.getValue(), level + 1);
        }
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      requireDepth(writer, level);
      writer.beginArray();
      for (Object element : list) {
        if (element != null) {
          writeValue(writer, element, level + 1);
        }
      }
      writer.endArray();
    } else if (value instanceof String s) {
      ScalarAdapters.writeString(writer, s);
    } else if (value instanceof Boolean b) {
      writer.value(b.booleanValue());
    } else if (value instanceof BigDecimal d) {
      ScalarAdapters.writeDecimal(writer, d);
    } else if (value instanceof BigInteger big) {
      ScalarAdapters.writeDecimal(writer, new BigDecimal(big));
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      writer.value(((Number) value).longValue());
    } else if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      ScalarAdapters.writeDecimal(writer, new BigDecimal(value.toString()));
    } else {
      throw new IllegalArgumentException(
          "Unsupported metadata value of type "
              + value.getClass().getName()
              + " at "
              + writer.getPath());
    }
  }

  private static void requireDepth(JsonWriter writer, int level) {
    if (level > Reading.MAX_DEPTH) {
      throw new IllegalArgumentException(
          writer.getPath()
              + " must nest at most "
              + Reading.MAX_DEPTH
              + " levels of objects and arrays");
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(metadata)";
  }
}
