package com.wabotiq.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Free-form JSON ({@code metadata}) as immutable Java values: an object is an insertion-ordered
 * {@code Map<String, Object>}, an array a {@code List<Object>}, a number an exact {@link
 * BigDecimal}, plus {@code String} and {@code Boolean}. A {@code null} member is dropped (null and
 * absent mean the same); a {@code null} array element is refused with its path, as the model
 * refuses it. A duplicate member is refused. Depth is bounded by the reader's nesting limit.
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
    return readObject(reader);
  }

  private static Map<String, Object> readObject(JsonReader reader) throws IOException {
    reader.beginObject();
    Map<String, Object> map = new LinkedHashMap<>();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (map.containsKey(name)) {
        throw new DecodingFailure("Duplicate field " + Reading.quote(name), reader.getPath());
      }
      Object value = readValue(reader);
      if (value != null) {
        map.put(name, value);
      }
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  private static List<Object> readArray(JsonReader reader) throws IOException {
    String path = reader.getPath();
    reader.beginArray();
    List<Object> list = new ArrayList<>();
    while (reader.hasNext()) {
      Object value = readValue(reader);
      if (value == null) {
        throw new DecodingFailure("Unexpected null", path + "[" + list.size() + "]");
      }
      list.add(value);
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  private static @Nullable Object readValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader);
      case BEGIN_ARRAY:
        return readArray(reader);
      case STRING:
        return reader.nextString();
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
    writeValue(writer, value, "metadata");
  }

  private static void writeValue(JsonWriter writer, @Nullable Object value, String where)
      throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          String name = String.valueOf(e.getKey());
          writer.name(name);
          writeValue(writer, e.getValue(), where + "." + name);
        }
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      int i = 0;
      for (Object element : list) {
        if (element != null) {
          writeValue(writer, element, where + "[" + i + "]");
        }
        i++;
      }
      writer.endArray();
    } else if (value instanceof String s) {
      writer.value(s);
    } else if (value instanceof Boolean b) {
      writer.value(b.booleanValue());
    } else if (value instanceof BigDecimal d) {
      ScalarAdapters.writeDecimal(writer, d);
    } else if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      writer.value((Number) value);
    } else if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      ScalarAdapters.writeDecimal(writer, new BigDecimal(value.toString()));
    } else {
      throw new IllegalArgumentException(
          "Unsupported metadata value of type " + value.getClass().getName() + " at " + where);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(metadata)";
  }
}
