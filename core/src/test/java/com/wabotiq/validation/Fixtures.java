package com.wabotiq.validation;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionStatus;
import com.wabotiq.business.CategoryCount;
import com.wabotiq.business.CustomerSegment;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.business.TopProduct;
import com.wabotiq.tenant.AgentBehavior;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.AgentFeatures;
import com.wabotiq.tenant.AgentPersona;
import com.wabotiq.tenant.AiAgentSettings;
import com.wabotiq.tenant.AnalyticsSettings;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.BotPersonality;
import com.wabotiq.tenant.BrandingSettings;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.BusinessSettings;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.FeedbackSettings;
import com.wabotiq.tenant.HandoffSettings;
import com.wabotiq.tenant.LanguageSettings;
import com.wabotiq.tenant.LlmApiKeys;
import com.wabotiq.tenant.LlmProvider;
import com.wabotiq.tenant.LlmSettings;
import com.wabotiq.tenant.MessageHarmonizationSettings;
import com.wabotiq.tenant.MpesaEnvironment;
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
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.tenant.TwilioSettings;
import com.wabotiq.tenant.WooCommerceSettings;
import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data reference's example documents, built by hand with exactly the reference's values ({@code
 * reference...}), and the same documents with the reference's placeholders (ids {@code "uuid"}, key
 * hashes {@code "sha256_hash..."}, namespace {@code "tenant_uuid"}) replaced by well-formed values
 * ({@code valid...}), from which the rule tests start.
 */
final class Fixtures {
  static final String TENANT_ID = "5b1f6a3e-8c2d-4e7f-9a0b-1c2d3e4f5a6b";
  static final String SETTINGS_ID = "0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70";
  static final String TIER_ID = "7e57d004-2b97-0e7a-b45f-5387367791cd";
  static final String SUBSCRIPTION_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
  static final String AGENT_ID = "c0ffee00-1234-4abc-9def-00112233aabb";

  /** SHA-256 of "wk_live_production". */
  static final String HASH_1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  /** Another well-formed hash. */
  static final String HASH_2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

  static final String PLACEHOLDER = "uuid";

  private Fixtures() {}

  static Instant at(String iso) {
    return Instant.parse(iso);
  }

  // --- 1. Tenant ---

  static Tenant referenceTenant() {
    return Tenant.builder()
        .id(TenantId.of(PLACEHOLDER))
        .name("Acme Electronics")
        .slug("acme-electronics")
        .status(TenantStatus.ACTIVE)
        .whatsappNumber("+254712345678")
        .subscriptionTierId(TierId.of(PLACEHOLDER))
        .subscriptionWaived(false)
        .trialStartDate(at("2025-11-01T00:00:00Z"))
        .trialEndDate(at("2025-11-15T00:00:00Z"))
        .timezone(ZoneId.of("Africa/Nairobi"))
        .quietHoursStart(LocalTime.of(22, 0))
        .quietHoursEnd(LocalTime.of(8, 0))
        .contactEmail("admin@acme.com")
        .contactPhone("+254712345678")
        .apiKeys(
            List.of(
                new ApiKey(
                    "sha256_hash",
                    "Production API Key",
                    List.of(),
                    at("2025-11-01T10:00:00Z"),
                    at("2025-11-20T15:30:00Z"),
                    null,
                    null)))
        .allowedOrigins(List.of("https://dashboard.acme.com", "https://app.acme.com"))
        .twilioSid(SealedSecret.of("AC..."))
        .twilioToken(SealedSecret.of("..."))
        .webhookSecret(SealedSecret.of("..."))
        .createdAt(at("2025-11-01T00:00:00Z"))
        .updatedAt(at("2025-11-20T10:30:00Z"))
        .deletedAt(null)
        .build();
  }

  static Tenant validTenant() {
    Tenant t = referenceTenant();
    ApiKey key = t.apiKeys().get(0);
    return t.toBuilder()
        .id(TenantId.of(TENANT_ID))
        .subscriptionTierId(TierId.of(TIER_ID))
        .apiKeys(List.of(withHash(key, HASH_1)))
        .build();
  }

