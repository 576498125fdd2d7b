package com.wabotiq.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.OpenEnum;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one factory behind the codec: it claims every type Moshi is asked for, returns our adapter
 * for a supported type, and refuses any other with {@link IllegalArgumentException}, so that
 * Moshi's own reflective class adapter is never used.
 */
final class ModelAdapterFactory implements JsonAdapter.Factory {
  private final boolean strict;
  private final Set<Class<?>> explicitNullGroups;

  ModelAdapterFactory(boolean strict, Set<Class<?>> explicitNullGroups) {
    this.strict = strict;
    this.explicitNullGroups = Set.copyOf(explicitNullGroups);
  }

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      throw unsupported(type, "JSON qualifier annotations are not supported");
    }
    if (type instanceof ParameterizedType parameterized) {
      return parameterized(parameterized, moshi);
    }
    if (!(type instanceof Class<?> raw)) {
      throw unsupported(type, "only classes, List<T> and Map<String, Object> are supported");
    }
    JsonAdapter<?> scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (raw == BusinessHours.class) {
      return BusinessHoursAdapters.businessHours(strict);
    }
    if (raw == DayHours.class) {
      return BusinessHoursAdapters.dayHours(strict);
    }
    if (OpenEnum.class.isAssignableFrom(raw)) {
      return OpenEnumAdapter.create(raw, strict);
    }
    if (raw.isRecord()) {
      return RecordAdapter.create(raw, moshi, strict, explicitNullGroups);
    }
    throw unsupported(type, "not a record, closed set or supported value type");
  }

  private JsonAdapter<?> parameterized(ParameterizedType type, Moshi moshi) {
    Type raw = type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (raw == List.class) {
      return new ListAdapter<>(moshi.adapter(upperBound(arguments[0])));
    }
    if (raw == Map.class
        && upperBound(arguments[0]) == String.class
        && upperBound(arguments[1]) == Object.class) {
      return MetadataAdapter.INSTANCE;
    }
    throw unsupported(type, "only List<T> and Map<String, Object> are supported");
  }

  private static Type upperBound(Type type) {
    return type instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : type;
  }

  private static @Nullable JsonAdapter<?> scalar(Class<?> raw) {
    if (raw == String.class) {
      return ScalarAdapters.STRING;
    } else if (raw == Boolean.class || raw == boolean.class) {
      return ScalarAdapters.BOOLEAN;
    } else if (raw == Integer.class || raw == int.class) {
      return ScalarAdapters.INTEGER;
    } else if (raw == Long.class || raw == long.class) {
      return ScalarAdapters.LONG;
    } else if (raw == Double.class || raw == double.class) {
      return ScalarAdapters.DOUBLE;
    } else if (raw == BigDecimal.class) {
      return ScalarAdapters.DECIMAL;
    } else if (raw == Duration.class) {
      return ScalarAdapters.DURATION;
    }
    return stringForm(raw);
  }

  private static @Nullable JsonAdapter<?> stringForm(Class<?> raw) {
    if (raw == TenantId.class) {
      return text("tenant id", TenantId::of, TenantId::value);
    } else if (raw == TierId.class) {
      return text("tier id", TierId::of, TierId::value);
    } else if (raw == SubscriptionId.class) {
      return text("subscription id", SubscriptionId::of, SubscriptionId::value);
    } else if (raw == SettingsId.class) {
      return text("settings id", SettingsId::of, SettingsId::value);
    } else if (raw == AgentConfigurationId.class) {
      return text("agent configuration id", AgentConfigurationId::of, AgentConfigurationId::value);
    } else if (raw == SealedSecret.class) {
      return new ScalarAdapters.StringForm<>(
          "sealed secret", SealedSecret::of, SealedSecret::ciphertext, true);
    } else if (raw == Instant.class) {
      return text("instant", Times::parseInstant, Instant::toString);
    } else if (raw == LocalDate.class) {
      return text("date", LocalDate::parse, LocalDate::toString);
    } else if (raw == LocalTime.class) {
      return text("time", Times::parseTime, Times::formatTime);
    } else if (raw == YearMonth.class) {
      return text("year-month", Times::parseYearMonth, Times::formatYearMonth);
    } else if (ZoneId.class.isAssignableFrom(raw)) {
      return text("zone id", ZoneId::of, ZoneId::getId);
    } else if (raw == Currency.class) {
      return text("currency code", Currency::getInstance, Currency::getCurrencyCode);
    }
    return null;
  }

  private static <T> JsonAdapter<T> text(
      String description,
      java.util.function.Function<String, T> parse,
      java.util.function.Function<T, String> format) {
    return new ScalarAdapters.StringForm<>(description, parse, format, false);
  }

  private static IllegalArgumentException unsupported(Type type, String why) {
    return new IllegalArgumentException(
        "Unsupported type " + Types.getRawType(type).getName() + " (" + type + "): " + why);
  }

  /**
   * Times as text. Clock times: {@code HH:mm} or {@code HH:mm:ss[.fraction]} read, {@code HH:mm:ss}
   * written. Instants: ISO-8601, a leap second ({@code 23:59:60Z}) refused rather than read as the
   * second before it. Year-months: {@code yyyy-MM}, a year beyond 9999 with its sign ({@code
   * +10000-01}), as read.
   */
  static final class Times {
    private Times() {}

    private static final DateTimeFormatter YEAR_MONTH =
        new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    static Instant parseInstant(String text) {
      TemporalAccessor parsed = DateTimeFormatter.ISO_INSTANT.parse(text);
      if (parsed.query(DateTimeFormatter.parsedLeapSecond())) {
        throw new DateTimeException("a leap second has no instant of its own");
      }
      return Instant.from(parsed);
    }

    static YearMonth parseYearMonth(String text) {
      return YearMonth.parse(text, YEAR_MONTH);
    }

    static String formatYearMonth(YearMonth value) {
      return YEAR_MONTH.format(value);
    }

    static LocalTime parseTime(String text) {
      return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    }

    /** {@code 22:00:00}; a fraction of a second, if any, follows. */
    static String formatTime(LocalTime time) {
      String text = time.toString();
      return time.getSecond() == 0 && time.getNano() == 0 ? text + ":00" : text;
    }
  }
}
