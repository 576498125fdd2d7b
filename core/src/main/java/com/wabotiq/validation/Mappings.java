package com.wabotiq.validation;

import static com.wabotiq.validation.FormatKind.E164;
import static com.wabotiq.validation.FormatKind.EMAIL;
import static com.wabotiq.validation.FormatKind.HEX_COLOR;
import static com.wabotiq.validation.FormatKind.HTTPS_ORIGIN;
import static com.wabotiq.validation.FormatKind.HTTPS_URL;
import static com.wabotiq.validation.FormatKind.HTTP_METHOD;
import static com.wabotiq.validation.FormatKind.HTTP_TOKEN;
import static com.wabotiq.validation.FormatKind.IANA_ZONE;
import static com.wabotiq.validation.FormatKind.LANGUAGE_CODE;
import static com.wabotiq.validation.FormatKind.MPESA_SHORTCODE;
import static com.wabotiq.validation.FormatKind.SHA256_HEX;
import static com.wabotiq.validation.FormatKind.SHOPIFY_DOMAIN;
import static com.wabotiq.validation.FormatKind.SLUG;
import static com.wabotiq.validation.FormatKind.UUID;

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
import com.wabotiq.tenant.AgentBehavior;
import com.wabotiq.tenant.AgentConfiguration;
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
import com.wabotiq.tenant.ShopifySettings;
import com.wabotiq.tenant.StripeSettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TwilioSettings;
import com.wabotiq.tenant.WooCommerceSettings;
import com.wabotiq.types.SealedSecret;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * The per-field rules, as a Hibernate Validator programmatic constraint mapping on the model
 * records' private fields (never on accessors, so that each violation is reported once). Group
 * components and lists of records cascade. The bounds are listed in {@code docs/validation.md}.
 */
final class Mappings {
  /** The longest name (tenant, tier, API key, business). */
  static final int NAME_LENGTH = 255;

  /** The longest slug: one DNS label. */
  static final int SLUG_LENGTH = 63;

  /** The longest bot name. */
  static final int BOT_NAME_LENGTH = 100;

  /** The longest configured message (welcome, greeting, fallback, handoff). */
  static final int MESSAGE_LENGTH = 1024;

  /** The longest custom instructions of an agent configuration. */
  static final int INSTRUCTIONS_LENGTH = 4000;

  /** The longest ciphertext of a sealed secret. */
  static final int CIPHERTEXT_LENGTH = 8192;

  static final Bounds NON_NEGATIVE = Bounds.atLeast("0");
  static final Bounds UNIT = Bounds.closed("0", "1");

  /** A feedback score on a five-point scale (the reference's example is 4.5). */
  static final Bounds FEEDBACK_SCORE = Bounds.closed("0", "5");

  private Mappings() {}

  /** Adds every per-field rule of the model to {@code m}. */
  static void define(ConstraintMapping m) {
    tenant(m);
    settings(m);
    agentConfiguration(m);
    billing(m);
    business(m);
    analytics(m);
    for (Class<?> secretsOnly :
        List.of(
            LlmApiKeys.class,
            PesapalSettings.class,
            StripeSettings.class,
            PineconeSettings.class)) {
      type(m, secretsOnly);
    }
  }

  private static void tenant(ConstraintMapping m) {
    type(m, Tenant.class)
        .field("id")
        .constraint(format(UUID))
        .field("name")
        .constraint(notBlank())
        .constraint(maxLength(NAME_LENGTH))
        .field("slug")
        .constraint(maxLength(SLUG_LENGTH))
        .constraint(format(SLUG))
        .field("whatsappNumber")
        .constraint(format(E164))
        .field("subscriptionTierId")
        .constraint(format(UUID))
        .field("timezone")
        .constraint(format(IANA_ZONE))
        .field("contactEmail")
        .constraint(format(EMAIL))
        .field("contactPhone")
        .constraint(format(E164))
        .field("apiKeys")
        .containerElementType()
        .valid()
        .field("allowedOrigins")
        .containerElementType()
        .constraint(format(HTTPS_ORIGIN));
    type(m, ApiKey.class)
        .field("keyHash")
        .constraint(format(SHA256_HEX))
        .field("name")
        .constraint(maxLength(NAME_LENGTH));
    type(m, ApiKeyList.class).field("apiKeys").containerElementType().valid();
    type(m, CorsConfiguration.class)
        .field("allowedOrigins")
        .containerElementType()
        .constraint(format(HTTPS_ORIGIN))
        .field("allowedMethods")
        .containerElementType()
        .constraint(format(HTTP_METHOD))
        .field("allowedHeaders")
        .containerElementType()
        .constraint(format(HTTP_TOKEN))
        .field("maxAge")
        .constraint(seconds(Bounds.closed("0", "86400")));
  }

