package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.MpesaSettings;
import com.wabotiq.tenant.PaystackSettings;
import com.wabotiq.tenant.ShopifySettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TwilioSettings;
import com.wabotiq.tenant.WooCommerceSettings;
import com.wabotiq.testing.ReferenceExamples;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the data reference, with its {@code //} comments removed, decodes in strict
 * mode and re-encodes to an equal document.
 *
 * <p>Documents are compared as parsed trees: member order does not matter and numbers compare by
 * value ({@code 60.0} equals {@code 60}). An object member whose value is {@code null} is treated
 * as absent, because our JSON treats null and absent alike (the encoder omits nulls) everywhere
 * except in a tier's limits; so the three tier examples are compared exactly, nulls included.
 */
class ReferenceExamplesTest {
  /** The type of each example, in the reference's order; the examples are matched by position. */
  static final List<Class<?>> TYPES =
      List.of(
          Tenant.class,
          TenantSettings.class,
          SubscriptionTier.class, // Starter
          SubscriptionTier.class, // Growth
          SubscriptionTier.class, // Enterprise
          Subscription.class,
          TwilioSettings.class,
          WooCommerceSettings.class,
          ShopifySettings.class,
          MpesaSettings.class,
          PaystackSettings.class,
          AgentConfiguration.class,
          ProductCatalogSummary.class,
          ServiceCatalogSummary.class,
          CustomerSummary.class,
          OrderSummary.class,
          DailyAnalytics.class,
          PerformanceMetrics.class,
          ApiKeyList.class,
          CorsConfiguration.class);

  private static final int STARTER = 2;
  private static final int GROWTH = 3;
  private static final int ENTERPRISE = 4;

  static Stream<Arguments> examples() {
    List<String> examples = ReferenceExamples.examples();
    return IntStream.range(0, examples.size())
        .mapToObj(
            i -> Arguments.of(i + 1, TYPES.get(i).getSimpleName(), TYPES.get(i), examples.get(i)));
  }

  @Test
  void reference_hasExactlyOneTypedExamplePerJsonBlock() {
    assertThat(ReferenceExamples.examples()).hasSize(20).hasSameSizeAs(TYPES);
  }

  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("examples")
  void example_decodesStrictlyAndReencodesToEqualDocument(
      int number, String name, Class<?> type, String json) {
    Object decoded = JsonCodec.strict().fromJson(json, type);
    assertThat(decoded).isInstanceOf(type);
    String encoded = JsonCodec.strict().toJson(decoded);
    boolean tier = type == SubscriptionTier.class;
    assertThat(JsonTrees.parse(encoded, !tier))
        .as("example %d (%s) re-encoded:%n%s", number, name, encoded)
        .isEqualTo(JsonTrees.parse(json, !tier));
    assertThat(JsonCodec.strict().fromJson(encoded, type)).isEqualTo(decoded);
    assertThat(JsonCodec.lenient().fromJson(json, type)).isEqualTo(decoded);
  }

  @Test
  void tierExamples_equalTheBuiltInTiersOnceGivenTheirIds() {
    List<String> examples = ReferenceExamples.examples();
    assertTier(examples.get(STARTER), SubscriptionTier.STARTER);
    assertTier(examples.get(GROWTH), SubscriptionTier.GROWTH);
    assertTier(examples.get(ENTERPRISE), SubscriptionTier.ENTERPRISE);
  }

  private static void assertTier(String json, SubscriptionTier builtIn) {
    SubscriptionTier decoded = JsonCodec.strict().fromJson(json, SubscriptionTier.class);
    assertThat(decoded.id()).isNull();
    assertThat(decoded.withId(builtIn.id())).isEqualTo(builtIn);
  }

  @Test
  void builtInTier_writesItsExplicitNullLimitsAndId() {
    String json = JsonCodec.lenient().toJson(SubscriptionTier.ENTERPRISE);
    Object tree = JsonTrees.parse(json, false);
    assertThat(tree).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> members = (Map<String, Object>) tree;
    assertThat(members.get("id")).isEqualTo(SubscriptionTier.ENTERPRISE.id().value());
    for (String limit :
        List.of(
            "monthly_messages",
            "max_products",
            "max_services",
            "max_campaign_sends",
            "max_daily_outbound")) {
      assertThat(members).containsEntry(limit, JsonTrees.NULL);
    }
    assertThat(json).contains("\"monthly_messages\":null,\"max_products\":null");
    assertThat(JsonCodec.strict().fromJson(json, SubscriptionTier.class))
        .isEqualTo(SubscriptionTier.ENTERPRISE);
  }

  @Test
  @SuppressWarnings("StringConcatToTextBlock") // the escapes and trailing spaces are the point
  void stripComments_keepsSlashesInsideStringsAndRemovesTrailingComments() {
    String block =
        "{\n  \"url\": \"https://a.b/c\",  // a comment with \"quotes\"\n"
            + "  \"esc\": \"x\\\"//y\", // another\n  // whole line\n  \"n\": 1\n}\n";
    assertThat(ReferenceExamples.stripComments(block))
        .isEqualTo(
            "{\n  \"url\": \"https://a.b/c\",  \n  \"esc\": \"x\\\"//y\", \n  \n  \"n\": 1\n}\n");
  }

  @Test
  void jsonBlocks_ignoresOtherFencedBlocks() {
    String md = "x\n```\ntrial -> active\n```\n```json\n{\"a\": 1}\n```\n";
    assertThat(ReferenceExamples.jsonBlocks(md)).containsExactly("{\"a\": 1}\n");
  }
}
