package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wabotiq.json.TestRecords.Sample;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives only {@link JsonDecodingException}, with the message and path asserted. */
class BadInputTest {
  private static final String HEAD =
      "{\"id\":\"x\",\"name\":\"n\",\"status\":\"active\",\"required_count\":0";

  private static JsonDecodingException decodeFails(String json, Class<?> type) {
    JsonDecodingException e =
        catchThrowableOfType(
            JsonDecodingException.class, () -> JsonCodec.strict().fromJson(json, type));
    assertThat(e).as("decoding %s as %s", json, type.getSimpleName()).isNotNull();
    JsonDecodingException lenient =
        catchThrowableOfType(
            JsonDecodingException.class, () -> JsonCodec.lenient().fromJson(json, type));
    assertThat(lenient).as("lenient decoding %s", json).isNotNull();
    assertThat(e.getMessage()).endsWith(" at path " + e.path());
    return e;
  }

  private static void assertFails(String json, Class<?> type, String message, String path) {
    JsonDecodingException e = decodeFails(json, type);
    assertThat(e).hasMessage(message);
    assertThat(e.path()).isEqualTo(path);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ,"outer_name":1            | Expected STRING but was NUMBER at path $.outer_name           | $.outer_name
          ,"flag":"true"             | Expected BOOLEAN but was STRING at path $.flag                | $.flag
          ,"optional_count":"5"      | Expected NUMBER but was STRING at path $.optional_count       | $.optional_count
          ,"optional_count":1.5      | Expected an int but was '1.5' at path $.optional_count        | $.optional_count
          ,"optional_count":2147483648 | Expected an int but was '2147483648' at path $.optional_count | $.optional_count
          ,"big_count":9223372036854775808 | Expected a long but was '9223372036854775808' at path $.big_count | $.big_count
          ,"big_count":1e19          | Expected a long but was '1e19' at path $.big_count            | $.big_count
          ,"ratio":1e400             | Expected a double but was '1e400' at path $.ratio             | $.ratio
          ,"price":"29.99"           | Expected NUMBER but was STRING at path $.price                | $.price
          ,"price":1e1001            | Number out of range: '1e1001' (a decimal has at most 500 significant digits and a scale from -500 to 500) at path $.price                 | $.price
          ,"timeout":0.0000000001    | Expected a duration in seconds (at most 9 decimals, within range) but was '1E-10' at path $.timeout | $.timeout
          ,"timeout":1e30            | Expected a duration in seconds (at most 9 decimals, within range) but was '1E+30' at path $.timeout | $.timeout
          ,"created_at":"2025-13-01T00:00:00Z" | Invalid instant '2025-13-01T00:00:00Z' at path $.created_at | $.created_at
          ,"start_date":"yesterday"  | Invalid date 'yesterday' at path $.start_date                | $.start_date
          ,"quiet_hours_start":"24:00" | Invalid time '24:00' at path $.quiet_hours_start           | $.quiet_hours_start
          ,"period":"2025-13"        | Invalid year-month '2025-13' at path $.period                | $.period
          ,"timezone":"Mars/Olympus" | Invalid zone id 'Mars/Olympus' at path $.timezone            | $.timezone
          ,"currency":"usd"          | Invalid currency code 'usd' at path $.currency               | $.currency
          ,"tags":"en"               | Expected BEGIN_ARRAY but was STRING at path $.tags           | $.tags
          ,"tags":["en",2]           | Expected STRING but was NUMBER at path $.tags[1]             | $.tags[1]
          ,"tags":["en",null]        | Unexpected null at path $.tags[1]                            | $.tags[1]
          ,"items":[{"label":"a","quantity":1},{"label":"b"}] | Required value 'quantity' missing at path $.items[1] | $.items[1]
          ,"items":[{"label":"a","quantity":null}] | Non-null value 'quantity' was null at path $.items[0].quantity | $.items[0].quantity
          ,"items":[{"label":"","quantity":1}] | Invalid Item: label must not be empty at path $.items[0] | $.items[0]
          ,"items":[{"quantity":1}]  | Invalid Item: label == null at path $.items[0]               | $.items[0]
          ,"items":[[]]              | Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.items[0] | $.items[0]
          ,"metadata":[]             | Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.metadata | $.metadata
          ,"metadata":{"a":1,"a":2}  | Duplicate field 'a' at path $.metadata.a                     | $.metadata.a
          ,"metadata":{"a":[1e5000]} | Number out of range: '1e5000' (a decimal has at most 500 significant digits and a scale from -500 to 500) at path $.metadata.a[0]        | $.metadata.a[0]
          ,"metadata":{"a":{"b":[1,null]}} | Unexpected null at path $.metadata.a.b[1]          | $.metadata.a.b[1]
          ,"name":"m"                | Duplicate field 'name' at path $.name                        | $.name
          ,"inner_flag":"yes"        | Expected BOOLEAN but was STRING at path $.inner_flag         | $.inner_flag
          ,"status":"active"         | Duplicate field 'status' at path $.status                    | $.status
          ,"optional_count":1,"required_count":2 | Duplicate field 'required_count' at path $.required_count | $.required_count
          """)
  void fromJson_mistypedMember_namesPath(String member, String message, String path) {
    assertFails(HEAD + member + "}", Sample.class, message, path);
  }

  @Test
  void fromJson_missingOrNullRequired_namesFieldAndPath() {
    assertFails(
        "{\"id\":\"x\",\"name\":\"n\",\"status\":\"active\"}",
        Sample.class,
        "Required value 'required_count' missing at path $",
        "$");
    assertFails(
        "{\"id\":\"x\",\"name\":\"n\",\"status\":\"active\",\"required_count\":null}",
        Sample.class,
        "Non-null value 'required_count' was null at path $.required_count",
        "$.required_count");
    assertFails(
        "{\"name\":\"n\",\"status\":\"active\",\"required_count\":1}",
        Sample.class,
        "Invalid Sample: id == null at path $",
        "$");
    assertFails(
        "{\"id\":null,\"name\":\"n\",\"status\":\"active\",\"required_count\":1}",
        Sample.class,
        "Invalid Sample: id == null at path $",
        "$");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ``                              | Malformed JSON: unexpected end of input at path $
          `{`                             | Malformed JSON: unexpected end of input at path $.
          `{"id":"x"`                     | Malformed JSON: unexpected end of input at path $.id
          `{"id":"x",`                    | Malformed JSON: unexpected end of input at path $.id
          `{"id":"x`                      | Malformed JSON: Unterminated string at path $.id
          `{"id" "x"}`                    | Malformed JSON: Expected ':' at path $.id
          `{id:"x"}`                      | Malformed JSON at path $.
          `{"id":'x'}`                    | Malformed JSON at path $.id
          `{"id":x}`                      | Malformed JSON at path $.id
          `{"id":"x",}`                   | Malformed JSON: Expected name at path $.id
          `{"tags":["a",]}`               | Malformed JSON at path $.tags[1]
          `{"id":"\\u00zz"}`              | Malformed JSON: invalid Unicode escape at path $.id
          `{"id":"x","name":"n","status":"active","required_count":0}}` | Malformed JSON at path $
          `{"id":"x","name":"n","status":"active","required_count":0} {}` | Malformed JSON at path $
          `{"id":"x","name":"n","status":7}` | Expected STRING but was NUMBER at path $.status
          `{"id":"x","name":1}`           | Expected STRING but was NUMBER at path $.name
          `null`                          | Unexpected null at path $
          `[]`                            | Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $
          `"x"`                           | Expected BEGIN_OBJECT but was STRING at path $
          `42`                            | Expected BEGIN_OBJECT but was NUMBER at path $
          `{"price":NaN}`                 | Malformed JSON at path $.price
          `{"ratio":-Infinity}`           | Malformed JSON at path $.ratio
          `// c`                          | Malformed JSON at path $
          """)
  void fromJson_malformedOrWrongTopLevel_typedError(String json, String message) {
    JsonDecodingException e = decodeFails(json, Sample.class);
    assertThat(e).hasMessage(message);
  }

