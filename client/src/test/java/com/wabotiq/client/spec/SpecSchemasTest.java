package com.wabotiq.client.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.ApiKeySecret;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.business.CategoryCount;
import com.wabotiq.business.CustomerSegment;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.business.TopProduct;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.AgentBehavior;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.AgentFeatures;
import com.wabotiq.tenant.AgentPersona;
import com.wabotiq.tenant.AiAgentSettings;
import com.wabotiq.tenant.AnalyticsSettings;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.BrandingSettings;
import com.wabotiq.tenant.BusinessSettings;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.FeedbackSettings;
import com.wabotiq.tenant.HandoffSettings;
import com.wabotiq.tenant.LanguageSettings;
import com.wabotiq.tenant.LlmApiKeys;
import com.wabotiq.tenant.LlmSettings;
import com.wabotiq.tenant.MessageHarmonizationSettings;
import com.wabotiq.tenant.MpesaSettings;
import com.wabotiq.tenant.NotificationSettings;
import com.wabotiq.tenant.PaystackSettings;
import com.wabotiq.tenant.PesapalSettings;
import com.wabotiq.tenant.PineconeSettings;
import com.wabotiq.tenant.RagSettings;
import com.wabotiq.tenant.RichMessageSettings;
import com.wabotiq.tenant.ShopifySettings;
import com.wabotiq.tenant.StripeSettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TwilioSettings;
import com.wabotiq.tenant.WooCommerceSettings;
import com.wabotiq.types.FlatGroup;
import com.wabotiq.validation.ModelValidator;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of {@code docs/openapi.yaml} hold to the data reference and to the model: every JSON
 * example of the reference validates against its schema and decodes (lenient codec) into its core
 * type; each schema names exactly the members the codec reads and writes, and requires exactly
 * those the codec requires; mutated documents are refused naming the member; the spec's own
 * examples and hand-written answers of the operations the reference does not show validate.
 */
class SpecSchemasTest {
  /** One example of the reference: its schema and the core type it decodes into. */
  record Example(int number, String schema, Class<?> type) {}

  /** The reference's examples, by position (the order of core's ReferenceExamplesTest). */
  static final List<Example> EXAMPLES =
      List.of(
          new Example(1, "Tenant", Tenant.class),
          new Example(2, "TenantSettings", TenantSettings.class),
          new Example(3, "SubscriptionTier", SubscriptionTier.class),
          new Example(4, "SubscriptionTier", SubscriptionTier.class),
          new Example(5, "SubscriptionTier", SubscriptionTier.class),
          new Example(6, "Subscription", Subscription.class),
          new Example(7, "TwilioSettings", TwilioSettings.class),
          new Example(8, "WooCommerceSettings", WooCommerceSettings.class),
          new Example(9, "ShopifySettings", ShopifySettings.class),
          new Example(10, "MpesaSettings", MpesaSettings.class),
          new Example(11, "PaystackSettings", PaystackSettings.class),
          new Example(12, "AgentConfiguration", AgentConfiguration.class),
          new Example(13, "ProductCatalogSummary", ProductCatalogSummary.class),
          new Example(14, "ServiceCatalogSummary", ServiceCatalogSummary.class),
          new Example(15, "CustomerSummary", CustomerSummary.class),
          new Example(16, "OrderSummary", OrderSummary.class),
          new Example(17, "DailyAnalytics", DailyAnalytics.class),
          new Example(18, "PerformanceMetrics", PerformanceMetrics.class),
          new Example(19, "ApiKey", ApiKey.class), // each element of the api_keys example
          new Example(20, "CorsConfiguration", CorsConfiguration.class));

