package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.wabotiq.types.OpenEnum;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * A closed set, as its wire string. Reading goes through the set's static {@code of(String)}, so an
 * unknown value becomes the set's explicit unknown carrying the raw string (lenient), or is refused
 * with the raw value and the path (strict).
 */
final class OpenEnumAdapter extends JsonAdapter<OpenEnum<?>> {
  private final Class<?> type;
  private final Method of;
  private final boolean strict;

  private OpenEnumAdapter(Class<?> type, Method of, boolean strict) {
    this.type = type;
    this.of = of;
    this.strict = strict;
  }

  /**
   * The adapter for a subclass of {@link OpenEnum}.
   *
   * @throws IllegalArgumentException if the class has no public static {@code of(String)}
   */
  static OpenEnumAdapter create(Class<?> type, boolean strict) {
    Method of;
    try {
      of = type.getMethod("of", String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          type.getName() + " has no public static of(String) factory", e);
    }
    if (!Modifier.isStatic(of.getModifiers()) || !type.isAssignableFrom(of.getReturnType())) {
      throw new IllegalArgumentException(
          type.getName() + ".of(String) must be static and return " + type.getSimpleName());
    }
    return new OpenEnumAdapter(type, of, strict);
  }

  @Override
  public @Nullable OpenEnum<?> fromJson(JsonReader reader) throws IOException {
    if (Reading.nextIsNull(reader)) {
      return null;
    }
    String raw = Reading.string(reader);
    OpenEnum<?> value;
    try {
      value = (OpenEnum<?>) of.invoke(null, raw);
    } catch (InvocationTargetException e) {
      throw new DecodingFailure(
          "Invalid " + type.getSimpleName() + " " + Reading.quote(raw),
          Reading.pathOfLastValue(reader),
          e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (strict && !value.isKnown()) {
      throw new DecodingFailure(
          "Unknown value " + Reading.quote(raw) + " for " + type.getSimpleName(),
          Reading.pathOfLastValue(reader));
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable OpenEnum<?> value) throws IOException {
    ScalarAdapters.writeString(writer, value == null ? null : value.wireValue());
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }
}
