package com.wabotiq.server;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyPolicy;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.BillingPeriod;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.Subscription;
import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.limits.TenantTime;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TierId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Seeds tenants from the data reference's examples, and holds what core keeps no store for: each
 * tenant's subscription, business summaries, daily analytics and the CORS fields beside its allowed
 * origins. Those are the server's own, in memory, read-only through the API (except CORS).
 */
final class DemoData {
  /** Days of analytics a seeded tenant has, ending today in its time zone. */
  static final int ANALYTICS_DAYS = 90;

  private static final JsonCodec JSON = JsonCodec.lenient();
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** What the server keeps for one tenant besides core's storage. */
  record Extras(Subscription subscription, ProductCatalogSummary catalog,
      ServiceCatalogSummary services, CustomerSummary customers, OrderSummary orders,
      List<DailyAnalytics> days, CorsConfiguration cors) {
    Extras withCors(CorsConfiguration next) {
      return new Extras(subscription, catalog, services, customers, orders, days, next);
    }
  }

  private DemoData() {}

  /**
   * Creates a tenant from the reference's examples: the tenant, active on {@code tier}, its
   * settings with every credential sealed (made-up values of the reference's shapes), its agent
   * configuration, and an API key with both scopes (read only when the tier's API access is
   * read).
   */
  static Seeded seed(TenantSdk sdk, CredentialVault vault, String name, TierId tier,
      String whatsappNumber, Clock clock, Random random) {
    Map<String, @Nullable Object> reference = Json.object(resource("tenant.json"));
    Tenant template = JSON.fromJson(resource("tenant.json"), Tenant.class);
    ZoneId zone = template.timezone() == null ? ZoneId.of("UTC") : template.timezone();
    LocalTime quietStart = template.quietHoursStart();
    LocalTime quietEnd = template.quietHoursEnd();
    Tenant created = sdk.createTenant(NewTenant.builder(name, zone)
        .whatsappNumber(whatsappNumber)
        .contactEmail(String.valueOf(reference.get("contact_email")))
        .contactPhone(String.valueOf(reference.get("contact_phone")))
        .subscriptionTierId(tier)
        .quietHours(quietStart, quietEnd)
        .build());
    var id = created.id();
    CorsConfiguration cors = JSON.fromJson(resource("cors.json"), CorsConfiguration.class);
    sdk.updateAllowedOrigins(id, cors.allowedOrigins());
    sdk.changeStatus(id, TenantStatus.ACTIVE);
    for (RecordCredential credential : RecordCredential.values()) {
      String field = credential.binding().substring(credential.binding().indexOf('.') + 1);
      sdk.credentials().put(id, credential,
          Secret.of(madeUp(String.valueOf(reference.get(field)), random)));
    }

    Map<String, @Nullable Object> settingsJson = Json.object(resource("tenant-settings.json"));
    settingsJson.put("id", UUID.randomUUID().toString());
    settingsJson.put("tenant_id", id.value());
    settingsJson.put("pinecone_namespace", id.value());
    List<Credential> sealedFields = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Credential credential : Credential.values()) {
      Object placeholder = settingsJson.remove(credential.fieldName());
      if (placeholder instanceof String text) {
        sealedFields.add(credential);
        placeholders.add(text);
      }
    }
    for (Map.Entry<String, @Nullable Object> member : settingsJson.entrySet()) {
      if (member.getValue() instanceof String text && text.contains("...")) {
        member.setValue(madeUp(text, random)); // the reference's placeholders of plain fields
      }
    }
    TenantSettings settings = JSON.fromJson(Json.write(settingsJson), TenantSettings.class);
    for (int i = 0; i < sealedFields.size(); i++) {
      Credential credential = sealedFields.get(i);
      settings = credential.with(settings, vault.seal(id, credential.fieldName(),
          Secret.of(madeUp(placeholders.get(i), random))));
    }
    sdk.updateSettings(id, sdk.settings(id).version(), settings);