  static ApiKey withHash(ApiKey k, String hash) {
    return new ApiKey(
        hash, k.name(), k.scopes(), k.createdAt(), k.lastUsedAt(), k.expiresAt(), k.isActive());
  }

  // --- 2. Tenant settings ---

  static TenantSettings referenceSettings() {
    return TenantSettings.builder()
        .id(SettingsId.of(PLACEHOLDER))
        .tenantId(TenantId.of(PLACEHOLDER))
        .llm(
            LlmSettings.builder()
                .llmProvider(LlmProvider.OPENAI)
                .llmModel("gpt-4o")
                .llmTemperature(0.7)
                .llmMaxTokens(1000)
                .llmTimeout(Duration.ofSeconds(60))
                .llmMaxRetries(3)
                .build())
        .llmApiKeys(
            LlmApiKeys.builder()
                .openaiApiKey(SealedSecret.of("sk-..."))
                .geminiApiKey(SealedSecret.of("AIza..."))
                .togetherApiKey(SealedSecret.of("..."))
                .anthropicApiKey(SealedSecret.of("..."))
                .build())
        .agent(
            AiAgentSettings.builder()
                .aiAgentEnabled(true)
                .confidenceThreshold(0.7)
                .maxResponseLength(500)
                .enableSpellingCorrection(true)
                .enableContextSummarization(true)
                .enableKeyFactExtraction(true)
                .build())
        .rag(referenceRag())
        .harmonization(
            MessageHarmonizationSettings.builder()
                .enableMessageHarmonization(true)
                .harmonizationWaitSeconds(Duration.ofSeconds(3))
                .build())
        .language(
            LanguageSettings.builder()
                .enableLanguageConsistency(true)
                .defaultLanguage("en")
                .supportedLanguages(List.of("en", "sw", "sheng"))
                .build())
        .richMessages(
            RichMessageSettings.builder()
                .enableRichMessages(true)
                .enableProductCards(true)
                .enableServiceCards(true)
                .enableButtonMessages(true)
                .enableListMessages(true)
                .build())
        .handoff(
            HandoffSettings.builder()
                .enableProgressiveHandoff(true)
                .maxClarificationAttempts(3)
                .handoffOnLowConfidence(true)
                .handoffConfidenceThreshold(0.5)
                .build())
        .feedback(
            FeedbackSettings.builder()
                .enableFeedbackCollection(true)
                .feedbackPromptFrequency(5)
                .build())
        .twilio(
            TwilioSettings.builder()
                .twilioSid(SealedSecret.of("AC..."))
                .twilioToken(SealedSecret.of("..."))
                .twilioWhatsappNumber("+254712345678")
                .build())
        .wooCommerce(
            WooCommerceSettings.builder()
                .wooStoreUrl("https://store.acme.com")
                .wooConsumerKey(SealedSecret.of("ck_..."))
                .wooConsumerSecret(SealedSecret.of("cs_..."))
                .wooWebhookSecret(SealedSecret.of("..."))
                .build())
        .shopify(
            ShopifySettings.builder()
                .shopifyShopDomain("acme.myshopify.com")
                .shopifyAccessToken(SealedSecret.of("shpat_..."))
                .shopifyWebhookSecret(SealedSecret.of("..."))
                .build())
        .mpesa(
            MpesaSettings.builder()
                .mpesaConsumerKey(SealedSecret.of("..."))
                .mpesaConsumerSecret(SealedSecret.of("..."))
                .mpesaShortcode("174379")
                .mpesaPasskey(SealedSecret.of("..."))
                .mpesaEnvironment(MpesaEnvironment.PRODUCTION)
                .build())
        .paystack(
            PaystackSettings.builder()
                .paystackSecretKey(SealedSecret.of("sk_..."))
                .paystackPublicKey("pk_...")
                .build())
        .pesapal(
            PesapalSettings.builder()
                .pesapalConsumerKey(SealedSecret.of("..."))
                .pesapalConsumerSecret(SealedSecret.of("..."))
                .pesapalIpnId("...")
                .build())
        .stripe(
            StripeSettings.builder()
                .stripeSecretKey(SealedSecret.of("sk_..."))
                .stripePublishableKey("pk_...")
                .stripeWebhookSecret(SealedSecret.of("whsec_..."))
                .build())
        .pinecone(
            PineconeSettings.builder()
                .pineconeApiKey(SealedSecret.of("..."))
                .pineconeIndexName("wabotiq-rag")
                .pineconeNamespace("tenant_uuid")
                .build())
        .business(
            BusinessSettings.builder()
                .businessName("Acme Electronics")
                .businessDescription("Electronics and gadgets store")
                .businessHours(referenceHours())
                .businessLocation("Nairobi, Kenya")
                .businessWebsite("https://acme.com")
                .build())
        .branding(
            BrandingSettings.builder()
                .brandColor("#007bff")
                .brandLogoUrl("https://cdn.acme.com/logo.png")
                .welcomeMessage("Karibu Acme Electronics! How can I help you today?")
                .botName("Acme Assistant")
                .botPersonality(BotPersonality.FRIENDLY)
                .build())
        .notifications(
            NotificationSettings.builder()
                .notifyOnHandoff(true)
                .notifyOnOrder(true)
                .notifyOnAppointment(true)
                .notificationEmail("alerts@acme.com")
                .notificationPhone("+254712345678")
                .build())
        .analytics(
            AnalyticsSettings.builder()
                .enableAnalytics(true)
                .analyticsRetentionDays(365)
                .enableCustomerSegmentation(true)
                .build())
        .metadata(referenceMetadata())
        .createdAt(at("2025-11-01T00:00:00Z"))
        .updatedAt(at("2025-11-20T10:30:00Z"))
        .build();
  }

