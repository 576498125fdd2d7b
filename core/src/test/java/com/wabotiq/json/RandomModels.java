package com.wabotiq.json;

import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.OpenEnum;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of random, valid model instances, for property tests. It walks a record's
 * components and builds the record with its canonical constructor: a {@code @Nullable} component is
 * null about one time in four, a group is always present, every other value is drawn from the
 * type's range, edges included (empty and odd strings, {@code Integer.MIN_VALUE}, nanosecond times,
 * unknown values of closed sets when allowed).
 */
final class RandomModels {
  private static final List<ZoneId> ZONES = zones();
  private static final List<Currency> CURRENCIES = currencies();
  private static final String[] WORDS = {
    "uuid", "sha256_hash", "AC...", "tenant_uuid", "Acme Electronics", "", " ", "en",
        "https://x.y/z",
    "a\"quote", "back\\slash", "tab\tnew\nline", "\u0000nul", "Karibu 🇰🇪", "ü", "\u2028", "//",
        "null"
  };

  private final Random random;
  private final boolean unknownValues;
  private final boolean edges;
  private boolean sealedMarkers;

  /**
   * @param seed the seed: the same seed gives the same instances
   * @param unknownValues whether closed sets may take values this SDK does not know
   */
  RandomModels(long seed, boolean unknownValues) {
    this(seed, unknownValues, false);
  }

  /**
   * @param seed the seed: the same seed gives the same instances
   * @param unknownValues whether closed sets may take values this SDK does not know
   * @param edges whether values are drawn at the edges of what the model holds: decimals up to 500
   *     digits and scales of ±500, any finite double, astral, empty and huge strings, the first and
   *     last instants, dates, months and times, the longest durations, metadata nested to the limit
   */
  RandomModels(long seed, boolean unknownValues, boolean edges) {
    this.random = new Random(seed);
    this.unknownValues = unknownValues;
    this.edges = edges;
  }

  /**
   * Makes every sealed secret present, its ciphertext {@code SEALED_<json name>}, so a test can
   * find each sealed member in the JSON.
   */
  RandomModels withSealedMarkers() {
    sealedMarkers = true;
    return this;
  }

