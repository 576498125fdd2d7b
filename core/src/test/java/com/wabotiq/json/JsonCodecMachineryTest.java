package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.json.TestRecords.Inner;
import com.wabotiq.json.TestRecords.Item;
import com.wabotiq.json.TestRecords.Outer;
import com.wabotiq.json.TestRecords.Sample;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecMachineryTest {
  private static final JsonCodec LENIENT = JsonCodec.lenient();
  private static final JsonCodec STRICT = JsonCodec.strict();

  private static Sample full() {
    return new Sample(
        TenantId.of("uuid"),
        "Acme",
        TenantStatus.TRIAL_EXPIRED,
        7,
        -3,
        Long.MAX_VALUE,
        0.7,
        false,
        new BigDecimal("2250000.00"),
        Duration.ofMillis(2500),
        Instant.parse("2025-11-01T10:00:00Z"),
        LocalDate.of(2025, 11, 1),
        LocalTime.of(22, 0),
        YearMonth.of(2025, 11),
        ZoneId.of("Africa/Nairobi"),
        Currency.getInstance("KES"),
        SealedSecret.of("AC..."),
        List.of("en", "sw"),
        List.of(new Item("a", 1), new Item("b", 2)),
        Map.of("industry", "electronics"),
        new Outer("outer", new Inner(true, SealedSecret.of("inner..."))));
  }

  @Test
  void toJson_fullSample_writesSnakeCaseFlattenedMembersInDeclarationOrder() {
    assertThat(LENIENT.toJson(full()))
        .isEqualTo(
            "{\"id\":\"uuid\",\"name\":\"Acme\",\"status\":\"trial_expired\",\"required_count\":7,"
                + "\"optional_count\":-3,\"big_count\":9223372036854775807,\"ratio\":0.7,"
                + "\"flag\":false,\"price\":2250000.00,\"timeout\":2.5,"
                + "\"created_at\":\"2025-11-01T10:00:00Z\",\"start_date\":\"2025-11-01\","
                + "\"quiet_hours_start\":\"22:00:00\",\"period\":\"2025-11\","
                + "\"timezone\":\"Africa/Nairobi\",\"currency\":\"KES\",\"api_secret\":\"AC...\","
                + "\"tags\":[\"en\",\"sw\"],\"items\":[{\"label\":\"a\",\"quantity\":1},"
                + "{\"label\":\"b\",\"quantity\":2}],\"metadata\":{\"industry\":\"electronics\"},"
                + "\"outer_name\":\"outer\",\"inner_flag\":true,\"inner_secret\":\"inner...\"}");
  }

  @Test
  void roundTrip_fullSample_equal() {
    Sample sample = full();
    assertThat(STRICT.fromJson(STRICT.toJson(sample), Sample.class)).isEqualTo(sample);
    assertThat(LENIENT.fromJson(LENIENT.toPrettyJson(sample), Sample.class)).isEqualTo(sample);
  }

  @Test
  void toJson_minimal_omitsNullsEmptyCollectionsAndEmptyGroups() {
    assertThat(LENIENT.toJson(Sample.minimal()))
        .isEqualTo("{\"id\":\"t-1\",\"name\":\"n\",\"status\":\"active\",\"required_count\":0}");
  }

  @Test
  void fromJson_absentAndNullMembers_giveNullEmptyAndEmptyGroups() {
    Sample s =
        STRICT.fromJson(
            "{\"id\":\"t-1\",\"name\":\"n\",\"status\":\"active\",\"required_count\":0,"
                + "\"ratio\":null,\"tags\":null,\"metadata\":null,\"inner_flag\":null}",
            Sample.class);
    assertThat(s).isEqualTo(Sample.minimal());
  }

  @Test
  void toPrettyJson_indentsByTwoSpaces() {
    assertThat(LENIENT.toPrettyJson(new Item("a", 1)))
        .isEqualTo("{\n  \"label\": \"a\",\n  \"quantity\": 1\n}");
  }

  @Test
  void fromJson_decimal_keepsScaleAndWritesPlainUnlessTheScaleIsNegative() {
    Sample s =
        LENIENT.fromJson(
            "{\"id\":\"x\",\"name\":\"n\",\"status\":\"active\",\"required_count\":0,"
                + "\"price\":1E+3}",
            Sample.class);
    assertThat(s.price()).isEqualTo(new BigDecimal("1E+3"));
    assertThat(LENIENT.toJson(s)).endsWith("\"price\":1E+3}");
    assertThat(LENIENT.fromJson(LENIENT.toJson(s), Sample.class)).isEqualTo(s);
    assertThat(LENIENT.toJson(new BigDecimal("0.00000010"))).isEqualTo("0.00000010");
    assertThat(LENIENT.fromJson("2250000.00", BigDecimal.class)).hasToString("2250000.00");
  }

  @Test
  void decimal_beyondTwentyIntegerDigits_writtenInExactScientificFormThatReadsBack() {
    // Moshi 1.15.2 cannot read 184467440737095516160 (square/moshi#1529); the codec never writes
    // such a literal, and what it writes instead decodes to an equal BigDecimal (same scale).
    for (String text :
        List.of(
            "18446744073709551616",
            "184467440737095516160",
            "-184467440737095516160.50",
            "1E+400",
            "123456789012345678901234567890.000",
            "99999999999999999999.99")) {
      BigDecimal value = new BigDecimal(text);
      String json = LENIENT.toJson(value);
      assertThat(json).doesNotContain("E-");
      assertThat(LENIENT.fromJson(json, BigDecimal.class)).as(json).isEqualTo(value);
    }
    assertThat(LENIENT.toJson(new BigDecimal("184467440737095516160")))
        .isEqualTo("1.84467440737095516160E+20");
    assertThat(LENIENT.toJson(new BigDecimal("99999999999999999999.99")))
        .isEqualTo("99999999999999999999.99");
    assertThat(LENIENT.toJson(new BigDecimal("1E+400"))).isEqualTo("1E+400");
  }

  @Test
  void duration_readsSecondsWrittenAsIntegerWhenWhole() {
    assertThat(LENIENT.fromJson("60.0", Duration.class)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LENIENT.fromJson("3600", Duration.class)).isEqualTo(Duration.ofHours(1));
    assertThat(LENIENT.fromJson("-0.5", Duration.class)).isEqualTo(Duration.ofMillis(-500));
    assertThat(LENIENT.fromJson("0.000000001", Duration.class)).isEqualTo(Duration.ofNanos(1));
    assertThat(LENIENT.toJson(Duration.ofSeconds(60))).isEqualTo("60");
    assertThat(LENIENT.toJson(Duration.ofMillis(2500))).isEqualTo("2.5");
    assertThat(LENIENT.toJson(Duration.ofMillis(-500))).isEqualTo("-0.5");
    assertThat(LENIENT.toJson(Duration.ofNanos(1))).isEqualTo("0.000000001");
  }

  @Test
  void localTime_readsShortAndLongFormsWritesSeconds() {
    assertThat(LENIENT.fromJson("\"09:00\"", LocalTime.class)).isEqualTo(LocalTime.of(9, 0));
    assertThat(LENIENT.fromJson("\"22:00:00\"", LocalTime.class)).isEqualTo(LocalTime.of(22, 0));
    assertThat(LENIENT.toJson(LocalTime.of(9, 0))).isEqualTo("\"09:00:00\"");
    assertThat(LENIENT.toJson(LocalTime.of(9, 0, 5))).isEqualTo("\"09:00:05\"");
  }

  @Test
  void valueTypes_roundTripAsStrings() {
    assertThat(LENIENT.toJson(TenantId.of("uuid"))).isEqualTo("\"uuid\"");
    assertThat(LENIENT.fromJson("\"uuid\"", TenantId.class)).isEqualTo(TenantId.of("uuid"));
    assertThat(LENIENT.toJson(SealedSecret.of("AC..."))).isEqualTo("\"AC...\"");
    assertThat(LENIENT.fromJson("\"AC...\"", SealedSecret.class))
        .isEqualTo(SealedSecret.of("AC..."));
    assertThat(LENIENT.toJson(TenantStatus.SUSPENDED)).isEqualTo("\"suspended\"");
    assertThat(LENIENT.fromJson("\"canceled\"", TenantStatus.class))
        .isSameAs(TenantStatus.CANCELED);
    assertThat(LENIENT.toJson(ZoneId.of("Africa/Nairobi"))).isEqualTo("\"Africa/Nairobi\"");
    assertThat(LENIENT.toJson(Currency.getInstance("USD"))).isEqualTo("\"USD\"");
    assertThat(LENIENT.toJson(YearMonth.of(2025, 11))).isEqualTo("\"2025-11\"");
  }

  @Test
  void metadata_numbersAreExactDecimalsNestedValuesImmutableNullMembersDropped() {
    Sample s =
        LENIENT.fromJson(
            "{\"id\":\"x\",\"name\":\"n\",\"status\":\"active\",\"required_count\":0,"
                + "\"metadata\":{\"a\":15000,\"b\":1.50,\"c\":{\"d\":[true,\"x\",2]},"
                + "\"e\":null}}",
            Sample.class);
    assertThat(s.metadata())
        .containsExactly(
            Map.entry("a", new BigDecimal("15000")),
            Map.entry("b", new BigDecimal("1.50")),
            Map.entry("c", Map.of("d", List.of(true, "x", new BigDecimal("2")))));
    @SuppressWarnings("unchecked")
    Map<String, Object> nested = (Map<String, Object>) s.metadata().get("c");
    assertThatThrownBy(() -> nested.put("z", "z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(LENIENT.toJson(s))
        .contains("\"metadata\":{\"a\":15000,\"b\":1.50,\"c\":{\"d\":[true,\"x\",2]}}");
  }

  @Test
  void fromJson_escapedMemberName_matchesItsField() {
    Item item = STRICT.fromJson("{\"l\\u0061bel\":\"a\",\"quantity\":1}", Item.class);
    assertThat(item).isEqualTo(new Item("a", 1));
  }

  @Test
  void toJson_loneSurrogate_refusedNamingThePath() {
    assertThatThrownBy(() -> LENIENT.toJson("a\uD800b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "$ (a string with an unpaired surrogate) must be valid Unicode to be written as JSON");
    assertThat(LENIENT.toJson("\u2028\u0000\"\\")).isEqualTo("\"\\u2028\\u0000\\\"\\\\\"");
  }

  @Test
  void unsupportedTypes_areCallerErrors() {
    assertThatThrownBy(() -> LENIENT.fromJson("{}", Object.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("java.lang.Object is not supported by the JSON codec");
    assertThatThrownBy(() -> LENIENT.fromJson("{}", TestRecords.Unsupported.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Thread");
    assertThatThrownBy(() -> LENIENT.toJson(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LENIENT.fromJson("{}", TestRecords.Clashing.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON name 'clash' of Second.clash clashes with First.clash");
  }

  @Test
  void nullArguments_areRefused() {
    assertThatThrownBy(() -> LENIENT.fromJson(null, Sample.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json == null");
    assertThatThrownBy(() -> LENIENT.fromJson("{}", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type == null");
    assertThatThrownBy(() -> LENIENT.toJson(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }

  @Test
  void codecs_areSharedAndNamed() {
    assertThat(JsonCodec.lenient()).isSameAs(LENIENT);
    assertThat(LENIENT.isStrict()).isFalse();
    assertThat(STRICT.isStrict()).isTrue();
    assertThat(LENIENT).hasToString("JsonCodec[lenient]");
    assertThat(STRICT).hasToString("JsonCodec[strict]");
  }
}
