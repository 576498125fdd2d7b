package com.wabotiq.credentials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.internal.Checks;
import com.wabotiq.internal.CoarseTicker;
import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.crypto.KeyEncryptionException;
import com.wabotiq.spi.crypto.WrappedDataKey;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.internal.GuardedStorage;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Envelope encryption of credentials: each tenant has its own random data key (AES-256), wrapped by
 * a {@link KeyEncryption} and kept through the storage SPI's {@link WrappedKeys}; a credential is
 * sealed with AES-256-GCM under its tenant's data key, with a random 96-bit nonce and associated
 * data binding it to the tenant id and the field name, so a ciphertext moved to another tenant or
 * field does not open.
 *
 * <p><b>Cache and revalidation.</b> Unwrapped data keys are cached in memory (five minutes, at most
 * 10,000 by default; see {@link Builder}). A cached key is used without asking storage for at most
 * the revalidation interval (30 seconds by default); after that, the next open reads the stored
 * wrap once more (one storage read, no unwrap, so no KMS call) and drops the key if its tenant was
 * shredded meanwhile, by this vault or any other on the same storage. So a shred reaches every
 * instance within the interval. A seal always reads the tenant's newest stored wrap, so no
 * credential is ever sealed under a data key that storage no longer holds. Checking on every open
 * instead ({@link Builder#revalidateAfter} zero) costs a storage round trip per open, where a
 * cached open costs a few microseconds of CPU.
 *
 * <p>Rotation of the key-encryption key needs no re-encryption: {@link #rewrap} wraps each of a
 * tenant's data keys again under the primary key (as a new stored version, since stored keys are
 * never replaced), without any credential's plaintext leaving this class; it is idempotent, so a
 * crashed run is simply run again. {@link #shred} deletes a tenant's wrapped keys, after which none
 * of its ciphertexts can ever be opened.
 *
 * <p>The formats, byte by byte (also in docs/security.md):
 *
 * <ul>
 *   <li>Sealed credential: the text {@code wbq1.} and the unpadded base64url of: format version
 *       {@code 0x01} (1 byte), data key id (8 bytes), nonce (12 bytes), ciphertext and 16-byte
 *       tag. The associated data is those first 21 bytes followed by the UTF-8 of {@code
 *       "|" + tenantId + "|" + field}.
 *   <li>Stored wrapped key: version {@code 0x01} (1 byte), data key id (8 bytes), length of the
 *       key-encryption key id (1 byte), that id (ASCII), the wrapped bytes. The wrap's associated
 *       data is the UTF-8 of {@code "wabotiq/dek/v1|" + tenantId + "|" + hex(dataKeyId)}.
 * </ul>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class CredentialVault {
  /** The prefix of every sealed credential's text. */
  public static final String PREFIX = "wbq1.";

  private static final byte FORMAT = 1;
  private static final int DEK_ID_BYTES = 8;
  private static final int HEADER_BYTES = 1 + DEK_ID_BYTES + AesGcm.NONCE_BYTES;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern FIELD = Pattern.compile("([a-z][a-z0-9_]*\\.)?[a-z][a-z0-9_]*");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** How long an unwrapped data key stays in memory by default. */
  static final Duration DEFAULT_CACHE_EXPIRE_AFTER_WRITE = Duration.ofMinutes(5);

  /** How many unwrapped data keys are held by default. */
  static final long DEFAULT_CACHE_MAXIMUM_SIZE = 10_000;

  /** How long a cached data key is used before storage is asked again whether it still exists. */
  static final Duration DEFAULT_REVALIDATE_AFTER = Duration.ofSeconds(30);

  /** A tenant's data key with its id; the key array is never handed out. */
  @SuppressWarnings("ArrayRecordComponent") // private carrier, never compared or hashed
  private record DataKey(byte[] id, byte[] key) {}

  /**
   * An unwrapped data key in the cache: the stored version it was read from (or written as), and
   * when storage last confirmed that version still holds it.
   */
  private static final class Cached {
    final DataKey dek;
    final int version;
    volatile long checkedAt;

    Cached(DataKey dek, int version, long checkedAt) {
      this.dek = dek;
      this.version = version;
      this.checkedAt = checkedAt;
    }
  }

  private final KeyEncryption kek;
  private final WrappedKeys store;
  private final LongSupplier ticker;
  private final long revalidateAfterNanos;

  /** Unwrapped data keys by tenant and id. */
  private final Cache<CacheKey, Cached> keys;

  private CredentialVault(Builder builder) {
    this.kek = builder.kek;
    this.store = GuardedStorage.guard(builder.store);
    this.revalidateAfterNanos = builder.revalidateAfter.toNanos();
    LongSupplier time = builder.ticker;
    Caffeine<Object, Object> caffeine = Caffeine.newBuilder()
        .expireAfterWrite(builder.cacheExpireAfterWrite)
        .maximumSize(builder.cacheMaximumSize);
    if (time != null) {
      // Tests: a hand-moved clock, and maintenance done on the calling thread.
      caffeine.ticker(time::getAsLong).executor(Runnable::run);
      this.ticker = time;
    } else {
      // Read on every open: System.nanoTime() would cost more than the cache lookup.
      caffeine.ticker(CoarseTicker::read);
      this.ticker = CoarseTicker::read;
    }
    this.keys = caffeine.build();
  }

  /**
   * A vault with the default bounds: unwrapped data keys cached for five minutes, at most 10,000
   * of them, each confirmed against storage at least every 30 seconds.
   *
   * @param kek the key-encryption key
   * @param store where wrapped data keys are kept, e.g. {@code storage.wrappedKeys()}
   * @return the vault
   * @throws NullPointerException if an argument is null
   */
  public static CredentialVault create(KeyEncryption kek, WrappedKeys store) {
    return builder(kek, store).build();
  }

  /**
   * A builder for a vault with its own cache bounds.
   *
   * @param kek the key-encryption key
   * @param store where wrapped data keys are kept
   * @return a new builder with the default bounds
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(KeyEncryption kek, WrappedKeys store) {
    return new Builder(Checks.notNull(kek, "kek"), Checks.notNull(store, "store"));
  }

  /**
   * Seals a credential for a tenant's field.
   *
   * @param tenant the tenant
   * @param field the field's snake_case name, e.g. {@code twilio_token}
   * @param plaintext the credential
   * @return the sealed credential, safe to store and to print
   * @throws CredentialException if the tenant's data key cannot be made or unwrapped
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public SealedSecret seal(TenantId tenant, String field, Secret plaintext) {
    Checks.notNull(tenant, "tenant");
    checkField(field);
    Checks.notNull(plaintext, "plaintext");
    DataKey dek = current(tenant.value());
    byte[] header = new byte[HEADER_BYTES];
    header[0] = FORMAT;
    System.arraycopy(dek.id(), 0, header, 1, DEK_ID_BYTES);
    byte[] nonce = new byte[AesGcm.NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    System.arraycopy(nonce, 0, header, 1 + DEK_ID_BYTES, AesGcm.NONCE_BYTES);
    byte[] message = plaintext.revealUtf8();
    try {
      byte[] sealed = AesGcm.seal(dek.key(), nonce, message, aad(header, tenant.value(), field));
      byte[] out = Arrays.copyOf(header, HEADER_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, HEADER_BYTES, sealed.length);
      return SealedSecret.of(PREFIX + ENCODER.encodeToString(out));
    } finally {
      Arrays.fill(message, (byte) 0);
    }
  }

  /**
   * Opens a sealed credential of a tenant's field.
   *
   * @param tenant the tenant it was sealed for
   * @param field the field it was sealed for
   * @param sealed the sealed credential
   * @return the plaintext; wipe it when done
   * @throws CredentialException if it is not a sealed credential, was tampered with, belongs to
   *     another tenant or field, or its data key was shredded or wrapped by a retired key
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public Secret open(TenantId tenant, String field, SealedSecret sealed) {
    Checks.notNull(tenant, "tenant");
    checkField(field);
    Checks.notNull(sealed, "sealed");
    byte[] bytes = decode(sealed.ciphertext(), field);
    DataKey dek = byId(tenant.value(), bytes, field);
    byte[] plain;
    try {
      plain = AesGcm.open(dek.key(), bytes, 1 + DEK_ID_BYTES, bytes, HEADER_BYTES,
          bytes.length - HEADER_BYTES, aad(bytes, tenant.value(), field));
    } catch (CredentialException e) {
      throw new CredentialException("the " + field + " credential of tenant " + tenant.value()
          + " does not authenticate (tampered, or sealed for another tenant or field)");
    }
    try {
      return Secret.ofUtf8(plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Wraps each of a tenant's data keys again under the key-encryption key's primary key, where its
   * newest wrap is under another key. No credential is decrypted. Idempotent: run it again after a
   * crash.
   *
   * @param tenant the tenant
   * @return how many data keys were wrapped again
   * @throws CredentialException if a data key cannot be unwrapped by any key still held
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public int rewrap(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    String tenantId = tenant.value();
    String primary = kek.primaryKeyId();
    Map<String, Stored> newest = new HashMap<>();
    for (Stored stored : stored(tenantId)) {
      newest.merge(HEX.formatHex(stored.dekId()), stored,
          (a, b) -> a.version() > b.version() ? a : b);
    }
    int rewrapped = 0;
    for (Stored stored : newest.values()) {
      if (stored.wrapped().keyId().equals(primary)) {
        continue;
      }
      byte[] key = unwrap(tenantId, stored);
      try {
        putNew(tenantId, stored.dekId(), key);
        rewrapped++;
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    }
    return rewrapped;
  }

  /**
   * Crypto-shreds a tenant: deletes every wrapped data key, and forgets the unwrapped ones, so that
   * none of its credentials can ever be opened again.
   *
   * @param tenant the tenant
   * @return how many wrapped keys were deleted
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public int shred(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    int deleted = store.deleteAll(tenant.value());
    keys.asMap().keySet().removeIf(k -> k.tenantId().equals(tenant.value()));
    return deleted;
  }

  /**
   * {@link #rewrap} over many tenants, reporting each; a crashed run is resumed by running it
   * again (tenants already under the primary key are skipped, nothing is wrapped twice).
   *
   * @param tenants the tenants, e.g. every tenant id the host lists
   * @param progress hears each tenant done
   * @return how many data keys were wrapped again in all
   * @throws CredentialException if a data key cannot be unwrapped; the tenants before it are done
   * @throws com.wabotiq.spi.storage.StorageException if the store fails; likewise
   */
  public int rewrapAll(List<TenantId> tenants, Progress progress) {
    Checks.notNull(tenants, "tenants");
    Checks.notNull(progress, "progress");
    int total = 0;
    for (int i = 0; i < tenants.size(); i++) {
      int changed = rewrap(tenants.get(i));
      total += changed;
      progress.tenantDone(i + 1, tenants.size(), tenants.get(i), changed);
    }
    return total;
  }

  /**
   * {@link #shred} over many tenants, reporting each; running it again after a crash deletes what
   * is left.
   *
   * @param tenants the tenants to shred
   * @param progress hears each tenant done
   * @return how many wrapped keys were deleted in all
   * @throws com.wabotiq.spi.storage.StorageException if the store fails; the tenants before are done
   */
  public int shredAll(List<TenantId> tenants, Progress progress) {
    Checks.notNull(tenants, "tenants");
    Checks.notNull(progress, "progress");
    int total = 0;
    for (int i = 0; i < tenants.size(); i++) {
      int deleted = shred(tenants.get(i));
      total += deleted;
      progress.tenantDone(i + 1, tenants.size(), tenants.get(i), deleted);
    }
    return total;
  }

  /**
   * The data key new seals use: the newest stored one, made when the tenant has none. Storage is
   * asked on every seal (a seal is rare, and a seal under a data key another instance has shredded
   * would be lost for good); the key is unwrapped only when it is not cached.
   */
  private DataKey current(String tenantId) {
    while (true) {
      List<Integer> versions = store.versions(tenantId);
      if (versions.isEmpty()) {
        byte[] id = new byte[DEK_ID_BYTES];
        byte[] key = new byte[AesGcm.KEY_BYTES];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(key);
        try {
          store.put(tenantId, 1, blob(tenantId, id, key));
        } catch (DuplicateKeyException raced) {
          continue; // another instance made the tenant's first key: use it
        }
        return remember(tenantId, new DataKey(id, key), 1);
      }
      int newest = versions.get(versions.size() - 1);
      Stored stored = read(tenantId, newest);
      Cached cached = keys.getIfPresent(new CacheKey(tenantId, idOf(stored.dekId(), 0)));
      if (cached != null) {
        cached.checkedAt = ticker.getAsLong();
        return cached.dek;
      }
      return remember(tenantId, new DataKey(stored.dekId(), unwrap(tenantId, stored)), newest);
    }
  }

  /**
   * A tenant's data key by id: from the cache (confirmed against storage when its last check is
   * older than the revalidation interval), or unwrapped from its newest readable wrap.
   */
  private DataKey byId(String tenantId, byte[] sealed, String field) {
    CacheKey cacheKey = new CacheKey(tenantId, idOf(sealed, 1));
    Cached cached = keys.getIfPresent(cacheKey);
    if (cached != null) {
      long now = ticker.getAsLong();
      if (now - cached.checkedAt < revalidateAfterNanos) {
        return cached.dek;
      }
      if (stillStored(tenantId, cached)) {
        cached.checkedAt = now;
        return cached.dek;
      }
      keys.invalidate(cacheKey); // shredded (or damaged) elsewhere: look again, from storage
    }
    byte[] dekId = Arrays.copyOfRange(sealed, 1, 1 + DEK_ID_BYTES);
    List<Integer> versions = store.versions(tenantId);
    @Nullable RuntimeException last = null;
    for (int i = versions.size() - 1; i >= 0; i--) {
      Stored stored;
      try {
        stored = read(tenantId, versions.get(i));
      } catch (CredentialException damaged) {
        last = damaged; // another version may carry the key intact
        continue;
      }
      if (Arrays.equals(stored.dekId(), dekId)) {
        try {
          return remember(tenantId, new DataKey(dekId, unwrap(tenantId, stored)), stored.version());
        } catch (CredentialException e) {
          last = e; // an older wrap may be under a key still held
        }
      }
    }
    throw new CredentialException("the " + field + " credential of tenant " + tenantId
        + " cannot be opened: its data key "
        + (last == null ? "was shredded or never existed" : "cannot be read (" + last.getMessage() + ")"),
        last);
  }

  /**
   * Whether storage still holds the cached key's version with the same data key id: one read, no
   * unwrap. False once the tenant was shredded (even if a new data key took the version since).
   */
  private boolean stillStored(String tenantId, Cached cached) {
    Optional<byte[]> blob = store.get(tenantId, cached.version);
    if (blob.isEmpty()) {
      return false;
    }
    byte[] b = blob.get();
    return b.length > 1 + DEK_ID_BYTES && b[0] == FORMAT
        && Arrays.equals(b, 1, 1 + DEK_ID_BYTES, cached.dek.id(), 0, DEK_ID_BYTES);
  }

  private DataKey remember(String tenantId, DataKey dek, int version) {
    keys.put(new CacheKey(tenantId, idOf(dek.id(), 0)),
        new Cached(dek, version, ticker.getAsLong()));
    return dek;
  }

  /** The 8 bytes of a data key id at {@code offset}, read as a long. */
  private static long idOf(byte[] bytes, int offset) {
    return ByteBuffer.wrap(bytes, offset, DEK_ID_BYTES).getLong();
  }

  /** A cache key: the tenant and a data key id (its 8 bytes read as a long). */
  private record CacheKey(String tenantId, long dekId) {}

  /** A stored wrap: its version, data key id and wrapped key. */
  @SuppressWarnings("ArrayRecordComponent") // private carrier, never compared or hashed
  private record Stored(int version, byte[] dekId, WrappedDataKey wrapped) {}

  private List<Stored> stored(String tenantId) {
    return store.versions(tenantId).stream().map(v -> read(tenantId, v)).toList();
  }

  /**
   * Reads and parses one stored wrap.
   *
   * @throws CredentialException if it vanished meanwhile or is not a well-formed stored wrap; the
   *     message names the tenant and version, never the bytes
   */
  private Stored read(String tenantId, int version) {
    Optional<byte[]> blob = store.get(tenantId, version);
    if (blob.isEmpty()) {
      throw new CredentialException("tenant " + tenantId + "'s data key version " + version
          + " vanished while it was read (shredded meanwhile?)");
    }
    byte[] b = blob.get();
    if (b.length < 1 + DEK_ID_BYTES + 2 || b[0] != FORMAT) {
      throw new CredentialException(
          "tenant " + tenantId + "'s data key version " + version + " is not in a known format");
    }
    int idLength = b[1 + DEK_ID_BYTES] & 0xff;
    int start = 2 + DEK_ID_BYTES + idLength;
    if (idLength == 0 || b.length <= start) {
      throw new CredentialException(
          "tenant " + tenantId + "'s data key version " + version + " is truncated");
    }
    for (int i = 2 + DEK_ID_BYTES; i < start; i++) {
      if (b[i] <= ' ' || b[i] >= 0x7f) { // bytes are signed: non-ASCII is negative
        throw new CredentialException("tenant " + tenantId + "'s data key version " + version
            + " has a key id that is not printable ASCII");
      }
    }
    String keyId = new String(b, 2 + DEK_ID_BYTES, idLength, StandardCharsets.US_ASCII);
    return new Stored(version, Arrays.copyOfRange(b, 1, 1 + DEK_ID_BYTES),
        new WrappedDataKey(keyId, Arrays.copyOfRange(b, start, b.length)));
  }

  private byte[] unwrap(String tenantId, Stored stored) {
    try {
      return kek.unwrap(stored.wrapped(), wrapAad(tenantId, stored.dekId()));
    } catch (KeyEncryptionException e) {
      throw new CredentialException("tenant " + tenantId + "'s data key version "
          + stored.version() + " cannot be unwrapped: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The key encryption broke its contract (only KeyEncryptionException is allowed): the
      // garbled bytes it was handed, or a fault of its own. Its message is not ours to repeat.
      throw new CredentialException("tenant " + tenantId + "'s data key version "
          + stored.version() + " cannot be unwrapped: the key encryption failed with "
          + e.getClass().getName(), e);
    }
  }

  /** Stores the data key wrapped under the primary key as the tenant's next version. */
  private void putNew(String tenantId, byte[] dekId, byte[] key) {
    byte[] blob = blob(tenantId, dekId, key);
    while (true) {
      List<Integer> versions = store.versions(tenantId);
      int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
      try {
        store.put(tenantId, next, blob);
        return;
      } catch (DuplicateKeyException raced) {
        // another instance took that version: take the next
      }
    }
  }

  private byte[] blob(String tenantId, byte[] dekId, byte[] key) {
    WrappedDataKey wrapped = kek.wrap(key, wrapAad(tenantId, dekId));
    byte[] keyId = wrapped.keyId().getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = wrapped.ciphertext();
    return ByteBuffer.allocate(2 + DEK_ID_BYTES + keyId.length + bytes.length)
        .put(FORMAT)
        .put(dekId)
        .put((byte) keyId.length)
        .put(keyId)
        .put(bytes)
        .array();
  }

  private static byte[] wrapAad(String tenantId, byte[] dekId) {
    return ("wabotiq/dek/v1|" + tenantId + "|" + HEX.formatHex(dekId))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The associated data: the first {@code HEADER_BYTES} of {@code header}, then the binding. */
  private static byte[] aad(byte[] header, String tenantId, String field) {
    byte[] binding = ("|" + tenantId + "|" + field).getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(header, HEADER_BYTES + binding.length);
    System.arraycopy(binding, 0, out, HEADER_BYTES, binding.length);
    return out;
  }

  private static byte[] decode(String text, String field) {
    if (!text.startsWith(PREFIX)) {
      throw new CredentialException("the " + field + " value is not a sealed credential");
    }
    byte[] bytes;
    try {
      bytes = DECODER.decode(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new CredentialException("the " + field + " value is not valid base64url");
    }
    if (bytes.length < HEADER_BYTES + AesGcm.TAG_BYTES || bytes[0] != FORMAT) {
      throw new CredentialException(
          "the " + field + " value is truncated or in an unknown format version");
    }
    return bytes;
  }

  private static void checkField(String field) {
    Checks.notNull(field, "field");
    Checks.argument(FIELD.matcher(field).matches(),
        "field (%s) must be a snake_case name (optionally with one dotted prefix)", field);
  }

  /**
   * Builds a {@link CredentialVault} with its own cache bounds; not thread-safe. Each setter checks
   * its argument at once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final KeyEncryption kek;
    private final WrappedKeys store;
    private Duration cacheExpireAfterWrite = DEFAULT_CACHE_EXPIRE_AFTER_WRITE;
    private long cacheMaximumSize = DEFAULT_CACHE_MAXIMUM_SIZE;
    private Duration revalidateAfter = DEFAULT_REVALIDATE_AFTER;
    private @Nullable LongSupplier ticker;

    private Builder(KeyEncryption kek, WrappedKeys store) {
      this.kek = kek;
      this.store = store;
    }

    /**
     * Sets how long an unwrapped data key stays in memory after it was unwrapped; five minutes by
     * default. A key that expires is unwrapped again on its next use (with a KMS, a call to it).
     *
     * @param expireAfterWrite a positive duration
     * @return this builder
     * @throws IllegalArgumentException if it is zero or negative
     * @throws NullPointerException if it is null
     */
    public Builder cacheExpireAfterWrite(Duration expireAfterWrite) {
      Checks.notNull(expireAfterWrite, "cacheExpireAfterWrite");
      Checks.argument(!expireAfterWrite.isNegative() && !expireAfterWrite.isZero(),
          "cacheExpireAfterWrite (%s) must be > 0", expireAfterWrite);
      this.cacheExpireAfterWrite = expireAfterWrite;
      return this;
    }

    /**
     * Sets how many unwrapped data keys are held at most (one per tenant, more during a
     * rotation); 10,000 by default.
     *
     * @param maximumSize at least 1
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder cacheMaximumSize(long maximumSize) {
      Checks.argument(maximumSize >= 1, "cacheMaximumSize (%d) must be >= 1", maximumSize);
      this.cacheMaximumSize = maximumSize;
      return this;
    }

    /**
     * Sets how long a cached data key is used before storage is asked again whether it still
     * holds it; 30 seconds by default. This bounds how long a tenant shredded through another
     * vault (another instance) can still be opened through this one. The check is one read of the
     * stored wrap, never an unwrap. {@link Duration#ZERO} checks on every open.
     *
     * @param revalidateAfter zero or positive
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     * @throws NullPointerException if it is null
     */
    public Builder revalidateAfter(Duration revalidateAfter) {
      Checks.notNull(revalidateAfter, "revalidateAfter");
      Checks.argument(!revalidateAfter.isNegative(),
          "revalidateAfter (%s) must be >= 0", revalidateAfter);
      this.revalidateAfter = revalidateAfter;
      return this;
    }

    /**
     * Test hook: the nanosecond time source of the cache's expiry and of revalidation (a coarse
     * {@code nanoTime} by default), so tests move time by hand instead of sleeping.
     */
    Builder ticker(LongSupplier nanoTime) {
      this.ticker = Checks.notNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * Builds the vault; it guards the store like the facade does.
     *
     * @return the vault
     */
    public CredentialVault build() {
      return new CredentialVault(this);
    }
  }

  /**
   * The key-encryption key's primary id only.
   *
   * @return e.g. {@code CredentialVault[kek primary=k2]}
   */
  @Override
  public String toString() {
    return "CredentialVault[kek primary=" + kek.primaryKeyId() + "]";
  }
}
