package com.wabotiq.validation;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierFeatures;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
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
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** The model types a validation may start from, each with its cross-field rules. */
final class Roots {
  /** The group components of {@code TenantSettings}, all cascaded and flattened in paths. */
  static final List<String> SETTINGS_GROUPS =
      List.of(
          "llm",
          "llmApiKeys",
          "agent",
          "rag",
          "harmonization",
          "language",
          "richMessages",
          "handoff",
          "feedback",
          "twilio",
          "wooCommerce",
          "shopify",
          "mpesa",
          "paystack",
          "pesapal",
          "stripe",
          "pinecone",
          "business",
          "branding",
          "notifications",
          "analytics");

  /** The cross-field rules of one root type; {@code fee} is only for performance metrics. */
  @FunctionalInterface
  interface Rule {
    void check(Object model, Report report, @Nullable BigDecimal fee);
  }

  private static final Rule NO_CROSS_FIELD_RULES = (model, report, fee) -> {};

  private static final Map<Class<?>, Rule> RULES = rules();

  private Roots() {}

  private static Map<Class<?>, Rule> rules() {
    Map<Class<?>, Rule> m = new LinkedHashMap<>();
    put(m, Tenant.class, TenantRules::tenant);
    put(m, ApiKey.class, TenantRules::apiKey);
    put(m, ApiKeyList.class, TenantRules::apiKeyList);
    m.put(CorsConfiguration.class, NO_CROSS_FIELD_RULES);
    put(m, TenantSettings.class, SettingsRules::settings);
    for (Class<?> group :
        List.of(
            LlmSettings.class,
            LlmApiKeys.class,
            AiAgentSettings.class,
            MessageHarmonizationSettings.class,
            RichMessageSettings.class,
            HandoffSettings.class,
            FeedbackSettings.class,
            TwilioSettings.class,
            WooCommerceSettings.class,
            ShopifySettings.class,
            MpesaSettings.class,
            PaystackSettings.class,
            PesapalSettings.class,
            StripeSettings.class,
            PineconeSettings.class,
            BrandingSettings.class,
            NotificationSettings.class,
            AnalyticsSettings.class,
            AgentPersona.class,
            AgentBehavior.class,
            AgentFeatures.class,
            TierLimits.class)) {
      m.put(group, NO_CROSS_FIELD_RULES);
    }
    put(m, RagSettings.class, SettingsRules::rag);
    put(m, LanguageSettings.class, SettingsRules::language);
    put(m, BusinessSettings.class, SettingsRules::business);
    put(m, AgentConfiguration.class, SettingsRules::agentConfiguration);
    put(m, SubscriptionTier.class, BillingRules::tier);
    put(m, TierFeatures.class, BillingRules::features);
    put(m, Subscription.class, BillingRules::subscription);
    put(m, ProductCatalogSummary.class, FigureRules::products);
    put(m, ServiceCatalogSummary.class, FigureRules::services);
    put(m, CustomerSummary.class, FigureRules::customers);
    put(m, OrderSummary.class, FigureRules::orders);
    put(m, DailyAnalytics.class, FigureRules::daily);
    m.put(
        PerformanceMetrics.class,
        (model, report, fee) -> FigureRules.performance((PerformanceMetrics) model, fee, report));
    return Collections.unmodifiableMap(m);
  }

  private static <T> void put(Map<Class<?>, Rule> m, Class<T> type, BiConsumer<T, Report> rule) {
    m.put(type, (model, report, fee) -> rule.accept(type.cast(model), report));
  }

  /**
   * The rules of a root type.
   *
   * @param type the model's class
   * @return its rules, or null when validation does not start from this type
   */
  static @Nullable Rule of(Class<?> type) {
    return RULES.get(type);
  }

  /** The supported root types, in a stable order. */
  static List<Class<?>> types() {
    return List.copyOf(RULES.keySet());
  }
}
