package com.wabotiq;

import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.RecordCredential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.Secret;
import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.util.Optional;

/**
 * A tenant's credentials by name, kept in its settings document only as ciphertext: {@link #put}
 * seals a plaintext with the tenant's data key and writes it into the settings (a versioned
 * read-modify-write, so a concurrent settings change is never lost); {@link #get} reads and opens
 * it at the moment the host calls the provider. Made by {@link TenantSdk#credentials}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class TenantCredentials {
  private final TenantSdk sdk;
  private final CredentialVault vault;

  TenantCredentials(TenantSdk sdk, CredentialVault vault) {
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
    sdk.requireWritableTenant(tenant); // before a data key is made for a tenant that is not there
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
    TenantSettings settings = sdk.settings(tenant).value();
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
    sdk.requireWritableTenant(tenant);
    SealedSecret sealed = vault.seal(tenant, credential.binding(), plaintext);
    sdk.updateTenantRecord(tenant, t -> credential.with(t, sealed));
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
    Tenant record = sdk.tenant(tenant).orElseThrow(() -> new TenantNotFoundException(tenant, false));
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
    sdk.updateTenantRecord(tenant, t -> credential.with(t, null));
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
   * A description free of secrets.
   *
   * @return e.g. {@code TenantCredentials[CredentialVault[kek primary=k1]]}
   */
  @Override
  public String toString() {
    return "TenantCredentials[" + vault + "]";
  }
}
