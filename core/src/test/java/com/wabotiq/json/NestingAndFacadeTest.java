package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Metadata nesting has one limit, {@link TenantSettings#MAX_METADATA_DEPTH} levels, applied when
 * built, written and read; and what the model refuses never reaches storage through the facade.
 * Depths 31, 62, 126 and 254 are where Moshi's writer used to overrun its scope stack (a raw {@code
 * ArrayIndexOutOfBoundsException}); 255 and beyond is where it threw its own exception.
 */
class NestingAndFacadeTest {
  private static final int LIMIT = TenantSettings.MAX_METADATA_DEPTH;

  @ParameterizedTest(name = "depth={0}")
  @ValueSource(ints = {1, 2, 30, 31, 32, 33, 62, 63, LIMIT})
  void withinTheLimit_buildsWritesAndReadsBack(int depth) {
    TenantSettings settings = EdgeRoundTripTest.settings(EdgeValues.nested(depth));
    for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
      String json = codec.toJson(settings);
      assertThat(codec.fromJson(json, TenantSettings.class)).isEqualTo(settings);
      assertThat(codec.fromJson(codec.toPrettyJson(settings), TenantSettings.class))
          .isEqualTo(settings);
      assertThat(
              codec.fromJson(
                  "{\"tenant_id\":\"t\",\"metadata\":" + EdgeValues.nestedJson(depth) + "}",
                  TenantSettings.class))
          .isEqualTo(EdgeRoundTripTest.settings(EdgeValues.nested(depth)));
    }
    TenantSdk sdk = TenantSdk.inMemory();
    Tenant tenant = sdk.createTenant(NewTenant.builder("Deep Shop", ZoneId.of("UTC")).build());
    sdk.updateSettings(
        tenant.id(), current -> current.toBuilder().metadata(EdgeValues.nested(depth)).build());
    assertThat(sdk.settings(tenant.id()).value().metadata()).isEqualTo(EdgeValues.nested(depth));
  }

  @ParameterizedTest(name = "depth={0}")
  @ValueSource(ints = {LIMIT + 1, 126, 127, 254, 255, 256, 300})
  void beyondTheLimit_refusedWhenBuiltAndWhenRead(int depth) {
    assertThatThrownBy(() -> EdgeRoundTripTest.settings(EdgeValues.nested(depth)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "metadata"
                + ".a".repeat(LIMIT)
                + " (level 65) must nest at most 64 levels of objects and arrays");
    for (JsonCodec codec : List.of(JsonCodec.strict(), JsonCodec.lenient())) {
      JsonDecodingException e =
          catchThrowableOfType(
              JsonDecodingException.class,
              () ->
                  codec.fromJson(
                      "{\"tenant_id\":\"t\",\"metadata\":" + EdgeValues.nestedJson(depth) + "}",
                      TenantSettings.class));
      assertThat(e).isNotNull();
      assertThat(e.path()).isEqualTo("$.metadata" + ".a".repeat(LIMIT));
      assertThat(e.getMessage())
          .startsWith("Nested too deeply (a free-form value nests at most 64 levels");
    }
  }

  @Test
  void arraysCountAsLevelsToo() {
    Object inner = List.of(BigDecimal.ONE);
    for (int level = 2; level < LIMIT; level++) {
      inner = List.of(inner);
    }
    Map<String, Object> atLimit = Map.of("a", inner);
    TenantSettings settings = EdgeRoundTripTest.settings(atLimit);
    assertThat(
            JsonCodec.strict().fromJson(JsonCodec.strict().toJson(settings), TenantSettings.class))
        .isEqualTo(settings);
    assertThatThrownBy(() -> EdgeRoundTripTest.settings(Map.of("a", List.of(atLimit.get("a")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must nest at most 64 levels");
  }

  @Test
  void unknownValuesSkippedLeniently_areBoundedByTheSameLimit() {
    String within =
        "{\"tenant_id\":\"t\",\"future\":" + "[".repeat(LIMIT) + "]".repeat(LIMIT) + "}";
    assertThat(JsonCodec.lenient().fromJson(within, TenantSettings.class).tenantId().value())
        .isEqualTo("t");
    String beyond =
        "{\"tenant_id\":\"t\",\"future\":" + "[".repeat(LIMIT + 1) + "]".repeat(LIMIT + 1) + "}";
    JsonDecodingException e =
        catchThrowableOfType(
            JsonDecodingException.class,
            () -> JsonCodec.lenient().fromJson(beyond, TenantSettings.class));
    assertThat(e.getMessage()).startsWith("Nested too deeply");
  }

  @Test
  void facade_refusesUnwritableMetadataUpFront_andTheSettingsStayReadable() {
    {
      TenantSdk sdk = TenantSdk.inMemory();
      Tenant tenant = sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("UTC")).build());
      var before = sdk.settings(tenant.id());
      for (Object hostile :
          List.of(
              new BigDecimal("1e-999"),
              new BigDecimal("1e-1000"),
              new BigDecimal("123456789".repeat(111) + "1"),
              new BigDecimal("1e+100000"),
              EdgeValues.nested(255),
              "lone \uD800 surrogate")) {
        assertThatThrownBy(
                () ->
                    sdk.updateSettings(
                        tenant.id(),
                        current ->
                            current.toBuilder().metadata(Map.of("hostile", hostile)).build()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("metadata.hostile");
        var after = sdk.settings(tenant.id());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.value()).isEqualTo(before.value());
      }
      // And the last value inside the rule is stored and read back equal.
      sdk.updateSettings(
          tenant.id(),
          current -> current.toBuilder().metadata(Map.of("x", new BigDecimal("1e-500"))).build());
      assertThat(sdk.settings(tenant.id()).value().metadata())
          .isEqualTo(Map.of("x", new BigDecimal("1e-500")));
    }
  }
}