  static RagSettings referenceRag() {
    return RagSettings.builder()
        .enableDocumentRetrieval(true)
        .enableDatabaseRetrieval(true)
        .enableInternetEnrichment(false)
        .enableSourceAttribution(true)
        .enableGroundedValidation(true)
        .ragTopKResults(5)
        .ragSemanticWeight(0.7)
        .ragKeywordWeight(0.3)
        .build();
  }

  static BusinessHours referenceHours() {
    Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      days.put(d, DayHours.open(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }
    days.put(DayOfWeek.SATURDAY, DayHours.open(LocalTime.of(10, 0), LocalTime.of(16, 0)));
    days.put(DayOfWeek.SUNDAY, DayHours.closedAllDay());
    return BusinessHours.of(days);
  }

  static Map<String, Object> referenceMetadata() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("industry", "electronics");
    metadata.put("target_market", "kenya");
    metadata.put("average_order_value", new BigDecimal("15000"));
    metadata.put("preferred_payment_method", "mpesa");
    return metadata;
  }

  /** The reference settings, placeholders replaced, with the integration examples' URLs. */
  static TenantSettings validSettings() {
    TenantSettings s = referenceSettings();
    return s.toBuilder()
        .id(SettingsId.of(SETTINGS_ID))
        .tenantId(TenantId.of(TENANT_ID))
        .twilio(
            s.twilio().toBuilder()
                .webhookSecret(SealedSecret.of("..."))
                .inboundWebhookUrl(
                    "https://api.wabotiq.com/v1/webhooks/twilio/inbound/" + TENANT_ID)
                .statusWebhookUrl("https://api.wabotiq.com/v1/webhooks/twilio/status/" + TENANT_ID)
                .build())
        .mpesa(
            s.mpesa().toBuilder()
                .mpesaCallbackUrl("https://api.wabotiq.com/v1/webhooks/mpesa/" + TENANT_ID)
                .build())
        .paystack(
            s.paystack().toBuilder()
                .paystackWebhookUrl("https://api.wabotiq.com/v1/webhooks/paystack/" + TENANT_ID)
                .build())
        .pinecone(s.pinecone().toBuilder().pineconeNamespace(TENANT_ID).build())
        .build();
  }