  @Test
  void fromJson_deepNesting_typedErrorNotStackOverflow() {
    String deep = "{\"metadata\":" + "{\"a\":".repeat(400) + "1" + "}".repeat(401);
    JsonDecodingException e =
        decodeFails(HEAD.replace("}", "") + "," + deep.substring(1), Sample.class);
    assertThat(e.getMessage()).startsWith("Nested too deeply");
    String deepArrays = HEAD + ",\"unknown\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    JsonDecodingException lenient =
        catchThrowableOfType(
            JsonDecodingException.class,
            () -> JsonCodec.lenient().fromJson(deepArrays, Sample.class));
    assertThat(lenient.getMessage()).startsWith("Nested too deeply");
  }

  @Test
  void fromJson_hugeNumberLiteral_refusedBeforeParsing() {
    String digits = "9".repeat(100_000);
    assertFails(
        HEAD + ",\"price\":" + digits + "}",
        Sample.class,
        "Number out of range (100000 characters) at path $.price",
        "$.price");
  }

  @Test
  void fromJson_sealedSecretMistyped_messageNeverShowsValue() {
    JsonDecodingException e =
        decodeFails(HEAD + ",\"api_secret\":{\"v\":\"s3cr3t\"}}", Sample.class);
    assertThat(e).hasMessage("Expected STRING but was BEGIN_OBJECT at path $.api_secret");
    assertThat(e.getMessage()).doesNotContain("s3cr3t");
  }

