package com.wabotiq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.internal.Checks;
import com.wabotiq.spi.crypto.KeyEncryption;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's credentials by name, kept in its settings document only as ciphertext: {@link #put}
 * seals a plaintext with the tenant's data key and writes it into the settings (a versioned
 * read-modify-write, so a concurrent settings change is never lost); {@link #get} reads and opens
 * it at the moment the host calls the provider. Made by {@link TenantSdk#credentials()} (the key
 * encryption given to the builder) or {@link TenantSdk#credentials(KeyEncryption)}; either hands
 * out the same object, and so the same vault and data-key cache, on every call with the same key
 * encryption.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class TenantCredentials {
  private final Facade sdk;
  private final CredentialVault vault;

  private TenantCredentials(Facade sdk, CredentialVault vault) {
    this.sdk = sdk;
    this.vault = vault;
  }

  /**
   * Seals a credential and stores it in the tenant's settings.
   *
   * @param tenant the tenant
   * @param credential which credential
   * @param plaintext its value; the caller may wipe it afterwards
   * @return the sealed value now stored
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws CredentialException if the tenant's data key cannot be made or unwrapped
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public SealedSecret put(TenantId tenant, Credential credential, Secret plaintext) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(credential, "credential");
    Checks.notNull(plaintext, "plaintext");
    sdk.requireWritable(tenant); // before a data key is made for a tenant that is not there
    SealedSecret sealed = vault.seal(tenant, credential.fieldName(), plaintext);
    sdk.updateSettings(tenant, settings -> credential.with(settings, sealed));
    return sealed;
  }

  /**
   * Reads and opens a credential.
   *
   * @param tenant the tenant
   * @param credential which credential
   * @return the plaintext, or empty when the tenant has none stored; wipe it when done
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws CredentialException if the stored value does not open (tampered, moved, shredded)
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public Optional<Secret> get(TenantId tenant, Credential credential) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(credential, "credential");
    TenantSettings settings = sdk.settings(tenant);
    return credential.in(settings).map(sealed -> vault.open(tenant, credential.fieldName(), sealed));
  }

  /**
   * Removes a credential from the tenant's settings.
   *
   * @param tenant the tenant
   * @param credential which credential
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public void remove(TenantId tenant, Credential credential) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(credential, "credential");
    sdk.updateSettings(tenant, settings -> credential.with(settings, null));
  }

  /**
   * Seals a credential kept on the tenant record itself and stores it there.
   *
   * @param tenant the tenant
   * @param credential which credential
   * @param plaintext its value; the caller may wipe it afterwards
   * @return the sealed value now stored
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws CredentialException if the tenant's data key cannot be made or unwrapped
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public SealedSecret put(TenantId tenant, RecordCredential credential, Secret plaintext) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(credential, "credential");
    Checks.notNull(plaintext, "plaintext");
    sdk.requireWritable(tenant);
    SealedSecret sealed = vault.seal(tenant, credential.binding(), plaintext);
    sdk.updateTenant(tenant, t -> credential.with(t, sealed));
    return sealed;
  }

  /**
   * Reads and opens a credential kept on the tenant record.
   *
   * @param tenant the tenant
   * @param credential which credential
   * @return the plaintext, or empty when none is stored; wipe it when done
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws CredentialException if the stored value does not open
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public Optional<Secret> get(TenantId tenant, RecordCredential credential) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(credential, "credential");
    Tenant record = sdk.tenant(tenant);
    return credential.in(record).map(sealed -> vault.open(tenant, credential.binding(), sealed));
  }

  /**
   * Removes a credential from the tenant record.
   *
   * @param tenant the tenant
   * @param credential which credential
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public void remove(TenantId tenant, RecordCredential credential) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(credential, "credential");
    sdk.updateTenant(tenant, t -> credential.with(t, null));
  }

  /**
   * The vault underneath, for rotation ({@link CredentialVault#rewrap}) and shredding ({@link
   * CredentialVault#shred}).
   *
   * @return the vault
   */
  public CredentialVault vault() {
    return vault;
  }

  /**
   * What the credentials need of the facade, and all they may reach of it: reads and versioned
   * read-modify-writes of a tenant's record and settings. The facade implements it privately.
   */
  interface Facade {
    /** Fails with {@link TenantNotFoundException} unless the tenant exists and is not deleted. */
    void requireWritable(TenantId tenant);

    /** The tenant's settings; {@link TenantNotFoundException} if the tenant does not exist. */
    TenantSettings settings(TenantId tenant);

    /** Changes the settings by a read-modify-write, retried on a version conflict. */
    void updateSettings(TenantId tenant, UnaryOperator<TenantSettings> change);

    /** The tenant record, deleted or not; {@link TenantNotFoundException} if absent. */
    Tenant tenant(TenantId tenant);

    /** Changes the tenant record by a read-modify-write, retried on a version conflict. */
    void updateTenant(TenantId tenant, UnaryOperator<Tenant> change);
  }

  /**
   * A facade's credentials: one {@link TenantCredentials} (one vault, one data-key cache) for the
   * key encryption given to the builder, made once, and one for each other key encryption
   * instance a caller passes, kept for the {@value #OTHER_KEYS} most recently used.
   */
  static final class PerKey {
    /** How many key encryptions other than the builder's keep their vault. */
    static final int OTHER_KEYS = 16;

    private final Facade facade;
    private final WrappedKeys store;
    private final Duration revalidateAfter;
    private final @Nullable KeyEncryption configured;
    private final @Nullable TenantCredentials forConfigured;
    private final Cache<Identity, TenantCredentials> others =
        Caffeine.newBuilder().maximumSize(OTHER_KEYS).build();

    PerKey(Facade facade, WrappedKeys store, @Nullable KeyEncryption configured,
        Duration revalidateAfter) {
      this.facade = facade;
      this.store = store;
      this.revalidateAfter = revalidateAfter;
      this.configured = configured;
      this.forConfigured = configured == null ? null : make(configured);
    }

    /** The credentials of the builder's key encryption. */
    TenantCredentials configured() {
      TenantCredentials c = forConfigured;
      if (c == null) {
        throw new IllegalStateException("no key encryption was configured: call"
            + " keyEncryption(kek) on the builder, or use credentials(kek)");
      }
      return c;
    }

    /** The credentials of a key encryption instance, the same object for the same instance. */
    TenantCredentials of(KeyEncryption kek) {
      Checks.notNull(kek, "kek");
      TenantCredentials c = forConfigured;
      if (c != null && kek == configured) {
        return c;
      }
      return others.get(new Identity(kek), k -> make(k.kek));
    }

    private TenantCredentials make(KeyEncryption kek) {
      return new TenantCredentials(facade,
          CredentialVault.builder(kek, store).revalidateAfter(revalidateAfter).build());
    }
  }

  /** A key encryption compared by identity, whatever its own {@code equals} says. */
  private static final class Identity {
    final KeyEncryption kek;

    Identity(KeyEncryption kek) {
      this.kek = kek;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Identity that && that.kek == kek;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(kek);
    }
  }

  /**
   * A description free of secrets.
   *
   * @return e.g. {@code TenantCredentials[CredentialVault[kek primary=k1]]}
   */
  @Override
  public String toString() {
    return "TenantCredentials[" + vault + "]";
  }
}
