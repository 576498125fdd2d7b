package com.wabotiq;

import com.wabotiq.access.webhooks.CallbackTokenCheck;
import com.wabotiq.access.webhooks.CallbackTokenCheck.Code;
import com.wabotiq.access.webhooks.CallbackTokenException;
import com.wabotiq.access.webhooks.CallbackTokenKeys;
import com.wabotiq.access.webhooks.WebhookEndpoint;
import com.wabotiq.access.webhooks.WebhookUrls;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.CredentialVault;
import com.wabotiq.credentials.Secret;
import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each tenant's inbound webhook and callback URLs, and the token that authenticates M-Pesa's
 * unsigned callbacks. Made by {@link TenantSdk#callbacks()} (the builder's key encryption) or
 * {@link TenantSdk#callbacks(com.wabotiq.spi.crypto.KeyEncryption)}.
 *
 * <p><b>Storage.</b> A tenant's callback token keys ({@link CallbackTokenKeys}, in their {@code
 * cbk1} form) are sealed with the tenant's data key into its settings' encrypted {@code
 * webhook_secret} ({@link Credential#WEBHOOK_SECRET}); nothing about them is stored in plaintext.
 * Settings are read from storage on every check (never cached), so a token created or rotated on
 * one instance is accepted on every other at once.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class TenantCallbacks {
  private static final Credential FIELD = Credential.WEBHOOK_SECRET;

  private final TenantSdk sdk;
  private final CredentialVault vault;
  private final WebhookUrls urls;
  private final Clock clock;

  TenantCallbacks(TenantSdk sdk, TenantCredentials credentials, WebhookUrls urls, Clock clock) {
    this.sdk = sdk;
    this.vault = credentials.vault();
    this.urls = urls;
    this.clock = clock;
  }

  /**
   * The URL maker of this facade (see {@link TenantSdk.Builder#webhookUrls}).
   *
   * @return the webhook URLs
   */
  public WebhookUrls urls() {
    return urls;
  }

  /**
   * A tenant's URLs for every endpoint, without the M-Pesa callback token (see {@link
   * #mpesaCallbackUrl}); no I/O, so it does not check that the tenant exists.
   *
   * @param tenant the tenant
   * @return an unmodifiable map from each endpoint to its URL, in {@link WebhookEndpoint} order
   * @throws NullPointerException if {@code tenant} is null
   */
  public Map<WebhookEndpoint, String> webhookUrls(TenantId tenant) {
    return urls.all(tenant);
  }

  /**
   * The tenant's M-Pesa callback URL, token included, to give Safaricom as the {@code
   * CallBackURL}; the token is created on the first call. Two first calls at once, on this or
   * other instances, agree: the token is written only if the settings still have none (under the
   * settings' optimistic version), and each call returns what was stored. The URL holds a secret:
   * keep it out of logs.
   *
   * @param tenant the tenant
   * @return e.g. {@code https://api.wabotiq.com/v1/webhooks/mpesa/<tenant_id>/<token>}
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws CredentialException if the stored value does not open
   * @throws CallbackTokenException if the stored value is not callback token keys
   * @throws com.wabotiq.spi.storage.VersionConflictException if the settings kept changing
   * @throws com.wabotiq.spi.storage.StorageException if storage fails
   * @throws NullPointerException if {@code tenant} is null
   */
  public String mpesaCallbackUrl(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    requireLive(tenant);
    Optional<CallbackTokenKeys> stored = read(tenant, sdk.settings(tenant).value());
    CallbackTokenKeys keys;
    if (stored.isPresent()) {
      keys = stored.get();
    } else {
      SealedSecret fresh = seal(tenant, CallbackTokenKeys.generate());
      TenantSettings written = sdk.updateSettings(tenant,
          s -> FIELD.in(s).isPresent() ? s : FIELD.with(s, fresh)).value();
      keys = read(tenant, written).orElseThrow(
          () -> new IllegalStateException("webhook_secret vanished while being written"));
    }
    return urls.mpesaCallbackUrl(tenant, keys.revealCurrent());
  }

  /**
   * Checks the token of an M-Pesa callback: its shape first (no I/O), then the tenant (soft-deleted
   * tenants are refused), then the stored keys, compared in constant time. The previous token of a
   * rotation is accepted up to and including its valid-until instant, by the facade's clock.
   *
   * @param tenant the tenant named in the callback URL
   * @param presentedToken the token segment of the callback URL, may be null
   * @return the check; {@link CallbackTokenCheck#isValid()} says whether to process the callback
   * @throws CredentialException if the stored value does not open
   * @throws CallbackTokenException if the stored value is not callback token keys
   * @throws com.wabotiq.spi.storage.StorageException if storage fails
   * @throws NullPointerException if {@code tenant} is null
   */
  public CallbackTokenCheck verifyMpesa(TenantId tenant, @Nullable String presentedToken) {
    Checks.notNull(tenant, "tenant");
    if (presentedToken == null || presentedToken.isEmpty()) {
      return CallbackTokenCheck.of(Code.MISSING);
    }
    if (!CallbackTokenKeys.isWellFormed(presentedToken)) {
      return CallbackTokenCheck.of(Code.MALFORMED);
    }
    Optional<Tenant> record = sdk.tenant(tenant);
    if (record.isEmpty()) {
      return CallbackTokenCheck.of(Code.UNKNOWN_TENANT);
    }
    if (record.get().isDeleted()) {
      return CallbackTokenCheck.of(Code.TENANT_DELETED);
    }
    Optional<CallbackTokenKeys> keys = read(tenant, sdk.settings(tenant).value());
    if (keys.isEmpty()) {
      return CallbackTokenCheck.of(Code.NOT_CONFIGURED);
    }
    return keys.get().check(presentedToken, clock.instant());
  }

  /**
   * Gives the tenant a new M-Pesa callback token: the current one stays valid until {@code
   * previousValidUntil} (inclusive), so the new URL can be registered with Safaricom while
   * callbacks to the old one still arrive. An older previous token is dropped. An instant that
   * has passed ends the old token at once. A tenant without a token gets its first one.
   *
   * @param tenant the tenant
   * @param previousValidUntil the last instant at which the current token is still accepted
   * @return the new callback URL, token included; a secret
   * @throws TenantNotFoundException if no tenant has this id, or it is soft-deleted
   * @throws CredentialException if the stored value does not open
   * @throws CallbackTokenException if the stored value is not callback token keys; nothing is
   *     written
   * @throws com.wabotiq.spi.storage.VersionConflictException if the settings kept changing
   * @throws com.wabotiq.spi.storage.StorageException if storage fails
   * @throws NullPointerException if an argument is null
   */
  public String rotateMpesa(TenantId tenant, Instant previousValidUntil) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(previousValidUntil, "previousValidUntil");
    requireLive(tenant);
    TenantSettings written = sdk.updateSettings(tenant, s -> {
      CallbackTokenKeys next = read(tenant, s)
          .map(keys -> keys.rotate(previousValidUntil))
          .orElseGet(CallbackTokenKeys::generate);
      return FIELD.with(s, seal(tenant, next));
    }).value();
    CallbackTokenKeys keys = read(tenant, written).orElseThrow(
        () -> new IllegalStateException("webhook_secret vanished while being written"));
    return urls.mpesaCallbackUrl(tenant, keys.revealCurrent());
  }

  /**
   * A description free of secrets.
   *
   * @return e.g. {@code TenantCallbacks[WebhookUrls[https://api.wabotiq.com/v1]]}
   */
  @Override
  public String toString() {
    return "TenantCallbacks[" + urls + "]";
  }

  private void requireLive(TenantId tenant) {
    Tenant record =
        sdk.tenant(tenant).orElseThrow(() -> new TenantNotFoundException(tenant, false));
    if (record.isDeleted()) {
      throw new TenantNotFoundException(tenant, true);
    }
  }

  private Optional<CallbackTokenKeys> read(TenantId tenant, TenantSettings settings) {
    Optional<SealedSecret> sealed = FIELD.in(settings);
    if (sealed.isEmpty()) {
      return Optional.empty();
    }
    Secret plaintext = vault.open(tenant, FIELD.fieldName(), sealed.get());
    try {
      return Optional.of(CallbackTokenKeys.parse(plaintext.reveal()));
    } finally {
      plaintext.wipe();
    }
  }

  private SealedSecret seal(TenantId tenant, CallbackTokenKeys keys) {
    Secret plaintext = Secret.of(keys.toStoredForm());
    try {
      return vault.seal(tenant, FIELD.fieldName(), plaintext);
    } finally {
      plaintext.wipe();
    }
  }
}