  @Test
  void fromJson_scalarTopLevelTypes_typedErrors() {
    assertFails("1.5", Integer.class, "Expected an int but was '1.5' at path $", "$");
    assertFails("\"1\"", Long.class, "Expected NUMBER but was STRING at path $", "$");
    assertFails("true", String.class, "Expected STRING but was BOOLEAN at path $", "$");
    assertFails("\"x\"", BigDecimal.class, "Expected NUMBER but was STRING at path $", "$");
    assertFails("\"60\"", Duration.class, "Expected NUMBER but was STRING at path $", "$");
    assertFails("1", TenantId.class, "Expected STRING but was NUMBER at path $", "$");
    assertFails("1", SealedSecret.class, "Expected STRING but was NUMBER at path $", "$");
    assertFails("\"\"", Instant.class, "Invalid instant '' at path $", "$");
    assertFails("\"9\"", LocalTime.class, "Invalid time '9' at path $", "$");
    assertFails("\"x\"", YearMonth.class, "Invalid year-month 'x' at path $", "$");
    assertFails("\"\"", ZoneId.class, "Invalid zone id '' at path $", "$");
    assertFails("\"ZZZ\"", Currency.class, "Invalid currency code 'ZZZ' at path $", "$");
    assertFails("null", TenantStatus.class, "Unexpected null at path $", "$");
  }