  private static void settings(ConstraintMapping m) {
    TypeConstraintMappingContext<TenantSettings> settings = type(m, TenantSettings.class);
    settings.field("id").constraint(format(UUID));
    settings.field("tenantId").constraint(format(UUID));
    for (String group : Roots.SETTINGS_GROUPS) {
      settings.field(group).valid();
    }
    type(m, LlmSettings.class)
        .field("llmTemperature")
        .constraint(range(Bounds.closed("0", "2")))
        .field("llmMaxTokens")
        .constraint(range(Bounds.closed("1", "200000")))
        .field("llmTimeout")
        .constraint(seconds(Bounds.openClosed("0", "600")))
        .field("llmMaxRetries")
        .constraint(range(Bounds.closed("0", "10")));
    type(m, AiAgentSettings.class)
        .field("confidenceThreshold")
        .constraint(range(UNIT))
        .field("maxResponseLength")
        .constraint(range(Bounds.closed("1", "4096")));
    type(m, RagSettings.class)
        .field("ragTopKResults")
        .constraint(range(Bounds.closed("1", "50")))
        .field("ragSemanticWeight")
        .constraint(range(UNIT))
        .field("ragKeywordWeight")
        .constraint(range(UNIT));
    type(m, MessageHarmonizationSettings.class)
        .field("harmonizationWaitSeconds")
        .constraint(seconds(Bounds.closed("0", "60")));
    type(m, LanguageSettings.class)
        .field("defaultLanguage")
        .constraint(format(LANGUAGE_CODE))
        .field("supportedLanguages")
        .containerElementType()
        .constraint(format(LANGUAGE_CODE));
    type(m, HandoffSettings.class)
        .field("maxClarificationAttempts")
        .constraint(range(Bounds.closed("0", "10")))
        .field("handoffConfidenceThreshold")
        .constraint(range(UNIT))
        .field("handoffMessage")
        .constraint(maxLength(MESSAGE_LENGTH));
    type(m, FeedbackSettings.class)
        .field("feedbackPromptFrequency")
        .constraint(range(Bounds.closed("1", "1000")));
    type(m, TwilioSettings.class)
        .field("twilioWhatsappNumber")
        .constraint(format(E164))
        .field("inboundWebhookUrl")
        .constraint(format(HTTPS_URL))
        .field("statusWebhookUrl")
        .constraint(format(HTTPS_URL));
    type(m, WooCommerceSettings.class).field("wooStoreUrl").constraint(format(HTTPS_URL));
    type(m, ShopifySettings.class).field("shopifyShopDomain").constraint(format(SHOPIFY_DOMAIN));
    type(m, MpesaSettings.class)
        .field("mpesaShortcode")
        .constraint(format(MPESA_SHORTCODE))
        .field("mpesaCallbackUrl")
        .constraint(format(HTTPS_URL));
    type(m, PaystackSettings.class).field("paystackWebhookUrl").constraint(format(HTTPS_URL));
    type(m, BusinessSettings.class)
        .field("businessName")
        .constraint(maxLength(NAME_LENGTH))
        .field("businessWebsite")
        .constraint(format(HTTPS_URL));
    type(m, BrandingSettings.class)
        .field("brandColor")
        .constraint(format(HEX_COLOR))
        .field("brandLogoUrl")
        .constraint(format(HTTPS_URL))
        .field("welcomeMessage")
        .constraint(maxLength(MESSAGE_LENGTH))
        .field("botName")
        .constraint(maxLength(BOT_NAME_LENGTH));
    type(m, NotificationSettings.class)
        .field("notificationEmail")
        .constraint(format(EMAIL))
        .field("notificationPhone")
        .constraint(format(E164));
    type(m, AnalyticsSettings.class)
        .field("analyticsRetentionDays")
        .constraint(range(Bounds.closed("1", "3650")));
  }

