package com.wabotiq.server;

import com.wabotiq.TenantSdk;
import com.wabotiq.Versioned;
import com.wabotiq.access.cors.CorsConfigurationException;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.BillingPeriod;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.billing.TierLimits;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.json.JsonDecodingException;
import com.wabotiq.limits.TenantTime;
import com.wabotiq.limits.Usage;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The API's operations over core: each takes an authenticated {@link Call} and answers, or throws
 * an {@link ApiError}. Core's own failures (validation, version conflicts, missing tenants and
 * keys, storage) are mapped by the dispatcher.
 */
final class Operations {
  /**
   * How often an unconditional write re-reads and retries after losing a race: each loss means
   * another write won, so this outlasts dozens of concurrent writers of one resource.
   */
  private static final int WRITE_ATTEMPTS = 64;

  private static final Pattern KEY_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final Set<String> READ_ONLY_SETTINGS =
      Set.of("id", "tenant_id", "created_at", "updated_at");
  private static final Map<String, Credential> CREDENTIALS = credentials();
  private static final int MAX_DAYS_PER_QUERY = 366;

  private final TenantSdk sdk;
  private final CredentialVault vault;
  private final JsonCodec requests;
  private final JsonCodec answers = JsonCodec.lenient();
  private final boolean strict;
  private final Clock clock;
  private final ConcurrentMap<TenantId, DemoData.Extras> extras = new ConcurrentHashMap<>();
  private final Object corsLock = new Object();

  Operations(TenantSdk sdk, CredentialVault vault, boolean strict, Clock clock) {
    this.sdk = sdk;
    this.vault = vault;
    this.strict = strict;
    this.requests = strict ? JsonCodec.strict() : JsonCodec.lenient();
    this.clock = clock;
  }

  void register(TenantId tenant, DemoData.Extras data) {
    extras.put(tenant, data);
  }

  // ---- tenant --------------------------------------------------------------------------------

  Answer getTenant(Call call) {
    Tenant tenant = tenant(call.tenant());
    Map<String, @Nullable Object> json = Json.object(answers.toJson(tenant));
    for (RecordCredential credential : RecordCredential.values()) {
      String member = credential.binding().substring(credential.binding().indexOf('.') + 1);
      Object hint = credential.in(tenant)
          .map(sealed -> hint(call.tenant(), credential.binding(), sealed))
          .orElse(null);
      if (hint == null) {
        json.remove(member);
      } else {
        json.put(member, hint);
      }
    }
    return Answer.resource(Json.write(json));
  }

  // ---- settings ------------------------------------------------------------------------------

  Answer getSettings(Call call) {
    return maskedSettings(call.tenant(), sdk.settings(call.tenant()).value());
  }

