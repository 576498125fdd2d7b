package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.wabotiq.types.FlatGroup;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Any record, reflectively, through {@link Class#getRecordComponents()} and the canonical
 * constructor.
 *
 * <ul>
 *   <li>A component's JSON name is its snake_case name.
 *   <li>A component whose type is a {@link FlatGroup} record is flattened: its own components
 *       (recursively) are members of this object, and the group is built from them.
 *   <li>An absent or null member gives null to a reference component (the constructor decides
 *       whether null is allowed; its {@code NullPointerException} or {@code
 *       IllegalArgumentException} becomes a failure at the path of this object) and is refused for
 *       a primitive one.
 *   <li>The components of an <em>explicit-null group</em> (the tier limits) are required members on
 *       reading, null allowed, and always written, null included.
 *   <li>Writing omits null components and empty collections and maps; an empty group writes
 *       nothing.
 * </ul>
 */
final class RecordAdapter<T> extends JsonAdapter<T> {
  /** One JSON member: a non-group component of this record or of a flattened group. */
  private static final class Leaf {
    final int index;
    final String name;
    final JsonAdapter<Object> adapter;
    final boolean primitive;
    final boolean explicitNull;
    final Method accessor;

    Leaf(
        int index,
        String name,
        JsonAdapter<Object> adapter,
        boolean primitive,
        boolean explicitNull,
        Method accessor) {
      this.index = index;
      this.name = name;
      this.adapter = adapter;
      this.primitive = primitive;
      this.explicitNull = explicitNull;
      this.accessor = accessor;
    }
  }

  /** A record to build: the top record or a flattened group; parts are leaves or nodes. */
  private static final class Node {
    final Class<?> type;
    final Constructor<?> constructor;
    final Object[] parts;
    final @Nullable Method accessor;

    Node(Class<?> type, Constructor<?> constructor, Object[] parts, @Nullable Method accessor) {
      this.type = type;
      this.constructor = constructor;
      this.parts = parts;
      this.accessor = accessor;
    }

    Object build(@Nullable Object[] values, String path) {
      @Nullable Object[] args = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        args[i] =
            parts[i] instanceof Leaf leaf
                ? values[leaf.index]
                : ((Node) parts[i]).build(values, path);
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable thrown = e.getCause();
        Throwable cause = thrown != null ? thrown : e;
        if (cause instanceof Error error) {
          throw error;
        }
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        throw new DecodingFailure("Invalid " + type.getSimpleName() + ": " + reason, path, cause);
      } catch (InstantiationException | IllegalAccessException | IllegalArgumentException e) {
        throw new IllegalStateException("Cannot construct " + type.getName(), e);
      }
    }

    void write(JsonWriter writer, @Nullable Object value) throws IOException {
      for (Object part : parts) {
        if (part instanceof Leaf leaf) {
          writeLeaf(writer, leaf, value == null ? null : get(leaf.accessor, value));
        } else {
          Node group = (Node) part;
          group.write(writer, value == null ? null : get(group.accessor, value));
        }
      }
    }
  }

  private final Class<T> type;
  private final Node root;
  private final Leaf[] leaves;
  private final JsonReader.Options names;
  private final boolean strict;

  private RecordAdapter(Class<T> type, Node root, List<Leaf> leaves, boolean strict) {
    this.type = type;
    this.root = root;
    this.leaves = leaves.toArray(new Leaf[0]);
    String[] jsonNames = new String[this.leaves.length];
    for (int i = 0; i < jsonNames.length; i++) {
      jsonNames[i] = this.leaves[i].name;
    }
    this.names = JsonReader.Options.of(jsonNames);
    this.strict = strict;
  }

  /**
   * The adapter for a record.
   *
   * @throws IllegalArgumentException if a component's type is unsupported, a group is not a record
   *     or contains itself, or two members would have the same JSON name
   */
  static <T> RecordAdapter<T> create(
      Class<T> type, Moshi moshi, boolean strict, Set<Class<?>> explicitNullGroups) {
    List<Leaf> leaves = new ArrayList<>();
    Node root =
        node(
            type,
            null,
            moshi,
            explicitNullGroups,
            leaves,
            new LinkedHashMap<>(),
            new ArrayDeque<>());
    return new RecordAdapter<>(type, root, leaves, strict);
  }

  private static Node node(
      Class<?> type,
      @Nullable Method accessor,
      Moshi moshi,
      Set<Class<?>> explicitNullGroups,
      List<Leaf> leaves,
      Map<String, String> owners,
      Deque<Class<?>> groups) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is a FlatGroup but not a record");
    }
    if (groups.contains(type)) {
      throw new IllegalArgumentException(type.getName() + " is a group that contains itself");
    }
    groups.push(type);
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    Object[] parts = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      parameterTypes[i] = component.getType();
      Method getter = accessible(component.getAccessor());
      Class<?> raw = component.getType();
      if (FlatGroup.class.isAssignableFrom(raw)) {
        parts[i] = node(raw, getter, moshi, explicitNullGroups, leaves, owners, groups);
        continue;
      }
      String name = Names.snakeCase(component.getName());
      String owner = type.getSimpleName() + "." + component.getName();
      String previous = owners.putIfAbsent(name, owner);
      if (previous != null) {
        throw new IllegalArgumentException(
            "JSON name '" + name + "' of " + owner + " clashes with " + previous);
      }
      JsonAdapter<Object> adapter = moshi.adapter(component.getGenericType());
      Leaf leaf =
          new Leaf(
              leaves.size(),
              name,
              adapter,
              raw.isPrimitive(),
              explicitNullGroups.contains(type),
              getter);
      leaves.add(leaf);
      parts[i] = leaf;
    }
    groups.pop();
    Constructor<?> constructor;
    try {
      constructor = accessible(type.getDeclaredConstructor(parameterTypes));
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
    }
    return new Node(type, constructor, parts, accessor);
  }

  private static <A extends java.lang.reflect.AccessibleObject> A accessible(A member) {
    try {
      member.setAccessible(true);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot access " + member, e);
    }
    return member;
  }

  private static @Nullable Object get(@Nullable Method accessor, Object target) {
    if (accessor == null) {
      return target;
    }
    try {
      return accessor.invoke(target);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeLeaf(JsonWriter writer, Leaf leaf, @Nullable Object value)
      throws IOException {
    if (value == null) {
      if (leaf.explicitNull) {
        writer.name(leaf.name);
        boolean serializeNulls = writer.getSerializeNulls();
        writer.setSerializeNulls(true);
        writer.nullValue();
        writer.setSerializeNulls(serializeNulls);
      }
      return;
    }
    if ((value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty())) {
      return;
    }
    writer.name(leaf.name);
    leaf.adapter.toJson(writer, value);
  }

  @Override
  public @Nullable T fromJson(JsonReader reader) throws IOException {
    if (Reading.nextIsNull(reader)) {
      return null;
    }
    Reading.expect(reader, JsonReader.Token.BEGIN_OBJECT);
    String path = reader.getPath();
    reader.beginObject();
    @Nullable Object[] values = new Object[leaves.length];
    boolean[] seen = new boolean[leaves.length];
    Set<String> unknowns = null;
    while (reader.hasNext()) {
      int i = reader.selectName(names);
      if (i < 0) {
        String name = reader.nextName();
        if (strict) {
          throw new DecodingFailure("Unknown field " + Reading.quote(name), reader.getPath());
        }
        if (unknowns == null) {
          unknowns = new HashSet<>();
        }
        if (!unknowns.add(name)) {
          throw Reading.duplicate(name, reader);
        }
        Reading.skip(reader, 1);
        continue;
      }
      Leaf leaf = leaves[i];
      if (seen[i]) {
        throw new DecodingFailure("Duplicate field '" + leaf.name + "'", reader.getPath());
      }
      seen[i] = true;
      Object value = leaf.adapter.fromJson(reader);
      if (value == null && leaf.primitive) {
        throw new DecodingFailure("Non-null value '" + leaf.name + "' was null", reader.getPath());
      }
      values[i] = value;
    }
    reader.endObject();
    for (Leaf leaf : leaves) {
      if (!seen[leaf.index] && (leaf.primitive || leaf.explicitNull)) {
        throw new DecodingFailure("Required value '" + leaf.name + "' missing", path);
      }
    }
    return type.cast(root.build(values, path));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    root.write(writer, value);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }
}