    Map<String, @Nullable Object> agentJson = Json.object(resource("agent-configuration.json"));
    agentJson.put("id", UUID.randomUUID().toString());
    agentJson.put("tenant_id", id.value());
    AgentConfiguration agent = JSON.fromJson(Json.write(agentJson), AgentConfiguration.class);
    sdk.updateAgentConfiguration(id, sdk.agentConfiguration(id).version(), agent);

    Tenant tenant = sdk.tenant(id).orElseThrow();
    // A tier whose api_access is read (Starter) may hold only read keys.
    Set<ApiScope> scopes = ApiAccessLevel.FULL.equals(Objects.requireNonNull(
        ApiKeyPolicy.builtInAccess(tenant), "a built-in tier"))
        ? Set.of(ApiScope.READ, ApiScope.WRITE)
        : Set.of(ApiScope.READ);
    IssuedApiKey key = sdk.apiKeys().issue(id, "Local server key", scopes, null);
    return new Seeded(new SeededTenant(id, name, tier, key.secret()), extras(tenant, clock, random));
  }

  /** A seeded tenant and its extras, before the server registers them. */
  record Seeded(SeededTenant tenant, Extras extras) {}

  private static Extras extras(Tenant tenant, Clock clock, Random random) {
    ZoneId zone = tenant.timezone() == null ? ZoneId.of("UTC") : tenant.timezone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<String, @Nullable Object> subscriptionJson = Json.object(resource("subscription.json"));
    LocalDate start = today.minusDays(40);
    subscriptionJson.put("id", SubscriptionId.random().value());
    subscriptionJson.put("tenant_id", tenant.id().value());
    subscriptionJson.put("tier_id", String.valueOf(tenant.subscriptionTierId()));
    subscriptionJson.put("start_date", start.toString());
    subscriptionJson.put("created_at", TenantTime.of(zone).startOfDay(start).toString());
    subscriptionJson.put("updated_at", Instant.now(clock).toString());
    Subscription subscription = JSON.fromJson(Json.write(subscriptionJson), Subscription.class);
    BillingPeriod period = BillingSchedule.of(subscription).periodContaining(today);
    subscription = subscription.toBuilder()
        .currentPeriodStart(period.start())
        .currentPeriodEnd(period.end())
        .nextBillingDate(period.end())
        .messagesSentThisPeriod(0)
        .campaignsSentThisPeriod(0)
        .build();

    Map<String, @Nullable Object> day = Json.object(resource("daily-analytics.json"));
    List<DailyAnalytics> days = new ArrayList<>(ANALYTICS_DAYS);
    for (int i = ANALYTICS_DAYS - 1; i >= 0; i--) {
      long inbound = 300L + random.nextInt(300);
      long outbound = 300L + random.nextInt(300);
      day.put("date", today.minusDays(i).toString());
      day.put("tenant_id", tenant.id().value());
      day.put("messages_inbound", BigDecimal.valueOf(inbound));
      day.put("messages_outbound", BigDecimal.valueOf(outbound));
      day.put("messages_total", BigDecimal.valueOf(inbound + outbound));
      day.put("ai_interactions", BigDecimal.valueOf(inbound));
      days.add(JSON.fromJson(Json.write(day), DailyAnalytics.class));
    }
    return new Extras(subscription,
        JSON.fromJson(resource("catalog.json"), ProductCatalogSummary.class),
        JSON.fromJson(resource("services.json"), ServiceCatalogSummary.class),
        JSON.fromJson(resource("customers.json"), CustomerSummary.class),
        JSON.fromJson(resource("orders.json"), OrderSummary.class),
        List.copyOf(days),
        JSON.fromJson(resource("cors.json"), CorsConfiguration.class));
  }

  /** A made-up credential in the shape of the reference's placeholder: its prefix, then 24 characters. */
  private static String madeUp(String placeholder, Random random) {
    int dots = placeholder.indexOf("...");
    String prefix = dots < 0 ? "" : placeholder.substring(0, dots);
    StringBuilder value = new StringBuilder(prefix.toLowerCase(Locale.ROOT).startsWith("ac")
        ? "AC" : prefix);
    for (int i = 0; i < 24; i++) {
      value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return value.toString();
  }

  static String resource(String name) {
    try (InputStream in = DemoData.class.getResourceAsStream("demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource demo/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