  Answer updateSettings(Call call) {
    Map<String, @Nullable Object> patch = object(call.jsonBody(true));
    Map<String, @Nullable Object> plain = new LinkedHashMap<>();
    Map<Credential, @Nullable String> secrets = new LinkedHashMap<>();
    List<ApiError.FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, @Nullable Object> member : patch.entrySet()) {
      String name = member.getKey();
      Object value = member.getValue();
      Credential credential = CREDENTIALS.get(name);
      if (credential != null) {
        if (value != null && !(value instanceof String)) {
          errors.add(new ApiError.FieldError(name, "type", "must be a string or null"));
        } else if (value != null && ((String) value).isBlank()) {
          errors.add(new ApiError.FieldError(name, "not_blank",
              "must not be blank; null clears the credential"));
        } else {
          secrets.put(credential, (String) value);
        }
      } else if (READ_ONLY_SETTINGS.contains(name)) {
        if (strict) {
          errors.add(new ApiError.FieldError(name, "read_only", "cannot be changed"));
        }
      } else {
        plain.put(name, value);
      }
    }
    if (!errors.isEmpty()) {
      throw ApiError.invalid("The settings patch is invalid.", errors);
    }
    Map<Credential, @Nullable SealedSecret> sealed = new LinkedHashMap<>();
    secrets.forEach((credential, plaintext) -> sealed.put(credential, plaintext == null
        ? null
        : vault.seal(call.tenant(), credential.fieldName(), Secret.of(plaintext))));
    return writeVersioned(call.header("If-Match"),
        () -> sdk.settings(call.tenant()),
        settings -> maskedSettings(call.tenant(), settings),
        current -> sdk.updateSettings(call.tenant(), current.version(),
            merged(current.value(), plain, sealed)).value());
  }

  /** The current settings with the patch's plain members merged and its credentials set. */
  private TenantSettings merged(TenantSettings current, Map<String, @Nullable Object> plain,
      Map<Credential, @Nullable SealedSecret> sealed) {
    Map<String, @Nullable Object> json =
        Json.object(answers.toJson(Credential.withoutAny(current)));
    Json.mergePatch(json, plain);
    TenantSettings next = decode(Json.write(json), TenantSettings.class);
    for (Credential credential : Credential.values()) {
      if (sealed.containsKey(credential)) {
        next = credential.with(next, sealed.get(credential));
      } else {
        next = credential.with(next, credential.in(current).orElse(null));
      }
    }
    return next;
  }

  private Answer maskedSettings(TenantId tenant, TenantSettings settings) {
    Map<String, @Nullable Object> json =
        Json.object(answers.toJson(Credential.withoutAny(settings)));
    for (Credential credential : Credential.values()) {
      credential.in(settings)
          .ifPresent(sealed -> json.put(credential.fieldName(),
              hint(tenant, credential.fieldName(), sealed)));
    }
    return Answer.resource(Json.write(json));
  }

  private String hint(TenantId tenant, String field, SealedSecret sealed) {
    Secret secret = vault.open(tenant, field, sealed);
    try {
      return secret.hint();
    } finally {
      secret.wipe();
    }
  }

  // ---- agent configuration -------------------------------------------------------------------

  Answer getAgentConfiguration(Call call) {
    return Answer.resource(answers.toJson(sdk.agentConfiguration(call.tenant()).value()));
  }

  Answer replaceAgentConfiguration(Call call) {
    Object tree = parse(call.jsonBody(false));
    if (!(tree instanceof Map<?, ?>)) {
      throw ApiError.invalidField("$", "type", "must be an object");
    }
    AgentConfiguration sent = decode(Json.write(tree), AgentConfiguration.class);
    if (sent.tenantId() != null && !sent.tenantId().equals(call.tenant())) {
      throw ApiError.invalidField("tenant_id", "tenant", "must be the tenant of the path");
    }
    AgentConfiguration configuration = sent.toBuilder().tenantId(call.tenant()).build();
    return writeVersioned(call.header("If-Match"),
        () -> sdk.agentConfiguration(call.tenant()),
        stored -> Answer.resource(answers.toJson(stored)),
        current -> sdk.updateAgentConfiguration(call.tenant(), current.version(), configuration)
            .value());
  }

  // ---- billing -------------------------------------------------------------------------------

  Answer getSubscription(Call call) {
    Tenant tenant = tenant(call.tenant());
    Subscription subscription = extras(call.tenant()).subscription();
    BillingSchedule schedule = BillingSchedule.of(subscription);
    Instant now = clock.instant();
    BillingPeriod period = schedule.periodContaining(now, zone(tenant));
    Usage usage = sdk.usageMeter().counters(tenant, now, schedule);
    return Answer.resource(answers.toJson(subscription.toBuilder()
        .currentPeriodStart(period.start())
        .currentPeriodEnd(period.end())
        .nextBillingDate(period.end())
        .messagesSentThisPeriod(usage.messagesThisPeriod())
        .campaignsSentThisPeriod(usage.campaignSendsThisPeriod())
        .build()));
  }

  Answer listTiers(Call call) {
    StringBuilder json = new StringBuilder("{\"data\":[");
    List<SubscriptionTier> tiers = SubscriptionTier.builtIns();
    for (int i = 0; i < tiers.size(); i++) {
      json.append(i == 0 ? "" : ",").append(answers.toJson(tiers.get(i)));
    }
    return Answer.json(200, json.append("]}").toString());
  }

  Answer getUsage(Call call) {
    Tenant tenant = tenant(call.tenant());
    SubscriptionTier tier = tier(tenant);
    BillingSchedule schedule = BillingSchedule.of(extras(call.tenant()).subscription());
    Instant now = clock.instant();
    TenantTime time = TenantTime.of(zone(tenant));
    BillingPeriod period = schedule.periodContaining(now, time.zone());
    Instant periodStart = time.startOfDay(period.start());
    Instant periodEnd = time.startOfDay(period.end());
    Usage usage = sdk.usageMeter().counters(tenant, now, schedule);
    TierLimits limits = tier.limits();
    StringBuilder json = new StringBuilder(512)
        .append("{\"tier_id\":").append(Json.quote(String.valueOf(tier.id())))
        .append(",\"period_start\":").append(Json.quote(periodStart.toString()))
        .append(",\"period_end\":").append(Json.quote(periodEnd.toString()))
        .append(",\"quotas\":[");
    quota(json, "monthly_messages", usage.messagesThisPeriod(), limits.monthlyMessages(),
        periodEnd);
    json.append(',');
    quota(json, "max_daily_outbound", usage.outboundToday(), limits.maxDailyOutbound(),
        time.startOfNextDay(now));
    json.append(',');
    quota(json, "max_campaign_sends", usage.campaignSendsThisPeriod(),
        limits.maxCampaignSends(), periodEnd);
    json.append(',');
    quota(json, "max_products", usage.products(), limits.maxProducts(), null);
    json.append(',');
    quota(json, "max_services", usage.services(), limits.maxServices(), null);
    return Answer.json(200, json.append("]}").toString());
  }

  private static void quota(StringBuilder json, String metric, long used, @Nullable Long limit,
      @Nullable Instant resetsAt) {
    json.append("{\"metric\":\"").append(metric).append("\",\"used\":").append(used);
    if (limit != null) {
      json.append(",\"limit\":").append(limit)
          .append(",\"remaining\":").append(Math.max(0, limit - used));
    }
    if (resetsAt != null) {
      json.append(",\"resets_at\":").append(Json.quote(resetsAt.toString()));
    }
    json.append('}');
  }

  // ---- analytics -----------------------------------------------------------------------------

  Answer listDailyAnalytics(Call call) {
    LocalDate from = date(call, "from");
    LocalDate to = date(call, "to");
    requireRange(from, to);
    int limit = limit(call);
    String cursor = call.query("cursor");
    LocalDate first = from;
    if (cursor != null) {
      first = cursorDate(cursor);
      if (first.isBefore(from) || first.isAfter(to)) {
        throw ApiError.malformed("the cursor does not belong to this from and to");
      }
    }
    LocalDate start = first;
    List<DailyAnalytics> days = extras(call.tenant()).days().stream()
        .filter(d -> !d.date().isBefore(start) && !d.date().isAfter(to))
        .toList();
    List<DailyAnalytics> page = days.subList(0, Math.min(limit, days.size()));
    String next = days.size() > limit ? cursorOf(days.get(limit).date()) : null;
    return page(page, answers::toJson, next);
  }

  Answer getPerformanceMetrics(Call call) {
    LocalDate from = date(call, "from");
    LocalDate to = date(call, "to");
    requireRange(from, to);
    YearMonth month = YearMonth.from(from);
    if (!YearMonth.from(to).equals(month)) {
      throw ApiError.malformed("from and to must lie in one calendar month");
    }
    Tenant tenant = tenant(call.tenant());
    List<DailyAnalytics> days = extras(call.tenant()).days().stream()
        .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
        .toList();
    return Answer.json(200, answers.toJson(PerformanceMetrics.rollUp(month, call.tenant(), days,
        tier(tenant).features().transactionFeePercentage())));
  }

  // ---- business ------------------------------------------------------------------------------

  Answer getCatalogSummary(Call call) {
    return Answer.json(200, answers.toJson(extras(call.tenant()).catalog()));
  }

  Answer getServicesSummary(Call call) {
    return Answer.json(200, answers.toJson(extras(call.tenant()).services()));
  }

  Answer getCustomersSummary(Call call) {
    return Answer.json(200, answers.toJson(extras(call.tenant()).customers()));
  }

  Answer getOrdersSummary(Call call) {
    return Answer.json(200, answers.toJson(extras(call.tenant()).orders()));
  }

  // ---- API keys ------------------------------------------------------------------------------

  Answer listApiKeys(Call call) {
    int limit = limit(call);
    List<ApiKeyInfo> keys = new ArrayList<>(sdk.apiKeys().list(call.tenant()));
    keys.sort(Comparator.comparing((ApiKeyInfo k) -> k.createdAt(),
            Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(ApiKeyInfo::keyHash));
    int start = 0;
    String cursor = call.query("cursor");
    if (cursor != null) {
      String after = decodeCursor(cursor, "k_");
      start = -1;
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).keyHash().equals(after)) {
          start = i + 1;
        }
      }
      if (start < 0) {
        throw ApiError.malformed("the cursor is not valid");
      }
    }
    List<ApiKeyInfo> rest = keys.subList(start, keys.size());
    List<ApiKeyInfo> page = rest.subList(0, Math.min(limit, rest.size()));
    String next = rest.size() > limit
        ? encodeCursor("k_" + page.get(page.size() - 1).keyHash())
        : null;
    return page(page, key -> answers.toJson(apiKey(key)), next);
  }

  Answer createApiKey(Call call) {
    Map<String, @Nullable Object> body = object(call.jsonBody(false));
    List<ApiError.FieldError> errors = new ArrayList<>();
    unknownMembers(body, Set.of("name", "scopes", "expires_at"), errors);
    String name = null;
    if (body.get("name") instanceof String text && !text.isBlank()) {
      name = text;
    } else {
      errors.add(new ApiError.FieldError("name", body.get("name") == null ? "required" : "type",
          "must be a non-blank string"));
    }
    Set<ApiScope> scopes = scopes(body.get("scopes"), errors);
    Instant expiresAt = body.get("expires_at") == null
        ? null : instant(body.get("expires_at"), "expires_at", errors);
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      errors.add(new ApiError.FieldError("expires_at", "future", "must be in the future"));
    }
    if (!errors.isEmpty() || name == null) {
      throw ApiError.invalid("The API key request is invalid.", errors);
    }
    IssuedApiKey issued = sdk.apiKeys().issue(call.tenant(), name, scopes, expiresAt);
    return issued(issued);
  }

  Answer rollApiKey(Call call, String keyHash) {
    requireKeyHash(keyHash);
    Map<String, @Nullable Object> body = object(call.jsonBody(false));
    List<ApiError.FieldError> errors = new ArrayList<>();
    unknownMembers(body, Set.of("old_key_expires_at"), errors);
    Instant until = body.get("old_key_expires_at") == null
        ? null : instant(body.get("old_key_expires_at"), "old_key_expires_at", errors);
    if (until == null && errors.isEmpty()) {
      errors.add(new ApiError.FieldError("old_key_expires_at", "required", "is required"));
    }
    if (!errors.isEmpty() || until == null) {
      throw ApiError.invalid("The roll request is invalid.", errors);
    }
    return issued(sdk.apiKeys().roll(call.tenant(), keyHash, until));
  }

  Answer revokeApiKey(Call call, String keyHash) {
    requireKeyHash(keyHash);
    return Answer.json(200, answers.toJson(apiKey(sdk.apiKeys().revoke(call.tenant(), keyHash))));
  }

  private Answer issued(IssuedApiKey issued) {
    return Answer.json(201, "{\"key\":" + Json.quote(issued.secret().reveal())
        + ",\"api_key\":" + answers.toJson(apiKey(issued.info())) + "}");
  }

  private static ApiKey apiKey(ApiKeyInfo info) {
    return new ApiKey(info.keyHash(), info.name(), info.scopes(), info.createdAt(),
        info.lastUsedAt(), info.expiresAt(), info.active());
  }

  private static void requireKeyHash(String keyHash) {
    if (!KEY_HASH.matcher(keyHash).matches()) {
      throw ApiError.malformed("key_hash must be 64 lowercase hex digits");
    }
  }

  private Set<ApiScope> scopes(@Nullable Object value, List<ApiError.FieldError> errors) {
    Set<ApiScope> scopes = new LinkedHashSet<>();
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      errors.add(new ApiError.FieldError("scopes", value == null ? "required" : "type",
          "must be a non-empty array of read and write"));
      return scopes;
    }
    for (int i = 0; i < list.size(); i++) {
      Object scope = list.get(i);
      ApiScope parsed = "read".equals(scope) ? ApiScope.READ
          : "write".equals(scope) ? ApiScope.WRITE : null;
      if (parsed == null) {
        errors.add(new ApiError.FieldError("scopes[" + i + "]", "enum", "must be read or write"));
      } else if (!scopes.add(parsed)) {
        errors.add(new ApiError.FieldError("scopes[" + i + "]", "unique", "is repeated"));
      }
    }
    return scopes;
  }

  private static @Nullable Instant instant(@Nullable Object value, String path,
      List<ApiError.FieldError> errors) {
    if (value instanceof String text) {
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    errors.add(new ApiError.FieldError(path, "format", "must be an RFC 3339 date-time"));
    return null;
  }

  private void unknownMembers(Map<String, @Nullable Object> body, Set<String> known,
      List<ApiError.FieldError> errors) {
    if (!strict) {
      return;
    }
    for (String name : body.keySet()) {
      if (!known.contains(name)) {
        errors.add(new ApiError.FieldError(name, "unknown_field", "is not a member of this body"));
      }
    }
  }

  // ---- CORS ----------------------------------------------------------------------------------

  /** The tenant's CORS configuration: its allowed origins and the server's other fields. */
  CorsConfiguration cors(TenantId tenantId) {
    Tenant tenant = tenant(tenantId);
    CorsConfiguration rest = extras(tenantId).cors();
    return new CorsConfiguration(tenant.allowedOrigins(), rest.allowedMethods(),
        rest.allowedHeaders(), rest.maxAge());
  }

  Answer getCors(Call call) {
    return Answer.resource(answers.toJson(cors(call.tenant())));
  }

  Answer replaceCors(Call call) {
    Object tree = parse(call.jsonBody(false));
    if (!(tree instanceof Map<?, ?>)) {
      throw ApiError.invalidField("$", "type", "must be an object");
    }
    CorsConfiguration sent = decode(Json.write(tree), CorsConfiguration.class);
    try {
      CorsPolicy.of(sent);
    } catch (CorsConfigurationException e) {
      throw ApiError.invalidField(e.field(), "cors", String.valueOf(e.getMessage()));
    }
    synchronized (corsLock) { // the origins and the rest change together, one writer at a time
      String ifMatch = call.header("If-Match");
      if (ifMatch != null) {
        requireMatch(ifMatch, getCors(call));
      }
      sdk.updateAllowedOrigins(call.tenant(), sent.allowedOrigins());
      extras.put(call.tenant(), extras(call.tenant()).withCors(sent));
    }
    return getCors(call);
  }

  // ---- webhook URLs --------------------------------------------------------------------------

  Answer getWebhookUrls(Call call) {
    Map<String, @Nullable Object> urls = new LinkedHashMap<>();
    for (Map.Entry<WebhookEndpoint, String> url :
        sdk.callbacks().webhookUrls(call.tenant()).entrySet()) {
      urls.put(url.getKey().name().toLowerCase(Locale.ROOT), url.getValue());
    }
    return Answer.json(200, Json.write(urls));
  }

  // ---- shared --------------------------------------------------------------------------------

  Tenant tenant(TenantId id) {
    return sdk.tenant(id).filter(t -> !t.isDeleted())
        .orElseThrow(() -> ApiError.notFound("no such tenant"));
  }

  private DemoData.Extras extras(TenantId id) {
    DemoData.Extras data = extras.get(id);
    if (data == null) {
      throw ApiError.notFound("this tenant has no data of this kind on the local server");
    }
    return data;
  }

  private static SubscriptionTier tier(Tenant tenant) {
    return tenant.subscriptionTierId() == null
        ? SubscriptionTier.STARTER
        : SubscriptionTier.builtIn(tenant.subscriptionTierId())
            .orElseThrow(() -> ApiError.notFound("the tenant's tier is not known here"));
  }

  private static ZoneId zone(Tenant tenant) {
    return tenant.timezone() == null ? ZoneId.of("UTC") : tenant.timezone();
  }

  /**
   * A versioned write: reads, checks {@code If-Match} against the answer the stored value renders
   * to, writes with the version read, and answers what was stored. A lost race is handled by
   * {@link #retryOrRefuse}.
   */
  private static <T> Answer writeVersioned(@Nullable String ifMatch,
      Supplier<Versioned<T>> read, Function<T, Answer> render, Function<Versioned<T>, T> write) {
    for (int attempt = 1; ; attempt++) {
      Versioned<T> current = read.get();
      if (ifMatch != null) {
        requireMatch(ifMatch, render.apply(current.value()));
      }
      try {
        return render.apply(write.apply(current));
      } catch (VersionConflictException lost) {
        retryOrRefuse(ifMatch, attempt);
      }
    }
  }

  /**
   * After a lost race: a conditional write is refused (its ETag is stale); an unconditional one
   * retries, backing off a little once it has lost a few times, until the attempts run out.
   */
  private static void retryOrRefuse(@Nullable String ifMatch, int attempt) {
    if (ifMatch != null) {
      throw ApiError.versionConflict();
    }
    if (attempt >= WRITE_ATTEMPTS) {
      throw ApiError.of(409, "version_conflict",
          "The resource kept changing while this request was written; retry.");
    }
    if (attempt > 3) {
      try {
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current()
            .nextLong(1, Math.min(attempt, 20) + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw ApiError.of(503, "unavailable", "the server is stopping");
      }
    }
  }

  private static void requireMatch(String ifMatch, Answer current) {
    if (!current.etagListed(ifMatch, false)) {
      throw ApiError.versionConflict();
    }
  }

  private static @Nullable Object parse(String text) {
    try {
      return Json.parse(text);
    } catch (Json.Malformed e) {
      throw ApiError.malformed("the body is not JSON: " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(String text) {
    Object tree = parse(text);
    if (!(tree instanceof Map<?, ?>)) {
      throw ApiError.invalidField("$", "type", "must be an object");
    }
    return (Map<String, @Nullable Object>) tree;
  }

  private <T> T decode(String json, Class<T> type) {
    try {
      return requests.fromJson(json, type);
    } catch (JsonDecodingException e) {
      String path = e.path().startsWith("$.") ? e.path().substring(2) : e.path();
      String message = String.valueOf(e.getMessage());
      String rule = message.contains("nknown") ? "unknown_field"
          : message.startsWith("Expected") ? "type" : "invalid";
      int at = message.lastIndexOf(" at path ");
      throw ApiError.invalidField(path, rule, at < 0 ? message : message.substring(0, at));
    }
  }

  private static <T> Answer page(List<T> items, Function<T, String> json, @Nullable String next) {
    StringBuilder body = new StringBuilder(256 * (items.size() + 1)).append("{\"data\":[");
    for (int i = 0; i < items.size(); i++) {
      body.append(i == 0 ? "" : ",").append(json.apply(items.get(i)));
    }
    body.append(']');
    if (next != null) {
      body.append(",\"next_cursor\":").append(Json.quote(next));
    }
    return Answer.json(200, body.append(",\"has_more\":").append(next != null).append('}')
        .toString());
  }

  private static LocalDate date(Call call, String name) {
    try {
      return LocalDate.parse(call.requiredQuery(name));
    } catch (DateTimeParseException e) {
      throw ApiError.malformed("the query parameter " + name + " must be a date (yyyy-mm-dd)");
    }
  }

  private static void requireRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiError.malformed("to is before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS_PER_QUERY) {
      throw ApiError.malformed("from and to span more than " + MAX_DAYS_PER_QUERY + " days");
    }
  }

  private static int limit(Call call) {
    String text = call.query("limit");
    if (text == null) {
      return 20;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= 100) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiError.malformed("the query parameter limit must be an integer from 1 to 100");
  }

  private static String cursorOf(LocalDate date) {
    return encodeCursor("d_" + date);
  }

  private static LocalDate cursorDate(String cursor) {
    try {
      return LocalDate.parse(decodeCursor(cursor, "d_"));
    } catch (DateTimeParseException e) {
      throw ApiError.malformed("the cursor is not valid");
    }
  }

  private static String encodeCursor(String value) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeCursor(String cursor, String kind) {
    try {
      String value = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (value.startsWith(kind)) {
        return value.substring(kind.length());
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiError.malformed("the cursor is not valid");
  }

  private static Map<String, Credential> credentials() {
    Map<String, Credential> byName = new LinkedHashMap<>();
    for (Credential credential : Credential.values()) {
      byName.put(credential.fieldName(), credential);
    }
    return Map.copyOf(byName);
  }
}