  // --- 4. Integration credentials: the reference's examples, each a settings group alone ---

  static TwilioSettings referenceTwilio() {
    return TwilioSettings.builder()
        .twilioSid(SealedSecret.of("AC..."))
        .twilioToken(SealedSecret.of("..."))
        .twilioWhatsappNumber("+254712345678")
        .webhookSecret(SealedSecret.of("..."))
        .inboundWebhookUrl("https://api.wabotiq.com/v1/webhooks/twilio/inbound/{tenant_id}")
        .statusWebhookUrl("https://api.wabotiq.com/v1/webhooks/twilio/status/{tenant_id}")
        .build();
  }

  static WooCommerceSettings referenceWooCommerce() {
    return WooCommerceSettings.builder()
        .wooStoreUrl("https://store.acme.com")
        .wooConsumerKey(SealedSecret.of("ck_..."))
        .wooConsumerSecret(SealedSecret.of("cs_..."))
        .wooWebhookSecret(SealedSecret.of("..."))
        .wooSyncEnabled(true)
        .wooSyncProducts(true)
        .wooSyncOrders(true)
        .wooSyncInventory(true)
        .wooLastSync(at("2025-11-20T10:00:00Z"))
        .build();
  }

  static ShopifySettings referenceShopify() {
    return ShopifySettings.builder()
        .shopifyShopDomain("acme.myshopify.com")
        .shopifyAccessToken(SealedSecret.of("shpat_..."))
        .shopifyWebhookSecret(SealedSecret.of("..."))
        .shopifySyncEnabled(true)
        .shopifySyncProducts(true)
        .shopifySyncOrders(true)
        .shopifySyncInventory(true)
        .shopifyLastSync(at("2025-11-20T10:00:00Z"))
        .build();
  }

  static MpesaSettings referenceMpesa() {
    return MpesaSettings.builder()
        .mpesaConsumerKey(SealedSecret.of("..."))
        .mpesaConsumerSecret(SealedSecret.of("..."))
        .mpesaShortcode("174379")
        .mpesaPasskey(SealedSecret.of("..."))
        .mpesaEnvironment(MpesaEnvironment.PRODUCTION)
        .mpesaCallbackUrl("https://api.wabotiq.com/v1/webhooks/mpesa/{tenant_id}")
        .build();
  }

  static PaystackSettings referencePaystack() {
    return PaystackSettings.builder()
        .paystackSecretKey(SealedSecret.of("sk_..."))
        .paystackPublicKey("pk_...")
        .paystackWebhookUrl("https://api.wabotiq.com/v1/webhooks/paystack/{tenant_id}")
        .build();
  }

  // --- 3. Subscription ---

  static Subscription referenceSubscription() {
    return Subscription.builder()
        .id(SubscriptionId.of(PLACEHOLDER))
        .tenantId(TenantId.of(PLACEHOLDER))
        .tierId(TierId.of(PLACEHOLDER))
        .billingCycle(BillingCycle.MONTHLY)
        .status(SubscriptionStatus.ACTIVE)
        .startDate(LocalDate.parse("2025-11-01"))
        .nextBillingDate(LocalDate.parse("2025-12-01"))
        .canceledAt(null)
        .cancellationReason(null)
        .currentPeriodStart(LocalDate.parse("2025-11-01"))
        .currentPeriodEnd(LocalDate.parse("2025-12-01"))
        .messagesSentThisPeriod(450)
        .campaignsSentThisPeriod(5)
        .createdAt(at("2025-11-01T00:00:00Z"))
        .updatedAt(at("2025-11-20T10:30:00Z"))
        .build();
  }

  static Subscription validSubscription() {
    return referenceSubscription().toBuilder()
        .id(SubscriptionId.of(SUBSCRIPTION_ID))
        .tenantId(TenantId.of(TENANT_ID))
        .tierId(TierId.of(TIER_ID))
        .build();
  }

  // --- 5. Agent configuration ---

