package com.wabotiq.tenant;

import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.OpenEnum;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test support: finds the records of the tenant package and builds fully populated instances of
 * them by reflection, so builder and naming tests cover every record without listing fields.
 */
final class RecordSamples {
  private RecordSamples() {}

  /** Every top-level record class of {@code com.wabotiq.tenant}, sorted by name. */
  static List<Class<?>> recordsOfPackage() {
    Path dir;
    try {
      dir = Path.of(Tenant.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve("com/wabotiq/tenant");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName("com.wabotiq.tenant." + name.replace(".class", ""));
          if (type.isRecord()) {
            records.add(type);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return records;
  }

  /** The record classes of the package that have a static {@code builder()} method. */
  static List<Class<?>> recordsWithBuilder() {
    List<Class<?>> result = new ArrayList<>();
    for (Class<?> type : recordsOfPackage()) {
      try {
        type.getMethod("builder");
        result.add(type);
      } catch (NoSuchMethodException e) {
        // no builder: not listed
      }
    }
    return result;
  }

  /** An instance of {@code type} with every component set to a non-empty sample value. */
  static <R> R populated(Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = sample(components[i].getGenericType(), components[i].getName());
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A non-null, non-empty sample value of the given component type. */
  static Object sample(Type generic, String name) {
    Class<?> raw = rawType(generic);
    if (raw == Boolean.class) {
      return true;
    } else if (raw == Integer.class) {
      return name.length();
    } else if (raw == Double.class) {
      return 0.25;
    } else if (raw == String.class) {
      return "s-" + name;
    } else if (raw == SealedSecret.class) {
      return SealedSecret.of("ct-" + name);
    } else if (raw == Instant.class) {
      return Instant.parse("2025-11-20T10:30:00Z").plusSeconds(name.length());
    } else if (raw == Duration.class) {
      return Duration.ofSeconds(name.length());
    } else if (raw == LocalTime.class) {
      return LocalTime.of(9, 0).plusMinutes(name.length());
    } else if (raw == ZoneId.class) {
      return ZoneId.of("Africa/Nairobi");
    } else if (raw == TenantId.class) {
      return TenantId.of("tenant-" + name);
    } else if (raw == TierId.class) {
      return TierId.of("tier-" + name);
    } else if (raw == SettingsId.class) {
      return SettingsId.of("settings-" + name);
    } else if (raw == AgentConfigurationId.class) {
      return AgentConfigurationId.of("agent-" + name);
    } else if (OpenEnum.class.isAssignableFrom(raw)) {
      return lastKnownValue(raw);
    } else if (raw == List.class) {
      return List.of(sample(typeArgument(generic, 0), name));
    } else if (raw == Map.class && typeArgument(generic, 0) == DayOfWeek.class) {
      return Map.of(DayOfWeek.MONDAY, DayHours.open(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    } else if (raw == Map.class) {
      return Map.of("industry", "electronics", "average_order_value", new BigDecimal("15000"));
    } else if (raw.isRecord()) {
      return populated(raw);
    }
    throw new IllegalArgumentException("no sample for " + generic + " " + name);
  }

  /** Whether {@code type} is a flat group (its fields sit in the parent's JSON object). */
  static boolean isGroup(Class<?> type) {
    return FlatGroup.class.isAssignableFrom(type);
  }

  private static Object lastKnownValue(Class<?> openEnum) {
    try {
      Method values = openEnum.getMethod("values");
      List<?> known = (List<?>) values.invoke(null);
      return known.get(known.size() - 1);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  private static Type typeArgument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}
