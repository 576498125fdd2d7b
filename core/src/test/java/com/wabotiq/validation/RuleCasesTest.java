package com.wabotiq.validation;

import static com.wabotiq.validation.Fixtures.HASH_1;
import static com.wabotiq.validation.Fixtures.HASH_2;
import static com.wabotiq.validation.Fixtures.TENANT_ID;
import static com.wabotiq.validation.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.ApiAccessLevel;
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
import com.wabotiq.tenant.BusinessHours;
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
import com.wabotiq.tenant.PineconeSettings;
import com.wabotiq.tenant.RagSettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TwilioSettings;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One passing and one failing case for every rule, each built by hand from a valid fixture. A
 * failing case lists exactly the violations it must produce, as {@code path|rule|rejected}, in
 * report order; most produce one, a few produce the consequences their change implies (a count out
 * of range also breaks the sum it belongs to).
 */
class RuleCasesTest {
  /** Every rule code; each must have at least one passing and one failing case below. */
  static final Set<String> RULES =
      Set.of(
          "uuid",
          "not_blank",
          "max_length",
          "slug",
          "e164",
          "email",
          "https_origin",
          "https_url",
          "iana_zone",
          "sha256_hex",
          "unique",
          "time_order",
          "quiet_hours",
          "ciphertext",
          "range",
          "http_method",
          "http_token",
          "language_code",
          "not_empty",
          "default_language_supported",
          "handoff_not_above_confidence",
          "weights_sum_to_one",
          "shopify_domain",
          "mpesa_shortcode",
          "business_hours",
          "hex_color",
          "tenant_namespace",
          "money",
          "fee_requires_payment_facilitation",
          "next_billing_is_period_end",
          "requires_canceled_at",
          "not_above_total",
          "sum_matches_total",
          "derived_figure");

  private static final Tenant T = Fixtures.validTenant();
  private static final TenantSettings S = Fixtures.validSettings();
  private static final AgentConfiguration A = Fixtures.validAgentConfiguration();
  private static final Subscription U = Fixtures.validSubscription();
  private static final CorsConfiguration C = Fixtures.referenceCors();
  private static final DailyAnalytics D = Fixtures.validDaily();
  private static final PerformanceMetrics P = Fixtures.validMetrics();
  private static final Instant CREATED = at("2025-11-01T00:00:00Z");
  private static final SubscriptionTier G = SubscriptionTier.GROWTH;
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final List<CategoryCount> PRODUCT_CATEGORIES =
      Fixtures.referenceProducts().categories();

  private static final List<Arguments> PASSING = new ArrayList<>();
  private static final List<Arguments> FAILING = new ArrayList<>();
  private static final Set<String> PASSING_RULES = new TreeSet<>();

  static {
    tenantRules();
    apiAccessRules();
    settingsRules();
    agentConfigurationRules();
    billingRules();
    businessRules();
    analyticsRules();
  }

  /** Performance metrics validated with the tier's fee percentage. */
  record WithFee(PerformanceMetrics metrics, BigDecimal fee) {}

  private final ModelValidator validator = ModelValidator.create();

  static Stream<Arguments> passing() {
    return PASSING.stream();
  }

