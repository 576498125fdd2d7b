package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON layer names fields mechanically (snake_case of the component name, group components
 * flattened into their parent). These tests pin every record's flattened names to the names of
 * the data reference's examples, copied here by hand, so a misnamed component fails.
 */
class JsonNamesTest {
  // Section 1, Tenant Model (top level).
  static final List<String> TENANT =
      List.of(
          "id", "name", "slug", "status", "whatsapp_number", "subscription_tier_id",
          "subscription_waived", "trial_start_date", "trial_end_date", "timezone",
          "quiet_hours_start", "quiet_hours_end", "contact_email", "contact_phone", "api_keys",
          "allowed_origins", "twilio_sid", "twilio_token", "webhook_secret", "created_at",
          "updated_at", "deleted_at");

  // Section 1, an element of the tenant's "api_keys".
  static final List<String> TENANT_API_KEY =
      List.of("key_hash", "name", "created_at", "last_used_at");

  // Section 2, TenantSettings Model (top level; nested business_hours and metadata keys left out).
  static final List<String> SETTINGS =
      List.of(
          "id", "tenant_id",
          "llm_provider", "llm_model", "llm_temperature", "llm_max_tokens", "llm_timeout",
          "llm_max_retries",
          "openai_api_key", "gemini_api_key", "together_api_key", "anthropic_api_key",
          "ai_agent_enabled", "confidence_threshold", "max_response_length",
          "enable_spelling_correction", "enable_context_summarization",
          "enable_key_fact_extraction",
          "enable_document_retrieval", "enable_database_retrieval", "enable_internet_enrichment",
          "enable_source_attribution", "enable_grounded_validation", "rag_top_k_results",
          "rag_semantic_weight", "rag_keyword_weight",
          "enable_message_harmonization", "harmonization_wait_seconds",
          "enable_language_consistency", "default_language", "supported_languages",
          "enable_rich_messages", "enable_product_cards", "enable_service_cards",
          "enable_button_messages", "enable_list_messages",
          "enable_progressive_handoff", "max_clarification_attempts", "handoff_on_low_confidence",
          "handoff_confidence_threshold",
          "enable_feedback_collection", "feedback_prompt_frequency",
          "twilio_sid", "twilio_token", "twilio_whatsapp_number",
          "woo_store_url", "woo_consumer_key", "woo_consumer_secret", "woo_webhook_secret",
          "shopify_shop_domain", "shopify_access_token", "shopify_webhook_secret",
          "mpesa_consumer_key", "mpesa_consumer_secret", "mpesa_shortcode", "mpesa_passkey",
          "mpesa_environment",
          "paystack_secret_key", "paystack_public_key",
          "pesapal_consumer_key", "pesapal_consumer_secret", "pesapal_ipn_id",
          "stripe_secret_key", "stripe_publishable_key", "stripe_webhook_secret",
          "pinecone_api_key", "pinecone_index_name", "pinecone_namespace",
          "business_name", "business_description", "business_hours", "business_location",
          "business_website",
          "brand_color", "brand_logo_url", "welcome_message", "bot_name", "bot_personality",
          "notify_on_handoff", "notify_on_order", "notify_on_appointment", "notification_email",
          "notification_phone",
          "enable_analytics", "analytics_retention_days", "enable_customer_segmentation",
          "metadata", "created_at", "updated_at");

  // Section 2, the keys of "business_hours" and of one day.
  static final List<String> BUSINESS_HOURS_DAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final List<String> DAY_HOURS = List.of("open", "close", "closed");

  // Section 4, Integration Credentials.
  static final List<String> TWILIO =
      List.of(
          "twilio_sid", "twilio_token", "twilio_whatsapp_number", "webhook_secret",
          "inbound_webhook_url", "status_webhook_url");
  static final List<String> WOO_COMMERCE =
      List.of(
          "woo_store_url", "woo_consumer_key", "woo_consumer_secret", "woo_webhook_secret",
          "woo_sync_enabled", "woo_sync_products", "woo_sync_orders", "woo_sync_inventory",
          "woo_last_sync");
  static final List<String> SHOPIFY =
      List.of(
          "shopify_shop_domain", "shopify_access_token", "shopify_webhook_secret",
          "shopify_sync_enabled", "shopify_sync_products", "shopify_sync_orders",
          "shopify_sync_inventory", "shopify_last_sync");
  static final List<String> MPESA =
      List.of(
          "mpesa_consumer_key", "mpesa_consumer_secret", "mpesa_shortcode", "mpesa_passkey",
          "mpesa_environment", "mpesa_callback_url");
  static final List<String> PAYSTACK =
      List.of("paystack_secret_key", "paystack_public_key", "paystack_webhook_url");

  // Section 5, AgentConfiguration Model.
  static final List<String> AGENT =
      List.of(
          "id", "tenant_id",
          "bot_name", "bot_personality", "greeting_message", "fallback_message",
          "confidence_threshold", "max_response_length", "enable_proactive_suggestions",
          "enable_product_recommendations",
          "enable_progressive_handoff", "max_clarification_attempts", "handoff_on_low_confidence",
          "handoff_confidence_threshold", "handoff_message",
          "enable_spelling_correction", "enable_context_summarization",
          "enable_key_fact_extraction", "enable_message_harmonization",
          "enable_language_consistency", "enable_rich_messages", "enable_feedback_collection",
          "enable_document_retrieval", "enable_database_retrieval", "enable_internet_enrichment",
          "enable_source_attribution", "enable_grounded_validation",
          "custom_instructions", "created_at", "updated_at");

