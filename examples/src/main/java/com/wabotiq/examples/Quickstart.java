package com.wabotiq.examples;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantCredentials;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.cors.CorsDecision;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.access.webhooks.Verification;
import com.wabotiq.access.webhooks.WebhookProvider;
import com.wabotiq.access.webhooks.WebhookRequest;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.PermissionException;
import com.wabotiq.client.Quota;
import com.wabotiq.client.SettingsPatch;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.IllegalStatusTransitionException;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ModelValidator;
import com.wabotiq.validation.ValidationResult;
import com.wabotiq.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The quickstart: the main job of the SDK on embedded defaults, printed step by step.
 *
 * <ol>
 *   <li>Load the reference's example tenant, settings and agent configuration from JSON.
 *   <li>Validate them: the reference's placeholders (an id of {@code "uuid"}, a Pinecone
 *       namespace of {@code "tenant_uuid"}) are reported, every violation at once.
 *   <li>Give the documents real ids, a real tier and real key hashes, and validate again:
 *       nothing is wrong.
 *   <li>Walk the tenant lifecycle: an allowed transition, then a refused one.
 *   <li>Create a tenant through the facade ({@link TenantSdk#inMemory()}: in-memory storage) and
 *       find it again by its WhatsApp number, as an inbound message would.
 *   <li>Check replies at the 999th, 1,000th and 1,001st message of a Starter month, and a
 *       campaign during quiet hours (deferred to their end).
 *   <li>Meter 1,500 replies from four threads against the 1,000 of a month with the facade's
 *       {@link UsageMeter}: exactly 1,000 are admitted; refund one.
 *   <li>Keep a Twilio token encrypted with {@link TenantSdk#credentials}, rotate the master key,
 *       rewrap, and read it again.
 *   <li>Let in a tenant's API clients, browser dashboard and webhooks: issue an API key and
 *       authenticate it, refuse a mistyped and a revoked one, answer a CORS preflight from an
 *       allowed and from a foreign origin, verify a signed Stripe webhook and refuse a tampered
 *       one.
 *   <li>Call the hosted API with {@link WabotiqClient} against the {@link LocalApiServer} (core
 *       serving the API on loopback): masked settings, a credential stored encrypted, the usage
 *       the meter counted, paged analytics, and another tenant's key refused.
 * </ol>
 *
 * <p>Run it with {@code mvn -q -B -ntp -Pquickstart -pl examples -am test-compile} (the profile
 * compiles no test tree); {@code QuickstartTest} runs it in {@code mvn verify}.
 */
public final class Quickstart {
  private final PrintStream out;
  private final JsonCodec json = JsonCodec.lenient();
  private final ModelValidator validator = ModelValidator.create();

  Quickstart(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the quickstart, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Route Hibernate Validator's start-up line through SLF4J (quietened in simplelogger.properties).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    new Quickstart(System.out).run();
  }

  void run() {
    out.println("WabotIQ Tenant SDK quickstart");
    out.println();

    out.println("1. Load the reference's examples from JSON");
    Tenant tenant = json.fromJson(resource("tenant.json"), Tenant.class);
    TenantSettings settings = json.fromJson(resource("tenant-settings.json"), TenantSettings.class);
    AgentConfiguration agent =
        json.fromJson(resource("agent-configuration.json"), AgentConfiguration.class);
    out.printf("   tenant %s (%s), status %s, zone %s, quiet hours %s-%s%n",
        tenant.name(), tenant.slug(), tenant.status(), tenant.timezone(),
        tenant.quietHoursStart(), tenant.quietHoursEnd());
    out.printf("   settings: %s %s at temperature %s, languages %s, Twilio token %s%n",
        settings.llm().llmProvider(), settings.llm().llmModel(), settings.llm().llmTemperature(),
        settings.language().supportedLanguages(), settings.twilio().twilioToken());
    out.printf("   agent: %s (%s), confidence %s, handoff below %s%n",
        agent.persona().botName(), agent.persona().botPersonality(),
        agent.behavior().confidenceThreshold(), agent.handoff().handoffConfidenceThreshold());
    out.println();

    out.println("2. Validate them as the reference wrote them (placeholders included)");
    report("tenant", validator.validate(tenant));
    report("settings", validator.validate(settings));
    report("agent configuration", validator.validate(agent));
    out.println();

    out.println("3. Give them real ids, a real tier and real key hashes, and validate again");
    TenantId id = TenantId.random();
    tenant = tenant.toBuilder()
        .id(id)
        .subscriptionTierId(SubscriptionTier.STARTER.id())
        .apiKeys(tenant.apiKeys().stream().map(Quickstart::withRealHash).toList())
        .build();
    settings = settings.toBuilder().id(SettingsId.random()).tenantId(id)
        .pinecone(settings.pinecone().toBuilder().pineconeNamespace(id.value()).build())
        .build();
    agent = agent.toBuilder().id(AgentConfigurationId.random()).tenantId(id).build();
    report("tenant", validator.validate(tenant));
    report("settings", validator.validate(settings));
    report("agent configuration", validator.validate(agent));
    out.println();

    out.println("4. Walk the status lifecycle");
    Tenant suspended = tenant.withStatus(TenantStatus.SUSPENDED);
    out.printf("   %s -> %s: allowed%n", tenant.status(), suspended.status());
    try {
      suspended.withStatus(TenantStatus.TRIAL);
      throw new IllegalStateException("suspended -> trial must be refused");
    } catch (IllegalStatusTransitionException refused) {
      out.printf("   %s -> %s: refused (%s)%n", refused.from(), refused.to(), refused.getMessage());
    }
    out.println();

    out.println("5. Create a tenant through the facade and find it by its WhatsApp number");
    TenantSdk sdk = TenantSdk.inMemory();
    Tenant created = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .whatsappNumber("+254712345678")
            .build());
    Tenant found = sdk.findByWhatsappNumber("+254712345678")
        .orElseThrow(() -> new IllegalStateException("the tenant just created must be found"));
    out.printf("   created %s (%s), status %s, trial ends %s%n",
        created.id(), created.slug(), created.status(), created.trialEndDate());
    out.printf("   found by +254712345678: %s (%s), status %s, trial ends %s%n",
        found.id(), found.slug(), found.status(), found.trialEndDate());
    out.println();

    out.println("6. Check sends against the Starter tier (1,000 messages a month, quiet 22:00-08:00)");
    Instant noonInNairobi = Instant.parse("2025-11-20T09:00:00Z");
    for (long nth : new long[] {999, 1_000, 1_001}) {
      Decision reply = Limits.check(tenant,
          Usage.at(noonInNairobi).messagesThisPeriod(nth - 1).send(SendKind.REPLY).build());
      out.printf(Locale.ROOT, "   reply, message %,d of the period: %s%s%n", nth, reply.outcome(),
          reply.isAllowed() ? "" : " (" + reply.reasons() + ")");
    }
    Instant elevenPmInNairobi = Instant.parse("2025-11-20T20:00:00Z");
    Decision campaign = Limits.check(tenant,
        Usage.at(elevenPmInNairobi).messagesThisPeriod(100).send(SendKind.CAMPAIGN, 10).build());
    out.printf("   campaign to 10 recipients at 23:00 Nairobi: %s until %s%n",
        campaign.outcome(), campaign.deferredUntil().map(Instant::toString).orElse("-"));
    out.println();

    out.println("7. Meter replies atomically: 4 threads try 1,500 replies against the 1,000 of a month");
    UsageMeter meter = sdk.usageMeter();
    Tenant starter = tenant;
    Usage oneReply = Usage.at(noonInNairobi).send(SendKind.REPLY).build();
    AtomicInteger admitted = new AtomicInteger();
    AtomicReference<@Nullable Consumption> oneAdmitted = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 375; i++) {
            Consumption c = meter.consume(starter, oneReply);
            if (c.isAllowed()) {
              admitted.incrementAndGet();
              oneAdmitted.compareAndSet(null, c);
            }
          }
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("a metering thread failed", e);
    } finally {
      pool.shutdown();
    }
    out.printf(Locale.ROOT, "   admitted %,d, refused %,d%n", admitted.get(), 1_500 - admitted.get());
    out.printf("   the next reply: %s%n", meter.consume(tenant, oneReply));
    Consumption toRefund = oneAdmitted.get();
    if (toRefund == null) {
      throw new IllegalStateException("no reply was admitted");
    }
    meter.refund(toRefund);
    out.println("   one admitted reply failed to send and was refunded");
    Consumption afterRefund = meter.consume(tenant, oneReply);
    out.printf("   the next reply: %s, remaining %d%n", afterRefund,
        afterRefund.remaining(Metric.MONTHLY_MESSAGES).orElseThrow());
    out.println();

    out.println("8. Keep a tenant's Twilio token encrypted, rotate the master key, and still read it");
    LocalKeyEncryption masterKeys = LocalKeyEncryption.generate("master-2026-11");
    TenantCredentials credentials = sdk.credentials(masterKeys);
    credentials.put(created.id(), Credential.TWILIO_TOKEN,
        Secret.of("9f8e7d6c5b4a39281706f5e4d3c2b1a0"));
    SealedSecret atRest = Credential.TWILIO_TOKEN.in(sdk.settings(created.id()).value())
        .orElseThrow(() -> new IllegalStateException("the token must be stored"));
    out.printf("   stored in the settings as %s... (%d characters of ciphertext)%n",
        atRest.ciphertext().substring(0, 5), atRest.ciphertext().length());
    Secret token = credentials.get(created.id(), Credential.TWILIO_TOKEN).orElseThrow();
    out.printf("   hint %s, toString %s%n", token.hint(), token);
    out.printf("   revealed once, for the call to Twilio: %s characters%n", token.reveal().length());
    token.wipe();
    LocalKeyEncryption rotated = masterKeys.rotatedTo("master-2026-12");
    TenantCredentials afterRotation = sdk.credentials(rotated);
    out.printf("   rotated to %s: still reads %s%n", rotated.primaryKeyId(),
        afterRotation.get(created.id(), Credential.TWILIO_TOKEN).orElseThrow().hint());
    int rewrapped = afterRotation.vault().rewrapAll(List.of(created.id()),
        (done, total, rewrappedTenant, changed) -> out.printf(Locale.ROOT,
            "   rewrap %d/%d tenants (%s: %d data key(s))%n", done, total, rewrappedTenant, changed));
    out.printf("   rewrapped %d data key(s); with the old master key retired it reads %s%n",
        rewrapped,
        sdk.credentials(rotated.retiring("master-2026-11"))
            .get(created.id(), Credential.TWILIO_TOKEN).orElseThrow().hint());
    out.println();

    out.println("9. Let in a tenant's API clients, its browser dashboard and its webhooks");
    access(out);
    out.println();

    out.println("10. Call the hosted API with the client, against the local API server");
    partner(out);
    out.println();
    out.println("Done.");
  }

  /**
   * Step 10: the partner's side. The local API server serves the API of {@code
   * docs/openapi.yaml} on loopback, over core; the client reads the masked settings, stores a
   * credential, reads the usage the meter counted, pages through analytics, and is refused
   * another tenant's data.
   */
  private static void partner(PrintStream out) {
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant acme = server.seedDemoTenant();
      SeededTenant other = server.seedTenant("Other Shop", acme.tierId());
      out.printf("   local server at %s, tenant %s seeded from the reference%n",
          server.baseUri(), acme.name());
      try (WabotiqClient client = WabotiqClient.builder(acme.apiKey().reveal(), acme.tenantId())
          .baseUrl(server.baseUri().toString())
          .build()) {
        MaskedSettings settings = client.settings().get();
        out.printf("   settings: %s, OpenAI key shown as %s (the key itself never leaves the"
            + " server)%n", settings.settings().llm().llmModel(),
            settings.hint(Credential.OPENAI_API_KEY).orElse("-"));
        MaskedSettings changed = client.settings().update(SettingsPatch.builder()
            .credential(Credential.OPENAI_API_KEY, Secret.of("sk-proj-quickstart-4242"))
            .build());
        out.printf("   a new OpenAI key stored encrypted; read back as %s%n",
            changed.hint(Credential.OPENAI_API_KEY).orElse("-"));

        // The bot's side meters replies in the tenant's billing periods, as the API reports them.
        Tenant tenant = server.sdk().tenant(acme.tenantId()).orElseThrow();
        BillingSchedule billing = BillingSchedule.of(client.subscription().get());
        for (int i = 0; i < 3; i++) {
          server.sdk().usageMeter().consume(tenant,
              Usage.at(Instant.now()).billing(billing).send(SendKind.REPLY).build());
        }
        Quota messages = client.subscription().usage().quota("monthly_messages").orElseThrow();
        out.printf("   after 3 metered replies, usage says monthly_messages %d of %s, %s left%n",
            messages.used(), messages.limit(), messages.remaining());

        LocalDate today = LocalDate.now(ZoneId.of("Africa/Nairobi"));
        long days = client.analytics().daily(today.minusDays(29), today).stream().count();
        out.printf("   daily analytics of the last 30 days, paged 20 at a time: %d days%n", days);
      }
      try (WabotiqClient wrongTenant =
          WabotiqClient.builder(other.apiKey().reveal(), acme.tenantId())
              .baseUrl(server.baseUri().toString())
              .build()) {
        wrongTenant.settings().get();
        throw new IllegalStateException("another tenant's key must be refused");
      } catch (PermissionException refused) {
        out.printf("   another tenant's key on %s: %d %s%n", acme.name(), refused.status(),
            refused.code());
      }
    }
  }

  /**
   * Step 9 on a facade built with a master key, so that it reads webhook secrets from tenants'
   * encrypted settings: an API key issued, authenticated, mistyped and revoked; a CORS preflight
   * from an allowed and from a foreign origin; a Stripe webhook signed as Stripe signs, then
   * tampered with.
   */
  private static void access(PrintStream out) {
    TenantSdk sdk = TenantSdk.builder()
        .storage(InMemoryStorage.create())
        .keyEncryption(LocalKeyEncryption.generate("master-access"))
        .build();
    Tenant acme = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .subscriptionTierId(Objects.requireNonNull(SubscriptionTier.GROWTH.id()))
            .build());
    TenantId id = acme.id();

    IssuedApiKey issued = sdk.apiKeys().issue(id, "Production API Key",
        Set.of(ApiScope.READ, ApiScope.WRITE), null);
    String key = issued.secret().reveal();
    out.printf("   issued %s (%d characters, shown once); stored: its SHA-256 only%n",
        issued.secret(), key.length());
    ApiKeyVerification valid = sdk.apiKeys().authenticate(key, ApiScope.WRITE, id);
    out.printf("   authenticate for a write: %s, tenant %s%n", valid.code(),
        valid.tenantId().map(TenantId::value).orElse("-"));
    char last = key.charAt(key.length() - 1);
    String mistyped = key.substring(0, key.length() - 1) + (last == 'x' ? 'y' : 'x');
    ApiKeyVerification typo = sdk.apiKeys().authenticate(mistyped, ApiScope.READ, id);
    out.printf("   one character mistyped: %s, no lookup; the client reads %d \"%s\"%n",
        typo.code(), typo.httpStatus(), typo.clientMessage());
    sdk.apiKeys().revoke(id, issued.info().keyHash());
    ApiKeyVerification revoked = sdk.apiKeys().authenticate(key, ApiScope.READ, id);
    out.printf("   after revoking it: %s; the client reads %d \"%s\"%n",
        revoked.code(), revoked.httpStatus(), revoked.clientMessage());

    Tenant withOrigins = sdk.updateAllowedOrigins(id, List.of("https://dashboard.acme.com"));
    CorsPolicy cors = CorsPolicy.forTenant(withOrigins);
    CorsDecision preflight = cors.decidePreflight(
        "https://dashboard.acme.com", "PATCH", "content-type, x-tenant-id");
    out.printf("   preflight PATCH from https://dashboard.acme.com: %s%n", preflight.code());
    preflight.headers().forEach((name, value) -> out.printf("     %s: %s%n", name, value));
    CorsDecision foreign = cors.decidePreflight("https://evil.example", "PATCH", null);
    out.printf("   preflight PATCH from https://evil.example: %s (%s)%n",
        foreign.code(), foreign.detail());

    String secret = "whsec_5f2b1c9e8d7a6b5c4d3e2f1a0b9c8d7e";
    sdk.credentials().put(id, Credential.STRIPE_WEBHOOK_SECRET, Secret.of(secret));
    String body = "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}";
    long now = Instant.now().getEpochSecond();
    String signature = "t=" + now + ",v1=" + hmacSha256Hex(secret, now + "." + body);
    Verification stripe = sdk.webhooks().verify(id, WebhookProvider.STRIPE,
        WebhookRequest.builder().body(body.getBytes(StandardCharsets.UTF_8))
            .header("Stripe-Signature", signature).build());
    out.printf("   Stripe webhook signed with the tenant's secret: %s%n", stripe.code());
    Verification tampered = sdk.webhooks().verify(id, WebhookProvider.STRIPE,
        WebhookRequest.builder()
            .body(body.replace("evt_1", "evt_2").getBytes(StandardCharsets.UTF_8))
            .header("Stripe-Signature", signature).build());
    out.printf("   the same signature on a changed body: %s%n", tampered.code());
  }

  /** What Stripe sends in {@code v1=}: the hex HMAC-SHA256 of {@code t.body} with the secret. */
  private static String hmacSha256Hex(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every JDK", e);
    }
  }

  /** The reference shows {@code "sha256_hash"}; a stored key hash is 64 lowercase hex digits. */
  private static ApiKey withRealHash(ApiKey key) {
    String made = "wbq_example_" + key.name();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(made.getBytes(StandardCharsets.UTF_8));
      return new ApiKey(HexFormat.of().formatHex(hash), key.name(), key.scopes(), key.createdAt(),
          key.lastUsedAt(), key.expiresAt(), key.isActive());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private void report(String what, ValidationResult result) {
    if (result.isValid()) {
      out.printf("   %s: valid%n", what);
      return;
    }
    out.printf("   %s: %d violation(s)%n", what, result.violations().size());
    for (Violation v : result.violations()) {
      out.printf("     %s [%s] %s (rejected: %s)%n", v.path(), v.rule(), v.message(), v.rejectedValue());
    }
  }

  private static String resource(String name) {
    try (InputStream in = Quickstart.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /reference/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