  static AgentConfiguration referenceAgentConfiguration() {
    return AgentConfiguration.builder()
        .id(AgentConfigurationId.of(PLACEHOLDER))
        .tenantId(TenantId.of(PLACEHOLDER))
        .persona(
            AgentPersona.builder()
                .botName("Acme Assistant")
                .botPersonality(BotPersonality.FRIENDLY)
                .greetingMessage("Karibu! How can I help you today?")
                .fallbackMessage("I'm not sure I understand. Could you rephrase that?")
                .build())
        .behavior(
            AgentBehavior.builder()
                .confidenceThreshold(0.7)
                .maxResponseLength(500)
                .enableProactiveSuggestions(true)
                .enableProductRecommendations(true)
                .build())
        .handoff(
            HandoffSettings.builder()
                .enableProgressiveHandoff(true)
                .maxClarificationAttempts(3)
                .handoffOnLowConfidence(true)
                .handoffConfidenceThreshold(0.5)
                .handoffMessage("Let me connect you with a team member who can help better.")
                .build())
        .features(
            AgentFeatures.builder()
                .enableSpellingCorrection(true)
                .enableContextSummarization(true)
                .enableKeyFactExtraction(true)
                .enableMessageHarmonization(true)
                .enableLanguageConsistency(true)
                .enableRichMessages(true)
                .enableFeedbackCollection(true)
                .build())
        .rag(
            RagSettings.builder()
                .enableDocumentRetrieval(true)
                .enableDatabaseRetrieval(true)
                .enableInternetEnrichment(false)
                .enableSourceAttribution(true)
                .enableGroundedValidation(true)
                .build())
        .customInstructions(
            "Always mention free delivery for orders over 5000 KES. Emphasize our 7-day return"
                + " policy.")
        .createdAt(at("2025-11-01T00:00:00Z"))
        .updatedAt(at("2025-11-20T10:30:00Z"))
        .build();
  }

  static AgentConfiguration validAgentConfiguration() {
    return referenceAgentConfiguration().toBuilder()
        .id(AgentConfigurationId.of(AGENT_ID))
        .tenantId(TenantId.of(TENANT_ID))
        .build();
  }

  // --- 6. Business data ---

  static ProductCatalogSummary referenceProducts() {
    return new ProductCatalogSummary(
        150,
        145,
        List.of(
            new CategoryCount("Electronics", 80),
            new CategoryCount("Fashion", 50),
            new CategoryCount("Home & Garden", 20)),
        new BigDecimal("15000.00"),
        new BigDecimal("2250000.00"));
  }

  static ServiceCatalogSummary referenceServices() {
    return new ServiceCatalogSummary(
        12,
        10,
        List.of(
            new CategoryCount("Hair Services", 5),
            new CategoryCount("Spa Services", 5),
            new CategoryCount("Consultations", 2)),
        new BigDecimal("1500.00"),
        45);
  }

  static CustomerSummary referenceCustomers() {
    return new CustomerSummary(
        1250,
        890L,
        45,
        845,
        List.of(
            new CustomerSegment("VIP", 50, new BigDecimal("500000")),
            new CustomerSegment("Regular", 400, new BigDecimal("800000")),
            new CustomerSegment("New", 800, new BigDecimal("200000"))),
        new BigDecimal("1200.00"),
        new BigDecimal("0.68"));
  }

  static OrderSummary referenceOrders() {
    return OrderSummary.builder()
        .totalOrders(2500)
        .completedOrders(2300)
        .pendingOrders(150)
        .canceledOrders(50)
        .totalRevenue(new BigDecimal("3750000.00"))
        .averageOrderValue(new BigDecimal("1500.00"))
        .ordersThisMonth(180)
        .revenueThisMonth(new BigDecimal("270000.00"))
        .topProducts(
            List.of(
                new TopProduct("Samsung Galaxy A54", 45, new BigDecimal("1575000")),
                new TopProduct("HP Pavilion Gaming", 30, new BigDecimal("1440000"))))
        .build();
  }

  // --- 7. Analytics ---

