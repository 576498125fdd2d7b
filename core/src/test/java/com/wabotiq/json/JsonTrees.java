package com.wabotiq.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON documents as comparable trees, for tests: objects are maps, arrays lists, numbers {@link
 * BigDecimal} without trailing zeros (so {@code 60.0} equals {@code 60}: numbers compare by value),
 * strings, booleans and a {@link #NULL} marker.
 */
final class JsonTrees {
  /** JSON {@code null} in a tree (maps here cannot hold Java null conveniently in assertions). */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private JsonTrees() {}

  /**
   * Parses a document.
   *
   * @param dropNullMembers whether an object member whose value is null is left out (treated as
   *     absent)
   */
  static Object parse(String json, boolean dropNullMembers) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Object tree = read(reader, dropNullMembers);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("trailing content");
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonReader reader, boolean dropNulls) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object value = read(reader, dropNulls);
          if (map.containsKey(name)) {
            throw new IllegalArgumentException("duplicate " + name);
          }
          if (!(dropNulls && value == NULL)) {
            map.put(name, value);
          }
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, dropNulls));
        }
        reader.endArray();
        return list;
      case NUMBER:
        BigDecimal number = new BigDecimal(reader.nextString());
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
      case STRING:
        return reader.nextString();
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        reader.nextNull();
        return NULL;
      default:
        throw new IllegalArgumentException("unexpected " + reader.peek());
    }
  }
}