  @Test
  void fromJson_longRawValue_isCutInMessage() {
    String raw = "x".repeat(100);
    JsonDecodingException e = decodeFails("\"" + raw + "\"", Instant.class);
    assertThat(e).hasMessage("Invalid instant '" + "x".repeat(64) + "...' at path $");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          `{"tenant_id":"t","business_hours":{"monday":{"open":"9am"}}}` | Invalid time '9am' at path $.business_hours.monday.open | $.business_hours.monday.open
          `{"tenant_id":"t","business_hours":{"sunday":{"closed":"yes"}}}` | Expected BOOLEAN but was STRING at path $.business_hours.sunday.closed | $.business_hours.sunday.closed
          `{"tenant_id":"t","business_hours":{"monday":{},"monday":{}}}` | Duplicate field 'monday' at path $.business_hours.monday | $.business_hours.monday
          `{"tenant_id":"t","business_hours":[]}` | Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.business_hours | $.business_hours
          `{"tenant_id":"t","llm_timeout":"60s"}` | Expected NUMBER but was STRING at path $.llm_timeout | $.llm_timeout
          `{"tenant_id":"t","llm_max_tokens":1000.5}` | Expected an int but was '1000.5' at path $.llm_max_tokens | $.llm_max_tokens
          `{"tenant_id":"t","llm_temperature":"0.7"}` | Expected NUMBER but was STRING at path $.llm_temperature | $.llm_temperature
          `{"tenant_id":"t","supported_languages":["en",null]}` | Unexpected null at path $.supported_languages[1] | $.supported_languages[1]
          `{"tenant_id":"t","openai_api_key":42}` | Expected STRING but was NUMBER at path $.openai_api_key | $.openai_api_key
          `{"tenant_id":"t","metadata":"x"}` | Expected BEGIN_OBJECT but was STRING at path $.metadata | $.metadata
          `{"tenant_id":null}` | Invalid TenantSettings: tenant_id == null at path $ | $
          `{}` | Invalid TenantSettings: tenant_id == null at path $ | $
          """)
  void fromJson_settingsMistyped_namesPath(String json, String message, String path) {
    assertFails(json, com.wabotiq.tenant.TenantSettings.class, message, path);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          `{"id":"u","name":"A","slug":"a","status":"active","timezone":"Nowhere/City"}` | Invalid zone id 'Nowhere/City' at path $.timezone | $.timezone
          `{"id":"u","name":"A","slug":"a","status":"active","quiet_hours_start":"25:00:00"}` | Invalid time '25:00:00' at path $.quiet_hours_start | $.quiet_hours_start
          `{"id":"u","name":"A","slug":"a","status":"active","api_keys":[{"key_hash":"h","created_at":"2025-11-01"}]}` | Invalid instant '2025-11-01' at path $.api_keys[0].created_at | $.api_keys[0].created_at
          `{"id":"u","name":"A","slug":"a","status":"active","api_keys":[{"key_hash":"h"},{"name":"no hash"}]}` | Invalid ApiKey: key_hash == null at path $.api_keys[1] | $.api_keys[1]
          `{"id":"u","name":"A","slug":"a","status":null}` | Invalid Tenant: status == null at path $ | $
          `{"id":"u","name":"A","slug":"a"}` | Invalid Tenant: status == null at path $ | $
          `{"id":"u","name":"A","slug":"a","status":"active","allowed_origins":{}}` | Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $.allowed_origins | $.allowed_origins
          """)
  void fromJson_tenantMistyped_namesPath(String json, String message, String path) {
    assertFails(json, com.wabotiq.tenant.Tenant.class, message, path);
  }

  @Test
  void fromJson_modelPrimitivesAndRanges_namesPath() {
    String tier = JsonCodec.lenient().toJson(com.wabotiq.billing.SubscriptionTier.GROWTH);
    assertFails(
        tier.replace("\"ab_test_variants\":5", "\"ab_test_variants\":null"),
        com.wabotiq.billing.SubscriptionTier.class,
        "Non-null value 'ab_test_variants' was null at path $.ab_test_variants",
        "$.ab_test_variants");
    assertFails(
        tier.replace("\"ab_test_variants\":5,", ""),
        com.wabotiq.billing.SubscriptionTier.class,
        "Required value 'ab_test_variants' missing at path $",
        "$");
    assertFails(
        tier.replace("\"max_products\":500", "\"max_products\":1e20"),
        com.wabotiq.billing.SubscriptionTier.class,
        "Expected a long but was '1e20' at path $.max_products",
        "$.max_products");
    assertFails(
        tier.replace("\"currency\":\"USD\"", "\"currency\":\"Dollars\""),
        com.wabotiq.billing.SubscriptionTier.class,
        "Invalid currency code 'Dollars' at path $.currency",
        "$.currency");
    assertFails(
        "{\"period\":\"2025-11-01\",\"tenant_id\":\"t\"}",
        com.wabotiq.analytics.PerformanceMetrics.class,
        "Invalid year-month '2025-11-01' at path $.period",
        "$.period");
  }

  @Test
  void fromJson_validValuesStillDecodeAfterAllThat() {
    Sample s = JsonCodec.strict().fromJson(HEAD + ",\"tags\":[\"a\"]}", Sample.class);
    assertThat(s.tags()).isEqualTo(List.of("a"));
  }
}
