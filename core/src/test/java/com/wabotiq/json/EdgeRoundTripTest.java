package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.FlatGroup;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec's promise, at the edges: whatever it writes, it reads back equal; whatever it could not
 * write readably is refused when built and when read. Seeded (the seed is in each case's name);
 * every record type the codec handles is drawn with values at the edges of what the model holds
 * (decimals of 500 digits and scales of ±500, any finite double, astral, empty and 70,000-character
 * strings, the first and last instants, dates, months and times, the longest durations, metadata
 * nested to the limit) and must survive encode, decode and equality through both codecs, compact
 * and pretty.
 */
class EdgeRoundTripTest {
  private static final int SEEDS = 20;

  /** Every record the codec handles: the documents and every record reachable from them. */
  static final List<Class<?>> ALL_TYPES = reachableRecords();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, SEEDS);
  }

  @Test
  void everyModelTypeIsCovered() {
    assertThat(ALL_TYPES)
        .contains(
            com.wabotiq.tenant.Tenant.class,
            TenantSettings.class,
            com.wabotiq.tenant.AgentConfiguration.class,
            SubscriptionTier.class,
            com.wabotiq.billing.Subscription.class,
            com.wabotiq.tenant.ApiKey.class,
            com.wabotiq.tenant.CorsConfiguration.class,
            com.wabotiq.business.OrderSummary.class,
            com.wabotiq.business.TopProduct.class,
            com.wabotiq.business.CustomerSegment.class,
            com.wabotiq.analytics.DailyAnalytics.class,
            com.wabotiq.analytics.PerformanceMetrics.class,
            com.wabotiq.tenant.LlmSettings.class,
            com.wabotiq.billing.TierFeatures.class);
    assertThat(ALL_TYPES).hasSizeGreaterThan(40);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void everyTypeAtTheEdges_roundTripsThroughBothCodecs(long seed) {
    RandomModels known = new RandomModels(seed, false, true);
    RandomModels unknown = new RandomModels(seed, true, true);
    for (Class<?> type : ALL_TYPES) {
      assertRoundTrips(JsonCodec.strict(), known.next(type), type, seed);
      assertRoundTrips(JsonCodec.lenient(), unknown.next(type), type, seed);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void valueTypesAtTheEdges_roundTrip(long seed) {
    RandomModels models = new RandomModels(seed, false, true);
    for (Class<?> type :
        List.of(
            BigDecimal.class,
            Double.class,
            String.class,
            Instant.class,
            LocalDate.class,
            LocalTime.class,
            YearMonth.class,
            Duration.class,
            BusinessHours.class,
            DayHours.class)) {
      for (int i = 0; i < 20; i++) {
        Object value = models.nextValue(type);
        for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
          String json = codec.toJson(value);
          assertThat(codec.fromJson(json, type))
              .as("seed=%d %s %s", seed, type.getSimpleName(), json)
              .isEqualTo(value);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void decimalsBeyondTheRule_refusedWhenBuiltAndWhenRead(long seed) {
    Random random = new Random(seed);
    BigDecimal beyond = EdgeValues.beyondRule(random);
    assertThatThrownBy(
            () ->
                new SubscriptionTier(
                    null,
                    "T",
                    BigDecimal.ONE,
                    beyond,
                    SubscriptionTier.STARTER.currency(),
                    SubscriptionTier.STARTER.limits(),
                    SubscriptionTier.STARTER.features()))
        .as("seed=%d %s", seed, beyond)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("yearly_price (")
        .hasMessageContaining("must have at most 500 significant digits and a scale from -500");
    assertThatThrownBy(() -> settings(Map.of("outer", List.of(Map.of("price", beyond)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metadata.outer[0].price (");

    String literal = beyond.toString();
    if (literal.length() > Reading.MAX_NUMBER_LENGTH) {
      literal = beyond.toPlainString().substring(0, Reading.MAX_NUMBER_LENGTH);
    }
    String tier = JsonCodec.strict().toJson(SubscriptionTier.GROWTH);
    String badTier = tier.replace("\"yearly_price\":999.99", "\"yearly_price\":" + literal);
    String badSettings =
        "{\"tenant_id\":\"t\",\"metadata\":{\"outer\":[{\"price\":" + literal + "}]}}";
    for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
      if (Reading.decimalInRange(new BigDecimal(literal))) {
        continue; // a cut literal can fall inside the rule; then it is merely another value
      }
      JsonDecodingException e =
          catchThrowableOfType(
              JsonDecodingException.class, () -> codec.fromJson(badTier, SubscriptionTier.class));
      assertThat(e).as("seed=%d %s", seed, literal).isNotNull();
      assertThat(e.path()).isEqualTo("$.yearly_price");
      JsonDecodingException m =
          catchThrowableOfType(
              JsonDecodingException.class, () -> codec.fromJson(badSettings, TenantSettings.class));
      assertThat(m).isNotNull();
      assertThat(m.path()).isEqualTo("$.metadata.outer[0].price");
    }
  }

  @Test
  void theNamedHostileDecimals_areRefusedWhenBuiltAndWhenRead() {
    for (String text :
        List.of("1e-999", "1e-1000", "123456789".repeat(111) + "1", "1e501", "-1e-501")) {
      BigDecimal value = new BigDecimal(text);
      assertThatThrownBy(() -> settings(Map.of("x", value)))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("metadata.x (");
      for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
        JsonDecodingException e =
            catchThrowableOfType(
                JsonDecodingException.class,
                () ->
                    codec.fromJson(
                        "{\"tenant_id\":\"t\",\"metadata\":{\"x\":" + text + "}}",
                        TenantSettings.class));
        assertThat(e).as(text).isNotNull();
        assertThat(e.path()).isEqualTo("$.metadata.x");
        assertThat(e.getMessage()).startsWith("Number out of range");
      }
    }
  }

  @Test
  void theRuleBounds_roundTripExactly() {
    for (BigDecimal value :
        List.of(
            new BigDecimal("1e-500"),
            new BigDecimal("1e500"),
            new BigDecimal("-9".repeat(1) + "9".repeat(499) + "e-500"),
            new BigDecimal("9".repeat(500)),
            new BigDecimal("9".repeat(500) + "e500"),
            new BigDecimal("0e500"),
            new BigDecimal("0e-500"),
            new BigDecimal("1e3"))) {
      TenantSettings settings = settings(Map.of("x", value));
      for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
        String json = codec.toJson(settings);
        assertThat(json.length()).isLessThan(600);
        assertThat(codec.fromJson(json, TenantSettings.class)).isEqualTo(settings);
        assertThat(codec.fromJson(codec.toJson(value), BigDecimal.class))
            .isEqualTo(value)
            .hasToString(value.toString());
      }
    }
  }

  @Test
  void jsonAndModelRules_agree() {
    assertThat(Reading.MAX_DEPTH).isEqualTo(TenantSettings.MAX_METADATA_DEPTH);
  }

  static TenantSettings settings(Map<String, Object> metadata) {
    return TenantSettings.builder()
        .tenantId(com.wabotiq.types.TenantId.of("t"))
        .metadata(metadata)
        .build();
  }

  private static void assertRoundTrips(JsonCodec codec, Object value, Class<?> type, long seed) {
    String json = codec.toJson(value);
    Object back;
    try {
      back = codec.fromJson(json, type);
    } catch (JsonDecodingException e) {
      throw new AssertionError(
          "seed="
              + seed
              + " "
              + codec
              + " "
              + type.getSimpleName()
              + " wrote what it refuses: "
              + e.getMessage(),
          e);
    }
    assertThat(back).as("seed=%d %s %s", seed, codec, type.getSimpleName()).isEqualTo(value);
    assertThat(codec.fromJson(codec.toPrettyJson(value), type))
        .as("seed=%d %s %s pretty", seed, codec, type.getSimpleName())
        .isEqualTo(value);
  }

  private static List<Class<?>> reachableRecords() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(ModelTypes.DOCUMENTS);
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        Class<?> raw = c.getType();
        Type generic = c.getGenericType();
        if (raw.isRecord()) {
          todo.add(raw);
        } else if (generic instanceof ParameterizedType p
            && p.getRawType() == List.class
            && p.getActualTypeArguments()[0] instanceof Class<?> element
            && element.isRecord()) {
          todo.add(element);
        }
      }
    }
    assertThat(seen).anyMatch(FlatGroup.class::isAssignableFrom);
    return List.copyOf(seen);
  }
}