  // Section 8, API Access.
  static final List<String> API_KEYS = List.of("api_keys");
  static final List<String> API_KEY =
      List.of(
          "key_hash", "name", "scopes", "created_at", "last_used_at", "expires_at", "is_active");
  static final List<String> CORS =
      List.of("allowed_origins", "allowed_methods", "allowed_headers", "max_age");

  /**
   * The settings record also carries the integration documents' extra fields (their groups are
   * the same records), and handoff_message, because settings and agent share HandoffSettings.
   */
  static List<String> settingsWithIntegrations() {
    return union(
        SETTINGS, TWILIO, WOO_COMMERCE, SHOPIFY, MPESA, PAYSTACK, List.of("handoff_message"));
  }

  /** Agent configuration shares RagSettings with settings, so it carries the rag_* knobs too. */
  static List<String> agentWithSharedRag() {
    return union(
        AGENT, List.of("rag_top_k_results", "rag_semantic_weight", "rag_keyword_weight"));
  }

  /** Every name the reference uses for the tenant package's documents. */
  static Set<String> allReferenceNames() {
    return new LinkedHashSet<>(
        union(TENANT, TENANT_API_KEY, settingsWithIntegrations(), DAY_HOURS, agentWithSharedRag(),
            API_KEYS, API_KEY, CORS));
  }

  /** Documents the reference shows on their own: their flattened names, exactly. */
  static Map<Class<?>, List<String>> documents() {
    Map<Class<?>, List<String>> m = new LinkedHashMap<>();
    m.put(Tenant.class, TENANT);
    m.put(TenantSettings.class, settingsWithIntegrations());
    m.put(TwilioSettings.class, TWILIO);
    m.put(WooCommerceSettings.class, WOO_COMMERCE);
    m.put(ShopifySettings.class, SHOPIFY);
    m.put(MpesaSettings.class, MPESA);
    m.put(PaystackSettings.class, PAYSTACK);
    m.put(DayHours.class, DAY_HOURS);
    m.put(AgentConfiguration.class, agentWithSharedRag());
    m.put(ApiKeyList.class, API_KEYS);
    m.put(ApiKey.class, API_KEY);
    m.put(CorsConfiguration.class, CORS);
    return m;
  }

  static List<Class<?>> records() {
    return RecordSamples.recordsOfPackage();
  }

  @Test
  void snake_insertsUnderscoreBeforeEachCapitalAndLowercases() {
    assertThat(snake("ragTopKResults")).isEqualTo("rag_top_k_results");
    assertThat(snake("isActive")).isEqualTo("is_active");
    assertThat(snake("wooLastSync")).isEqualTo("woo_last_sync");
    assertThat(snake("id")).isEqualTo("id");
  }

  @Test
  void records_packageHasTheExpectedRecords() {
    assertThat(records())
        .hasSize(32)
        .containsAll(documents().keySet())
        .contains(BusinessHours.class, TenantSettings.class, AgentConfiguration.class);
  }

  @Test
  void documents_flattenedNames_equalReferenceExactly() {
    for (Map.Entry<Class<?>, List<String>> e : documents().entrySet()) {
      List<String> names = flattenedNames(e.getKey());
      assertThat(names)
          .as("flattened JSON names of %s", e.getKey().getSimpleName())
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(e.getValue());
    }
  }

  @Test
  void tenantSettings_flattenedNames_followReferenceOrder() {
    // Groups are declared in the order the reference lists their sections, so an encoder that
    // walks components writes the settings object in the reference's order.
    List<String> names = flattenedNames(TenantSettings.class);
    List<String> fromReference = new ArrayList<>(names);
    fromReference.retainAll(SETTINGS);
    assertThat(fromReference).containsExactlyElementsOf(SETTINGS);
  }

  @Test
  void tenantApiKeyEntries_areApiKeyNames() {
    assertThat(flattenedNames(ApiKey.class)).containsAll(TENANT_API_KEY);
  }

  @Test
  void businessHours_isOneMapOfDaysKeyedLikeReference() {
    RecordComponent[] components = BusinessHours.class.getRecordComponents();
    assertThat(components).hasSize(1);
    ParameterizedType type = (ParameterizedType) components[0].getGenericType();
    assertThat(type.getActualTypeArguments()).containsExactly(DayOfWeek.class, DayHours.class);
    List<String> keys = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      keys.add(day.name().toLowerCase(Locale.ROOT));
    }
    assertThat(keys).containsExactlyElementsOf(BUSINESS_HOURS_DAYS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void everyRecord_flattenedNames_areReferenceNames(Class<?> type) {
    if (type == BusinessHours.class) {
      // Its JSON keys are day names, written by a dedicated adapter (checked above).
      return;
    }
    assertThat(flattenedNames(type))
        .as("flattened JSON names of %s", type.getSimpleName())
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .isSubsetOf(allReferenceNames());
  }

  /** snake_case of every component, recursing into FlatGroup components (which have no name). */
  static List<String> flattenedNames(Class<?> record) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (RecordSamples.isGroup(c.getType())) {
        names.addAll(flattenedNames(c.getType()));
      } else {
        names.add(snake(c.getName()));
      }
    }
    return names;
  }

  static String snake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        sb.append('_').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  @SafeVarargs
  static List<String> union(List<String>... lists) {
    Set<String> all = new LinkedHashSet<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