  /**
   * A random valid instance of a model record. At the edges, a draw the model refuses (a derived
   * figure beyond the decimal rule, a sum beyond a long) is drawn again.
   */
  <T> T next(Class<T> type) {
    for (int attempt = 0; ; attempt++) {
      try {
        return type.cast(record(type));
      } catch (IllegalStateException e) {
        if (!edges || attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** A random value of a non-record type the codec supports, at the edges when so made. */
  Object nextValue(Type type) {
    return value(type);
  }

  private Object record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
      if (FlatGroup.class.isAssignableFrom(c.getType())) {
        args[i] = record(c.getType());
      } else if (sealedMarkers && c.getType() == SealedSecret.class) {
        args[i] = SealedSecret.of("SEALED_" + Names.snakeCase(c.getName()));
      } else if (nullable && random.nextInt(4) == 0) {
        args[i] = null;
      } else {
        args[i] = value(c.getGenericType());
      }
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("generated an invalid " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object value(Type type) {
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      if (raw == List.class) {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          list.add(value(p.getActualTypeArguments()[0]));
        }
        return list;
      }
      if (raw == Map.class) {
        return edges && random.nextInt(3) == 0
            ? EdgeValues.deepMetadata(random, 1 + random.nextInt(64), this::metadataValue)
            : metadataObject(3);
      }
      throw new IllegalArgumentException("no generator for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return string();
    } else if (c == Boolean.class || c == boolean.class) {
      return random.nextBoolean();
    } else if (c == Integer.class || c == int.class) {
      return anInt();
    } else if (c == Long.class || c == long.class) {
      return aLong();
    } else if (c == Double.class || c == double.class) {
      return aDouble();
    } else if (c == BigDecimal.class) {
      return decimal();
    } else if (c == Duration.class) {
      return edges && random.nextBoolean()
          ? EdgeValues.duration(random)
          : Duration.ofSeconds(random.nextInt(1_000_000) - 1000, nanos());
    } else if (c == Instant.class) {
      return edges && random.nextBoolean() ? EdgeValues.instant(random) : instant();
    } else if (c == LocalDate.class) {
      return edges && random.nextBoolean()
          ? EdgeValues.date(random)
          : LocalDate.ofEpochDay(random.nextInt(200_000) - 50_000);
    } else if (c == LocalTime.class) {
      return edges && random.nextBoolean() ? EdgeValues.time(random) : time();
    } else if (c == YearMonth.class) {
      return edges && random.nextBoolean()
          ? EdgeValues.yearMonth(random)
          : YearMonth.of(1900 + random.nextInt(300), 1 + random.nextInt(12));
    } else if (c == ZoneId.class) {
      return ZONES.get(random.nextInt(ZONES.size()));
    } else if (c == Currency.class) {
      return CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    } else if (c == SealedSecret.class) {
      return SealedSecret.of(string());
    } else if (c == TenantId.class) {
      return TenantId.of(id());
    } else if (c == TierId.class) {
      return TierId.of(id());
    } else if (c == SubscriptionId.class) {
      return SubscriptionId.of(id());
    } else if (c == SettingsId.class) {
      return SettingsId.of(id());
    } else if (c == AgentConfigurationId.class) {
      return AgentConfigurationId.of(id());
    } else if (c == BusinessHours.class) {
      return businessHours();
    } else if (c == DayHours.class) {
      return dayHours();
    } else if (OpenEnum.class.isAssignableFrom(c)) {
      return closedSetValue(c);
    } else if (c.isRecord()) {
      return record(c);
    }
    throw new IllegalArgumentException("no generator for " + type);
  }

  private String string() {
    if (edges && random.nextInt(3) == 0) {
      return EdgeValues.string(random);
    }
    switch (random.nextInt(4)) {
      case 0:
        return WORDS[random.nextInt(WORDS.length)];
      case 1:
        return Long.toHexString(random.nextLong());
      default:
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          int kind = random.nextInt(10);
          if (kind < 6) {
            s.append((char) (' ' + random.nextInt(95)));
          } else if (kind < 7) {
            s.append((char) random.nextInt(0x20));
          } else if (kind < 9) {
            char ch = (char) (0xA0 + random.nextInt(0xD7FF - 0xA0));
            s.append(ch);
          } else {
            s.appendCodePoint(0x1F300 + random.nextInt(0x300));
          }
        }
        return s.toString();
    }
  }

  private String id() {
    return random.nextInt(3) == 0
        ? string()
        : new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private int anInt() {
    switch (random.nextInt(6)) {
      case 0:
        return 0;
      case 1:
        return Integer.MAX_VALUE;
      case 2:
        return Integer.MIN_VALUE;
      case 3:
        return -1;
      default:
        return random.nextInt(10_000);
    }
  }

  /** Longs within ±10^15, so that the model's exact sums of two of them cannot overflow. */
  private long aLong() {
    switch (random.nextInt(5)) {
      case 0:
        return 0;
      case 1:
        return 1;
      case 2:
        return random.nextInt(1000);
      default:
        return (random.nextLong() % 1_000_000_000_000_000L);
    }
  }

  private double aDouble() {
    if (edges && random.nextBoolean()) {
      return EdgeValues.aDouble(random);
    }
    switch (random.nextInt(6)) {
      case 0:
        return 0.0;
      case 1:
        return random.nextDouble();
      case 2:
        return -random.nextDouble() * 1e-7;
      case 3:
        return random.nextDouble() * 1e300;
      case 4:
        return Double.MIN_VALUE;
      default:
        return Math.round(random.nextDouble() * 100) / 100.0;
    }
  }

  /** Non-negative scales only: decimals are written plain, so a negative scale becomes 0. */
  private BigDecimal decimal() {
    if (edges && random.nextBoolean()) {
      return EdgeValues.decimal(random);
    }
    int scale = random.nextInt(5);
    BigInteger unscaled =
        random.nextInt(8) == 0
            ? new BigInteger(200, random).negate()
            : BigInteger.valueOf(random.nextInt(10_000_000));
    return new BigDecimal(unscaled, scale);
  }

  private int nanos() {
    switch (random.nextInt(3)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(1000) * 1_000_000;
      default:
        return random.nextInt(1_000_000_000);
    }
  }

  private Instant instant() {
    long seconds =
        Instant.parse("1900-01-01T00:00:00Z").getEpochSecond()
            + (long) (random.nextDouble() * 200L * 365 * 86_400);
    return Instant.ofEpochSecond(seconds, nanos());
  }

  private LocalTime time() {
    LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(86_400));
    return random.nextBoolean() ? time : time.withNano(nanos());
  }

  private BusinessHours businessHours() {
    Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextInt(3) > 0) {
        days.put(day, dayHours());
      }
    }
    return new BusinessHours(days);
  }

  private DayHours dayHours() {
    switch (random.nextInt(4)) {
      case 0:
        return DayHours.closedAllDay();
      case 1:
        return DayHours.open(
            LocalTime.of(random.nextInt(12), 0), LocalTime.of(12 + random.nextInt(12), 30));
      default:
        return new DayHours(
            random.nextBoolean() ? time() : null,
            random.nextBoolean() ? time() : null,
            random.nextBoolean() ? random.nextBoolean() : null);
    }
  }

  private Object closedSetValue(Class<?> type) {
    try {
      if (unknownValues && random.nextInt(4) == 0) {
        return type.getMethod("of", String.class).invoke(null, "future_" + string());
      }
      List<?> known = (List<?>) type.getMethod("values").invoke(null);
      return known.get(random.nextInt(known.size()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> metadataObject(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int n = random.nextInt(depth == 3 ? 5 : 3);
    for (int i = 0; i < n; i++) {
      map.put(string(), metadataValue(depth - 1));
    }
    return map;
  }

  Object metadataValue(int depth) {
    int kind = random.nextInt(depth > 0 ? 6 : 4);
    switch (kind) {
      case 0:
        return string();
      case 1:
        return random.nextBoolean();
      case 2:
      case 3:
        return decimal();
      case 4:
        return metadataObject(depth);
      default:
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          list.add(metadataValue(depth - 1));
        }
        return list;
    }
  }

  private static List<ZoneId> zones() {
    List<ZoneId> zones = new ArrayList<>();
    ZoneId.getAvailableZoneIds().stream().sorted().forEach(z -> zones.add(ZoneId.of(z)));
    zones.add(ZoneOffset.UTC);
    zones.add(ZoneId.of("+03:00"));
    zones.add(ZoneId.of("UTC+03:00"));
    return zones;
  }

  private static List<Currency> currencies() {
    List<Currency> list = new ArrayList<>(Currency.getAvailableCurrencies());
    list.sort(Comparator.comparing(Currency::getCurrencyCode));
    return list;
  }
}
