package com.wabotiq.examples.adapter;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.Versioned;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TierId;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's facade on {@link MapStorage}, the storage adapter written from scratch against the SPI
 * alone, printed step by step with what the adapter holds after each one.
 *
 * <ol>
 *   <li>Build a {@link TenantSdk} on a new {@link MapStorage}.
 *   <li>Create a tenant (Starter tier, 14-day trial): one tenant record in the adapter.
 *   <li>Find it by slug and by WhatsApp number, and again through a second facade on the same
 *       adapter (an empty cache, so the lookup reaches the adapter).
 *   <li>Update its settings with the version read (0, the defaults): they are stored at version
 *       1; a second write still expecting version 0 is refused and changes nothing.
 *   <li>Meter replies with {@link TenantSdk#usageMeter()} against the Starter month's 1,000
 *       messages: three, then the rest of the month, then one too many; the adapter's counter says
 *       the same.
 * </ol>
 *
 * <p>The facade's clock is fixed at 2026-11-20T09:00:00Z (noon in Nairobi), so that the dates
 * printed, and the month metered, are the same on every run. {@code MapStorage} itself is proven
 * by the SPI's conformance kit, which the {@code Map*Test} classes run against it; {@code
 * MapStorageDemoTest} runs this program in the build and checks what it prints.
 */
public final class MapStorageDemo {
  /** The instant the demo's facade lives at: noon in Nairobi on 20 November 2026. */
  static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

  private static final String WHATSAPP = "+254712345678";

  private final PrintStream out;

  MapStorageDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Route Hibernate Validator's start-up line through SLF4J (quietened in simplelogger.properties).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    new MapStorageDemo(System.out).run();
  }

  void run() {
    out.println("The SDK on MapStorage, a storage adapter written against the SPI alone");
    out.println();

    out.println("1. Build the SDK on a new MapStorage (plain Java maps in memory)");
    MapStorage storage = new MapStorage();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TenantSdk sdk = TenantSdk.builder().storage(storage).clock(clock).build();
    out.printf("   stored in MapStorage: %s%n", tenantRecords(storage));
    out.println();

    out.println("2. Create a tenant");
    Tenant created = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .whatsappNumber(WHATSAPP)
            .build());
    String id = created.id().value();
    out.printf("   created %s (%s), status %s, tier %s, trial ends %s%n", created.name(),
        created.slug(), created.status(), tierName(created), created.trialEndDate());
    TenantRecord record = storage.tenants().get(id)
        .orElseThrow(() -> new IllegalStateException("the tenant must be in MapStorage"));
    out.printf("   stored in MapStorage: %s, the record at version %d, %s%n",
        tenantRecords(storage), record.version(), settingsStored(storage, id));
    out.println();

    out.println("3. Find it by slug and by WhatsApp number");
    Tenant bySlug = sdk.findBySlug(created.slug())
        .orElseThrow(() -> new IllegalStateException("the tenant must be found by slug"));
    out.printf("   by slug %s: %s, %s%n", created.slug(), bySlug.name(), same(created, bySlug));
    Tenant byNumber = sdk.findByWhatsappNumber(WHATSAPP)
        .orElseThrow(() -> new IllegalStateException("the tenant must be found by number"));
    out.printf("   by WhatsApp number %s: %s, %s%n", WHATSAPP, byNumber.name(),
        same(created, byNumber));
    TenantSdk second = TenantSdk.builder().storage(storage).clock(clock).build();
    Optional<Tenant> viaAdapter = second.findByWhatsappNumber(WHATSAPP);
    out.printf("   a second SDK on the same MapStorage (nothing cached) finds it: %s%n",
        viaAdapter.map(t -> same(created, t)).orElse("not found"));
    out.println();

    out.println("4. Update its settings, versioned");
    Versioned<TenantSettings> defaults = sdk.settings(created.id());
    out.printf("   read at version %d (the defaults): LLM %s, temperature %s%n", defaults.version(),
        defaults.value().llm().llmModel(), defaults.value().llm().llmTemperature());
    TenantSettings cooler = defaults.value().toBuilder()
        .llm(defaults.value().llm().toBuilder().llmTemperature(0.2).build())
        .build();
    Versioned<TenantSettings> updated = sdk.updateSettings(created.id(), defaults.version(), cooler);
    out.printf("   written expecting version %d: now at version %d, temperature %s%n",
        defaults.version(), updated.version(), updated.value().llm().llmTemperature());
    TenantSettings warmer = defaults.value().toBuilder()
        .llm(defaults.value().llm().toBuilder().llmTemperature(0.9).build())
        .build();
    try {
      sdk.updateSettings(created.id(), defaults.version(), warmer);
      throw new IllegalStateException("a stale settings write must be refused");
    } catch (VersionConflictException refused) {
      out.printf("   a second write still expecting version %d: refused (%s)%n",
          defaults.version(), refused.getMessage());
    }
    out.printf("   read again: version %d, temperature %s%n", sdk.settings(created.id()).version(),
        sdk.settings(created.id()).value().llm().llmTemperature());
    out.printf("   stored in MapStorage: %s, %s%n", tenantRecords(storage),
        settingsStored(storage, id));
    out.println();

    out.println("5. Meter replies against the Starter month (1,000 messages)");
    UsageMeter meter = sdk.usageMeter();
    Usage oneReply = Usage.at(NOW).send(SendKind.REPLY).build();
    String month = "2026-11-01";
    for (int i = 1; i <= 3; i++) {
      Consumption reply = meter.consume(created, oneReply);
      out.printf(Locale.ROOT, "   reply %d: %s, %,d left this month%n", i, reply.outcome(),
          reply.remaining(Metric.MONTHLY_MESSAGES).orElseThrow());
    }
    out.printf(Locale.ROOT, "   MapStorage's counter monthly_messages, period %s: %,d%n",
        month, storage.counters().get(id, Metric.MONTHLY_MESSAGES.limitName(), month));
    int admitted = 0;
    for (int i = 0; i < 997; i++) {
      if (meter.consume(created, oneReply).isAllowed()) {
        admitted++;
      }
    }
    out.printf(Locale.ROOT, "   997 more replies: %,d admitted%n", admitted);
    Consumption oneTooMany = meter.consume(created, oneReply);
    out.printf("   the next reply: %s (%s)%n", oneTooMany.outcome(), oneTooMany.reasons());
    out.printf(Locale.ROOT, "   MapStorage's counter monthly_messages, period %s: %,d%n",
        month, storage.counters().get(id, Metric.MONTHLY_MESSAGES.limitName(), month));
    out.println();

    out.println("MapStorage itself is proven by the SPI's conformance kit: the Map*Test classes"
        + " run it against MapStorage in the build.");
    out.println("Done.");
  }

  /** "1 tenant record": every record the adapter lists, whatever its status. */
  private static String tenantRecords(MapStorage storage) {
    int count = 0;
    for (TenantStatus status : TenantStatus.values()) {
      @Nullable String cursor = null;
      do {
        Page<TenantRecord> page = storage.tenants().listByStatus(status.wireValue(), cursor, 100);
        count += page.items().size();
        cursor = page.nextCursor();
      } while (cursor != null);
    }
    return count + (count == 1 ? " tenant record" : " tenant records");
  }

  /** What the adapter holds of a tenant's settings document. */
  private static String settingsStored(MapStorage storage, String tenantId) {
    Optional<VersionedDocument> settings = storage.documents().get(tenantId, DocumentKind.SETTINGS);
    return settings.map(doc -> "settings at version " + doc.version())
        .orElse("no settings document yet (the facade serves the defaults at version 0)");
  }

  private static String tierName(Tenant tenant) {
    TierId tier = tenant.subscriptionTierId();
    return tier == null ? "none"
        : SubscriptionTier.builtIn(tier).map(SubscriptionTier::name).orElse(tier.value());
  }

  private static String same(Tenant expected, Tenant found) {
    return found.id().equals(expected.id()) ? "the same id" : "another id (" + found.id() + ")";
  }
}
