package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Duplicate members are refused by both codecs at every level, known or unknown, metadata included;
 * and no decoding error shows any content of a sealed field.
 */
class DuplicatesAndSealedTest {
  private static final List<JsonCodec> CODECS = List.of(JsonCodec.strict(), JsonCodec.lenient());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"metadata\":{\"a\":null,\"a\":2}            | $.metadata.a",
        "\"metadata\":{\"a\":2,\"a\":null}            | $.metadata.a",
        "\"metadata\":{\"a\":null,\"a\":null}         | $.metadata.a",
        "\"metadata\":{\"x\":[{\"b\":1,\"b\":1}]}     | $.metadata.x[0].b",
        "\"llm_model\":\"a\",\"llm_model\":null       | $.llm_model",
        "\"tenant\\u005fid\":\"t\"                    | $.tenant_id",
        "\"business_hours\":{\"monday\":{\"closed\":true,\"closed\":true}} |"
            + " $.business_hours.monday.closed"
      })
  void duplicateMembers_refusedByBothCodecs(String member, String path) {
    for (JsonCodec codec : CODECS) {
      JsonDecodingException e =
          catchThrowableOfType(
              JsonDecodingException.class,
              () -> codec.fromJson("{\"tenant_id\":\"t\"," + member + "}", TenantSettings.class));
      assertThat(e).as("%s %s", codec, member).isNotNull();
      assertThat(e.getMessage()).startsWith("Duplicate field");
      assertThat(e.path()).isEqualTo(path);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"future\":1,\"future\":2                             | $.future",
        "\"future\":{\"a\":1,\"a\":1}                          | $.future.a",
        "\"future\":[{\"a\":[{\"b\":1,\"b\":2}]}]              | $.future[0].a[0].b",
        "\"business_hours\":{\"funday\":1,\"funday\":1}        | $.business_hours.funday",
        "\"business_hours\":{\"monday\":{\"nap\":1,\"nap\":1}} | $.business_hours.monday.nap"
      })
  void repeatedUnknownMembers_refusedByTheLenientCodec(String member, String path) {
    JsonDecodingException e =
        catchThrowableOfType(
            JsonDecodingException.class,
            () ->
                JsonCodec.lenient()
                    .fromJson("{\"tenant_id\":\"t\"," + member + "}", TenantSettings.class));
    assertThat(e).as(member).isNotNull();
    assertThat(e.getMessage()).startsWith("Duplicate field");
    assertThat(e.path()).isEqualTo(path);
  }

  @Test
  void distinctUnknownMembers_stillSkippedLeniently() {
    assertThat(
            JsonCodec.lenient()
                .fromJson(
                    "{\"tenant_id\":\"t\",\"f1\":{\"a\":1},\"f2\":{\"a\":1},\"f3\":[{\"a\":1},{\"a\":1}]}",
                    TenantSettings.class)
                .tenantId()
                .value())
        .isEqualTo("t");
  }

  /**
   * Malformed values put in a sealed member; each carries the marker {@code SEKRIT} and {@code §}.
   */
  private static final List<String> MALFORMED =
      List.of(
          "\"SEKRIT\\§xyz\"", // invalid escape: Moshi's message quotes the character
          "\"SEKRIT\\u12§4\"", // invalid unicode escape: Moshi quotes four characters
          "\"SEKRIT\\ud800§\"", // unpaired surrogate escape
          "\"SEKRIT§", // unterminated string, to the end of the document
          "SEKRIT§", // unquoted
          "1234567890123456789", // wrong types
          "true",
          "{\"SEKRIT§\":1}",
          "[\"SEKRIT§\"]",
          "9".repeat(5000)); // over-long number

  @Test
  void sealedFields_noDecodingErrorShowsTheirContent() {
    int checked = 0;
    for (Class<?> type : List.of(Tenant.class, TenantSettings.class)) {
      String json =
          JsonCodec.strict().toJson(new RandomModels(7, false).withSealedMarkers().next(type));
      Matcher sealed = Pattern.compile("\"(SEALED_[a-z_]+)\"").matcher(json);
      List<String> markers = new ArrayList<>();
      while (sealed.find()) {
        markers.add(sealed.group(1));
      }
      assertThat(markers)
          .as(type.getSimpleName())
          .hasSizeGreaterThan(type == Tenant.class ? 2 : 15);
      for (String marker : markers) {
        String field = marker.substring("SEALED_".length());
        for (String bad : MALFORMED) {
          String document = json.replace("\"" + marker + "\"", bad);
          for (JsonCodec codec : CODECS) {
            JsonDecodingException e =
                catchThrowableOfType(
                    JsonDecodingException.class, () -> codec.fromJson(document, type));
            assertThat(e).as("%s %s %s", codec, field, bad).isNotNull();
            assertThat(e.path()).as("%s %s", field, bad).startsWith("$");
            for (Throwable t = e; t != null; t = t.getCause()) {
              assertThat(String.valueOf(t.getMessage()))
                  .as("%s %s %s", codec, field, bad)
                  .doesNotContain("SEKRIT")
                  .doesNotContain("§")
                  .doesNotContain("12")
                  .doesNotContain("999");
            }
            checked++;
          }
        }
        // An over-long but well-formed value is kept, whole.
        String longValue = "s".repeat(100_000);
        Object decoded = JsonCodec.strict().fromJson(json.replace(marker, longValue), type);
        assertThat(JsonCodec.strict().toJson(decoded)).contains(longValue);
      }
    }
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void sealedField_badEscape_namesPathAndRuleOnly() {
    JsonDecodingException e =
        catchThrowableOfType(
            JsonDecodingException.class,
            () ->
                JsonCodec.lenient()
                    .fromJson(
                        "{\"tenant_id\":\"t\",\"twilio_token\":\"abc\\qdef\"}",
                        TenantSettings.class));
    assertThat(e)
        .hasMessage(
            "Malformed sealed secret (an unterminated string or an invalid escape) at path"
                + " $.twilio_token");
    assertThat(e.getCause()).isNull();
  }
}
