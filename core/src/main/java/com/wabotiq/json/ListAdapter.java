package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A JSON array as an immutable list; a null element is refused with its index. */
final class ListAdapter<E> extends JsonAdapter<List<E>> {
  private final JsonAdapter<E> elements;

  ListAdapter(JsonAdapter<E> elements) {
    this.elements = elements;
  }

  @Override
  public @Nullable List<E> fromJson(JsonReader reader) throws IOException {
    if (Reading.nextIsNull(reader)) {
      return null;
    }
    Reading.expect(reader, JsonReader.Token.BEGIN_ARRAY);
    String path = reader.getPath();
    reader.beginArray();
    List<E> list = new ArrayList<>();
    while (reader.hasNext()) {
      E element = elements.fromJson(reader);
      if (element == null) {
        throw new DecodingFailure("Unexpected null", path + "[" + list.size() + "]");
      }
      list.add(element);
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable List<E> value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginArray();
    for (E element : value) {
      elements.toJson(writer, element);
    }
    writer.endArray();
  }

  @Override
  public String toString() {
    return "JsonAdapter(List<" + elements + ">)";
  }
}