  /** The schemas that mirror a model record, member for member. */
  static final Map<String, Class<?>> MODEL =
      Map.ofEntries(
          Map.entry("Tenant", Tenant.class),
          Map.entry("TenantSettings", TenantSettings.class),
          Map.entry("AgentConfiguration", AgentConfiguration.class),
          Map.entry("Subscription", Subscription.class),
          Map.entry("SubscriptionTier", SubscriptionTier.class),
          Map.entry("TierLimits", TierLimits.class),
          Map.entry("TierFeatures", TierFeatures.class),
          Map.entry("LlmSettings", LlmSettings.class),
          Map.entry("LlmApiKeys", LlmApiKeys.class),
          Map.entry("AiAgentSettings", AiAgentSettings.class),
          Map.entry("RagSettings", RagSettings.class),
          Map.entry("MessageHarmonizationSettings", MessageHarmonizationSettings.class),
          Map.entry("LanguageSettings", LanguageSettings.class),
          Map.entry("RichMessageSettings", RichMessageSettings.class),
          Map.entry("HandoffSettings", HandoffSettings.class),
          Map.entry("FeedbackSettings", FeedbackSettings.class),
          Map.entry("TwilioSettings", TwilioSettings.class),
          Map.entry("WooCommerceSettings", WooCommerceSettings.class),
          Map.entry("ShopifySettings", ShopifySettings.class),
          Map.entry("MpesaSettings", MpesaSettings.class),
          Map.entry("PaystackSettings", PaystackSettings.class),
          Map.entry("PesapalSettings", PesapalSettings.class),
          Map.entry("StripeSettings", StripeSettings.class),
          Map.entry("PineconeSettings", PineconeSettings.class),
          Map.entry("BusinessSettings", BusinessSettings.class),
          Map.entry("BrandingSettings", BrandingSettings.class),
          Map.entry("NotificationSettings", NotificationSettings.class),
          Map.entry("AnalyticsSettings", AnalyticsSettings.class),
          Map.entry("AgentPersona", AgentPersona.class),
          Map.entry("AgentBehavior", AgentBehavior.class),
          Map.entry("AgentFeatures", AgentFeatures.class),
          Map.entry("ProductCatalogSummary", ProductCatalogSummary.class),
          Map.entry("ServiceCatalogSummary", ServiceCatalogSummary.class),
          Map.entry("CustomerSummary", CustomerSummary.class),
          Map.entry("OrderSummary", OrderSummary.class),
          Map.entry("CategoryCount", CategoryCount.class),
          Map.entry("CustomerSegment", CustomerSegment.class),
          Map.entry("TopProduct", TopProduct.class),
          Map.entry("DailyAnalytics", DailyAnalytics.class),
          Map.entry("PerformanceMetrics", PerformanceMetrics.class),
          Map.entry("ApiKey", ApiKey.class),
          Map.entry("CorsConfiguration", CorsConfiguration.class),
          Map.entry("DayHours", DayHours.class));

  /** Request bodies: no unknown member is accepted. */
  static final List<String> CLOSED = List.of("SettingsPatch", "ApiKeyCreate", "ApiKeyRoll");

  private static SpecSchemas specs;

  @BeforeAll
  static void load() {
    specs = SpecSchemas.load();
  }

