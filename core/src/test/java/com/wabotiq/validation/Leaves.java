package com.wabotiq.validation;

import com.wabotiq.types.FlatGroup;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The leaves of one type in a model document, each with its snake_case JSON path and a way to make
 * a copy of the document with that leaf replaced. Walks record components (flattened groups add no
 * path segment) and the first element of lists of records. Replacing goes through each record's
 * canonical constructor, so a model that refuses the value throws its own exception from {@link
 * Leaf#build} and gives an empty copy from {@link Leaf#replace}.
 */
final class Leaves {
  /**
   * One leaf: its JSON path and the copy of the root with the leaf replaced, built through the
   * canonical constructors (a constructor's refusal propagates as thrown).
   */
  record Leaf(String path, Function<Object, Object> build) {
    /** The snake_case name of the leaf's own component: the last segment of its path. */
    String field() {
      return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The copy of the root with the leaf replaced, or empty when the model refuses the value. */
    Function<Object, Optional<Object>> replace() {
      return value -> {
        try {
          return Optional.of(build.apply(value));
        } catch (RuntimeException refused) {
          return Optional.empty(); // the model refuses the value itself
        }
      };
    }

    @Override
    public String toString() {
      return path;
    }
  }

  private Leaves() {}

  /**
   * The leaves of {@code type} in {@code root}, in component order.
   *
   * @param root a model record
   * @param type the leaf type, e.g. {@code BigDecimal.class}
   * @return the leaves
   */
  static List<Leaf> of(Record root, Class<?> type) {
    List<Leaf> leaves = new ArrayList<>();
    walk(root, "", type, Function.identity(), leaves);
    return leaves;
  }

  private static void walk(
      Record record,
      String prefix,
      Class<?> type,
      Function<Object, Object> rebuild,
      List<Leaf> out) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Object value = get(c, record);
      int index = i;
      Function<Object, Object> set = v -> rebuild.apply(copy(record, index, v));
      String name = FlatGroup.class.isAssignableFrom(c.getType()) ? "" : snake(c.getName());
      String path = name.isEmpty() ? prefix : join(prefix, name);
      Class<?> componentType = box(c.getType());
      if (componentType == type) {
        out.add(new Leaf(path, set));
      } else if (value instanceof Record nested) {
        walk(nested, path, type, set, out);
      } else if (value instanceof List<?> list
          && !list.isEmpty()
          && list.get(0) instanceof Record first) {
        Function<Object, Object> setFirst =
            v -> {
              List<Object> copy = new ArrayList<>(list);
              copy.set(0, v);
              return set.apply(List.copyOf(copy));
            };
        walk(first, path + "[0]", type, setFirst, out);
      }
    }
  }

  private static Object get(RecordComponent c, Record record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static Object copy(Record record, int index, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = i == index ? value : get(components[i], record);
    }
    try {
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused; // the model refuses the value itself
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static Class<?> box(Class<?> type) {
    if (type == long.class) {
      return Long.class;
    } else if (type == int.class) {
      return Integer.class;
    } else if (type == double.class) {
      return Double.class;
    }
    return type;
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  private static String snake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      sb.append(Character.isUpperCase(c) ? "_" + Character.toLowerCase(c) : String.valueOf(c));
    }
    return sb.toString();
  }
}
