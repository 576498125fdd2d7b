package com.wabotiq.credentials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.credentials.internal.AesGcm;
import com.wabotiq.internal.Checks;
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
import java.util.regex.Pattern;

/**
 * Envelope encryption of credentials: each tenant has its own random data key (AES-256), wrapped by
 * a {@link KeyEncryption} and kept through the storage SPI's {@link WrappedKeys}; a credential is
 * sealed with AES-256-GCM under its tenant's data key, with a random 96-bit nonce and associated
 * data binding it to the tenant id and the field name, so a ciphertext moved to another tenant or
 * field does not open. Unwrapped data keys are cached in memory for a bounded time.
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

  /** A tenant's data key with its id; the key array is never handed out. */
  @SuppressWarnings("ArrayRecordComponent") // private carrier, never compared or hashed
  private record DataKey(byte[] id, byte[] key) {}

  private final KeyEncryption kek;
  private final WrappedKeys store;

  /** Unwrapped data keys by tenant and id. */
  private final Cache<CacheKey, DataKey> keys;

  /** The data key each tenant's new seals use. */
  private final Cache<String, DataKey> currentKeys;

  private CredentialVault(KeyEncryption kek, WrappedKeys store, Duration ttl, long maximumSize) {
    this.kek = kek;
    this.store = store;
    this.keys = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
    this.currentKeys =
        Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
  }

  /**
   * A vault caching unwrapped data keys for five minutes, at most 10,000 of them.
   *
   * @param kek the key-encryption key
   * @param store where wrapped data keys are kept, e.g. {@code storage.wrappedKeys()}
   * @return the vault
   */
  public static CredentialVault create(KeyEncryption kek, WrappedKeys store) {
    return create(kek, store, Duration.ofMinutes(5), 10_000);
  }

  /**
   * A vault with its own cache bounds.
   *
   * @param kek the key-encryption key
   * @param store where wrapped data keys are kept
   * @param ttl how long an unwrapped data key stays in memory, positive
   * @param maximumSize how many unwrapped data keys at most, positive
   * @return the vault
   */
  public static CredentialVault create(
      KeyEncryption kek, WrappedKeys store, Duration ttl, long maximumSize) {
    Checks.notNull(kek, "kek");
    Checks.notNull(store, "store");
    Checks.notNull(ttl, "ttl");
    Checks.argument(!ttl.isNegative() && !ttl.isZero(), "ttl %s is not positive", ttl);
    Checks.argument(maximumSize > 0, "maximumSize %d is not positive", maximumSize);
    return new CredentialVault(kek, GuardedStorage.guard(store), ttl, maximumSize);
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
    currentKeys.invalidate(tenant.value());
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

  /** The data key new seals use: the newest stored one, made when the tenant has none. */
  private DataKey current(String tenantId) {
    DataKey cached = currentKeys.getIfPresent(tenantId);
    if (cached != null) {
      return cached;
    }
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
        return remember(tenantId, new DataKey(id, key), true);
      }
      Stored newest = read(tenantId, versions.get(versions.size() - 1));
      DataKey dek = new DataKey(newest.dekId(), unwrap(tenantId, newest));
      return remember(tenantId, dek, true);
    }
  }

  /** A tenant's data key by id: from the cache, or unwrapped from its newest readable wrap. */
  private DataKey byId(String tenantId, byte[] sealed, String field) {
    DataKey cached = keys.getIfPresent(new CacheKey(tenantId, ByteBuffer.wrap(sealed, 1, 8).getLong()));
    if (cached != null) {
      return cached;
    }
    byte[] dekId = Arrays.copyOfRange(sealed, 1, 1 + DEK_ID_BYTES);
    List<Stored> all = stored(tenantId);
    KeyEncryptionException last = null;
    for (int i = all.size() - 1; i >= 0; i--) {
      Stored stored = all.get(i);
      if (Arrays.equals(stored.dekId(), dekId)) {
        try {
          return remember(tenantId, new DataKey(dekId, kek.unwrap(stored.wrapped(),
              wrapAad(tenantId, dekId))), false);
        } catch (KeyEncryptionException e) {
          last = e; // an older wrap may be under a key still held
        }
      }
    }
    throw new CredentialException("the " + field + " credential of tenant " + tenantId
        + " cannot be opened: its data key "
        + (last == null ? "was shredded or never existed" : "cannot be unwrapped (" + last.getMessage() + ")"));
  }

  private DataKey remember(String tenantId, DataKey dek, boolean current) {
    keys.put(new CacheKey(tenantId, ByteBuffer.wrap(dek.id()).getLong()), dek);
    if (current) {
      currentKeys.put(tenantId, dek);
    }
    return dek;
  }

  /** A cache key: the tenant and a data key id (its 8 bytes read as a long). */
  private record CacheKey(String tenantId, long dekId) {}

  /** A stored wrap: its version, data key id and wrapped key. */
  @SuppressWarnings("ArrayRecordComponent") // private carrier, never compared or hashed
  private record Stored(int version, byte[] dekId, WrappedDataKey wrapped) {}

  private List<Stored> stored(String tenantId) {
    return store.versions(tenantId).stream().map(v -> read(tenantId, v)).toList();
  }

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
        "field %s is not a snake_case name (optionally with one dotted prefix)", field);
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