  static DailyAnalytics referenceDaily() {
    return DailyAnalytics.builder()
        .date(LocalDate.parse("2025-11-20"))
        .tenantId(TenantId.of(PLACEHOLDER))
        .messagesInbound(450)
        .messagesOutbound(520)
        .messagesTotal(970L)
        .avgResponseTimeSeconds(new BigDecimal("2.5"))
        .conversationsStarted(45)
        .conversationsActive(120)
        .conversationsClosed(38)
        .handoffCount(5)
        .handoffRate(new BigDecimal("0.04"))
        .ordersCreated(12)
        .ordersCompleted(10)
        .ordersCanceled(1)
        .revenue(new BigDecimal("18000.00"))
        .avgOrderValue(new BigDecimal("1500.00"))
        .appointmentsBooked(8)
        .appointmentsCompleted(6)
        .appointmentsCanceled(1)
        .appointmentRevenue(new BigDecimal("12000.00"))
        .aiInteractions(450)
        .avgConfidence(new BigDecimal("0.85"))
        .lowConfidenceCount(25)
        .totalTokensUsed(125000)
        .totalAiCost(new BigDecimal("1.875"))
        .newCustomers(5)
        .returningCustomers(40)
        .activeCustomers(45L)
        .build();
  }

  static DailyAnalytics validDaily() {
    return referenceDaily().toBuilder().tenantId(TenantId.of(TENANT_ID)).build();
  }

  static PerformanceMetrics referenceMetrics() {
    return PerformanceMetrics.builder()
        .period(YearMonth.of(2025, 11))
        .tenantId(TenantId.of(PLACEHOLDER))
        .conversationToOrderRate(new BigDecimal("0.15"))
        .messageToOrderRate(new BigDecimal("0.03"))
        .cartAbandonmentRate(new BigDecimal("0.25"))
        .avgFeedbackScore(new BigDecimal("4.5"))
        .positiveFeedbackCount(180L)
        .negativeFeedbackCount(20L)
        .feedbackResponseRate(new BigDecimal("0.45"))
        .avgAiConfidence(new BigDecimal("0.85"))
        .handoffRate(new BigDecimal("0.04"))
        .resolutionRate(new BigDecimal("0.92"))
        .avgResponseTimeSeconds(new BigDecimal("2.5"))
        .totalRevenue(new BigDecimal("270000.00"))
        .totalOrders(180L)
        .avgOrderValue(new BigDecimal("1500.00"))
        .transactionFeesCollected(new BigDecimal("6750.00"))
        .build();
  }

  static PerformanceMetrics validMetrics() {
    return referenceMetrics().toBuilder().tenantId(TenantId.of(TENANT_ID)).build();
  }

  // --- 8. API access ---

  static ApiKeyList referenceApiKeys() {
    return new ApiKeyList(
        List.of(
            new ApiKey(
                "sha256_hash_of_key",
                "Production API Key",
                List.of(ApiScope.READ, ApiScope.WRITE),
                at("2025-11-01T10:00:00Z"),
                at("2025-11-20T15:30:00Z"),
                null,
                true),
            new ApiKey(
                "sha256_hash_of_key_2",
                "Mobile App Key",
                List.of(ApiScope.READ),
                at("2025-11-05T14:00:00Z"),
                at("2025-11-20T16:00:00Z"),
                at("2026-11-05T14:00:00Z"),
                true)));
  }

  static ApiKeyList validApiKeys() {
    List<ApiKey> keys = referenceApiKeys().apiKeys();
    return new ApiKeyList(List.of(withHash(keys.get(0), HASH_1), withHash(keys.get(1), HASH_2)));
  }

  static CorsConfiguration referenceCors() {
    return new CorsConfiguration(
        List.of("https://dashboard.acme.com", "https://app.acme.com", "https://mobile.acme.com"),
        List.of("GET", "POST", "PUT", "PATCH", "DELETE"),
        List.of("Content-Type", "Authorization", "X-TENANT-ID"),
        Duration.ofHours(1));
  }
}
