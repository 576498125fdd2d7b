package com.wabotiq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.access.keys.ApiKeyCode;
import com.wabotiq.access.keys.ApiKeyDigest;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.ApiKeyNotAllowedException;
import com.wabotiq.access.keys.ApiKeyNotFoundException;
import com.wabotiq.access.keys.ApiKeyPolicy;
import com.wabotiq.access.keys.ApiKeySecret;
import com.wabotiq.access.keys.ApiKeyVerification;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.internal.Checks;
import com.wabotiq.internal.CoarseTicker;
import com.wabotiq.spi.WabotiqException;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.TenantId;
import com.wabotiq.validation.ValidationException;
import java.lang.ref.WeakReference;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tenants' API keys: issue, list, revoke, expire, roll, and authenticate a presented key. Reached
 * through {@link TenantSdk#apiKeys()}; thread-safe. docs/access-keys.md describes the format, the
 * flow and the bounds below.
 *
 * <p><b>Storage.</b> A key lives in its tenant's record ({@code api_keys}), as its SHA-256 hash
 * only, with name, scopes, creation, expiry and {@code is_active}; the record's {@code
 * api_key_hashes} index makes each hash unique across tenants, so a presented key is found by one
 * lookup. Every change is a read-modify-write of the record with its optimistic version, validated
 * before it is written and retried on a version conflict, as {@link TenantSdk#changeStatus} is:
 * concurrent issues on one tenant never lose a key.
 *
 * <p><b>Authentication</b> ({@link #authenticate}): the format and checksum first, without I/O;
 * then the SHA-256 of the key; then the key cache, or storage on a miss; then a constant-time
 * comparison of the stored hash, and {@link ApiKeyPolicy}'s rules at the facade clock's instant.
 *
 * <p><b>Cache and revocation.</b> Keys that were found are cached (never unknown ones) for {@code
 * apiKeyCacheExpireAfterWrite}, 30 seconds by default. A revocation, expiry or roll through this
 * facade, and any write of the tenant's record through it (a suspension, a new tier), takes effect
 * here at once; on <em>other</em> facades or processes sharing the storage it takes effect within
 * that bound (plus 20 ms of coarse clock).
 *
 * <p><b>Last use.</b> Authentication never writes: the first valid use of a key in each minute is
 * noted in memory, and the notes are written in batches through the storage's {@link
 * KeyActivity}, every {@code apiKeyUseFlushInterval} (60 seconds by default) on a shared daemon
 * thread, or at once by {@link #flushKeyUses()}. The store writes a use only when the stored one is
 * at least a minute older, so many instances write a key's last use at most once a minute. {@link
 * #list} shows the stored last use: it lags by up to the flush interval, and uses noted but not yet
 * written are lost if the process dies.
 *
 * @since 0.1.0
 */
public final class TenantApiKeys {
  private static final Logger LOG = LoggerFactory.getLogger(TenantApiKeys.class);

  /** The shortest time between two recorded uses of one key. */
  static final Duration USE_INTERVAL = Duration.ofMinutes(1);

  private static final long USE_INTERVAL_MILLIS = USE_INTERVAL.toMillis();

  /** The answers for keys that were not found: the same object every time. */
  private static final Map<ApiKeyCode, ApiKeyVerification> NOT_FOUND = notFoundAnswers();

  private final TenantSdk sdk;
  private final Clock clock;
  private final ApiKeyEnvironment environment;
  private final Supplier<KeyActivity> activity;
  private final @Nullable Cache<ApiKeyDigest, Entry> cache;
  private final Duration flushInterval;
  private final SecureRandom random = new SecureRandom();

  /** Bumped before every invalidation, so a lookup racing a write never caches what it read. */
  private final AtomicLong invalidations = new AtomicLong();

  /** Uses noted and not yet written, by key hash: the latest use of each key. */
  private final ConcurrentHashMap<String, KeyUse> pending = new ConcurrentHashMap<>();

  private final AtomicBoolean flushScheduled = new AtomicBoolean();

  TenantApiKeys(
      TenantSdk sdk,
      Clock clock,
      ApiKeyEnvironment environment,
      Supplier<KeyActivity> activity,
      Duration cacheExpireAfterWrite,
      Duration flushInterval,
      @Nullable LongSupplier ticker) {
    this.sdk = sdk;
    this.clock = clock;
    this.environment = environment;
    this.activity = activity;
    this.flushInterval = flushInterval;
    this.cache = cacheExpireAfterWrite.isZero() ? null : cache(cacheExpireAfterWrite, ticker);
  }

  private static Cache<ApiKeyDigest, Entry> cache(Duration expiry, @Nullable LongSupplier ticker) {
    Caffeine<Object, Object> builder =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(expiry);
    if (ticker != null) {
      builder.ticker(ticker::getAsLong).executor(Runnable::run);
    } else {
      builder.ticker(CoarseTicker::read); // as TenantCache: nanoTime would dominate a hit
    }
    return builder.build();
  }

  /**
   * Issues a new key to a tenant: a fresh key in the facade's environment, its hash, name and
   * scopes stored in the tenant's record, created now. The key itself is in the answer, and
   * nowhere else: hand it to its owner now, it cannot be shown again.
   *
   * @param tenantId the tenant
   * @param name a label, e.g. {@code Production API Key}; at most the model's name length
   * @param scopes what the key may do; at least one
   * @param expiresAt when it stops working (exclusive), after now; null for never
   * @return the key and what was stored
   * @throws IllegalArgumentException if {@code scopes} is empty or {@code name} blank
   * @throws ApiKeyNotAllowedException if the tenant's tier or status does not allow a scope (a
   *     {@code read} tier and {@code write}); nothing is written
   * @throws ValidationException if the key breaks a rule ({@code expires_at} not after now, a name
   *     too long); nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws VersionConflictException if the tenant kept changing under every attempt
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if a required argument is null
   */
  public IssuedApiKey issue(
      TenantId tenantId, String name, Set<ApiScope> scopes, @Nullable Instant expiresAt) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(name, "name");
    Checks.argument(!name.isBlank(), "name (\"%s\") must not be blank", name);
    List<ApiScope> scopeList = Checks.copyOf(Checks.notNull(scopes, "scopes"), "scopes");
    Checks.argument(!scopeList.isEmpty(), "scopes ([]) must hold at least one scope");
    for (int attempt = 1; ; attempt++) {
      ApiKeySecret secret = ApiKeyFormat.generate(environment, random);
      String hash = secret.digest().hex();
      Instant now = now();
      ApiKey key = new ApiKey(hash, name, scopeList, now, null, expiresAt, true);
      try {
        change(
            tenantId,
            List.of(),
            tenant -> {
              requireMayHold(tenant, scopeList);
              return withKeys(tenant, plus(tenant.apiKeys(), key));
            });
        return new IssuedApiKey(secret, ApiKeyInfo.of(key, null));
      } catch (DuplicateKeyException e) {
        if (attempt >= 3) { // 192 random bits: a collision means a broken random source
          throw e;
        }
      }
    }
  }

  /**
   * A tenant's keys, as stored, with each key's last recorded use; never the keys themselves.
   * Reads storage (never the cache).
   *
   * @param tenantId the tenant
   * @return the keys in stored order, revoked and expired ones included
   * @throws TenantNotFoundException if no tenant has this id
   * @throws StorageException if storage or its key activity fails
   * @throws NullPointerException if {@code tenantId} is null
   */
  public List<ApiKeyInfo> list(TenantId tenantId) {
    Checks.notNull(tenantId, "tenant_id");
    Tenant tenant = sdk.readTenantForKeys(tenantId);
    Map<String, Instant> lastUses = keyActivity("last uses", tenantId,
        () -> activity.get().lastUses(tenantId.value()));
    List<ApiKeyInfo> infos = new ArrayList<>(tenant.apiKeys().size());
    for (ApiKey key : tenant.apiKeys()) {
      infos.add(ApiKeyInfo.of(key, lastUses.get(key.keyHash())));
    }
    return List.copyOf(infos);
  }

  /**
   * Revokes a key: {@code is_active} becomes false; it never authenticates again (here at once,
   * on other instances within the cache bound). Idempotent.
   *
   * @param tenantId the tenant
   * @param keyHash the key's hash, as {@link #list} shows it
   * @return the key as stored now
   * @throws ApiKeyNotFoundException if the tenant holds no key with this hash; nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws VersionConflictException if the tenant kept changing under every attempt
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if an argument is null
   */
  public ApiKeyInfo revoke(TenantId tenantId, String keyHash) {
    return modify(tenantId, keyHash, key -> copy(key, key.expiresAt(), false));
  }

  /**
   * Sets when a key stops working ({@code expires_at}, exclusive), e.g. now to end it at once.
   *
   * @param tenantId the tenant
   * @param keyHash the key's hash
   * @param at the instant it stops working; after its creation
   * @return the key as stored now
   * @throws ValidationException if {@code at} is not after the key's creation; nothing is written
   * @throws ApiKeyNotFoundException if the tenant holds no key with this hash; nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws VersionConflictException if the tenant kept changing under every attempt
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if an argument is null
   */
  public ApiKeyInfo expire(TenantId tenantId, String keyHash, Instant at) {
    Checks.notNull(at, "expires_at");
    return modify(tenantId, keyHash, key -> copy(key, at, key.isActive()));
  }

  /**
   * Rolls a key, as Stripe's roll does: a new key now, with the old one's name and scopes and no
   * expiry, while the old one keeps working until {@code oldValidUntil} (or its own expiry, if
   * sooner), so clients can move over without downtime. One write: both or neither.
   *
   * @param tenantId the tenant
   * @param keyHash the old key's hash
   * @param oldValidUntil when the old key stops working (exclusive); now or later to end it at
   *     once or after a grace period; after the old key's creation
   * @return the new key, to hand over once, and what was stored
   * @throws ApiKeyNotAllowedException if the old key is revoked ({@link ApiKeyCode#REVOKED}), or
   *     the tenant's tier or status no longer allows its scopes; nothing is written
   * @throws ValidationException if {@code oldValidUntil} is not after the old key's creation
   * @throws ApiKeyNotFoundException if the tenant holds no key with this hash; nothing is written
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws VersionConflictException if the tenant kept changing under every attempt
   * @throws StorageException if storage fails; nothing is written
   * @throws NullPointerException if an argument is null
   */
  public IssuedApiKey roll(TenantId tenantId, String keyHash, Instant oldValidUntil) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(keyHash, "key_hash");
    Checks.notNull(oldValidUntil, "old_valid_until");
    ApiKeySecret secret = ApiKeyFormat.generate(environment, random);
    String hash = secret.digest().hex();
    Instant now = now();
    ApiKey[] issued = new ApiKey[1];
    change(
        tenantId,
        List.of(keyHash),
        tenant -> {
          ApiKey old = find(tenant, keyHash);
          if (!old.active()) {
            throw new ApiKeyNotAllowedException(
                tenantId, ApiKeyCode.REVOKED, "a revoked key cannot be rolled");
          }
          requireMayHold(tenant, old.scopes());
          Instant oldExpiry = old.expiresAt();
          Instant until =
              oldExpiry != null && oldExpiry.isBefore(oldValidUntil) ? oldExpiry : oldValidUntil;
          ApiKey fresh = new ApiKey(hash, old.name(), old.scopes(), now, null, null, true);
          issued[0] = fresh;
          List<ApiKey> keys = replace(tenant.apiKeys(), keyHash, copy(old, until, old.isActive()));
          return withKeys(tenant, plus(keys, fresh));
        });
    return new IssuedApiKey(secret, ApiKeyInfo.of(Checks.notNull(issued[0], "issued"), null));
  }

  /**
   * Authenticates a presented key for a request: may it make a request that needs {@code
   * required}, for the tenant the request names? Never throws for a bad key: the answer says why
   * ({@link ApiKeyVerification#code()}) and what to tell the client. A valid use is noted for the
   * key's last use, never written here.
   *
   * @param presentedKey the key as the client sent it (e.g. after {@code Bearer })
   * @param required the scope the request needs
   * @param claimedTenant the tenant the request names ({@code X-TENANT-ID}), or null when none; a
   *     key is never valid for another tenant than its own
   * @return the answer; valid ones name the tenant
   * @throws StorageException if storage fails on a cache miss (the host should answer 503, not 401)
   * @throws NullPointerException if {@code presentedKey} or {@code required} is null
   */
  public ApiKeyVerification authenticate(
      String presentedKey, ApiScope required, @Nullable TenantId claimedTenant) {
    Checks.notNull(presentedKey, "key");
    Checks.notNull(required, "scope");
    ApiKeyFormat.Check check = ApiKeyFormat.check(presentedKey);
    if (check != ApiKeyFormat.Check.WELL_FORMED) {
      return Checks.notNull(NOT_FOUND.get(check.code()), "answer");
    }
    ApiKeyDigest digest = ApiKeyDigest.of(presentedKey);
    Entry entry = cache == null ? null : cache.getIfPresent(digest);
    if (entry == null) {
      entry = load(digest);
      if (entry == null) {
        return Checks.notNull(NOT_FOUND.get(ApiKeyCode.UNKNOWN), "answer");
      }
    }
    Instant now = clock.instant();
    ApiKeyCode code =
        ApiKeyPolicy.decide(entry.tenant, entry.key, required, claimedTenant, entry.access, now);
    if (code != ApiKeyCode.VALID) {
      return ApiKeyVerification.refused(code, entry.tenant.id(), entry.info);
    }
    noteUse(entry, now);
    return entry.valid;
  }

  /**
   * Writes the uses noted since the last flush, now, through the storage's key activity; the
   * shared daemon thread does this every {@code apiKeyUseFlushInterval}. Uses that fail to be
   * written are kept for the next flush.
   *
   * @return the hashes of the keys whose last use this call wrote
   * @throws StorageException if the key activity store fails
   */
  public Set<String> flushKeyUses() {
    List<KeyUse> uses = new ArrayList<>(pending.size());
    for (Map.Entry<String, KeyUse> use : pending.entrySet()) {
      if (pending.remove(use.getKey(), use.getValue())) {
        uses.add(use.getValue());
      }
    }
    if (uses.isEmpty()) {
      return Set.of();
    }
    try {
      return keyActivity("record", null, () -> activity.get().record(uses, USE_INTERVAL));
    } catch (RuntimeException e) {
      for (KeyUse use : uses) {
        pending.putIfAbsent(use.keyHash(), use); // a newer note of the key wins
      }
      throw e;
    }
  }

  /**
   * Forgets cached lookups of the keys a write of the tenant's record through the facade may have
   * changed (its keys before and after), so the write takes effect here at once.
   */
  void written(@Nullable Tenant before, Tenant after) {
    List<String> hashes = new ArrayList<>();
    if (before != null) {
      for (ApiKey key : before.apiKeys()) {
        hashes.add(key.keyHash());
      }
    }
    for (ApiKey key : after.apiKeys()) {
      hashes.add(key.keyHash());
    }
    invalidate(hashes);
  }

  /** How many uses are noted and not yet written; for tests. */
  int pendingUses() {
    return pending.size();
  }

  private void invalidate(Collection<String> hashes) {
    invalidations.incrementAndGet();
    Cache<ApiKeyDigest, Entry> c = cache;
    if (c == null) {
      return;
    }
    for (String hash : hashes) {
      if (ApiKeyDigest.isHex(hash)) {
        c.invalidate(ApiKeyDigest.parse(hash));
      }
    }
  }

  /** Looks a digest up in storage and caches what it finds, unless a write raced the lookup. */
  private @Nullable Entry load(ApiKeyDigest digest) {
    long before = invalidations.get();
    Optional<Tenant> found = sdk.findByApiKeyHash(digest.hex());
    if (found.isEmpty()) {
      return null;
    }
    Tenant tenant = found.get();
    ApiKey match = null;
    for (ApiKey key : tenant.apiKeys()) {
      if (digest.matches(key.keyHash())) { // constant-time
        match = key;
      }
    }
    if (match == null) {
      return null;
    }
    Entry entry = new Entry(tenant, match, ApiKeyPolicy.builtInAccess(tenant));
    Cache<ApiKeyDigest, Entry> c = cache;
    if (c != null) {
      c.put(digest, entry);
      if (invalidations.get() != before) {
        c.invalidate(digest); // a write through this facade may have changed it meanwhile
      }
    }
    return entry;
  }

  /** Notes a valid use, at most one a minute per cached entry: no write, no lock. */
  private void noteUse(Entry entry, Instant now) {
    long millis = now.toEpochMilli();
    if (millis - entry.notedAtMillis < USE_INTERVAL_MILLIS) {
      return;
    }
    entry.notedAtMillis = millis;
    pending.put(
        entry.key.keyHash(), new KeyUse(entry.tenant.id().value(), entry.key.keyHash(), now));
    if (!flushScheduled.get() && flushScheduled.compareAndSet(false, true)) {
      Flusher.schedule(this, flushInterval);
    }
  }

  /** The background flush: failures are logged (never a key or hash) and retried next time. */
  void flushQuietly() {
    try {
      flushKeyUses();
    } catch (RuntimeException e) {
      LOG.warn("Recording API key uses failed; {} kept for the next flush ({})",
          pending.size(), e.getClass().getName());
    }
  }

  private ApiKeyInfo modify(TenantId tenantId, String keyHash, UnaryOperator<ApiKey> edit) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(keyHash, "key_hash");
    ApiKey[] changed = new ApiKey[1];
    change(
        tenantId,
        List.of(keyHash),
        tenant -> {
          ApiKey next = edit.apply(find(tenant, keyHash));
          changed[0] = next;
          return withKeys(tenant, replace(tenant.apiKeys(), keyHash, next));
        });
    return ApiKeyInfo.of(Checks.notNull(changed[0], "changed"), null);
  }

  /** The read-modify-write of the tenant's record; then forgets cached lookups of the keys. */
  private void change(TenantId tenantId, List<String> hashes, UnaryOperator<Tenant> edit) {
    try {
      sdk.updateTenantRecord(tenantId, edit);
    } finally {
      invalidate(hashes);
    }
  }

  private void requireMayHold(Tenant tenant, Collection<ApiScope> scopes) {
    ApiAccessLevel access = ApiKeyPolicy.builtInAccess(tenant);
    ApiKeyCode code = ApiKeyPolicy.mayHold(tenant, scopes, access, now());
    if (code != ApiKeyCode.VALID) {
      String reason =
          code == ApiKeyCode.TIER_FORBIDS
              ? "scopes " + wire(scopes) + " need api_access "
                  + (scopes.stream().allMatch(s -> s.equals(ApiScope.READ)) ? "read" : "full")
                  + ", the tier grants " + (access == null ? "none (unknown tier)" : access)
              : "status " + ApiKeyPolicy.effectiveStatus(tenant, now()) + " does not allow scopes "
                  + wire(scopes);
      throw new ApiKeyNotAllowedException(tenant.id(), code, reason);
    }
  }

  private static String wire(Collection<ApiScope> scopes) {
    List<String> names = new ArrayList<>();
    for (ApiScope scope : scopes) {
      names.add(scope.wireValue());
    }
    java.util.Collections.sort(names);
    return names.toString();
  }

  private static ApiKey find(Tenant tenant, String keyHash) {
    for (ApiKey key : tenant.apiKeys()) {
      if (key.keyHash().equals(keyHash)) {
        return key;
      }
    }
    throw new ApiKeyNotFoundException(tenant.id(), keyHash);
  }

  private static ApiKey copy(ApiKey key, @Nullable Instant expiresAt, @Nullable Boolean active) {
    return new ApiKey(
        key.keyHash(), key.name(), key.scopes(), key.createdAt(), key.lastUsedAt(), expiresAt,
        active);
  }

  private static List<ApiKey> plus(List<ApiKey> keys, ApiKey key) {
    List<ApiKey> next = new ArrayList<>(keys);
    next.add(key);
    return next;
  }

  private static List<ApiKey> replace(List<ApiKey> keys, String keyHash, ApiKey key) {
    List<ApiKey> next = new ArrayList<>(keys);
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).keyHash().equals(keyHash)) {
        next.set(i, key);
      }
    }
    return next;
  }

  private static Tenant withKeys(Tenant tenant, List<ApiKey> keys) {
    return tenant.toBuilder().apiKeys(keys).build();
  }

  /** Calls the key activity store: any failure but ours becomes a {@link StorageException}. */
  private static <T> T keyActivity(
      String operation, @Nullable TenantId tenantId, Supplier<@Nullable T> call) {
    T result;
    try {
      result = call.get();
    } catch (WabotiqException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StorageException(
          "key activity " + operation + (tenantId == null ? "" : " of tenant " + tenantId.value())
              + " failed: the adapter threw " + e.getClass().getName(),
          e);
    }
    if (result == null) {
      throw new StorageException("key activity " + operation + " returned null");
    }
    return result;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static Map<ApiKeyCode, ApiKeyVerification> notFoundAnswers() {
    Map<ApiKeyCode, ApiKeyVerification> answers = new EnumMap<>(ApiKeyCode.class);
    for (ApiKeyCode code :
        List.of(ApiKeyCode.MALFORMED, ApiKeyCode.BAD_CHECKSUM, ApiKeyCode.UNKNOWN)) {
      answers.put(code, ApiKeyVerification.refused(code, null, null));
    }
    return answers;
  }

  /** A key found in storage, with everything an authentication needs made once. */
  private static final class Entry {
    final Tenant tenant;
    final ApiKey key;
    final @Nullable ApiAccessLevel access;
    final ApiKeyInfo info;
    final ApiKeyVerification valid;

    /** When a use was last noted; racy on purpose (a lost update notes one use more). */
    volatile long notedAtMillis = Long.MIN_VALUE / 2;

    Entry(Tenant tenant, ApiKey key, @Nullable ApiAccessLevel access) {
      this.tenant = tenant;
      this.key = key;
      this.access = access;
      this.info = ApiKeyInfo.of(key, null);
      this.valid = ApiKeyVerification.valid(tenant.id(), info);
    }
  }

  /** One daemon thread for every facade's flushes; a facade that is collected stops its task. */
  private static final class Flusher {
    private static final ScheduledExecutorService EXECUTOR =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "wabotiq-api-key-uses");
              thread.setDaemon(true);
              return thread;
            });

    static void schedule(TenantApiKeys keys, Duration interval) {
      WeakReference<TenantApiKeys> ref = new WeakReference<>(keys);
      long nanos = interval.toNanos();
      ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
      self[0] =
          EXECUTOR.scheduleWithFixedDelay(
              () -> {
                TenantApiKeys live = ref.get();
                if (live == null) {
                  ScheduledFuture<?> task = self[0];
                  if (task != null) {
                    task.cancel(false);
                  }
                  return;
                }
                live.flushQuietly();
              },
              nanos,
              nanos,
              TimeUnit.NANOSECONDS);
    }
  }
}