  private static void agentConfiguration(ConstraintMapping m) {
    type(m, AgentConfiguration.class)
        .field("id")
        .constraint(format(UUID))
        .field("tenantId")
        .constraint(format(UUID))
        .field("persona")
        .valid()
        .field("behavior")
        .valid()
        .field("handoff")
        .valid()
        .field("features")
        .valid()
        .field("rag")
        .valid()
        .field("customInstructions")
        .constraint(maxLength(INSTRUCTIONS_LENGTH));
    type(m, AgentPersona.class)
        .field("botName")
        .constraint(maxLength(BOT_NAME_LENGTH))
        .field("greetingMessage")
        .constraint(maxLength(MESSAGE_LENGTH))
        .field("fallbackMessage")
        .constraint(maxLength(MESSAGE_LENGTH));
    type(m, AgentBehavior.class)
        .field("confidenceThreshold")
        .constraint(range(UNIT))
        .field("maxResponseLength")
        .constraint(range(Bounds.closed("1", "4096")));
  }

  private static void billing(ConstraintMapping m) {
    type(m, SubscriptionTier.class)
        .field("id")
        .constraint(format(UUID))
        .field("name")
        .constraint(notBlank())
        .constraint(maxLength(NAME_LENGTH))
        .field("monthlyPrice")
        .constraint(range(NON_NEGATIVE))
        .field("yearlyPrice")
        .constraint(range(NON_NEGATIVE))
        .field("limits")
        .valid()
        .field("features")
        .valid();
    TypeConstraintMappingContext<TierLimits> limits = type(m, TierLimits.class);
    for (String limit :
        new String[] {
          "monthlyMessages", "maxProducts", "maxServices", "maxCampaignSends", "maxDailyOutbound"
        }) {
      limits.field(limit).constraint(range(NON_NEGATIVE));
    }
    type(m, TierFeatures.class)
        .field("transactionFeePercentage")
        .constraint(range(Bounds.closed("0", "100")))
        .field("abTestVariants")
        .constraint(range(Bounds.closed("1", "100")));
    type(m, Subscription.class)
        .field("id")
        .constraint(format(UUID))
        .field("tenantId")
        .constraint(format(UUID))
        .field("tierId")
        .constraint(format(UUID))
        .field("messagesSentThisPeriod")
        .constraint(range(NON_NEGATIVE))
        .field("campaignsSentThisPeriod")
        .constraint(range(NON_NEGATIVE));
  }

  private static void business(ConstraintMapping m) {
    nonNegative(type(m, CategoryCount.class), "count").field("name").constraint(notBlank());
    nonNegative(
            type(m, ProductCatalogSummary.class),
            "totalProducts", "activeProducts", "averagePrice", "totalInventoryValue")
        .field("categories")
        .containerElementType()
        .valid();
    nonNegative(
            type(m, ServiceCatalogSummary.class),
            "totalServices", "activeServices", "averagePrice", "totalBookingsThisMonth")
        .field("categories")
        .containerElementType()
        .valid();
    nonNegative(type(m, CustomerSegment.class), "count", "totalSpent")
        .field("segment")
        .constraint(notBlank());
    nonNegative(
            type(m, CustomerSummary.class),
            "totalCustomers", "activeCustomers", "newCustomersThisMonth", "returningCustomers",
            "averageCustomerValue")
        .field("customerRetentionRate")
        .constraint(range(UNIT))
        .field("customerSegments")
        .containerElementType()
        .valid();
    nonNegative(type(m, TopProduct.class), "orders", "revenue")
        .field("product")
        .constraint(notBlank());
    nonNegative(
            type(m, OrderSummary.class),
            "totalOrders", "completedOrders", "pendingOrders", "canceledOrders", "totalRevenue",
            "averageOrderValue", "ordersThisMonth", "revenueThisMonth")
        .field("topProducts")
        .containerElementType()
        .valid();
  }

  /** Puts the {@code range} rule with bounds [0, ∞) on each field; returns the type's mapping. */
  private static <T> TypeConstraintMappingContext<T> nonNegative(
      TypeConstraintMappingContext<T> type, String... fields) {
    for (String field : fields) {
      type.field(field).constraint(range(NON_NEGATIVE));
    }
    return type;
  }