  /** Every document an example stands for: the api_keys example gives one per element. */
  static Stream<Arguments> referenceDocuments() {
    List<String> examples = ReferenceExamples.examples();
    assertThat(examples).hasSameSizeAs(EXAMPLES);
    List<Arguments> out = new ArrayList<>();
    for (Example example : EXAMPLES) {
      JsonNode tree = SpecSchemas.parse(examples.get(example.number() - 1));
      if (example.type() == ApiKey.class) {
        int i = 0;
        for (JsonNode key : tree.get("api_keys")) {
          out.add(
              Arguments.of(example.number() + "." + ++i, example.schema(), example.type(), key));
        }
      } else {
        out.add(
            Arguments.of(String.valueOf(example.number()), example.schema(), example.type(), tree));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("referenceDocuments")
  void referenceExample_validates_decodes_andItsReencodingValidates(
      String number, String schema, Class<?> type, JsonNode document) {
    assertThat(specs.validate(schema, document)).as("example %s", number).isEmpty();
    Object decoded = JsonCodec.lenient().fromJson(SpecSchemas.write(document), type);
    assertThat(decoded).isInstanceOf(type);
    String reencoded = JsonCodec.lenient().toJson(decoded);
    assertThat(specs.validate(schema, reencoded)).as("re-encoded: %s", reencoded).isEmpty();
  }

  @Test
  void apiKeysExample_decodesIntoTheModelsList() {
    String json = ReferenceExamples.examples().get(18);
    assertThat(JsonCodec.lenient().fromJson(json, ApiKeyList.class).apiKeys()).hasSize(2);
  }

  @ParameterizedTest(name = "example {0}: {1}")
  @ValueSource(ints = {7, 8, 9, 10, 11})
  void integrationExamples_areFragmentsOfTheFlatSettings(int number) {
    ObjectNode fragment =
        (ObjectNode) SpecSchemas.parse(ReferenceExamples.examples().get(number - 1));
    fragment.put("tenant_id", "3f2b8c1e-5d4a-4e7b-9c2d-1a0b9e8f7c6d");
    assertThat(specs.validate("TenantSettings", fragment)).isEmpty();
    TenantSettings settings =
        JsonCodec.lenient().fromJson(SpecSchemas.write(fragment), TenantSettings.class);
    assertThat(specs.validate("TenantSettings", JsonCodec.lenient().toJson(settings))).isEmpty();
  }

  /**
   * Each member of each reference document, removed: the validator refuses the copy exactly when
   * the schema requires the member, and the codec refuses it exactly then too (spec and model agree
   * on what is required).
   */
  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("referenceDocuments")
  void removingAMember_isRefusedByBothExactlyWhenRequired(
      String number, String schema, Class<?> type, JsonNode document) {
    Set<String> required = specs.requiredProperties(schema);
    assertThat(document.propertyNames()).containsAll(required);
    for (String member : document.propertyNames()) {
      ObjectNode copy = (ObjectNode) document.deepCopy();
      copy.remove(member);
      List<String> errors = specs.validate(schema, copy);
      boolean codecRefuses = refuses(copy, type);
      if (required.contains(member)) {
        assertThat(errors).as("without %s", member).anySatisfy(e -> assertThat(e).contains(member));
        assertThat(codecRefuses).as("codec without %s", member).isTrue();
      } else {
        assertThat(errors).as("without %s", member).isEmpty();
        assertThat(codecRefuses).as("codec without %s", member).isFalse();
      }
    }
  }

  /**
   * Each scalar member of each reference document, given the wrong JSON type (a string for a number
   * or a boolean, a number for a string): refused, naming the member.
   */
  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("referenceDocuments")
  void aMemberOfTheWrongType_isRefusedNamingIt(
      String number, String schema, Class<?> type, JsonNode document) {
    int mutated = 0;
    for (String member : document.propertyNames()) {
      JsonNode value = document.get(member);
      ObjectNode copy = (ObjectNode) document.deepCopy();
      if (value.isNumber() || value.isBoolean()) {
        copy.put(member, value.asString());
      } else if (value.isString()) {
        copy.put(member, 12);
      } else {
        continue;
      }
      mutated++;
      assertThat(specs.validate(schema, copy))
          .as("%s as %s", member, copy.get(member))
          .anySatisfy(e -> assertThat(e).contains(member));
    }
    assertThat(mutated).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closedBodies")
  void requestBodies_refuseUnknownMembers_namingThem(String schema, JsonNode example) {
    assertThat(specs.validate(schema, example)).isEmpty();
    ObjectNode copy = (ObjectNode) example.deepCopy();
    copy.put("unexpected_member", "x");
    assertThat(specs.validate(schema, copy))
        .anySatisfy(e -> assertThat(e).contains("unexpected_member"));
  }

  static Stream<Arguments> closedBodies() {
    SpecSchemas s = SpecSchemas.load();
    return CLOSED.stream().map(name -> Arguments.of(name, s.schema(name).get("examples").get(0)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"id", "tenant_id", "created_at", "updated_at"})
  void settingsPatch_refusesTheMembersItCannotChange(String member) {
    String patch = "{\"llm_temperature\": 0.5, \"" + member + "\": \"2025-11-01T00:00:00Z\"}";
    assertThat(specs.validate("SettingsPatch", patch))
        .anySatisfy(e -> assertThat(e).contains(member));
  }

  // ---- the spec agrees with the model

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelSchemas")
  void schema_namesExactlyTheMembersOfItsModelRecord(String schema, Class<?> record) {
    assertThat(new TreeSet<>(specs.propertyNames(schema)))
        .as("%s vs %s", schema, record.getSimpleName())
        .isEqualTo(new TreeSet<>(jsonNames(record)));
  }

  static Stream<Arguments> modelSchemas() {
    return MODEL.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void settingsPatch_namesEverySettingButTheIdsAndTimestamps() {
    Set<String> expected = new TreeSet<>(jsonNames(TenantSettings.class));
    expected.removeAll(Set.of("id", "tenant_id", "created_at", "updated_at"));
    assertThat(new TreeSet<>(specs.propertyNames("SettingsPatch"))).isEqualTo(expected);
  }

  @Test
  void encryptedFields_areMaskedWhenReadAndWriteOnlyWhenPatched() {
    Set<String> credentials = new TreeSet<>();
    for (Credential credential : Credential.values()) {
      credentials.add(credential.fieldName());
    }
    assertThat(credentials).hasSize(21);

    Set<String> masked = new TreeSet<>();
    collectMasked(specs.schema("TenantSettings"), masked);
    assertThat(masked).isEqualTo(credentials);

    Set<String> writeOnly = new TreeSet<>();
    specs
        .schema("SettingsPatch")
        .get("properties")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().path("writeOnly").asBoolean(false)) {
                writeOnly.add(e.getKey());
              }
            });
    assertThat(writeOnly).isEqualTo(credentials);
    assertThat(specs.schema("MaskedSecret").path("readOnly").asBoolean(false)).isTrue();
  }

  @Test
  void maskedSettings_asTheServiceAnswers_validate() {
    ObjectNode settings = (ObjectNode) SpecSchemas.parse(ReferenceExamples.examples().get(1));
    for (Credential credential : Credential.values()) {
      settings.put(credential.fieldName(), Secret.of("sk_live_4eC39HqLyjWDarjtT1zdp7dc").hint());
    }
    assertThat(settings.get("openai_api_key").asString()).isEqualTo("sk_live_…p7dc");
    assertThat(specs.validate("TenantSettings", settings)).isEmpty();
    settings.putNull("stripe_secret_key");
    settings.remove("pinecone_api_key");
    assertThat(specs.validate("TenantSettings", settings)).isEmpty();
  }

  @Test
  void builtInTiers_asTheCodecWritesThem_validateInATierList() {
    String json =
        "{\"data\": ["
            + JsonCodec.lenient().toJson(SubscriptionTier.STARTER)
            + ","
            + JsonCodec.lenient().toJson(SubscriptionTier.GROWTH)
            + ","
            + JsonCodec.lenient().toJson(SubscriptionTier.ENTERPRISE)
            + "]}";
    assertThat(specs.validate("TierList", json)).isEmpty();
    JsonNode enterprise = SpecSchemas.parse(json).get("data").get(2);
    ObjectNode withoutLimit = (ObjectNode) enterprise.deepCopy();
    withoutLimit.remove("max_products");
    assertThat(specs.validate("SubscriptionTier", withoutLimit))
        .as("absence must not silently mean unlimited")
        .anySatisfy(e -> assertThat(e).contains("max_products"));
  }

  /** The reference documents whose schemas state ranges, with their model types. */
  static Stream<Arguments> rangedDocuments() {
    return Stream.of(
        Arguments.of(2, "TenantSettings", TenantSettings.class),
        Arguments.of(3, "SubscriptionTier", SubscriptionTier.class),
        Arguments.of(6, "Subscription", Subscription.class),
        Arguments.of(12, "AgentConfiguration", AgentConfiguration.class),
        Arguments.of(15, "CustomerSummary", CustomerSummary.class),
        Arguments.of(20, "CorsConfiguration", CorsConfiguration.class));
  }

  /**
   * Every range the spec states agrees with the model's validator: a value just outside a bound is
   * refused by the spec, naming the member, and by the model (a range violation at that path, or a
   * decoding failure); the bound itself is accepted by both. Rules across fields (weights that sum
   * to one, a fee only with payment facilitation) are the model's, not the schema's.
   */
  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("rangedDocuments")
  void statedRanges_agreeWithTheModelsValidator(int number, String schema, Class<?> type) {
    JsonNode document = SpecSchemas.parse(ReferenceExamples.examples().get(number - 1));
    ModelValidator validator = ModelValidator.create();
    int checked = 0;
    for (Map.Entry<String, JsonNode> property : flatProperties(schema).entrySet()) {
      JsonNode rules = property.getValue();
      String member = property.getKey();
      boolean integer = rules.path("type").toString().contains("integer");
      BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.01");
      List<BigDecimal[]> cases = new ArrayList<>(); // {value, 1 if valid else 0}
      if (rules.has("minimum")) {
        BigDecimal min = rules.get("minimum").decimalValue();
        cases.add(new BigDecimal[] {min, BigDecimal.ONE});
        cases.add(new BigDecimal[] {min.subtract(step), BigDecimal.ZERO});
      }
      if (rules.has("exclusiveMinimum")) {
        BigDecimal min = rules.get("exclusiveMinimum").decimalValue();
        cases.add(new BigDecimal[] {min, BigDecimal.ZERO});
        cases.add(new BigDecimal[] {min.add(step), BigDecimal.ONE});
      }
      if (rules.has("maximum")) {
        BigDecimal max = rules.get("maximum").decimalValue();
        cases.add(new BigDecimal[] {max, BigDecimal.ONE});
        cases.add(new BigDecimal[] {max.add(step), BigDecimal.ZERO});
      }
      for (BigDecimal[] c : cases) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.put(member, c[0]);
        boolean valid = c[1].signum() > 0;
        List<String> errors = specs.validate(schema, copy);
        String description = member + " = " + c[0].toPlainString();
        if (valid) {
          assertThat(errors).as(description).noneSatisfy(e -> assertThat(e).contains(member));
        } else {
          assertThat(errors).as(description).anySatisfy(e -> assertThat(e).contains(member));
        }
        assertThat(modelRefuses(validator, copy, type, member))
            .as("model, " + description)
            .isEqualTo(!valid);
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  /**
   * Every pattern the spec states on a member of the tenant or its settings agrees with the model's
   * validator: the reference's value is accepted by both; a value breaking the format is refused by
   * the spec, naming the member, and by the model (a violation at that path).
   */
  @ParameterizedTest(name = "example {0}: {1}")
  @CsvSource({"1, Tenant", "2, TenantSettings"})
  void statedPatterns_agreeWithTheModelsValidator(int number, String schema) {
    Class<?> type = MODEL.get(schema);
    JsonNode document = SpecSchemas.parse(ReferenceExamples.examples().get(number - 1));
    ModelValidator validator = ModelValidator.create();
    int checked = 0;
    for (Map.Entry<String, JsonNode> property : flatProperties(schema).entrySet()) {
      String member = property.getKey();
      if (!property.getValue().has("pattern") || !document.has(member)) {
        continue;
      }
      assertThat(formatViolation(validator, document, type, member)).as(member).isFalse();
      for (String bad : List.of("X", "+0712345678", "#12345", "ab-", "12 34")) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.put(member, bad);
        assertThat(specs.validate(schema, copy))
            .as("%s = %s", member, bad)
            .anySatisfy(e -> assertThat(e).contains(member));
        assertThat(formatViolation(validator, copy, type, member))
            .as("model, %s = %s", member, bad)
            .isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(5 * 3);
  }

  // ---- the spec's own examples

  static Stream<Arguments> specExamples() {
    SpecSchemas s = SpecSchemas.load();
    List<Arguments> out = new ArrayList<>();
    for (String name : s.schemaNames()) {
      JsonNode examples = s.schema(name).get("examples");
      if (examples != null) {
        for (int i = 0; i < examples.size(); i++) {
          out.add(Arguments.of(name, i, examples.get(i)));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} example {1}")
  @MethodSource("specExamples")
  void specExample_validatesAgainstItsOwnSchema_andDecodesIntoItsModelType(
      String schema, int index, JsonNode example) {
    assertThat(specs.validate(schema, example)).isEmpty();
    Class<?> type = MODEL.get(schema);
    if (type != null) {
      assertThat(JsonCodec.lenient().fromJson(SpecSchemas.write(example), type)).isNotNull();
    }
  }

  @Test
  void specExamples_coverEveryBodyAndEveryReferenceExample() {
    Set<String> withExamples = new LinkedHashSet<>();
    specExamples().forEach(a -> withExamples.add((String) a.get()[0]));
    assertThat(withExamples)
        .contains(
            "Tenant",
            "TenantSettings",
            "SettingsPatch",
            "AgentConfiguration",
            "Subscription",
            "SubscriptionTier",
            "TierList",
            "UsageReport",
            "DailyAnalytics",
            "DailyAnalyticsPage",
            "PerformanceMetrics",
            "ProductCatalogSummary",
            "ServiceCatalogSummary",
            "CustomerSummary",
            "OrderSummary",
            "ApiKey",
            "ApiKeyPage",
            "ApiKeyCreate",
            "ApiKeyRoll",
            "IssuedApiKey",
            "CorsConfiguration",
            "WebhookUrls",
            "Error",
            "TwilioSettings",
            "WooCommerceSettings",
            "ShopifySettings",
            "MpesaSettings",
            "PaystackSettings");
    List<String> reference = ReferenceExamples.examples();
    for (Example example : EXAMPLES) {
      if (example.type() == ApiKey.class) {
        continue;
      }
      JsonNode expected = SpecSchemas.parse(reference.get(example.number() - 1));
      List<JsonNode> inSpec = new ArrayList<>();
      specs.schema(example.schema()).get("examples").forEach(inSpec::add);
      assertThat(inSpec)
          .as("example %d in %s", example.number(), example.schema())
          .contains(expected);
    }
  }

  // ---- hand-written answers of what the reference does not show

  @Test
  void usageReport_withUnlimitedAndUnknownQuotas_validatesAndOtherwiseIsRefused() {
    String usage =
        """
        {"tier_id": "enterprise", "period_start": "2026-11-15T00:00:00Z",
         "period_end": "2026-12-15T00:00:00Z",
         "quotas": [
           {"metric": "monthly_messages", "used": 1200, "limit": null, "remaining": null,
            "resets_at": "2026-12-15T00:00:00Z"},
           {"metric": "max_products", "used": 150},
           {"metric": "max_widgets", "used": 3, "limit": 10, "remaining": 7}]}
        """;
    assertThat(specs.validate("UsageReport", usage)).isEmpty();
    assertThat(specs.validate("UsageReport", usage.replace("\"used\": 150", "\"used\": \"150\"")))
        .anySatisfy(e -> assertThat(e).contains("used"));
    assertThat(specs.validate("UsageReport", usage.replace("\"tier_id\": \"enterprise\",", "")))
        .anySatisfy(e -> assertThat(e).contains("tier_id"));
    assertThat(specs.validate("Quota", "{\"used\": 1}"))
        .anySatisfy(e -> assertThat(e).contains("metric"));
  }

  @Test
  void pages_validate_andNeedDataAndHasMore() {
    String daily = ReferenceExamples.examples().get(16);
    String first = "{\"data\": [" + daily + "], \"next_cursor\": \"opaque-1\", \"has_more\": true}";
    String last = "{\"data\": [], \"has_more\": false}";
    assertThat(specs.validate("DailyAnalyticsPage", first)).isEmpty();
    assertThat(specs.validate("DailyAnalyticsPage", last)).isEmpty();
    assertThat(specs.validate("DailyAnalyticsPage", "{\"data\": []}"))
        .anySatisfy(e -> assertThat(e).contains("has_more"));
    assertThat(
            specs.validate(
                "DailyAnalyticsPage",
                "{\"data\": [{\"date\": \"2025-11-20\"}], \"has_more\": false}"))
        .anySatisfy(e -> assertThat(e).contains("tenant_id"));
    JsonNode keys = SpecSchemas.parse(ReferenceExamples.examples().get(18)).get("api_keys");
    ObjectNode page = (ObjectNode) SpecSchemas.parse("{\"has_more\": false}");
    page.set("data", keys);
    assertThat(specs.validate("ApiKeyPage", page)).isEmpty();
    for (JsonNode key : (ArrayNode) page.get("data")) {
      assertThat(JsonCodec.lenient().fromJson(SpecSchemas.write(key), ApiKey.class).keyHash())
          .startsWith("sha256_hash_of_key");
    }
  }

  static Stream<Arguments> seeds() {
    long base = 20_261_203L;
    return IntStream.range(0, 8).mapToObj(i -> Arguments.of(base + i));
  }

  /** Keys the core's own format generates are issued keys; a key changed in any way is refused. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void issuedApiKey_withGeneratedKeys_validates_andAnyBrokenKeyIsRefused(long seed) {
    Random random = new Random(seed);
    SecureRandom fixed = fixedRandom(seed);
    ApiKeyEnvironment environment =
        random.nextBoolean() ? ApiKeyEnvironment.LIVE : ApiKeyEnvironment.TEST;
    ApiKeySecret secret = ApiKeyFormat.generate(environment, fixed);
    String key = secret.reveal();
    String issued = issued(key, secret.digest().hex());
    assertThat(specs.validate("IssuedApiKey", issued)).as("seed %d", seed).isEmpty();
    assertThat(
            JsonCodec.lenient()
                .fromJson(SpecSchemas.write(SpecSchemas.parse(issued).get("api_key")), ApiKey.class)
                .keyHash())
        .isEqualTo(secret.digest().hex());

    int at = random.nextInt(key.length());
    String broken =
        switch (random.nextInt(3)) {
          case 0 -> key.substring(0, at) + "-" + key.substring(at + 1);
          case 1 -> key.substring(0, at) + key.substring(at + 1);
          default -> key + "A";
        };
    assertThat(specs.validate("IssuedApiKey", issued(broken, secret.digest().hex())))
        .as("seed %d, broken key", seed)
        .anySatisfy(e -> assertThat(e).contains("key"));
  }

  @Test
  void apiKeyCreateAndRoll_validate_andRefuseWhatTheyCannotTake() {
    assertThat(
            specs.validate("ApiKeyCreate", "{\"name\": \"CI\", \"scopes\": [\"read\", \"write\"]}"))
        .isEmpty();
    assertThat(
            specs.validate(
                "ApiKeyCreate",
                "{\"name\": \"CI\", \"scopes\": [\"read\"], \"expires_at\":"
                    + " \"2027-01-01T00:00:00Z\"}"))
        .isEmpty();
    assertThat(specs.validate("ApiKeyCreate", "{\"name\": \"CI\"}"))
        .anySatisfy(e -> assertThat(e).contains("scopes"));
    assertThat(specs.validate("ApiKeyCreate", "{\"name\": \"CI\", \"scopes\": []}"))
        .anySatisfy(e -> assertThat(e).contains("scopes"));
    assertThat(specs.validate("ApiKeyCreate", "{\"name\": \"CI\", \"scopes\": [\"admin\"]}"))
        .anySatisfy(e -> assertThat(e).contains("scopes"));
    assertThat(
            specs.validate(
                "ApiKeyCreate", "{\"name\": \"CI\", \"scopes\": [\"read\"], \"key\": \"wbq\"}"))
        .anySatisfy(e -> assertThat(e).contains("key"));
    assertThat(specs.validate("ApiKeyRoll", "{\"old_key_expires_at\": \"2026-12-04T00:00:00Z\"}"))
        .isEmpty();
    assertThat(specs.validate("ApiKeyRoll", "{}"))
        .anySatisfy(e -> assertThat(e).contains("old_key_expires_at"));
  }

  @Test
  void settingsPatch_takesPlaintextCredentialsAndNullsThatClear() {
    String patch =
        """
        {"openai_api_key": "sk-proj-abcdefghijklmnop", "llm_temperature": 0.2,
         "welcome_message": null, "stripe_webhook_secret": null,
         "business_hours": {"sunday": {"closed": true}}, "metadata": {"tier": "gold"}}
        """;
    assertThat(specs.validate("SettingsPatch", patch)).isEmpty();
    assertThat(specs.validate("SettingsPatch", "{}")).isEmpty();
    assertThat(specs.validate("SettingsPatch", "{\"llm_temperature\": \"warm\"}"))
        .anySatisfy(e -> assertThat(e).contains("llm_temperature"));
    assertThat(specs.validate("SettingsPatch", "{\"openai_api_key\": 42}"))
        .anySatisfy(e -> assertThat(e).contains("openai_api_key"));
  }

  @Test
  void webhookUrls_validate_andNeedEveryEndpoint() {
    String tenant = "3f2b8c1e-5d4a-4e7b-9c2d-1a0b9e8f7c6d";
    StringBuilder json = new StringBuilder("{");
    List<String> keys =
        List.of(
            "twilio_inbound",
            "twilio_status",
            "mpesa",
            "paystack",
            "stripe",
            "shopify",
            "woocommerce",
            "meta");
    for (String key : keys) {
      String path =
          key.equals("twilio_inbound")
              ? "twilio/inbound"
              : key.equals("twilio_status") ? "twilio/status" : key;
      json.append(json.length() > 1 ? "," : "")
          .append('"')
          .append(key)
          .append("\": \"https://api.wabotiq.com/v1/webhooks/")
          .append(path)
          .append('/')
          .append(tenant)
          .append('"');
    }
    String urls = json.append('}').toString();
    assertThat(specs.validate("WebhookUrls", urls)).isEmpty();
    assertThat(specs.requiredProperties("WebhookUrls")).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(specs.validate("WebhookUrls", urls.replace("\"meta\"", "\"other\"")))
        .anySatisfy(e -> assertThat(e).contains("meta"));
  }

  @Test
  void error_withFieldErrorsAndUnknownCodes_validates_andNeedsCodeAndMessage() {
    String error =
        """
        {"error": {"code": "invalid_request", "message": "The settings are invalid.",
          "request_id": "req_8f3a2c",
          "field_errors": [
            {"path": "llm_temperature", "rule": "range", "message": "must be between 0 and 2"},
            {"path": "business_hours.monday.open", "rule": "format", "message": "must be HH:MM"}]}}
        """;
    assertThat(specs.validate("Error", error)).isEmpty();
    assertThat(
            specs.validate(
                "Error", "{\"error\": {\"code\": \"quota_exceeded\", \"message\": \"m\"}}"))
        .isEmpty();
    assertThat(specs.validate("Error", "{\"error\": {\"message\": \"m\"}}"))
        .anySatisfy(e -> assertThat(e).contains("code"));
    assertThat(specs.validate("Error", error.replace("\"rule\": \"range\", ", "")))
        .anySatisfy(e -> assertThat(e).contains("rule"));
  }

  @Test
  void openSets_acceptUnknownValues_asTheLenientCodecDoes() {
    ObjectNode tenant = (ObjectNode) SpecSchemas.parse(ReferenceExamples.examples().get(0));
    tenant.put("status", "paused");
    assertThat(specs.validate("Tenant", tenant)).isEmpty();
    assertThat(JsonCodec.lenient().fromJson(SpecSchemas.write(tenant), Tenant.class).status())
        .hasToString("paused");
  }

  @Test
  void unknownSchema_failsClearly() {
    assertThatThrownBy(() -> specs.validate("NoSuchSchema", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NoSuchSchema");
  }

  // ---- helpers

  private static boolean refuses(JsonNode document, Class<?> type) {
    try {
      JsonCodec.lenient().fromJson(SpecSchemas.write(document), type);
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }

  private static boolean modelRefuses(
      ModelValidator validator, JsonNode document, Class<?> type, String member) {
    Object model;
    try {
      model = JsonCodec.lenient().fromJson(SpecSchemas.write(document), type);
    } catch (RuntimeException e) {
      return true;
    }
    return validator.validate(model).violations().stream()
        .anyMatch(v -> v.path().equals(member) && v.rule().equals("range"));
  }

  private static boolean formatViolation(
      ModelValidator validator, JsonNode document, Class<?> type, String member) {
    Object model;
    try {
      model = JsonCodec.lenient().fromJson(SpecSchemas.write(document), type);
    } catch (RuntimeException e) { // a time or date the codec cannot read
      return true;
    }
    return validator.validate(model).violations().stream().anyMatch(v -> v.path().equals(member));
  }

  /** The properties of a schema, through allOf and $ref, with their rules. */
  private static Map<String, JsonNode> flatProperties(String schema) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    flatProperties(specs.schema(schema), out);
    return out;
  }

  private static void flatProperties(JsonNode schema, Map<String, JsonNode> into) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      flatProperties(
          specs.schema(ref.asString().substring("#/components/schemas/".length())), into);
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      properties.properties().forEach(e -> into.put(e.getKey(), e.getValue()));
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null) {
      allOf.forEach(part -> flatProperties(part, into));
    }
  }

  private static String issued(String key, String hash) {
    return "{\"key\": \""
        + key
        + "\", \"api_key\": {\"key_hash\": \""
        + hash
        + "\", \"name\": \"CI\", \"scopes\": [\"read\", \"write\"],"
        + " \"created_at\": \"2026-12-03T06:00:00Z\", \"is_active\": true}}";
  }

  /** A SecureRandom whose bytes come from a seeded Random, so a failing seed replays. */
  @SuppressWarnings("serial")
  private static SecureRandom fixedRandom(long seed) {
    Random source = new Random(seed);
    return new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        source.nextBytes(bytes);
      }
    };
  }

  /** The JSON member names of a model record: snake_case, groups flattened into their parent. */
  static Set<String> jsonNames(Class<?> record) {
    Set<String> names = new LinkedHashSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      if (FlatGroup.class.isAssignableFrom(component.getType())) {
        names.addAll(jsonNames(component.getType()));
      } else {
        names.add(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private void collectMasked(JsonNode schema, Set<String> into) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      collectMasked(specs.schema(ref.asString().substring("#/components/schemas/".length())), into);
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      properties
          .properties()
          .forEach(
              e -> {
                if ("#/components/schemas/MaskedSecret"
                    .equals(e.getValue().path("$ref").asString(""))) {
                  into.add(e.getKey());
                }
              });
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null) {
      allOf.forEach(part -> collectMasked(part, into));
    }
  }
}