  static Stream<Arguments> failing() {
    return FAILING.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passing")
  void validate_passingCase_reportsNothing(String name, Object model) {
    assertThat(describe(validate(model))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void validate_failingCase_reportsExactlyTheExpectedViolations(
      String name, Object model, List<String> expected) {
    assertThat(describe(validate(model))).containsExactlyElementsOf(expected);
  }

  @Test
  void cases_everyRule_hasPassingAndFailingCases() {
    Set<String> failingRules = new TreeSet<>();
    for (Arguments a : FAILING) {
      @SuppressWarnings("unchecked")
      List<String> expected = (List<String>) a.get()[2];
      for (String e : expected) {
        failingRules.add(e.split("\\|", -1)[1]);
      }
    }
    assertThat(failingRules).isEqualTo(new TreeSet<>(RULES));
    assertThat(PASSING_RULES).isEqualTo(new TreeSet<>(RULES));
  }

  private ValidationResult validate(Object model) {
    return model instanceof WithFee f
        ? validator.validate(f.metrics(), f.fee())
        : validator.validate(model);
  }

  static List<String> describe(ValidationResult result) {
    return result.violations().stream()
        .map(v -> v.path() + "|" + v.rule() + "|" + v.rejectedValue())
        .toList();
  }

  /** Registers a passing case and a failing case of {@code rule}. */
  private static void rule(
      String rule, String name, Object passing, Object failing, String... expected) {
    PASSING.add(Arguments.of(rule + ": " + name, passing));
    PASSING_RULES.add(rule);
    FAILING.add(Arguments.of(rule + ": " + name, failing, List.of(expected)));
  }

  /** Registers another passing case. */
  private static void pass(String rule, String name, Object passing) {
    PASSING.add(Arguments.of(rule + ": " + name, passing));
  }

  /** Registers another failing case. */
  private static void fail(String rule, String name, Object failing, String... expected) {
    FAILING.add(Arguments.of(rule + ": " + name, failing, List.of(expected)));
  }

  static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  /** The rendering of a long rejected value: its first 117 characters and "...". */
  static String cut(String s) {
    return s.substring(0, 117) + "...";
  }

  // ---------------------------------------------------------------- tenant

  private static Tenant tenant(UnaryOperator<Tenant.Builder> f) {
    return f.apply(T.toBuilder()).build();
  }

  private static ApiKey key(String hash, Instant created, Instant lastUsed, Instant expires) {
    return new ApiKey(hash, "Key", List.of(), created, lastUsed, expires, true);
  }

  private static void tenantRules() {
    String upper = TENANT_ID.toUpperCase(Locale.ROOT);
    rule(
        "uuid",
        "tenant id lowercase canonical",
        tenant(b -> b.id(TenantId.of("00000000-0000-4000-8000-00000000000a"))),
        tenant(b -> b.id(TenantId.of(upper))),
        "id|uuid|" + upper);
    fail("uuid", "tenant id placeholder", tenant(b -> b.id(TenantId.of("uuid"))), "id|uuid|uuid");
    rule(
        "uuid",
        "subscription_tier_id",
        tenant(b -> b.subscriptionTierId(null)),
        tenant(b -> b.subscriptionTierId(TierId.of("starter"))),
        "subscription_tier_id|uuid|starter");
    rule(
        "not_blank",
        "tenant name",
        tenant(b -> b.name("A")),
        tenant(b -> b.name("   ")),
        "name|not_blank|   ");
    rule(
        "max_length",
        "tenant name 255",
        tenant(b -> b.name(repeat('n', 255))),
        tenant(b -> b.name(repeat('n', 256))),
        "name|max_length|" + cut(repeat('n', 256)));
    rule(
        "slug",
        "tenant slug",
        tenant(b -> b.slug("acme-2-electronics")),
        tenant(b -> b.slug("Acme_Electronics")),
        "slug|slug|Acme_Electronics");
    fail("slug", "double hyphen", tenant(b -> b.slug("acme--x")), "slug|slug|acme--x");
    fail("slug", "leading hyphen", tenant(b -> b.slug("-acme")), "slug|slug|-acme");
    fail("slug", "trailing hyphen", tenant(b -> b.slug("acme-")), "slug|slug|acme-");
    fail("slug", "empty", tenant(b -> b.slug("")), "slug|slug|");
    rule(
        "max_length",
        "slug 63",
        tenant(b -> b.slug(repeat('a', 63))),
        tenant(b -> b.slug(repeat('a', 64))),
        "slug|max_length|" + repeat('a', 64));
    rule(
        "e164",
        "whatsapp_number shortest",
        tenant(b -> b.whatsappNumber("+1234567")),
        tenant(b -> b.whatsappNumber("+123456")),
        "whatsapp_number|e164|+123456");
    pass("e164", "whatsapp_number longest", tenant(b -> b.whatsappNumber("+123456789012345")));
    fail(
        "e164",
        "whatsapp_number too long",
        tenant(b -> b.whatsappNumber("+1234567890123456")),
        "whatsapp_number|e164|+1234567890123456");
    fail(
        "e164",
        "whatsapp_number without +",
        tenant(b -> b.whatsappNumber("254712345678")),
        "whatsapp_number|e164|254712345678");
    fail(
        "e164",
        "whatsapp_number leading 0",
        tenant(b -> b.whatsappNumber("+0712345678")),
        "whatsapp_number|e164|+0712345678");
    rule(
        "e164",
        "contact_phone",
        tenant(b -> b.contactPhone("+14155550123")),
        tenant(b -> b.contactPhone("+254 712 345 678")),
        "contact_phone|e164|+254 712 345 678");
    rule(
        "iana_zone",
        "timezone",
        tenant(b -> b.timezone(ZoneId.of("America/Argentina/Buenos_Aires"))),
        tenant(b -> b.timezone(ZoneOffset.of("+03:00"))),
        "timezone|iana_zone|+03:00");
    pass("iana_zone", "UTC", tenant(b -> b.timezone(ZoneId.of("UTC"))));
    fail(
        "iana_zone",
        "prefixed offset",
        tenant(b -> b.timezone(ZoneId.of("GMT+03:00"))),
        "timezone|iana_zone|GMT+03:00");
    rule(
        "email",
        "contact_email",
        tenant(b -> b.contactEmail("first.last+tag@mail.acme.co.ke")),
        tenant(b -> b.contactEmail("admin@acme")),
        "contact_email|email|admin@acme");
    fail(
        "email",
        "no at sign",
        tenant(b -> b.contactEmail("admin.acme.com")),
        "contact_email|email|admin.acme.com");
    fail(
        "email",
        "double dot",
        tenant(b -> b.contactEmail("a..b@acme.com")),
        "contact_email|email|a..b@acme.com");
    rule(
        "https_origin",
        "allowed_origins",
        tenant(
            b -> b.allowedOrigins(List.of("https://dashboard.acme.com", "https://localhost:8443"))),
        tenant(
            b -> b.allowedOrigins(List.of("https://dashboard.acme.com", "https://app.acme.com/"))),
        "allowed_origins[1]|https_origin|https://app.acme.com/");
    fail(
        "https_origin",
        "http scheme",
        tenant(b -> b.allowedOrigins(List.of("http://app.acme.com"))),
        "allowed_origins[0]|https_origin|http://app.acme.com");
    fail(
        "https_origin",
        "port out of range",
        tenant(b -> b.allowedOrigins(List.of("https://app.acme.com:65536"))),
        "allowed_origins[0]|https_origin|https://app.acme.com:65536");
    fail(
        "https_origin",
        "path",
        tenant(b -> b.allowedOrigins(List.of("https://acme.com/app"))),
        "allowed_origins[0]|https_origin|https://acme.com/app");
    fail(
        "https_origin",
        "user info masked",
        tenant(b -> b.allowedOrigins(List.of("https://me:pw@acme.com"))),
        "allowed_origins[0]|https_origin|https://****@acme.com");
    rule(
        "time_order",
        "trial_end_date after trial_start_date",
        tenant(b -> b.trialStartDate(CREATED).trialEndDate(CREATED.plusSeconds(1))),
        tenant(b -> b.trialStartDate(CREATED).trialEndDate(CREATED)),
        "trial_end_date|time_order|2025-11-01T00:00:00Z");
    rule(
        "quiet_hours",
        "start without end",
        tenant(b -> b.quietHoursStart(LocalTime.of(22, 0)).quietHoursEnd(LocalTime.of(22, 0))),
        tenant(b -> b.quietHoursEnd(null)),
        "quiet_hours_start|quiet_hours|22:00");
    pass("quiet_hours", "both absent", tenant(b -> b.quietHoursStart(null).quietHoursEnd(null)));
    fail(
        "quiet_hours",
        "end without start",
        tenant(b -> b.quietHoursStart(null)),
        "quiet_hours_end|quiet_hours|08:00");
    rule(
        "time_order",
        "tenant updated_at",
        tenant(b -> b.createdAt(CREATED).updatedAt(CREATED)),
        tenant(b -> b.createdAt(CREATED).updatedAt(CREATED.minusSeconds(1))),
        "updated_at|time_order|2025-10-31T23:59:59Z");
    rule(
        "time_order",
        "tenant deleted_at",
        tenant(b -> b.deletedAt(CREATED.plusSeconds(86400))),
        tenant(b -> b.deletedAt(CREATED.minusMillis(1))),
        "deleted_at|time_order|2025-10-31T23:59:59.999Z");
    rule(
        "ciphertext",
        "tenant twilio_token",
        tenant(b -> b.twilioToken(SealedSecret.of(repeat('c', 8192)))),
        tenant(b -> b.twilioToken(SealedSecret.of(" "))),
        "twilio_token|ciphertext|****");
    fail(
        "ciphertext",
        "too long",
        tenant(b -> b.webhookSecret(SealedSecret.of(repeat('c', 8193)))),
        "webhook_secret|ciphertext|****");
    String upperHash = HASH_1.toUpperCase(Locale.ROOT);
    ApiKey k = T.apiKeys().get(0);
    rule(
        "sha256_hex",
        "tenant api key",
        tenant(b -> b.apiKeys(List.of(Fixtures.withHash(k, HASH_2)))),
        tenant(b -> b.apiKeys(List.of(Fixtures.withHash(k, upperHash)))),
        "api_keys[0].key_hash|sha256_hex|" + upperHash);
    fail(
        "sha256_hex",
        "63 digits",
        tenant(b -> b.apiKeys(List.of(Fixtures.withHash(k, HASH_1.substring(1))))),
        "api_keys[0].key_hash|sha256_hex|" + HASH_1.substring(1));
    rule(
        "unique",
        "key hashes",
        tenant(b -> b.apiKeys(List.of(Fixtures.withHash(k, HASH_1), Fixtures.withHash(k, HASH_2)))),
        tenant(b -> b.apiKeys(List.of(Fixtures.withHash(k, HASH_1), Fixtures.withHash(k, HASH_1)))),
        "api_keys[1].key_hash|unique|" + HASH_1);
    rule(
        "time_order",
        "api key expires_at",
        tenant(b -> b.apiKeys(List.of(key(HASH_1, CREATED, null, CREATED.plusSeconds(1))))),
        tenant(b -> b.apiKeys(List.of(key(HASH_1, CREATED, null, CREATED)))),
        "api_keys[0].expires_at|time_order|2025-11-01T00:00:00Z");
    rule(
        "time_order",
        "api key last_used_at",
        tenant(b -> b.apiKeys(List.of(key(HASH_1, CREATED, CREATED, null)))),
        tenant(b -> b.apiKeys(List.of(key(HASH_1, CREATED, CREATED.minusSeconds(60), null)))),
        "api_keys[0].last_used_at|time_order|2025-10-31T23:59:00Z");
    ApiKey named = new ApiKey(HASH_1, repeat('k', 255), List.of(), null, null, null, null);
    ApiKey tooLong = new ApiKey(HASH_1, repeat('k', 256), List.of(), null, null, null, null);
    rule(
        "max_length",
        "api key name",
        tenant(b -> b.apiKeys(List.of(named))),
        tenant(b -> b.apiKeys(List.of(tooLong))),
        "api_keys[0].name|max_length|" + cut(repeat('k', 256)));
  }

  private static void apiAccessRules() {
    ApiKeyList keys = Fixtures.validApiKeys();
    ApiKey first = keys.apiKeys().get(0);
    rule(
        "sha256_hex",
        "api key alone",
        first,
        Fixtures.withHash(first, "sha256_hash"),
        "key_hash|sha256_hex|sha256_hash");
    rule(
        "time_order",
        "api key alone expires_at",
        key(HASH_1, CREATED, null, CREATED.plusSeconds(60)),
        key(HASH_1, CREATED, null, CREATED.minusSeconds(60)),
        "expires_at|time_order|2025-10-31T23:59:00Z");
    rule(
        "unique",
        "api key list",
        keys,
        new ApiKeyList(List.of(first, Fixtures.withHash(keys.apiKeys().get(1), HASH_1))),
        "api_keys[1].key_hash|unique|" + HASH_1);
    rule(
        "https_origin",
        "cors allowed_origins",
        C,
        new CorsConfiguration(
            List.of(
                "https://dashboard.acme.com",
                "https://app.acme.com",
                "https://mobile.acme.com/app"),
            C.allowedMethods(),
            C.allowedHeaders(),
            C.maxAge()),
        "allowed_origins[2]|https_origin|https://mobile.acme.com/app");
    pass(
        "https_origin",
        "ipv6 with port",
        new CorsConfiguration(List.of("https://[::1]:8443"), List.of(), List.of(), null));
    rule(
        "http_method",
        "cors allowed_methods",
        new CorsConfiguration(
            C.allowedOrigins(), List.of("OPTIONS", "HEAD"), C.allowedHeaders(), C.maxAge()),
        new CorsConfiguration(
            C.allowedOrigins(), List.of("GET", "get"), C.allowedHeaders(), C.maxAge()),
        "allowed_methods[1]|http_method|get");
    rule(
        "http_token",
        "cors allowed_headers",
        new CorsConfiguration(
            C.allowedOrigins(), C.allowedMethods(), List.of("X-Request-Id"), C.maxAge()),
        new CorsConfiguration(
            C.allowedOrigins(), C.allowedMethods(), List.of("Accept", "X Tenant"), C.maxAge()),
        "allowed_headers[1]|http_token|X Tenant");
    rule(
        "range",
        "cors max_age upper bound",
        new CorsConfiguration(
            C.allowedOrigins(), C.allowedMethods(), C.allowedHeaders(), Duration.ofSeconds(86400)),
        new CorsConfiguration(
            C.allowedOrigins(), C.allowedMethods(), C.allowedHeaders(), Duration.ofSeconds(86401)),
        "max_age|range|86401");
    pass(
        "range",
        "cors max_age zero",
        new CorsConfiguration(
            C.allowedOrigins(), C.allowedMethods(), C.allowedHeaders(), Duration.ZERO));
    fail(
        "range",
        "cors max_age negative",
        new CorsConfiguration(
            C.allowedOrigins(), C.allowedMethods(), C.allowedHeaders(), Duration.ofSeconds(-1)),
        "max_age|range|-1");
  }

  // ---------------------------------------------------------------- settings

  private static TenantSettings settings(UnaryOperator<TenantSettings.Builder> f) {
    return f.apply(S.toBuilder()).build();
  }

  private static TenantSettings llm(UnaryOperator<LlmSettings.Builder> f) {
    return settings(b -> b.llm(f.apply(S.llm().toBuilder()).build()));
  }

  private static TenantSettings agent(UnaryOperator<AiAgentSettings.Builder> f) {
    return settings(b -> b.agent(f.apply(S.agent().toBuilder()).build()));
  }

  private static TenantSettings rag(UnaryOperator<RagSettings.Builder> f) {
    return settings(b -> b.rag(f.apply(S.rag().toBuilder()).build()));
  }

  private static TenantSettings language(UnaryOperator<LanguageSettings.Builder> f) {
    return settings(b -> b.language(f.apply(S.language().toBuilder()).build()));
  }

  private static TenantSettings handoff(UnaryOperator<HandoffSettings.Builder> f) {
    return settings(b -> b.handoff(f.apply(S.handoff().toBuilder()).build()));
  }

  private static TenantSettings twilio(UnaryOperator<TwilioSettings.Builder> f) {
    return settings(b -> b.twilio(f.apply(S.twilio().toBuilder()).build()));
  }

  private static TenantSettings mpesa(UnaryOperator<MpesaSettings.Builder> f) {
    return settings(b -> b.mpesa(f.apply(S.mpesa().toBuilder()).build()));
  }

  private static TenantSettings business(UnaryOperator<BusinessSettings.Builder> f) {
    return settings(b -> b.business(f.apply(S.business().toBuilder()).build()));
  }

  private static TenantSettings branding(UnaryOperator<BrandingSettings.Builder> f) {
    return settings(b -> b.branding(f.apply(S.branding().toBuilder()).build()));
  }

  private static TenantSettings notifications(UnaryOperator<NotificationSettings.Builder> f) {
    return settings(b -> b.notifications(f.apply(S.notifications().toBuilder()).build()));
  }

  private static TenantSettings hours(DayOfWeek day, DayHours h) {
    BusinessHours hours = Fixtures.referenceHours().with(day, h);
    return business(b -> b.businessHours(hours));
  }

  private static void settingsRules() {
    rule(
        "uuid",
        "settings id",
        settings(b -> b.id(null)),
        settings(b -> b.id(SettingsId.of("not-a-uuid"))),
        "id|uuid|not-a-uuid");
    rule(
        "uuid",
        "settings tenant_id",
        settings(b -> b.tenantId(TenantId.of(TENANT_ID)).pinecone(PineconeSettings.EMPTY)),
        settings(b -> b.tenantId(TenantId.of("tenant")).pinecone(PineconeSettings.EMPTY)),
        "tenant_id|uuid|tenant");
    rule(
        "range",
        "llm_temperature upper",
        llm(b -> b.llmTemperature(2.0)),
        llm(b -> b.llmTemperature(2.01)),
        "llm_temperature|range|2.01");
    pass("range", "llm_temperature lower", llm(b -> b.llmTemperature(0.0)));
    fail(
        "range",
        "llm_temperature negative",
        llm(b -> b.llmTemperature(-0.01)),
        "llm_temperature|range|-0.01");
    // llm_max_tokens holds the word "tokens", not "token": a count, shown unmasked.
    rule(
        "range",
        "llm_max_tokens lower",
        llm(b -> b.llmMaxTokens(1)),
        llm(b -> b.llmMaxTokens(0)),
        "llm_max_tokens|range|0");
    rule(
        "range",
        "llm_max_tokens upper",
        llm(b -> b.llmMaxTokens(200000)),
        llm(b -> b.llmMaxTokens(200001)),
        "llm_max_tokens|range|200001");
    rule(
        "range",
        "llm_timeout upper",
        llm(b -> b.llmTimeout(Duration.ofMinutes(10))),
        llm(b -> b.llmTimeout(Duration.ofMillis(600500))),
        "llm_timeout|range|600.5");
    rule(
        "range",
        "llm_timeout lower is open",
        llm(b -> b.llmTimeout(Duration.ofMillis(1))),
        llm(b -> b.llmTimeout(Duration.ZERO)),
        "llm_timeout|range|0");
    rule(
        "range",
        "llm_max_retries",
        llm(b -> b.llmMaxRetries(10)),
        llm(b -> b.llmMaxRetries(11)),
        "llm_max_retries|range|11");
    pass("range", "llm_max_retries zero", llm(b -> b.llmMaxRetries(0)));
    fail(
        "range",
        "llm_max_retries negative",
        llm(b -> b.llmMaxRetries(-1)),
        "llm_max_retries|range|-1");
    rule(
        "ciphertext",
        "openai_api_key",
        settings(
            b -> b.llmApiKeys(LlmApiKeys.builder().openaiApiKey(SealedSecret.of("x")).build())),
        settings(b -> b.llmApiKeys(LlmApiKeys.builder().openaiApiKey(SealedSecret.of("")).build())),
        "openai_api_key|ciphertext|****");
    rule(
        "range",
        "confidence_threshold",
        agent(b -> b.confidenceThreshold(1.0)),
        agent(b -> b.confidenceThreshold(1.01)),
        "confidence_threshold|range|1.01");
    rule(
        "range",
        "max_response_length",
        agent(b -> b.maxResponseLength(4096)),
        agent(b -> b.maxResponseLength(4097)),
        "max_response_length|range|4097");
    fail(
        "range",
        "max_response_length zero",
        agent(b -> b.maxResponseLength(0)),
        "max_response_length|range|0");
    rule(
        "range",
        "rag_top_k_results upper",
        rag(b -> b.ragTopKResults(50)),
        rag(b -> b.ragTopKResults(51)),
        "rag_top_k_results|range|51");
    rule(
        "range",
        "rag_top_k_results lower",
        rag(b -> b.ragTopKResults(1)),
        rag(b -> b.ragTopKResults(0)),
        "rag_top_k_results|range|0");
    rule(
        "range",
        "rag_semantic_weight",
        rag(b -> b.ragSemanticWeight(1.0).ragKeywordWeight(0.0)),
        rag(b -> b.ragSemanticWeight(1.5).ragKeywordWeight(null)),
        "rag_semantic_weight|range|1.5");
    rule(
        "range",
        "rag_keyword_weight",
        rag(b -> b.ragSemanticWeight(null).ragKeywordWeight(0.0)),
        rag(b -> b.ragSemanticWeight(null).ragKeywordWeight(-0.1)),
        "rag_keyword_weight|range|-0.1");
    rule(
        "weights_sum_to_one",
        "settings",
        rag(b -> b.ragSemanticWeight(0.1).ragKeywordWeight(0.9)),
        rag(b -> b.ragSemanticWeight(0.6).ragKeywordWeight(0.3)),
        "rag_semantic_weight|weights_sum_to_one|0.6");
    pass(
        "weights_sum_to_one",
        "one weight only",
        rag(b -> b.ragSemanticWeight(0.6).ragKeywordWeight(null)));
    pass(
        "weights_sum_to_one",
        "within 1e-9",
        rag(b -> b.ragSemanticWeight(0.3).ragKeywordWeight(0.7000000009)));
    fail(
        "weights_sum_to_one",
        "beyond 1e-9",
        rag(b -> b.ragSemanticWeight(0.3).ragKeywordWeight(0.7000000011)),
        "rag_semantic_weight|weights_sum_to_one|0.3");
    rule(
        "range",
        "harmonization_wait_seconds",
        settings(
            b -> b.harmonization(new MessageHarmonizationSettings(true, Duration.ofSeconds(60)))),
        settings(
            b -> b.harmonization(new MessageHarmonizationSettings(true, Duration.ofSeconds(61)))),
        "harmonization_wait_seconds|range|61");
    pass(
        "range",
        "harmonization_wait_seconds zero",
        settings(b -> b.harmonization(new MessageHarmonizationSettings(true, Duration.ZERO))));
    rule(
        "language_code",
        "default_language",
        language(b -> b.defaultLanguage("sheng")),
        language(b -> b.defaultLanguage("EN")),
        "default_language|default_language_supported|EN",
        "default_language|language_code|EN");
    rule(
        "language_code",
        "supported_languages",
        language(b -> b.supportedLanguages(List.of("en", "fil"))),
        language(b -> b.supportedLanguages(List.of("en", "sw", "sheng", "en-US"))),
        "supported_languages[3]|language_code|en-US");
    rule(
        "unique",
        "supported_languages",
        language(b -> b.supportedLanguages(List.of("en", "sw"))),
        language(b -> b.supportedLanguages(List.of("en", "sw", "en"))),
        "supported_languages[2]|unique|en");
    rule(
        "not_empty",
        "supported_languages with a default_language",
        language(b -> b.defaultLanguage(null).supportedLanguages(List.of())),
        language(b -> b.supportedLanguages(List.of())),
        "supported_languages|not_empty|[]");
    rule(
        "default_language_supported",
        "default_language",
        language(b -> b.defaultLanguage("sw")),
        language(b -> b.defaultLanguage("fr")),
        "default_language|default_language_supported|fr");
    rule(
        "range",
        "max_clarification_attempts",
        handoff(b -> b.maxClarificationAttempts(10)),
        handoff(b -> b.maxClarificationAttempts(11)),
        "max_clarification_attempts|range|11");
    fail(
        "range",
        "max_clarification_attempts negative",
        handoff(b -> b.maxClarificationAttempts(-1)),
        "max_clarification_attempts|range|-1");
    rule(
        "range",
        "handoff_confidence_threshold",
        settings(
            b ->
                b.agent(AiAgentSettings.EMPTY)
                    .handoff(S.handoff().toBuilder().handoffConfidenceThreshold(1.0).build())),
        settings(
            b ->
                b.agent(AiAgentSettings.EMPTY)
                    .handoff(S.handoff().toBuilder().handoffConfidenceThreshold(1.01).build())),
        "handoff_confidence_threshold|range|1.01");
    rule(
        "handoff_not_above_confidence",
        "settings",
        handoff(b -> b.handoffConfidenceThreshold(0.7)),
        handoff(b -> b.handoffConfidenceThreshold(0.71)),
        "handoff_confidence_threshold|handoff_not_above_confidence|0.71");
    rule(
        "max_length",
        "handoff_message",
        handoff(b -> b.handoffMessage(repeat('m', 1024))),
        handoff(b -> b.handoffMessage(repeat('m', 1025))),
        "handoff_message|max_length|" + cut(repeat('m', 1025)));
    rule(
        "range",
        "feedback_prompt_frequency",
        settings(b -> b.feedback(new FeedbackSettings(true, 1000))),
        settings(b -> b.feedback(new FeedbackSettings(true, 1001))),
        "feedback_prompt_frequency|range|1001");
    fail(
        "range",
        "feedback_prompt_frequency zero",
        settings(b -> b.feedback(new FeedbackSettings(true, 0))),
        "feedback_prompt_frequency|range|0");
    rule(
        "e164",
        "twilio_whatsapp_number",
        twilio(b -> b.twilioWhatsappNumber("+14155550123")),
        twilio(b -> b.twilioWhatsappNumber("whatsapp:+254712345678")),
        "twilio_whatsapp_number|e164|whatsapp:+254712345678");
    rule(
        "https_url",
        "inbound_webhook_url",
        twilio(
            b ->
                b.inboundWebhookUrl(
                    "https://api.wabotiq.com/v1/webhooks/twilio/inbound/{tenant_id}")),
        twilio(b -> b.inboundWebhookUrl("http://api.wabotiq.com/v1/webhooks/twilio/inbound/x")),
        "inbound_webhook_url|https_url|http://api.wabotiq.com/v1/webhooks/twilio/inbound/x");
    rule(
        "https_url",
        "status_webhook_url",
        twilio(b -> b.statusWebhookUrl("https://api.wabotiq.com:8443/status?x=1#top")),
        twilio(b -> b.statusWebhookUrl("https://api.wabotiq.com/v1/status /x")),
        "status_webhook_url|https_url|https://api.wabotiq.com/v1/status /x");
    rule(
        "https_url",
        "woo_store_url",
        settings(
            b ->
                b.wooCommerce(
                    S.wooCommerce().toBuilder()
                        .wooStoreUrl("https://store.acme.com/shop")
                        .build())),
        settings(
            b -> b.wooCommerce(S.wooCommerce().toBuilder().wooStoreUrl("store.acme.com").build())),
        "woo_store_url|https_url|store.acme.com");
    rule(
        "shopify_domain",
        "shopify_shop_domain",
        settings(
            b ->
                b.shopify(
                    S.shopify().toBuilder()
                        .shopifyShopDomain("acme-store-2.myshopify.com")
                        .build())),
        settings(
            b -> b.shopify(S.shopify().toBuilder().shopifyShopDomain("acme.shopify.com").build())),
        "shopify_shop_domain|shopify_domain|acme.shopify.com");
    fail(
        "shopify_domain",
        "with scheme",
        settings(
            b ->
                b.shopify(
                    S.shopify().toBuilder()
                        .shopifyShopDomain("https://acme.myshopify.com")
                        .build())),
        "shopify_shop_domain|shopify_domain|https://acme.myshopify.com");
    rule(
        "mpesa_shortcode",
        "five digits",
        mpesa(b -> b.mpesaShortcode("12345")),
        mpesa(b -> b.mpesaShortcode("1234")),
        "mpesa_shortcode|mpesa_shortcode|1234");
    rule(
        "mpesa_shortcode",
        "seven digits",
        mpesa(b -> b.mpesaShortcode("1234567")),
        mpesa(b -> b.mpesaShortcode("12345678")),
        "mpesa_shortcode|mpesa_shortcode|12345678");
    fail(
        "mpesa_shortcode",
        "letter",
        mpesa(b -> b.mpesaShortcode("17437a")),
        "mpesa_shortcode|mpesa_shortcode|17437a");
    rule(
        "https_url",
        "mpesa_callback_url",
        mpesa(b -> b.mpesaCallbackUrl("https://api.wabotiq.com/v1/webhooks/mpesa/{tenant_id}")),
        mpesa(b -> b.mpesaCallbackUrl("https://")),
        "mpesa_callback_url|https_url|https://");
    rule(
        "https_url",
        "paystack_webhook_url",
        settings(
            b -> b.paystack(new PaystackSettings(null, null, "https://hooks.acme.com/paystack"))),
        settings(
            b -> b.paystack(new PaystackSettings(null, null, "https://me:pw@hooks.acme.com/p"))),
        "paystack_webhook_url|https_url|https://****@hooks.acme.com/p");
    rule(
        "max_length",
        "business_name",
        business(b -> b.businessName(repeat('b', 255))),
        business(b -> b.businessName(repeat('b', 256))),
        "business_name|max_length|" + cut(repeat('b', 256)));
    rule(
        "https_url",
        "business_website",
        business(b -> b.businessWebsite("https://acme.co.ke")),
        business(b -> b.businessWebsite("https://acme .com")),
        "business_website|https_url|https://acme .com");
    rule(
        "business_hours",
        "open before close",
        hours(DayOfWeek.MONDAY, DayHours.open(LocalTime.MIDNIGHT, LocalTime.of(23, 59))),
        hours(DayOfWeek.MONDAY, DayHours.open(LocalTime.of(18, 0), LocalTime.of(9, 0))),
        "business_hours.monday.close|business_hours|09:00");
    fail(
        "business_hours",
        "open equals close",
        hours(DayOfWeek.FRIDAY, DayHours.open(LocalTime.of(9, 0), LocalTime.of(9, 0))),
        "business_hours.friday.close|business_hours|09:00");
    rule(
        "business_hours",
        "times when not closed",
        hours(DayOfWeek.TUESDAY, new DayHours(LocalTime.of(9, 0), LocalTime.of(18, 0), false)),
        hours(DayOfWeek.TUESDAY, new DayHours(null, LocalTime.of(18, 0), null)),
        "business_hours.tuesday.open|business_hours|null");
    fail(
        "business_hours",
        "no times at all",
        hours(DayOfWeek.TUESDAY, new DayHours(null, null, false)),
        "business_hours.tuesday.close|business_hours|null",
        "business_hours.tuesday.open|business_hours|null");
    rule(
        "business_hours",
        "no times when closed",
        hours(DayOfWeek.SUNDAY, new DayHours(null, null, true)),
        hours(DayOfWeek.SUNDAY, new DayHours(LocalTime.of(9, 0), LocalTime.of(18, 0), true)),
        "business_hours.sunday.close|business_hours|18:00",
        "business_hours.sunday.open|business_hours|09:00");
    rule(
        "hex_color",
        "brand_color",
        branding(b -> b.brandColor("#A1b2C3")),
        branding(b -> b.brandColor("#007bf")),
        "brand_color|hex_color|#007bf");
    fail(
        "hex_color",
        "no hash",
        branding(b -> b.brandColor("007bff")),
        "brand_color|hex_color|007bff");
    fail(
        "hex_color",
        "alpha",
        branding(b -> b.brandColor("#007bffaa")),
        "brand_color|hex_color|#007bffaa");
    rule(
        "https_url",
        "brand_logo_url",
        branding(b -> b.brandLogoUrl("https://cdn.acme.com/a/logo.png")),
        branding(b -> b.brandLogoUrl("//cdn.acme.com/logo.png")),
        "brand_logo_url|https_url|//cdn.acme.com/logo.png");
    rule(
        "max_length",
        "welcome_message",
        branding(b -> b.welcomeMessage(repeat('w', 1024))),
        branding(b -> b.welcomeMessage(repeat('w', 1025))),
        "welcome_message|max_length|" + cut(repeat('w', 1025)));
    rule(
        "max_length",
        "bot_name",
        branding(b -> b.botName(repeat('n', 100))),
        branding(b -> b.botName(repeat('n', 101))),
        "bot_name|max_length|" + repeat('n', 101));
    rule(
        "email",
        "notification_email",
        notifications(b -> b.notificationEmail("ops@acme.io")),
        notifications(b -> b.notificationEmail("alerts@@acme.com")),
        "notification_email|email|alerts@@acme.com");
    rule(
        "e164",
        "notification_phone",
        notifications(b -> b.notificationPhone("+447911123456")),
        notifications(b -> b.notificationPhone("0712345678")),
        "notification_phone|e164|0712345678");
    rule(
        "range",
        "analytics_retention_days upper",
        settings(b -> b.analytics(new AnalyticsSettings(true, 3650, true))),
        settings(b -> b.analytics(new AnalyticsSettings(true, 3651, true))),
        "analytics_retention_days|range|3651");
    rule(
        "range",
        "analytics_retention_days lower",
        settings(b -> b.analytics(new AnalyticsSettings(true, 1, true))),
        settings(b -> b.analytics(new AnalyticsSettings(true, 0, true))),
        "analytics_retention_days|range|0");
    rule(
        "tenant_namespace",
        "pinecone_namespace",
        settings(b -> b.pinecone(S.pinecone().toBuilder().pineconeNamespace(null).build())),
        settings(
            b -> b.pinecone(S.pinecone().toBuilder().pineconeNamespace("tenant_uuid").build())),
        "pinecone_namespace|tenant_namespace|tenant_uuid");
    rule(
        "time_order",
        "settings updated_at",
        settings(b -> b.updatedAt(S.createdAt())),
        settings(b -> b.updatedAt(at("2025-10-01T00:00:00Z"))),
        "updated_at|time_order|2025-10-01T00:00:00Z");
    // A group validated alone: the same flat paths, the group's own cross-field rules.
    rule(
        "weights_sum_to_one",
        "rag group alone",
        S.rag(),
        S.rag().toBuilder().ragKeywordWeight(0.31).build(),
        "rag_semantic_weight|weights_sum_to_one|0.7");
    rule(
        "range",
        "llm group alone",
        S.llm(),
        S.llm().toBuilder().llmTemperature(3.0).build(),
        "llm_temperature|range|3.0");
    rule(
        "business_hours",
        "business group alone",
        S.business(),
        S.business().toBuilder()
            .businessHours(
                Fixtures.referenceHours()
                    .with(
                        DayOfWeek.SATURDAY,
                        DayHours.open(LocalTime.of(16, 0), LocalTime.of(10, 0))))
            .build(),
        "business_hours.saturday.close|business_hours|10:00");
  }

  // ---------------------------------------------------------------- agent configuration

  private static AgentConfiguration agentConfiguration(
      UnaryOperator<AgentConfiguration.Builder> f) {
    return f.apply(A.toBuilder()).build();
  }

  private static AgentConfiguration persona(UnaryOperator<AgentPersona.Builder> f) {
    return agentConfiguration(b -> b.persona(f.apply(A.persona().toBuilder()).build()));
  }

  private static AgentConfiguration behavior(UnaryOperator<AgentBehavior.Builder> f) {
    return agentConfiguration(b -> b.behavior(f.apply(A.behavior().toBuilder()).build()));
  }

  private static AgentConfiguration agentHandoff(UnaryOperator<HandoffSettings.Builder> f) {
    return agentConfiguration(b -> b.handoff(f.apply(A.handoff().toBuilder()).build()));
  }

  private static AgentConfiguration agentRag(UnaryOperator<RagSettings.Builder> f) {
    return agentConfiguration(b -> b.rag(f.apply(A.rag().toBuilder()).build()));
  }

  private static void agentConfigurationRules() {
    rule(
        "uuid",
        "agent configuration id",
        agentConfiguration(b -> b.id(null)),
        agentConfiguration(b -> b.id(AgentConfigurationId.of("uuid"))),
        "id|uuid|uuid");
    rule(
        "uuid",
        "agent configuration tenant_id",
        agentConfiguration(b -> b.tenantId(TenantId.of("00000000-0000-0000-0000-000000000000"))),
        agentConfiguration(b -> b.tenantId(TenantId.of("{" + TENANT_ID + "}"))),
        "tenant_id|uuid|{" + TENANT_ID + "}");
    rule(
        "max_length",
        "agent bot_name",
        persona(b -> b.botName(repeat('a', 100))),
        persona(b -> b.botName(repeat('a', 101))),
        "bot_name|max_length|" + repeat('a', 101));
    rule(
        "max_length",
        "greeting_message",
        persona(b -> b.greetingMessage(repeat('g', 1024))),
        persona(b -> b.greetingMessage(repeat('g', 1025))),
        "greeting_message|max_length|" + cut(repeat('g', 1025)));
    rule(
        "max_length",
        "fallback_message",
        persona(b -> b.fallbackMessage(repeat('f', 1024))),
        persona(b -> b.fallbackMessage(repeat('f', 1025))),
        "fallback_message|max_length|" + cut(repeat('f', 1025)));
    rule(
        "range",
        "agent confidence_threshold",
        behavior(b -> b.confidenceThreshold(1.0)),
        behavior(b -> b.confidenceThreshold(1.5)),
        "confidence_threshold|range|1.5");
    rule(
        "range",
        "agent max_response_length",
        behavior(b -> b.maxResponseLength(1)),
        behavior(b -> b.maxResponseLength(4097)),
        "max_response_length|range|4097");
    rule(
        "handoff_not_above_confidence",
        "agent configuration",
        agentHandoff(b -> b.handoffConfidenceThreshold(0.7)),
        agentHandoff(b -> b.handoffConfidenceThreshold(0.8)),
        "handoff_confidence_threshold|handoff_not_above_confidence|0.8");
    rule(
        "range",
        "agent max_clarification_attempts",
        agentHandoff(b -> b.maxClarificationAttempts(0)),
        agentHandoff(b -> b.maxClarificationAttempts(11)),
        "max_clarification_attempts|range|11");
    rule(
        "max_length",
        "agent handoff_message",
        agentHandoff(b -> b.handoffMessage("")),
        agentHandoff(b -> b.handoffMessage(repeat('h', 1025))),
        "handoff_message|max_length|" + cut(repeat('h', 1025)));
    rule(
        "range",
        "agent rag_top_k_results",
        agentRag(b -> b.ragTopKResults(50)),
        agentRag(b -> b.ragTopKResults(51)),
        "rag_top_k_results|range|51");
    rule(
        "weights_sum_to_one",
        "agent configuration",
        agentRag(b -> b.ragSemanticWeight(0.5).ragKeywordWeight(0.5)),
        agentRag(b -> b.ragSemanticWeight(0.5).ragKeywordWeight(0.4)),
        "rag_semantic_weight|weights_sum_to_one|0.5");
    rule(
        "max_length",
        "custom_instructions",
        agentConfiguration(b -> b.customInstructions(repeat('i', 4000))),
        agentConfiguration(b -> b.customInstructions(repeat('i', 4001))),
        "custom_instructions|max_length|" + cut(repeat('i', 4001)));
    rule(
        "time_order",
        "agent configuration updated_at",
        agentConfiguration(b -> b.updatedAt(A.createdAt())),
        agentConfiguration(b -> b.updatedAt(at("2025-10-31T00:00:00Z"))),
        "updated_at|time_order|2025-10-31T00:00:00Z");
  }

  // ---------------------------------------------------------------- billing

  private static SubscriptionTier tier(
      String name, String monthly, String yearly, Currency currency) {
    return new SubscriptionTier(
        G.id(),
        name,
        new BigDecimal(monthly),
        new BigDecimal(yearly),
        currency,
        G.limits(),
        G.features());
  }

  private static SubscriptionTier features(boolean facilitation, String fee, int variants) {
    return new SubscriptionTier(
        G.id(),
        G.name(),
        G.monthlyPrice(),
        G.yearlyPrice(),
        G.currency(),
        G.limits(),
        new TierFeatures(
            facilitation, new BigDecimal(fee), variants, true, true, ApiAccessLevel.FULL));
  }

  private static SubscriptionTier limits(TierLimits limits) {
    return new SubscriptionTier(
        G.id(), G.name(), G.monthlyPrice(), G.yearlyPrice(), G.currency(), limits, G.features());
  }

  private static Subscription subscription(UnaryOperator<Subscription.Builder> f) {
    return f.apply(U.toBuilder()).build();
  }

  private static void billingRules() {
    rule(
        "uuid",
        "tier id",
        G.withId(TierId.of("7e57d004-2b97-3e7a-b45f-5387367791cd")),
        G.withId(TierId.of("growth")),
        "id|uuid|growth");
    rule(
        "not_blank",
        "tier name",
        tier("G", "1", "10", USD),
        tier("", "1", "10", USD),
        "name|not_blank|");
    rule(
        "max_length",
        "tier name",
        tier(repeat('t', 255), "1", "10", USD),
        tier(repeat('t', 256), "1", "10", USD),
        "name|max_length|" + cut(repeat('t', 256)));
    rule(
        "range",
        "monthly_price",
        tier("G", "0", "0", USD),
        tier("G", "-0.01", "0", USD),
        "monthly_price|range|-0.01");
    rule(
        "range",
        "yearly_price",
        tier("G", "0", "0.00", USD),
        tier("G", "0", "-1", USD),
        "yearly_price|range|-1");
    rule(
        "money",
        "monthly_price USD",
        tier("G", "29.990", "299.99", USD),
        tier("G", "29.999", "299.99", USD),
        "monthly_price|money|29.999");
    rule(
        "money",
        "yearly_price JPY",
        tier("G", "1000", "10000", JPY),
        tier("G", "1000", "10000.5", JPY),
        "yearly_price|money|10000.5");
    rule(
        "range",
        "transaction_fee_percentage",
        features(true, "100", 5),
        features(true, "100.01", 5),
        "transaction_fee_percentage|range|100.01");
    rule(
        "fee_requires_payment_facilitation",
        "transaction_fee_percentage",
        features(false, "0", 2),
        features(false, "1", 2),
        "transaction_fee_percentage|fee_requires_payment_facilitation|1");
    rule(
        "range",
        "ab_test_variants lower",
        features(true, "2.5", 1),
        features(true, "2.5", 0),
        "ab_test_variants|range|0");
    rule(
        "range",
        "ab_test_variants upper",
        features(true, "2.5", 100),
        features(true, "2.5", 101),
        "ab_test_variants|range|101");
    rule(
        "range",
        "monthly_messages",
        limits(new TierLimits(0L, 1L, 1L, 1L, 1L)),
        limits(new TierLimits(-1L, 1L, 1L, 1L, 1L)),
        "monthly_messages|range|-1");
    rule(
        "range",
        "max_products",
        limits(new TierLimits(1L, 0L, 1L, 1L, 1L)),
        limits(new TierLimits(1L, -1L, 1L, 1L, 1L)),
        "max_products|range|-1");
    rule(
        "range",
        "max_services",
        limits(new TierLimits(1L, 1L, 0L, 1L, 1L)),
        limits(new TierLimits(1L, 1L, -1L, 1L, 1L)),
        "max_services|range|-1");
    rule(
        "range",
        "max_campaign_sends",
        limits(new TierLimits(1L, 1L, 1L, 0L, 1L)),
        limits(new TierLimits(1L, 1L, 1L, -1L, 1L)),
        "max_campaign_sends|range|-1");
    rule(
        "range",
        "max_daily_outbound",
        limits(TierLimits.UNLIMITED),
        limits(new TierLimits(1L, 1L, 1L, 1L, -1L)),
        "max_daily_outbound|range|-1");

    rule(
        "uuid",
        "subscription id",
        subscription(b -> b.id(SubscriptionId.of(Fixtures.SUBSCRIPTION_ID))),
        subscription(b -> b.id(SubscriptionId.of("uuid"))),
        "id|uuid|uuid");
    rule(
        "uuid",
        "subscription tenant_id",
        subscription(b -> b.tenantId(TenantId.of(TENANT_ID))),
        subscription(b -> b.tenantId(TenantId.of(TENANT_ID + "0"))),
        "tenant_id|uuid|" + TENANT_ID + "0");
    rule(
        "uuid",
        "subscription tier_id",
        subscription(b -> b.tierId(SubscriptionTier.STARTER.id())),
        subscription(b -> b.tierId(TierId.of("tier"))),
        "tier_id|uuid|tier");
    LocalDate start = LocalDate.parse("2025-11-01");
    rule(
        "time_order",
        "current_period_end",
        subscription(b -> b.currentPeriodEnd(start.plusDays(1)).nextBillingDate(start.plusDays(1))),
        subscription(b -> b.currentPeriodEnd(start).nextBillingDate(start)),
        "current_period_end|time_order|2025-11-01");
    rule(
        "next_billing_is_period_end",
        "next_billing_date",
        subscription(b -> b.nextBillingDate(null)),
        subscription(b -> b.nextBillingDate(LocalDate.parse("2025-12-02"))),
        "next_billing_date|next_billing_is_period_end|2025-12-02");
    rule(
        "time_order",
        "start_date",
        subscription(b -> b.startDate(LocalDate.parse("2025-10-01"))),
        subscription(b -> b.startDate(LocalDate.parse("2025-11-02"))),
        "start_date|time_order|2025-11-02");
    rule(
        "range",
        "messages_sent_this_period",
        subscription(b -> b.messagesSentThisPeriod(0)),
        subscription(b -> b.messagesSentThisPeriod(-1)),
        "messages_sent_this_period|range|-1");
    rule(
        "range",
        "campaigns_sent_this_period",
        subscription(b -> b.campaignsSentThisPeriod(0)),
        subscription(b -> b.campaignsSentThisPeriod(-1)),
        "campaigns_sent_this_period|range|-1");
    rule(
        "requires_canceled_at",
        "cancellation_reason",
        subscription(
            b -> b.cancellationReason("too expensive").canceledAt(at("2025-11-25T00:00:00Z"))),
        subscription(b -> b.cancellationReason("too expensive")),
        "cancellation_reason|requires_canceled_at|too expensive");
    rule(
        "time_order",
        "subscription updated_at",
        subscription(b -> b.updatedAt(U.createdAt())),
        subscription(b -> b.updatedAt(at("2025-10-31T23:00:00Z"))),
        "updated_at|time_order|2025-10-31T23:00:00Z");
  }

  // ---------------------------------------------------------------- business data

  private static ProductCatalogSummary products(
      long total, long active, List<CategoryCount> categories, String average, String inventory) {
    return new ProductCatalogSummary(
        total,
        active,
        categories,
        new BigDecimal(average),
        inventory == null ? null : new BigDecimal(inventory));
  }

  private static List<CategoryCount> categories(long... counts) {
    List<CategoryCount> list = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      list.add(new CategoryCount("Category " + i, counts[i]));
    }
    return list;
  }

  private static CustomerSummary customers(
      long total,
      Long active,
      long fresh,
      long returning,
      List<CustomerSegment> segments,
      String average,
      String retention) {
    return new CustomerSummary(
        total,
        active,
        fresh,
        returning,
        segments,
        average == null ? null : new BigDecimal(average),
        retention == null ? null : new BigDecimal(retention));
  }

  private static List<CustomerSegment> segments(
      long vip, String vipSpent, long regular, long fresh) {
    return List.of(
        new CustomerSegment("VIP", vip, new BigDecimal(vipSpent)),
        new CustomerSegment("Regular", regular, new BigDecimal("800000")),
        new CustomerSegment("New", fresh, new BigDecimal("200000")));
  }

  private static OrderSummary orders(UnaryOperator<OrderSummary.Builder> f) {
    return f.apply(Fixtures.referenceOrders().toBuilder()).build();
  }

  private static void businessRules() {
    rule(
        "range",
        "active_products",
        products(150, 0, PRODUCT_CATEGORIES, "15000.00", "2250000.00"),
        products(150, -1, PRODUCT_CATEGORIES, "15000.00", "2250000.00"),
        "active_products|range|-1");
    fail(
        "range",
        "total_products",
        products(-1, 0, List.of(), "0", "0"),
        "active_products|not_above_total|0",
        "total_products|range|-1");
    rule(
        "not_above_total",
        "active_products",
        products(150, 150, PRODUCT_CATEGORIES, "15000.00", "2250000.00"),
        products(150, 151, PRODUCT_CATEGORIES, "15000.00", "2250000.00"),
        "active_products|not_above_total|151");
    rule(
        "sum_matches_total",
        "product categories",
        products(150, 145, List.of(), "15000.00", "2250000.00"),
        products(150, 145, categories(80, 50, 19), "15000.00", "2250000.00"),
        "total_products|sum_matches_total|150");
    rule(
        "range",
        "category count",
        products(0, 0, categories(0), "0", "0"),
        products(0, 0, categories(1, -1), "0", "0"),
        "categories[1].count|range|-1");
    rule(
        "not_blank",
        "category name",
        products(0, 0, List.of(new CategoryCount("x", 0)), "0", null),
        products(0, 0, List.of(new CategoryCount(" ", 0)), "0", null),
        "categories[0].name|not_blank| ");
    rule(
        "range",
        "average_price",
        products(0, 0, List.of(), "0", null),
        products(0, 0, List.of(), "-1", null),
        "average_price|range|-1");
    rule(
        "derived_figure",
        "total_inventory_value",
        products(150, 145, PRODUCT_CATEGORIES, "15000.00", "2250000.0"),
        products(150, 145, PRODUCT_CATEGORIES, "15000.00", "2250000.01"),
        "total_inventory_value|derived_figure|2250000.01");
    fail(
        "range",
        "total_inventory_value",
        products(0, 0, List.of(), "0", "-1"),
        "total_inventory_value|derived_figure|-1",
        "total_inventory_value|range|-1");

    ServiceCatalogSummary svc = Fixtures.referenceServices();
    rule(
        "not_above_total",
        "active_services",
        new ServiceCatalogSummary(12, 12, svc.categories(), svc.averagePrice(), 45),
        new ServiceCatalogSummary(12, 13, svc.categories(), svc.averagePrice(), 45),
        "active_services|not_above_total|13");
    rule(
        "sum_matches_total",
        "service categories",
        new ServiceCatalogSummary(12, 10, categories(12), svc.averagePrice(), 45),
        new ServiceCatalogSummary(12, 10, categories(5, 5, 3), svc.averagePrice(), 45),
        "total_services|sum_matches_total|12");
    rule(
        "range",
        "total_bookings_this_month",
        new ServiceCatalogSummary(12, 10, svc.categories(), svc.averagePrice(), 0),
        new ServiceCatalogSummary(12, 10, svc.categories(), svc.averagePrice(), -1),
        "total_bookings_this_month|range|-1");
    rule(
        "range",
        "service average_price",
        new ServiceCatalogSummary(12, 10, svc.categories(), new BigDecimal("0.00"), 45),
        new ServiceCatalogSummary(12, 10, svc.categories(), new BigDecimal("-0.01"), 45),
        "average_price|range|-0.01");

    List<CustomerSegment> seg = Fixtures.referenceCustomers().customerSegments();
    rule(
        "sum_matches_total",
        "customer segments",
        customers(1250, 890L, 45, 845, List.of(), null, "0.68"),
        customers(1250, 890L, 45, 845, segments(50, "500000", 400, 799), "1200.00", "0.68"),
        "total_customers|sum_matches_total|1250");
    rule(
        "not_above_total",
        "active_customers",
        customers(1250, 1250L, 405, 845, seg, "1200.00", "0.68"),
        customers(1250, 1300L, 455, 845, seg, "1200.00", "0.68"),
        "active_customers|not_above_total|1300");
    rule(
        "derived_figure",
        "active_customers",
        customers(1250, null, 45, 845, seg, "1200.00", "0.68"),
        customers(1250, 891L, 45, 845, seg, "1200.00", "0.68"),
        "active_customers|derived_figure|891");
    rule(
        "derived_figure",
        "average_customer_value",
        customers(1250, 890L, 45, 845, seg, "1200", "0.68"),
        customers(1250, 890L, 45, 845, seg, "1200.01", "0.68"),
        "average_customer_value|derived_figure|1200.01");
    rule(
        "derived_figure",
        "customer_retention_rate",
        customers(1250, 890L, 45, 845, seg, "1200.00", "0.676"),
        customers(1250, 890L, 45, 845, seg, "1200.00", "0.69"),
        "customer_retention_rate|derived_figure|0.69");
    fail(
        "range",
        "customer_retention_rate",
        customers(1250, 890L, 45, 845, seg, "1200.00", "1.2"),
        "customer_retention_rate|derived_figure|1.2",
        "customer_retention_rate|range|1.2");
    rule(
        "range",
        "customer segment count",
        customers(0, 0L, 0, 0, List.of(new CustomerSegment("A", 0, BigDecimal.ZERO)), "0", "0"),
        customers(
            0,
            0L,
            0,
            0,
            List.of(
                new CustomerSegment("A", 1, BigDecimal.ZERO),
                new CustomerSegment("B", -1, BigDecimal.ZERO)),
            "0",
            "0"),
        "customer_segments[1].count|range|-1");
    rule(
        "range",
        "customer segment total_spent",
        customers(1250, 890L, 45, 845, segments(50, "0", 400, 800), "800.00", "0.68"),
        customers(1250, 890L, 45, 845, segments(50, "-1", 400, 800), "800.00", "0.68"),
        "customer_segments[0].total_spent|range|-1");
    rule(
        "not_blank",
        "customer segment name",
        customers(0, 0L, 0, 0, List.of(new CustomerSegment("A", 0, BigDecimal.ZERO)), "0", "0"),
        customers(0, 0L, 0, 0, List.of(new CustomerSegment("", 0, BigDecimal.ZERO)), "0", "0"),
        "customer_segments[0].segment|not_blank|");
    fail(
        "derived_figure",
        "inputs whose sum overflows a long are summed exactly",
        customers(1, 1L, Long.MAX_VALUE, 1, List.of(), null, null),
        "active_customers|derived_figure|1");
    fail(
        "range",
        "new_customers_this_month",
        customers(1250, 890L, -1, 845, seg, "1200.00", "0.68"),
        "active_customers|derived_figure|890",
        "new_customers_this_month|range|-1");

    rule(
        "sum_matches_total",
        "order statuses",
        orders(b -> b.pendingOrders(150)),
        orders(b -> b.pendingOrders(149)),
        "total_orders|sum_matches_total|2500");
    fail(
        "range",
        "completed_orders",
        orders(b -> b.completedOrders(-1)),
        "completed_orders|range|-1",
        "total_orders|sum_matches_total|2500");
    rule(
        "derived_figure",
        "average_order_value",
        orders(b -> b.averageOrderValue(null)),
        orders(b -> b.averageOrderValue(new BigDecimal("1500.01"))),
        "average_order_value|derived_figure|1500.01");
    rule(
        "not_above_total",
        "orders_this_month",
        orders(b -> b.ordersThisMonth(2500)),
        orders(b -> b.ordersThisMonth(2501)),
        "orders_this_month|not_above_total|2501");
    rule(
        "not_above_total",
        "revenue_this_month",
        orders(b -> b.revenueThisMonth(new BigDecimal("3750000"))),
        orders(b -> b.revenueThisMonth(new BigDecimal("3750000.01"))),
        "revenue_this_month|not_above_total|3750000.01");
    fail(
        "range",
        "total_revenue",
        orders(b -> b.totalRevenue(new BigDecimal("-1"))),
        "average_order_value|derived_figure|1500.00",
        "revenue_this_month|not_above_total|270000.00",
        "total_revenue|range|-1");
    rule(
        "range",
        "top product revenue",
        orders(b -> b.topProducts(List.of(new TopProduct("A", 0, BigDecimal.ZERO)))),
        orders(
            b ->
                b.topProducts(
                    List.of(
                        new TopProduct("A", 1, BigDecimal.ONE),
                        new TopProduct("B", 1, new BigDecimal("-5"))))),
        "top_products[1].revenue|range|-5");
    rule(
        "range",
        "top product orders",
        orders(b -> b.topProducts(List.of())),
        orders(b -> b.topProducts(List.of(new TopProduct("A", -1, BigDecimal.ONE)))),
        "top_products[0].orders|range|-1");
    rule(
        "not_blank",
        "top product name",
        orders(b -> b.topProducts(List.of(new TopProduct("A", 1, BigDecimal.ONE)))),
        orders(b -> b.topProducts(List.of(new TopProduct("", 1, BigDecimal.ONE)))),
        "top_products[0].product|not_blank|");
  }

  // ---------------------------------------------------------------- analytics

  private static DailyAnalytics daily(UnaryOperator<DailyAnalytics.Builder> f) {
    return f.apply(D.toBuilder()).build();
  }

  private static PerformanceMetrics metrics(UnaryOperator<PerformanceMetrics.Builder> f) {
    return f.apply(P.toBuilder()).build();
  }

  private static void analyticsRules() {
    rule(
        "uuid",
        "daily tenant_id",
        D,
        daily(b -> b.tenantId(TenantId.of("uuid"))),
        "tenant_id|uuid|uuid");
    rule(
        "derived_figure",
        "messages_total",
        daily(b -> b.messagesTotal(null)),
        daily(b -> b.messagesTotal(971L)),
        "messages_total|derived_figure|971");
    rule(
        "derived_figure",
        "handoff_rate",
        daily(b -> b.handoffRate(new BigDecimal("0.0417"))),
        daily(b -> b.handoffRate(new BigDecimal("0.05"))),
        "handoff_rate|derived_figure|0.05");
    rule(
        "derived_figure",
        "daily avg_order_value",
        daily(b -> b.avgOrderValue(new BigDecimal("1500"))),
        daily(b -> b.avgOrderValue(new BigDecimal("1500.50"))),
        "avg_order_value|derived_figure|1500.50");
    rule(
        "derived_figure",
        "daily active_customers",
        daily(b -> b.activeCustomers(45L)),
        daily(b -> b.activeCustomers(46L)),
        "active_customers|derived_figure|46");
    fail(
        "range",
        "handoff_rate",
        daily(b -> b.handoffRate(new BigDecimal("1.5"))),
        "handoff_rate|derived_figure|1.5",
        "handoff_rate|range|1.5");
    rule(
        "range",
        "avg_confidence",
        daily(b -> b.avgConfidence(BigDecimal.ONE)),
        daily(b -> b.avgConfidence(new BigDecimal("1.01"))),
        "avg_confidence|range|1.01");
    rule(
        "not_above_total",
        "low_confidence_count",
        daily(b -> b.lowConfidenceCount(450)),
        daily(b -> b.lowConfidenceCount(451)),
        "low_confidence_count|not_above_total|451");
    // total_tokens_used is a count (the word "tokens"), shown unmasked.
    rule(
        "range",
        "total_tokens_used",
        daily(b -> b.totalTokensUsed(0)),
        daily(b -> b.totalTokensUsed(-1)),
        "total_tokens_used|range|-1");
    rule(
        "range",
        "total_ai_cost",
        daily(b -> b.totalAiCost(BigDecimal.ZERO)),
        daily(b -> b.totalAiCost(new BigDecimal("-0.001"))),
        "total_ai_cost|range|-0.001");
    rule(
        "range",
        "avg_response_time_seconds",
        daily(b -> b.avgResponseTimeSeconds(BigDecimal.ZERO)),
        daily(b -> b.avgResponseTimeSeconds(new BigDecimal("-2.5"))),
        "avg_response_time_seconds|range|-2.5");
    rule(
        "range",
        "appointment_revenue",
        daily(b -> b.appointmentRevenue(null)),
        daily(b -> b.appointmentRevenue(new BigDecimal("-1"))),
        "appointment_revenue|range|-1");
    rule(
        "range",
        "appointments_canceled",
        daily(b -> b.appointmentsCanceled(0)),
        daily(b -> b.appointmentsCanceled(-1)),
        "appointments_canceled|range|-1");
    fail(
        "range",
        "messages_inbound",
        daily(b -> b.messagesInbound(-1)),
        "messages_inbound|range|-1",
        "messages_total|derived_figure|970");
    fail(
        "range",
        "revenue",
        daily(b -> b.revenue(new BigDecimal("-1"))),
        "avg_order_value|derived_figure|1500.00",
        "revenue|range|-1");

    rule(
        "uuid",
        "metrics tenant_id",
        P,
        metrics(b -> b.tenantId(TenantId.of("tenant_uuid"))),
        "tenant_id|uuid|tenant_uuid");
    String[] rates = {
      "conversation_to_order_rate",
      "message_to_order_rate",
      "cart_abandonment_rate",
      "feedback_response_rate",
      "avg_ai_confidence",
      "handoff_rate",
      "resolution_rate"
    };
    for (String rate : rates) {
      rule(
          "range",
          "metrics " + rate,
          metrics(b -> rate(b, rate, BigDecimal.ONE)),
          metrics(b -> rate(b, rate, new BigDecimal("1.01"))),
          rate + "|range|1.01");
    }
    rule(
        "range",
        "avg_feedback_score",
        metrics(b -> b.avgFeedbackScore(new BigDecimal("5"))),
        metrics(b -> b.avgFeedbackScore(new BigDecimal("5.1"))),
        "avg_feedback_score|range|5.1");
    rule(
        "range",
        "positive_feedback_count",
        metrics(b -> b.positiveFeedbackCount(0L)),
        metrics(b -> b.positiveFeedbackCount(-1L)),
        "positive_feedback_count|range|-1");
    rule(
        "range",
        "negative_feedback_count",
        metrics(b -> b.negativeFeedbackCount(0L)),
        metrics(b -> b.negativeFeedbackCount(-1L)),
        "negative_feedback_count|range|-1");
    rule(
        "range",
        "metrics avg_response_time_seconds",
        metrics(b -> b.avgResponseTimeSeconds(null)),
        metrics(b -> b.avgResponseTimeSeconds(new BigDecimal("-0.1"))),
        "avg_response_time_seconds|range|-0.1");
    rule(
        "range",
        "transaction_fees_collected",
        metrics(b -> b.transactionFeesCollected(BigDecimal.ZERO)),
        metrics(b -> b.transactionFeesCollected(new BigDecimal("-1"))),
        "transaction_fees_collected|range|-1");
    fail(
        "range",
        "total_orders",
        metrics(b -> b.totalOrders(-1L)),
        "avg_order_value|derived_figure|1500.00",
        "total_orders|range|-1");
    rule(
        "derived_figure",
        "metrics avg_order_value",
        metrics(b -> b.avgOrderValue(new BigDecimal("1500.0"))),
        metrics(b -> b.avgOrderValue(new BigDecimal("1600"))),
        "avg_order_value|derived_figure|1600");
    rule(
        "derived_figure",
        "transaction_fees_collected with the tier's percentage",
        new WithFee(P, new BigDecimal("2.5")),
        new WithFee(
            metrics(b -> b.transactionFeesCollected(new BigDecimal("6751.00"))),
            new BigDecimal("2.5")),
        "transaction_fees_collected|derived_figure|6751.00");
    fail(
        "derived_figure",
        "transaction_fees_collected with another tier's percentage",
        new WithFee(P, new BigDecimal("1.5")),
        "transaction_fees_collected|derived_figure|6750.00");
    pass(
        "derived_figure",
        "transaction_fees_collected unchecked without a percentage",
        metrics(b -> b.transactionFeesCollected(new BigDecimal("1"))));
  }

  private static PerformanceMetrics.Builder rate(
      PerformanceMetrics.Builder b, String rate, BigDecimal v) {
    switch (rate) {
      case "conversation_to_order_rate":
        return b.conversationToOrderRate(v);
      case "message_to_order_rate":
        return b.messageToOrderRate(v);
      case "cart_abandonment_rate":
        return b.cartAbandonmentRate(v);
      case "feedback_response_rate":
        return b.feedbackResponseRate(v);
      case "avg_ai_confidence":
        return b.avgAiConfidence(v);
      case "handoff_rate":
        return b.handoffRate(v);
      case "resolution_rate":
        return b.resolutionRate(v);
      default:
        throw new IllegalArgumentException(rate);
    }
  }
}