  private static void analytics(ConstraintMapping m) {
    TypeConstraintMappingContext<DailyAnalytics> daily = type(m, DailyAnalytics.class);
    daily.field("tenantId").constraint(format(UUID));
    for (String count :
        new String[] {
          "messagesInbound", "messagesOutbound", "messagesTotal", "conversationsStarted",
          "conversationsActive", "conversationsClosed", "handoffCount", "ordersCreated",
          "ordersCompleted", "ordersCanceled", "appointmentsBooked", "appointmentsCompleted",
          "appointmentsCanceled", "aiInteractions", "lowConfidenceCount", "totalTokensUsed",
          "newCustomers", "returningCustomers", "activeCustomers", "avgResponseTimeSeconds",
          "revenue", "avgOrderValue", "appointmentRevenue", "totalAiCost"
        }) {
      daily.field(count).constraint(range(NON_NEGATIVE));
    }
    daily.field("handoffRate").constraint(range(UNIT));
    daily.field("avgConfidence").constraint(range(UNIT));

    TypeConstraintMappingContext<PerformanceMetrics> metrics = type(m, PerformanceMetrics.class);
    metrics.field("tenantId").constraint(format(UUID));
    for (String rate :
        new String[] {
          "conversationToOrderRate",
          "messageToOrderRate",
          "cartAbandonmentRate",
          "feedbackResponseRate",
          "avgAiConfidence",
          "handoffRate",
          "resolutionRate"
        }) {
      metrics.field(rate).constraint(range(UNIT));
    }
    metrics.field("avgFeedbackScore").constraint(range(FEEDBACK_SCORE));
    for (String count :
        new String[] {
          "positiveFeedbackCount",
          "negativeFeedbackCount",
          "avgResponseTimeSeconds",
          "totalRevenue",
          "totalOrders",
          "avgOrderValue",
          "transactionFeesCollected"
        }) {
      metrics.field(count).constraint(range(NON_NEGATIVE));
    }
  }

  /**
   * The mapping of {@code type}, with the {@code ciphertext} rule already on each of its sealed
   * secret components: every field the reference marks "Encrypted", found by reflection so that a
   * new one cannot be forgotten.
   */
  private static <T> TypeConstraintMappingContext<T> type(ConstraintMapping m, Class<T> type) {
    TypeConstraintMappingContext<T> context = m.type(type);
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getType() == SealedSecret.class) {
        context
            .field(component.getName())
            .constraint(
                new GenericConstraintDef<>(Ciphertext.class)
                    .param("max", CIPHERTEXT_LENGTH)
                    .message(
                        "must be a non-blank ciphertext of at most "
                            + CIPHERTEXT_LENGTH
                            + " characters"));
      }
    }
    return context;
  }

  /** The constraint "has format {@code kind}", with the format's message. */
  static ConstraintDef<?, ?> format(FormatKind kind) {
    return new GenericConstraintDef<>(Format.class).param("value", kind).message(kind.message());
  }

  /** The constraint "is a number within {@code bounds}". */
  static ConstraintDef<?, ?> range(Bounds bounds) {
    return inRange(bounds).message(bounds.message(""));
  }

  /** The constraint "is a duration within {@code bounds}, in seconds". */
  static ConstraintDef<?, ?> seconds(Bounds bounds) {
    return inRange(bounds).message(bounds.message(" seconds"));
  }

  private static GenericConstraintDef<InRange> inRange(Bounds bounds) {
    GenericConstraintDef<InRange> def = new GenericConstraintDef<>(InRange.class);
    BigDecimal min = bounds.min();
    BigDecimal max = bounds.max();
    if (min != null) {
      def.param("min", min.toPlainString()).param("minInclusive", bounds.minInclusive());
    }
    if (max != null) {
      def.param("max", max.toPlainString()).param("maxInclusive", bounds.maxInclusive());
    }
    return def;
  }

  /** The constraint "is not blank" (a required text). */
  static ConstraintDef<?, ?> notBlank() {
    return new NotBlankDef().message("must not be blank");
  }

  /** The constraint "has at most {@code max} characters". */
  static ConstraintDef<?, ?> maxLength(int max) {
    return new SizeDef().max(max).message("must be at most " + max + " characters long");
  }
}
