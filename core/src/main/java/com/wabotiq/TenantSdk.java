package com.wabotiq;

import com.wabotiq.access.cors.CorsConfigurationException;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.webhooks.WebhookUrls;
import com.wabotiq.internal.Checks;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.internal.GuardedStorage;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.IllegalStatusTransitionException;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ModelValidator;
import com.wabotiq.validation.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's entry object: tenants, their settings and agent configuration, kept in a host
 * application's own storage. Build it once, from a {@link StorageProvider} and a {@link Clock}, and
 * share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * TenantSdk sdk = TenantSdk.builder()
 *     .storage(JdbcStorage.postgresql(dataSource))
 *     .clock(Clock.systemUTC())
 *     .build();
 * Tenant tenant = sdk.createTenant(
 *     NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
 *         .whatsappNumber("+254712345678")
 *         .build());
 * Optional<Tenant> same = sdk.findByWhatsappNumber("+254712345678");
 * }</pre>
 *
 * <p><b>Storage.</b> The builder wraps the adapter in guards: whatever the adapter throws or
 * returns wrongly (an unexpected exception, null, another tenant's record, a document that cannot
 * be decoded) reaches the caller as one {@link StorageException}, with the cause attached and a
 * message free of document contents and secrets. Every write is one call to the adapter, so a
 * failure never leaves anything half-written.
 *
 * <p><b>Validation.</b> Every tenant, settings document and agent configuration is checked with
 * {@link ModelValidator#requireValid} before it is written; an invalid one is refused with a
 * {@link ValidationException} listing every violation, and storage is not touched.
 *
 * <p><b>Versions.</b> Each tenant, settings document and agent configuration has an optimistic
 * version ({@link Versioned}). A write with a stale version is refused with a {@link
 * VersionConflictException} and changes nothing. The read-modify-write operations ({@link
 * #changeStatus}, {@link #updateSettings(TenantId, UnaryOperator)}, {@link
 * #updateAgentConfiguration(TenantId, UnaryOperator)}, {@link #softDelete}) re-read and re-apply
 * their change on a conflict, up to {@value #MAX_ATTEMPTS} attempts, then let the last conflict
 * through; no write is ever lost silently.
 *
 * <p><b>Deleted tenants.</b> {@link #softDelete} sets {@code deleted_at}. A soft-deleted tenant is
 * still returned by {@link #tenant} (with {@link Tenant#isDeleted()} true: a host application may
 * need to show or audit it), never by {@link #findBySlug} or {@link #findByWhatsappNumber} (as
 * storage itself skips it), and can no longer be changed: writes to it throw {@link
 * TenantNotFoundException} with {@link TenantNotFoundException#isDeleted()} true. Its slug and
 * WhatsApp number stay reserved.
 *
 * <p><b>Cache.</b> Lookups by id, slug and WhatsApp number are answered from a bounded in-process
 * cache (Caffeine) in front of storage: read-through, keyed by each of the three, with
 * statistics ({@link #cacheStats()}). Every write through <em>this</em> facade updates it at once,
 * under the tenant's old and new keys. <b>It cannot see writes made by other facades or other
 * processes</b> on the same storage: such a change (a suspension, a new slug) is seen here only
 * when the entry expires, so lookups may be stale by up to {@code cacheExpireAfterWrite} (30 seconds
 * by default: short enough that a suspension or cancellation takes effect within half a minute
 * everywhere, long enough that a busy tenant's burst of inbound messages is served from memory).
 * Writes never rely on the cache: they read storage first and carry its version, so a stale
 * cache can never make a write go astray. Settings and agent configurations are not cached. Run
 * several instances with a short expiry, or {@code cacheEnabled(false)}, if that staleness matters.
 *
 * @since 0.1.0
 */
public final class TenantSdk {
  /** Attempts of a read-modify-write before a version conflict is let through. */
  static final int MAX_ATTEMPTS = 16;

  /** Slugs tried in sequence ({@code acme}, {@code acme-2} ... {@code acme-10}) on collisions. */
  static final int SEQUENTIAL_SLUGS = 10;

  /** The default bound of the tenant cache, in keys. */
  static final long DEFAULT_CACHE_MAXIMUM_SIZE = 10_000;

  /** The default lifetime of a cache entry, and so the bound on staleness across instances. */
  static final Duration DEFAULT_CACHE_EXPIRE_AFTER_WRITE = Duration.ofSeconds(30);

  private static final Kind<TenantSettings> SETTINGS =
      new Kind<>(
          DocumentKind.SETTINGS,
          "settings",
          TenantSettings::tenantId,
          Defaults::settings,
          StoredDocuments::settings,
          (s, id, now) ->
              s.toBuilder()
                  .id(s.id() != null ? s.id() : Defaults.settingsId(id))
                  .createdAt(s.createdAt() != null ? s.createdAt() : now)
                  .updatedAt(now)
                  .build());

  private static final Kind<AgentConfiguration> AGENT =
      new Kind<>(
          DocumentKind.AGENT_CONFIGURATION,
          "agent configuration",
          AgentConfiguration::tenantId,
          Defaults::agentConfiguration,
          StoredDocuments::agentConfiguration,
          (c, id, now) ->
              c.toBuilder()
                  .id(c.id() != null ? c.id() : Defaults.agentConfigurationId(id))
                  .createdAt(c.createdAt() != null ? c.createdAt() : now)
                  .updatedAt(now)
                  .build());

  private final GuardedStorage storage;
  private final UsageMeter meter;
  private final UsageCounters counters;
  private final TenantRecords tenants;
  private final Documents documents;
  private final Clock clock;
  private final TenantCache cache;
  private final ModelValidator validator = ModelValidator.create();
  private final TenantCredentials.PerKey credentials;
  private final TenantApiKeys apiKeys;
  private final TenantWebhooks webhooks;
  private final WebhookUrls webhookUrls;

  private TenantSdk(Builder builder, StorageProvider provider) {
    this.storage = GuardedStorage.of(provider);
    if (builder.heapCounters) {
      // inMemory(): nobody else holds the storage, so the meter's own lock-free table can be the
      // facade's counters, read and written through usageCounters().
      this.meter = UsageMeter.inMemory();
      this.counters = GuardedStorage.guard(meter.usageCounters());
    } else {
      this.counters = storage.counters();
      this.meter = UsageMeter.builder().counters(counters).build();
    }
    this.tenants = storage.tenants();
    this.documents = storage.documents();
    this.clock = builder.clock;
    this.cache =
        builder.cacheEnabled
            ? TenantCache.create(
                builder.cacheMaximumSize, builder.cacheExpireAfterWrite, builder.cacheTicker)
            : TenantCache.disabled();
    this.credentials = new TenantCredentials.PerKey(new CredentialAccess(), storage.wrappedKeys(),
        builder.keyEncryption, builder.dataKeyRevalidateAfter);
    // API keys: last uses go to the adapter's key activity store, behind the storage guards.
    this.apiKeys = new TenantApiKeys(this, clock, builder.apiKeyEnvironment, storage::keyActivity,
        builder.apiKeyCacheExpireAfterWrite, builder.apiKeyUseFlushInterval, builder.cacheTicker);
    this.webhooks = new TenantWebhooks(this::credentials, clock, builder.webhooks);
    this.webhookUrls = builder.webhookUrls;
  }

  /**
   * A builder: a storage provider is required; the clock defaults to {@link Clock#systemUTC()},
   * the cache to on, {@value #DEFAULT_CACHE_MAXIMUM_SIZE} keys, 30 seconds.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A facade on embedded defaults: a fresh {@link InMemoryStorage}, the system clock in UTC and the
   * default cache. Its data lives as long as the facade; for tests, demos and single-process use.
   * Its {@link #usageMeter()} counts in {@link UsageMeter#inMemory()}'s lock-free heap table, which
   * {@link #usageCounters()} reads and writes.
   *
   * @return a new facade with its own empty storage
   * @since 0.1.0
   */
  public static TenantSdk inMemory() {
    Builder builder = builder().storage(InMemoryStorage.create());
    builder.heapCounters = true;
    return builder.build();
  }

  /**
   * Creates a tenant: a random id, status {@code trial} from now for {@link Tenant#DEFAULT_TRIAL}
   * (14 days), {@code created_at} and {@code updated_at} now, and a slug made from the name
   * (lowercase ASCII letters and digits joined by hyphens, accents removed, at most 63
   * characters, {@code "tenant"} when nothing is left). When the slug is taken, {@code -2}, {@code
   * -3} ... {@code -10} are tried, then a suffix from the tenant's random id.
   *
   * <p>One atomic write: only the tenant record is stored. Its settings and agent configuration
   * are not written now; until their first update, {@link #settings} and {@link
   * #agentConfiguration} return the defaults at version 0.
   *
   * @param request what the host application knows about the tenant
   * @return the stored tenant, at version 1
   * @throws ValidationException if the tenant breaks a rule (a blank name, a WhatsApp number not
   *     in E.164, quiet hours with one end only...); nothing is written
   * @throws DuplicateKeyException if the WhatsApp number is another tenant's (a deleted one's
   *     included), or every slug tried is taken; nothing is written
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if {@code request} is null
   * @since 0.1.0
   */
  public Tenant createTenant(NewTenant request) {
    Checks.notNull(request, "request");
    Instant now = now();
    TenantId id = TenantId.random();
    String base = Slugs.of(request.name());
    Tenant tenant =
        Tenant.builder()
            .id(id)
            .name(request.name())
            .slug(base)
            .status(TenantStatus.TRIAL)
            .whatsappNumber(request.whatsappNumber())
            .subscriptionTierId(request.subscriptionTierId())
            .trialStartDate(now)
            .trialEndDate(now.plus(Tenant.DEFAULT_TRIAL))
            .timezone(request.timezone())
            .quietHoursStart(request.quietHoursStart())
            .quietHoursEnd(request.quietHoursEnd())
            .contactEmail(request.contactEmail())
            .contactPhone(request.contactPhone())
            .createdAt(now)
            .updatedAt(now)
            .build();
    validator.requireValid(tenant);
    for (int attempt = 1; ; attempt++) {
      try {
        TenantRecord stored = tenants.create(StoredDocuments.record(tenant));
        cache.written(null, new Versioned<>(tenant, stored.version()));
        return tenant;
      } catch (DuplicateKeyException e) {
        if (!"slug".equalsIgnoreCase(e.key()) || attempt > SEQUENTIAL_SLUGS) {
          throw e;
        }
        String next =
            attempt < SEQUENTIAL_SLUGS
                ? Slugs.candidate(base, attempt + 1)
                : Slugs.withSuffix(base, id.value().substring(0, 8));
        tenant = tenant.toBuilder().slug(next).build();
      }
    }
  }

  /**
   * The tenant with this id, soft-deleted or not. Served from the cache when it holds the tenant.
   *
   * @param id the tenant's id
   * @return the tenant, or empty when none has this id
   * @throws StorageException if storage fails or holds a document that cannot be read
   * @throws NullPointerException if {@code id} is null
   * @since 0.1.0
   */
  public Optional<Tenant> tenant(TenantId id) {
    TenantCache.Entry hit = cache.byId(Checks.notNull(id, "tenant_id").value());
    return hit != null ? hit.asTenant : load(id).asTenant;
  }

  /**
   * The tenant with this id and its version, soft-deleted or not. Served from the cache when it
   * holds the tenant.
   *
   * @param id the tenant's id
   * @return the tenant and its version, or empty when none has this id
   * @throws StorageException if storage fails or holds a document that cannot be read
   * @throws NullPointerException if {@code id} is null
   * @since 0.1.0
   */
  public Optional<Versioned<Tenant>> versionedTenant(TenantId id) {
    TenantCache.Entry hit = cache.byId(Checks.notNull(id, "tenant_id").value());
    return hit != null ? hit.asVersioned : load(id).asVersioned;
  }

  /**
   * The tenant that is not soft-deleted and has this slug. Served from the cache when it holds
   * the slug.
   *
   * @param slug the exact slug (case-sensitive)
   * @return the tenant, or empty when none that is not deleted has it
   * @throws StorageException if storage fails or holds a document that cannot be read
   * @throws NullPointerException if {@code slug} is null
   * @since 0.1.0
   */
  public Optional<Tenant> findBySlug(String slug) {
    TenantCache.Entry hit = cache.bySlug(Checks.notNull(slug, "slug"));
    if (hit != null && hit.tenant != null && slug.equals(hit.tenant.slug())) {
      return hit.asTenant;
    }
    return find(UniqueKey.SLUG, slug);
  }

  /**
   * The tenant that is not soft-deleted and has this WhatsApp number: routes an inbound message to
   * its tenant. Served from the cache when it holds the number.
   *
   * @param whatsappNumber the exact number, E.164 (e.g. {@code +254712345678})
   * @return the tenant, or empty when none that is not deleted has it
   * @throws StorageException if storage fails or holds a document that cannot be read
   * @throws NullPointerException if {@code whatsappNumber} is null
   * @since 0.1.0
   */
  public Optional<Tenant> findByWhatsappNumber(String whatsappNumber) {
    TenantCache.Entry hit = cache.byNumber(Checks.notNull(whatsappNumber, "whatsapp_number"));
    if (hit != null && hit.tenant != null && whatsappNumber.equals(hit.tenant.whatsappNumber())) {
      return hit.asTenant;
    }
    return find(UniqueKey.WHATSAPP_NUMBER, whatsappNumber);
  }

  /**
   * Moves a tenant to another status through the lifecycle's rules ({@link
   * Tenant#withStatus}), setting {@code updated_at} to now. Reads storage (never the cache), and
   * on a version conflict re-reads and re-checks the transition against what it finds.
   *
   * @param id the tenant's id
   * @param target the status to move to
   * @return the stored tenant
   * @throws IllegalStatusTransitionException naming both statuses when the lifecycle refuses the
   *     move (staying in the same status included); nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws VersionConflictException if the tenant kept changing under {@value #MAX_ATTEMPTS}
   *     attempts; nothing is written
   * @throws ValidationException if the stored tenant breaks a rule (it was written by another
   *     tool); nothing is written
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Tenant changeStatus(TenantId id, TenantStatus target) {
    Checks.notNull(id, "tenant_id");
    Checks.notNull(target, "status");
    return retryOnConflict(
        () -> {
          Versioned<Tenant> current = requireWritable(id);
          Tenant next = current.value().withStatus(target).toBuilder().updatedAt(now()).build();
          return writeTenant(current, next);
        });
  }

  /**
   * Replaces the browser origins allowed to call a tenant's API (the record's {@code
   * allowed_origins}, read by {@link CorsPolicy#forTenant}). Each must be a serialized {@code
   * https} origin ({@code https://host[:port]}, no path); they are stored in the canonical form
   * browsers send (lower case, the default port left out), each once: {@code https://A.com:443}
   * is stored as {@code https://a.com}.
   *
   * @param id the tenant
   * @param origins the origins, possibly empty (no browser may call the API)
   * @return the stored tenant
   * @throws CorsConfigurationException naming {@code allowed_origins[i]} and the rule, for a
   *     malformed, wildcard or {@code http} origin; nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if an argument or an element is null
   * @since 0.1.0
   */
  public Tenant updateAllowedOrigins(TenantId id, List<String> origins) {
    Checks.notNull(id, "tenant_id");
    List<String> checked = Checks.copyOf(Checks.notNull(origins, "allowed_origins"),
        "allowed_origins");
    List<String> canonical = CorsPolicy.builder().allowedOrigins(checked).build().allowedOrigins();
    return retryOnConflict(
        () -> {
          Versioned<Tenant> current = requireWritable(id);
          Tenant next =
              current.value().toBuilder().allowedOrigins(canonical).updatedAt(now()).build();
          return writeTenant(current, next);
        });
  }

  /**
   * Soft-deletes a tenant: sets {@code deleted_at} and {@code updated_at} to now. Idempotent: a
   * tenant deleted already is returned as it is, its {@code deleted_at} unchanged. The tenant
   * keeps its slug and WhatsApp number reserved, and lookups by them no longer find it.
   *
   * @param id the tenant's id
   * @return the deleted tenant
   * @throws TenantNotFoundException if no tenant has this id
   * @throws VersionConflictException if the tenant kept changing under {@value #MAX_ATTEMPTS}
   *     attempts; nothing is written
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if {@code id} is null
   * @since 0.1.0
   */
  public Tenant softDelete(TenantId id) {
    Checks.notNull(id, "tenant_id");
    return retryOnConflict(
        () -> {
          Versioned<Tenant> current = readFresh(id);
          if (current.value().isDeleted()) {
            return current.value();
          }
          Instant now = now();
          Tenant next = current.value().toBuilder().deletedAt(now).updatedAt(now).build();
          return writeTenant(current, next);
        });
  }

  /**
   * A tenant's settings and their version; before the first update, the defaults at version 0
   * (the reference's generic values, the Pinecone namespace set to the tenant id, {@code
   * created_at} and {@code updated_at} the tenant's creation time). Read from storage every time
   * (not cached).
   *
   * @param id the tenant's id
   * @return the settings and their version
   * @throws TenantNotFoundException if no tenant has this id
   * @throws StorageException if storage fails, or holds settings that cannot be read or belong to
   *     another tenant
   * @throws NullPointerException if {@code id} is null
   * @since 0.1.0
   */
  public Versioned<TenantSettings> settings(TenantId id) {
    return document(Checks.notNull(id, "tenant_id"), null, SETTINGS);
  }

  /**
   * A tenant's agent configuration and its version; before the first update, the defaults at
   * version 0 (see {@link #settings}).
   *
   * @param id the tenant's id
   * @return the agent configuration and its version
   * @throws TenantNotFoundException if no tenant has this id
   * @throws StorageException if storage fails, or holds a configuration that cannot be read or
   *     belongs to another tenant
   * @throws NullPointerException if {@code id} is null
   * @since 0.1.0
   */
  public Versioned<AgentConfiguration> agentConfiguration(TenantId id) {
    return document(Checks.notNull(id, "tenant_id"), null, AGENT);
  }

  /**
   * Replaces a tenant's settings if they are still at {@code expectedVersion} (0: never updated
   * yet). The facade sets {@code updated_at} to now, and {@code id} and {@code created_at} when
   * they are absent; then it validates the whole document. Nothing is written when anything
   * fails, and the stored settings keep their content and version.
   *
   * @param id the tenant's id
   * @param expectedVersion the version read, e.g. from {@link #settings}
   * @param settings the new settings, whole (not a patch); {@code tenant_id} must be {@code id}
   * @return the stored settings, at {@code expectedVersion + 1}
   * @throws IllegalArgumentException if {@code settings.tenantId()} is another tenant's, or
   *     {@code expectedVersion} is negative
   * @throws ValidationException if the settings break a rule; storage is not touched
   * @throws VersionConflictException if the stored version is another
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws StorageException if storage fails
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Versioned<TenantSettings> updateSettings(
      TenantId id, long expectedVersion, TenantSettings settings) {
    return update(id, expectedVersion, settings, SETTINGS);
  }

  /**
   * Changes a tenant's settings by a function of the current ones (the defaults before the first
   * update): reads them, applies {@code change}, validates and writes with the version read; on a
   * version conflict, reads again and re-applies {@code change} to what it finds, up to {@value
   * #MAX_ATTEMPTS} attempts. So concurrent changes through this method are never lost. {@code
   * change} may run several times and must have no side effects.
   *
   * @param id the tenant's id
   * @param change a function from the current settings to the new ones; must keep {@code
   *     tenant_id}
   * @return the stored settings and their version
   * @throws IllegalArgumentException if {@code change} returns another tenant's settings
   * @throws ValidationException if the changed settings break a rule; nothing is written
   * @throws VersionConflictException if the settings kept changing under {@value #MAX_ATTEMPTS}
   *     attempts; nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws StorageException if storage fails
   * @throws NullPointerException if an argument is null, or {@code change} returns null
   * @since 0.1.0
   */
  public Versioned<TenantSettings> updateSettings(
      TenantId id, UnaryOperator<TenantSettings> change) {
    return update(id, change, SETTINGS);
  }

  /**
   * Replaces a tenant's agent configuration if it is still at {@code expectedVersion}; as {@link
   * #updateSettings(TenantId, long, TenantSettings)}.
   *
   * @param id the tenant's id
   * @param expectedVersion the version read, e.g. from {@link #agentConfiguration}
   * @param configuration the new configuration, whole; {@code tenant_id} must be {@code id}
   * @return the stored configuration, at {@code expectedVersion + 1}
   * @throws IllegalArgumentException if {@code configuration.tenantId()} is another tenant's, or
   *     {@code expectedVersion} is negative
   * @throws ValidationException if the configuration breaks a rule; storage is not touched
   * @throws VersionConflictException if the stored version is another
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws StorageException if storage fails
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Versioned<AgentConfiguration> updateAgentConfiguration(
      TenantId id, long expectedVersion, AgentConfiguration configuration) {
    return update(id, expectedVersion, configuration, AGENT);
  }

  /**
   * Changes a tenant's agent configuration by a function of the current one; as {@link
   * #updateSettings(TenantId, UnaryOperator)}.
   *
   * @param id the tenant's id
   * @param change a function from the current configuration to the new one; must keep {@code
   *     tenant_id}
   * @return the stored configuration and its version
   * @throws IllegalArgumentException if {@code change} returns another tenant's configuration
   * @throws ValidationException if the changed configuration breaks a rule; nothing is written
   * @throws VersionConflictException if the configuration kept changing under {@value
   *     #MAX_ATTEMPTS} attempts; nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws StorageException if storage fails
   * @throws NullPointerException if an argument is null, or {@code change} returns null
   * @since 0.1.0
   */
  public Versioned<AgentConfiguration> updateAgentConfiguration(
      TenantId id, UnaryOperator<AgentConfiguration> change) {
    return update(id, change, AGENT);
  }

  /**
   * The usage counters {@link #usageMeter()} counts in, guarded like every other store: atomic
   * "add if within limits" and refunds, per tenant, metric and period. They are the storage's
   * counters, except on {@link #inMemory()}, where they are the meter's own heap table (the
   * storage is the facade's alone, so nothing else could share its counters).
   *
   * @return the guarded counters, the same object on every call
   * @since 0.1.0
   */
  public UsageCounters usageCounters() {
    return counters;
  }

  /**
   * A usage meter on {@link #usageCounters()}, failing closed when the store is down: every
   * instance sharing the store shares the quota. On {@link #inMemory()} it is {@link
   * UsageMeter#inMemory()}'s fast table. For a fail-open meter build one with {@code
   * UsageMeter.builder().counters(usageCounters()).whenStoreDown(...)}.
   *
   * @return the facade's meter, the same one on every call
   * @since 0.1.0
   */
  public UsageMeter usageMeter() {
    return meter;
  }

  /**
   * Tenants' credentials by name, sealed with envelope encryption under the key encryption given
   * to {@link Builder#keyEncryption}: per-tenant data keys wrapped by it and kept in this facade's
   * storage ({@code wrappedKeys()}), the sealed values in the tenant's settings or record. The
   * same object, with one vault and one data-key cache, on every call: call it per request.
   *
   * @return this facade's credentials
   * @throws IllegalStateException if the builder was given no key encryption
   * @since 0.1.0
   */
  public TenantCredentials credentials() {
    return credentials.configured();
  }

  /**
   * Tenants' credentials by name under another key encryption, e.g. a rotated one during a
   * rotation. Cached per {@link KeyEncryption} instance (compared by identity): calling it again
   * with the same instance returns the same object, whose vault keeps its data keys unwrapped, so
   * it is cheap per request; a new instance (even with the same keys) gets a new vault, which
   * unwraps again, with a KMS a call to it. The builder's key encryption is kept for the facade's
   * life; 16 others at most, the least used dropped.
   *
   * @param kek the key-encryption key, e.g. {@code LocalKeyEncryption.fromEnvironment(...)} or an
   *     adopter's KMS; keep one instance
   * @return the credentials under {@code kek}
   * @throws NullPointerException if {@code kek} is null
   * @since 0.1.0
   */
  public TenantCredentials credentials(KeyEncryption kek) {
    return credentials.of(kek);
  }

  /**
   * Tenants' API keys: issue, list, revoke, expire, roll and authenticate (see {@link
   * TenantApiKeys}). The same object on every call.
   *
   * @return this facade's API keys
   * @since 0.1.0
   */
  public TenantApiKeys apiKeys() {
    return apiKeys;
  }

  /**
   * Inbound webhook verification with tenants' secrets from {@link #credentials()} (so the builder
   * needs a key encryption), under the options of {@link Builder#webhooks}; the same object, with
   * one replay guard, on every call.
   *
   * @return this facade's webhook verification
   * @since 0.1.0
   */
  public TenantWebhooks webhooks() {
    return webhooks;
  }

  /**
   * Tenants' webhook and callback URLs and M-Pesa callback tokens, the tokens sealed under the key
   * encryption given to the builder.
   *
   * @return the callbacks
   * @throws IllegalStateException if the builder was given no key encryption
   * @since 0.1.0
   */
  public TenantCallbacks callbacks() {
    return new TenantCallbacks(this, credentials.configured(), webhookUrls, clock);
  }

  /**
   * Tenants' webhook and callback URLs and M-Pesa callback tokens, the tokens sealed under {@code
   * kek}.
   *
   * @param kek the key encryption
   * @return the callbacks
   * @throws NullPointerException if {@code kek} is null
   * @since 0.1.0
   */
  public TenantCallbacks callbacks(KeyEncryption kek) {
    return new TenantCallbacks(this, credentials.of(kek), webhookUrls, clock);
  }

  /**
   * What the tenant cache has done since this facade was built; all zeros when the cache is
   * disabled.
   *
   * @return a snapshot of the statistics
   * @since 0.1.0
   */
  public TenantCacheStats cacheStats() {
    return cache.stats();
  }

  /** For {@link TenantApiKeys}: the tenant holding an API key hash, not soft-deleted. */
  Optional<Tenant> findByApiKeyHash(String keyHash) {
    return find(UniqueKey.API_KEY_HASH, keyHash);
  }

  /** For {@link TenantApiKeys}: a tenant read from storage, deleted or not. */
  Tenant readTenantForKeys(TenantId id) {
    return readFresh(id).value();
  }

  /** Runs the cache's pending maintenance now (expiry, eviction); for tests. */
  void cleanUpCache() {
    cache.cleanUp();
  }

  private TenantCache.Entry load(TenantId id) {
    Optional<Versioned<Tenant>> stored = readStored(id);
    return stored.isPresent() ? cache.put(stored.get()) : TenantCache.ABSENT;
  }

  private Optional<Tenant> find(UniqueKey key, String value) {
    Optional<TenantRecord> record = tenants.findBy(key, value);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Tenant tenant = StoredDocuments.tenant(record.get());
    return cache.put(new Versioned<>(tenant, record.get().version())).asTenant;
  }

  private Optional<Versioned<Tenant>> readStored(TenantId id) {
    Optional<TenantRecord> record = tenants.get(id.value());
    return record.map(r -> new Versioned<>(StoredDocuments.tenant(r), r.version()));
  }

  /** Reads a tenant from storage (never the cache) and refreshes the cache with it. */
  private Versioned<Tenant> readFresh(TenantId id) {
    Versioned<Tenant> current =
        readStored(id).orElseThrow(() -> new TenantNotFoundException(id, false));
    cache.put(current);
    return current;
  }

  /**
   * Changes a tenant's record by a read-modify-write, retried on a version conflict; for the
   * credentials kept on the record itself (reached through {@link CredentialAccess}; package-private
   * only so the retry tests can drive it directly).
   */
  Tenant updateTenantRecord(TenantId id, UnaryOperator<Tenant> change) {
    return retryOnConflict(
        () -> {
          Versioned<Tenant> current = requireWritable(id);
          Tenant next = change.apply(current.value()).toBuilder().updatedAt(now()).build();
          return writeTenant(current, next);
        });
  }

  /** The facade as its credentials see it: the one seam {@link TenantCredentials} reaches. */
  private final class CredentialAccess implements TenantCredentials.Facade {
    @Override
    public void requireWritable(TenantId tenant) {
      TenantSdk.this.requireWritable(tenant);
    }

    @Override
    public TenantSettings settings(TenantId tenant) {
      return TenantSdk.this.settings(tenant).value();
    }

    @Override
    public void updateSettings(TenantId tenant, UnaryOperator<TenantSettings> change) {
      TenantSdk.this.updateSettings(tenant, change);
    }

    @Override
    public Tenant tenant(TenantId tenant) {
      return TenantSdk.this.tenant(tenant)
          .orElseThrow(() -> new TenantNotFoundException(tenant, false));
    }

    @Override
    public void updateTenant(TenantId tenant, UnaryOperator<Tenant> change) {
      updateTenantRecord(tenant, change);
    }
  }

  private Versioned<Tenant> requireWritable(TenantId id) {
    Versioned<Tenant> current = readFresh(id);
    if (current.value().isDeleted()) {
      throw new TenantNotFoundException(id, true);
    }
    return current;
  }

  private Tenant writeTenant(Versioned<Tenant> current, Tenant next) {
    validator.requireValid(next);
    TenantRecord stored;
    try {
      stored = tenants.update(StoredDocuments.record(next), current.version());
    } catch (NotFoundException e) {
      cache.invalidate(next.id().value(), current.value());
      throw new TenantNotFoundException(next.id(), false);
    } catch (RuntimeException e) {
      cache.invalidate(next.id().value(), current.value());
      throw e;
    }
    cache.written(current.value(), new Versioned<>(next, stored.version()));
    apiKeys.written(current.value(), next);
    return next;
  }

  private <T> Versioned<T> document(TenantId id, @Nullable Tenant known, Kind<T> kind) {
    Optional<VersionedDocument> stored = documents.get(id.value(), kind.kind);
    if (stored.isPresent()) {
      return new Versioned<>(kind.decode.apply(stored.get(), id), stored.get().version());
    }
    Tenant tenant = known != null ? known : tenant(id).orElseThrow(() -> notFound(id));
    Instant created = tenant.createdAt() != null ? tenant.createdAt() : now();
    return new Versioned<>(kind.defaults.apply(id, created), 0);
  }

  private <T> Versioned<T> update(TenantId id, long expectedVersion, T document, Kind<T> kind) {
    Checks.notNull(id, "tenant_id");
    Checks.notNull(document, kind.name);
    if (expectedVersion < 0) {
      throw new IllegalArgumentException(
          "expected_version (" + expectedVersion + ") must be >= 0");
    }
    T next = prepare(id, document, kind);
    requireWritable(id);
    return write(id, next, expectedVersion, kind);
  }

  private <T> Versioned<T> update(TenantId id, UnaryOperator<T> change, Kind<T> kind) {
    Checks.notNull(id, "tenant_id");
    Checks.notNull(change, "change");
    Tenant tenant = requireWritable(id).value();
    return retryOnConflict(
        () -> {
          Versioned<T> current = document(id, tenant, kind);
          T changed = change.apply(current.value());
          if (changed == null) {
            throw new NullPointerException("change(" + kind.name + ") == null");
          }
          return write(id, prepare(id, changed, kind), current.version(), kind);
        });
  }

  /**
   * Runs one read-modify-write {@code attempt}, and again on a {@link VersionConflictException}
   * (someone wrote in between: the next attempt reads what they wrote), up to {@value
   * #MAX_ATTEMPTS} attempts in all; then lets the last conflict through. Every other exception
   * ends it at once.
   */
  private static <R> R retryOnConflict(Supplier<R> attempt) {
    for (int attempts = 1; ; attempts++) {
      try {
        return attempt.get();
      } catch (VersionConflictException e) {
        if (attempts >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Checks the owner, stamps id and times, validates: everything before storage is touched. */
  private <T> T prepare(TenantId id, T document, Kind<T> kind) {
    TenantId owner = kind.owner.apply(document);
    if (!owner.equals(id)) {
      throw new IllegalArgumentException(
          kind.name + " tenant_id (" + owner.value() + ") must be the tenant's id (" + id.value()
              + ")");
    }
    return validator.requireValid(kind.stamp.apply(document, id, now()));
  }

  private <T> Versioned<T> write(TenantId id, T next, long expectedVersion, Kind<T> kind) {
    String json = StoredDocuments.json(next);
    VersionedDocument stored = documents.put(id.value(), kind.kind, json, expectedVersion);
    return new Versioned<>(next, stored.version());
  }

  private static TenantNotFoundException notFound(TenantId id) {
    return new TenantNotFoundException(id, false);
  }

  /** One kind of versioned document and how the facade handles it. */
  private static final class Kind<T> {
    final DocumentKind kind;
    final String name;
    final java.util.function.Function<T, TenantId> owner;
    final BiFunction<TenantId, Instant, T> defaults;
    final BiFunction<VersionedDocument, TenantId, T> decode;
    final Stamp<T> stamp;

    Kind(
        DocumentKind kind,
        String name,
        java.util.function.Function<T, TenantId> owner,
        BiFunction<TenantId, Instant, T> defaults,
        BiFunction<VersionedDocument, TenantId, T> decode,
        Stamp<T> stamp) {
      this.kind = kind;
      this.name = name;
      this.owner = owner;
      this.defaults = defaults;
      this.decode = decode;
      this.stamp = stamp;
    }
  }

  /** Sets a document's id when absent, {@code created_at} when absent, and {@code updated_at}. */
  @FunctionalInterface
  private interface Stamp<T> {
    T apply(T document, TenantId id, Instant now);
  }

  /**
   * The facade's clock, truncated to microseconds: the precision SQL timestamps keep (PostgreSQL's
   * {@code timestamptz}), so a time the facade writes reads back equal from any adapter.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Builds a {@link TenantSdk}; not thread-safe. Each setter checks its argument at once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable StorageProvider storage;
    private Clock clock = Clock.systemUTC();
    private long cacheMaximumSize = DEFAULT_CACHE_MAXIMUM_SIZE;
    private Duration cacheExpireAfterWrite = DEFAULT_CACHE_EXPIRE_AFTER_WRITE;
    private WebhookUrls webhookUrls = WebhookUrls.defaults();
    private boolean cacheEnabled = true;
    private @Nullable LongSupplier cacheTicker;
    private @Nullable KeyEncryption keyEncryption;
    private Duration dataKeyRevalidateAfter = Duration.ofSeconds(30);
    private ApiKeyEnvironment apiKeyEnvironment = ApiKeyEnvironment.LIVE;
    private Duration apiKeyCacheExpireAfterWrite = DEFAULT_CACHE_EXPIRE_AFTER_WRITE;
    private Duration apiKeyUseFlushInterval = Duration.ofSeconds(60);
    private TenantWebhooks.Options webhooks = TenantWebhooks.Options.defaults();
    /** Set by {@link TenantSdk#inMemory()} only: meter in the meter's own heap table. */
    private boolean heapCounters;

    private Builder() {}

    /**
     * Sets the storage adapter, required. The facade wraps it in guards.
     *
     * @param storage the adapter, e.g. {@code JdbcStorage.postgresql(dataSource)}
     * @return this builder
     * @throws NullPointerException if {@code storage} is null
     * @since 0.1.0
     */
    public Builder storage(StorageProvider storage) {
      this.storage = Checks.notNull(storage, "storage");
      return this;
    }

    /**
     * Sets the clock that stamps creation, trial, update and deletion times; {@link
     * Clock#systemUTC()} by default. (The cache's expiry does not use it.)
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     * @since 0.1.0
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * Sets the most keys the tenant cache holds (a tenant takes up to three: its id, slug and
     * WhatsApp number); {@value TenantSdk#DEFAULT_CACHE_MAXIMUM_SIZE} by default.
     *
     * @param maximumSize at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maximumSize} is below 1
     * @since 0.1.0
     */
    public Builder cacheMaximumSize(long maximumSize) {
      if (maximumSize < 1) {
        throw new IllegalArgumentException(
            "cacheMaximumSize (" + maximumSize + ") must be >= 1");
      }
      this.cacheMaximumSize = maximumSize;
      return this;
    }

    /**
     * Sets how long a cached tenant is served after it was read or written; 30 seconds by
     * default. This bounds how stale a lookup can be after another instance changed the tenant.
     *
     * @param expireAfterWrite a positive duration
     * @return this builder
     * @throws IllegalArgumentException if {@code expireAfterWrite} is zero or negative
     * @throws NullPointerException if {@code expireAfterWrite} is null
     * @since 0.1.0
     */
    public Builder cacheExpireAfterWrite(Duration expireAfterWrite) {
      Checks.notNull(expireAfterWrite, "cacheExpireAfterWrite");
      if (expireAfterWrite.isZero() || expireAfterWrite.isNegative()) {
        throw new IllegalArgumentException(
            "cacheExpireAfterWrite (" + expireAfterWrite + ") must be > 0");
      }
      this.cacheExpireAfterWrite = expireAfterWrite;
      return this;
    }

    /**
     * Turns the tenant cache on (the default) or off; off, every lookup goes to storage.
     *
     * @param enabled whether to cache
     * @return this builder
     * @since 0.1.0
     */
    public Builder cacheEnabled(boolean enabled) {
      this.cacheEnabled = enabled;
      return this;
    }

    /**
     * Sets the key encryption of {@link TenantSdk#credentials()}: the key-encryption key that wraps
     * each tenant's data key. None by default (then only {@link TenantSdk#credentials(KeyEncryption)}
     * works).
     *
     * @param kek e.g. {@code LocalKeyEncryption.fromEnvironment("WABOTIQ_MASTER_KEYS")} or an
     *     adopter's KMS
     * @return this builder
     * @throws NullPointerException if {@code kek} is null
     * @since 0.1.0
     */
    public Builder keyEncryption(KeyEncryption kek) {
      this.keyEncryption = Checks.notNull(kek, "keyEncryption");
      return this;
    }

    /**
     * Sets how long a cached data key is used before storage is asked whether it still exists; 30
     * seconds by default. It bounds how long a tenant shredded by another instance still opens
     * here (see {@link com.wabotiq.credentials.CredentialVault.Builder#revalidateAfter}).
     *
     * @param revalidateAfter zero (check on every open) or positive
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     * @throws NullPointerException if it is null
     * @since 0.1.0
     */
    public Builder dataKeyRevalidateAfter(Duration revalidateAfter) {
      Checks.notNull(revalidateAfter, "dataKeyRevalidateAfter");
      Checks.argument(!revalidateAfter.isNegative(),
          "dataKeyRevalidateAfter (%s) must be >= 0", revalidateAfter);
      this.dataKeyRevalidateAfter = revalidateAfter;
      return this;
    }

    /**
     * Sets the environment of the API keys this facade issues: {@code wbq_live_} keys (the
     * default) or {@code wbq_test_} keys. Keys of both environments authenticate.
     *
     * @param environment live or test
     * @return this builder
     * @throws NullPointerException if {@code environment} is null
     * @since 0.1.0
     */
    public Builder apiKeyEnvironment(ApiKeyEnvironment environment) {
      this.apiKeyEnvironment = Checks.notNull(environment, "apiKeyEnvironment");
      return this;
    }

    /**
     * Sets how long a found API key is served from memory; 30 seconds by default, zero for no
     * cache. It bounds how long a key revoked, or a tenant suspended, by another instance still
     * authenticates here.
     *
     * @param expireAfterWrite zero or positive
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     * @throws NullPointerException if it is null
     * @since 0.1.0
     */
    public Builder apiKeyCacheExpireAfterWrite(Duration expireAfterWrite) {
      Checks.notNull(expireAfterWrite, "apiKeyCacheExpireAfterWrite");
      Checks.argument(!expireAfterWrite.isNegative(),
          "apiKeyCacheExpireAfterWrite (%s) must be >= 0", expireAfterWrite);
      this.apiKeyCacheExpireAfterWrite = expireAfterWrite;
      return this;
    }

    /**
     * Sets how often the API key uses noted in memory are written to storage; 60 seconds by
     * default. It bounds how far a listed last use lags.
     *
     * @param interval positive
     * @return this builder
     * @throws IllegalArgumentException if it is zero or negative
     * @throws NullPointerException if it is null
     * @since 0.1.0
     */
    public Builder apiKeyUseFlushInterval(Duration interval) {
      Checks.notNull(interval, "apiKeyUseFlushInterval");
      Checks.argument(!interval.isZero() && !interval.isNegative(),
          "apiKeyUseFlushInterval (%s) must be > 0", interval);
      this.apiKeyUseFlushInterval = interval;
      return this;
    }

    /**
     * Sets how {@link TenantSdk#webhooks()} verifies: Stripe's tolerance and the replay guard's
     * size; {@link TenantWebhooks.Options#defaults()} by default.
     *
     * @param options the options
     * @return this builder
     * @throws NullPointerException if {@code options} is null
     * @since 0.1.0
     */
    public Builder webhooks(TenantWebhooks.Options options) {
      this.webhooks = Checks.notNull(options, "webhooks");
      return this;
    }

    /**
     * Sets the base of tenants' webhook and callback URLs ({@link TenantSdk#callbacks()}); {@link
     * WebhookUrls#defaults()} (the reference's {@code https://api.wabotiq.com/v1}) by default.
     *
     * @param urls e.g. {@code WebhookUrls.of("https://hooks.example.com/v1")}
     * @return this builder
     * @throws NullPointerException if {@code urls} is null
     * @since 0.1.0
     */
    public Builder webhookUrls(WebhookUrls urls) {
      this.webhookUrls = Checks.notNull(urls, "webhookUrls");
      return this;
    }

    /**
     * Test hook: the nanosecond time source of the cache's expiry (the system's {@code nanoTime}
     * by default), so tests move time by hand instead of sleeping; cache maintenance then runs on
     * the calling thread.
     */
    Builder cacheTicker(LongSupplier nanoTime) {
      this.cacheTicker = Checks.notNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * Builds the facade: guards the storage and creates the cache.
     *
     * @return the facade
     * @throws IllegalStateException if no storage was set
     * @throws StorageException if the storage provider fails to hand out its stores
     * @since 0.1.0
     */
    public TenantSdk build() {
      StorageProvider provider = storage;
      if (provider == null) {
        throw new IllegalStateException("storage is required: call storage(provider) first");
      }
      return new TenantSdk(this, provider);
    }
  }
}
