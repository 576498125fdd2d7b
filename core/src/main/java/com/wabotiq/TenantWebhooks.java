package com.wabotiq;

import com.wabotiq.access.webhooks.ReplayGuard;
import com.wabotiq.access.webhooks.Verification;
import com.wabotiq.access.webhooks.VerificationCode;
import com.wabotiq.access.webhooks.WebhookProvider;
import com.wabotiq.access.webhooks.WebhookRequest;
import com.wabotiq.access.webhooks.WebhookVerifier;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.CredentialException;
import com.wabotiq.credentials.Secret;
import com.wabotiq.internal.Checks;
import com.wabotiq.types.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Verifies tenants' inbound webhooks with the secrets kept, encrypted, in their settings: {@code
 * stripe_webhook_secret}, {@code shopify_webhook_secret}, {@code woo_webhook_secret}, {@code
 * paystack_secret_key} and Twilio's {@code twilio_token} (Twilio signs with the auth token), each
 * opened through {@link TenantSdk#credentials()} for the call and wiped afterwards. A host may pass
 * further secrets (the next or previous one during a rotation); any one matching passes. Meta's
 * WhatsApp Cloud API channel is the bot's own, not a tenant's: {@link #verifyMeta} takes its app
 * secrets from the host. Made by {@link TenantSdk#webhooks()}; one replay guard, if configured,
 * serves every tenant. Thread-safe.
 *
 * @since 0.1.0
 */
public final class TenantWebhooks {
  private final Supplier<TenantCredentials> credentials;
  private final Clock clock;
  private final Options options;
  private final @Nullable ReplayGuard replayGuard;

  TenantWebhooks(Supplier<TenantCredentials> credentials, Clock clock, Options options) {
    this.credentials = credentials;
    this.clock = clock;
    this.options = options;
    this.replayGuard =
        options.replayGuardSize() == 0
            ? null
            : ReplayGuard.inMemory(options.replayGuardSize(), options.tolerance());
  }

  /**
   * Verifies a tenant's delivery with the tenant's stored secret.
   *
   * @param tenant the tenant the delivery is addressed to (e.g. from its webhook URL)
   * @param provider the provider; not {@link WebhookProvider#META}
   * @param request the delivery as received
   * @return the outcome; {@link VerificationCode#NO_SECRET} when the tenant has none stored
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws CredentialException if the stored secret does not open
   * @throws IllegalArgumentException if {@code provider} is {@code META}
   * @throws IllegalStateException if the facade was built without a key encryption
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public Verification verify(TenantId tenant, WebhookProvider provider, WebhookRequest request) {
    return verify(tenant, provider, request, List.of());
  }

  /**
   * Verifies a tenant's delivery with the tenant's stored secret and further secrets (a rotation):
   * any one matching passes.
   *
   * @param tenant the tenant the delivery is addressed to
   * @param provider the provider; not {@link WebhookProvider#META}
   * @param request the delivery as received
   * @param extraSecrets further secrets, possibly empty; the caller may wipe them afterwards
   * @return the outcome; {@link VerificationCode#NO_SECRET} when there is no secret at all
   * @throws TenantNotFoundException if the tenant does not exist
   * @throws CredentialException if the stored secret does not open
   * @throws IllegalArgumentException if {@code provider} is {@code META}
   * @throws IllegalStateException if the facade was built without a key encryption
   * @throws com.wabotiq.spi.storage.StorageException if the store fails
   */
  public Verification verify(TenantId tenant, WebhookProvider provider, WebhookRequest request,
      List<Secret> extraSecrets) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(provider, "provider");
    Checks.notNull(request, "request");
    List<Secret> extra = Checks.copyOf(extraSecrets, "extraSecrets");
    Checks.argument(provider != WebhookProvider.META,
        "provider (META) is the bot's own channel: use verifyMeta(request, appSecrets)");
    Optional<Secret> stored = credentials.get().get(tenant, credential(provider));
    List<Secret> secrets = new ArrayList<>(extra);
    stored.ifPresent(secrets::add);
    try {
      return check(provider, request, secrets);
    } finally {
      stored.ifPresent(Secret::wipe);
    }
  }

  /**
   * Verifies a delivery of the bot's own WhatsApp Cloud API channel ({@code X-Hub-Signature-256})
   * with the Meta app secrets the host holds.
   *
   * @param request the delivery as received
   * @param appSecrets the app secret, and during a rotation the other one
   * @return the outcome; {@link VerificationCode#NO_SECRET} when the list is empty
   * @throws NullPointerException if an argument or an element is null
   */
  public Verification verifyMeta(WebhookRequest request, List<Secret> appSecrets) {
    Checks.notNull(request, "request");
    return check(WebhookProvider.META, request, Checks.copyOf(appSecrets, "appSecrets"));
  }

  /**
   * The options this facade was built with.
   *
   * @return the options
   */
  public Options options() {
    return options;
  }

  private Verification check(WebhookProvider provider, WebhookRequest request,
      List<Secret> secrets) {
    if (secrets.isEmpty()) {
      return Verification.of(provider, VerificationCode.NO_SECRET, null);
    }
    WebhookVerifier.Builder builder =
        WebhookVerifier.builder(provider).secrets(secrets).clock(clock)
            .tolerance(options.tolerance());
    ReplayGuard guard = replayGuard;
    if (guard != null) {
      builder.replayGuard(guard);
    }
    return builder.build().verify(request);
  }

  private static Credential credential(WebhookProvider provider) {
    switch (provider) {
      case TWILIO:
        return Credential.TWILIO_TOKEN;
      case STRIPE:
        return Credential.STRIPE_WEBHOOK_SECRET;
      case SHOPIFY:
        return Credential.SHOPIFY_WEBHOOK_SECRET;
      case WOOCOMMERCE:
        return Credential.WOO_WEBHOOK_SECRET;
      case PAYSTACK:
        return Credential.PAYSTACK_SECRET_KEY;
      default:
        throw new IllegalArgumentException("provider (" + provider + ") has no tenant secret");
    }
  }

  /**
   * A description free of secrets.
   *
   * @return e.g. {@code TenantWebhooks[Options[tolerance=PT5M, replayGuardSize=10000]]}
   */
  @Override
  public String toString() {
    return "TenantWebhooks[" + options + "]";
  }

  /**
   * How {@link TenantWebhooks} verifies: Stripe's timestamp tolerance (both directions, edges
   * accepted; the replay guard remembers ids this long) and the replay guard's size, 0 for none.
   * Immutable and thread-safe.
   *
   * @param tolerance whole seconds from 1 s to 1 day; 300 s by default
   * @param replayGuardSize the most delivery ids remembered, 0 for no replay guard; 10,000 by
   *     default
   * @since 0.1.0
   */
  public record Options(Duration tolerance, int replayGuardSize) {
    /**
     * Checks the options.
     *
     * @param tolerance whole seconds from 1 s to 1 day
     * @param replayGuardSize 0 or more
     * @throws NullPointerException if {@code tolerance} is null
     * @throws IllegalArgumentException if {@code tolerance} is outside 1 s to 1 day or not whole
     *     seconds, or {@code replayGuardSize} is negative
     */
    public Options {
      Checks.notNull(tolerance, "tolerance");
      Checks.argument(
          tolerance.compareTo(Duration.ofSeconds(1)) >= 0
              && tolerance.compareTo(Duration.ofDays(1)) <= 0
              && tolerance.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).equals(tolerance),
          "tolerance (%s) must be whole seconds from PT1S to P1D", tolerance);
      Checks.argument(replayGuardSize >= 0, "replayGuardSize (%s) must be >= 0", replayGuardSize);
    }

    /**
     * The defaults: 300 s tolerance, a replay guard of 10,000 ids.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(WebhookVerifier.DEFAULT_TOLERANCE, 10_000);
    }

    /**
     * These options with another tolerance.
     *
     * @param tolerance the tolerance
     * @return new options
     */
    public Options withTolerance(Duration tolerance) {
      return new Options(tolerance, replayGuardSize);
    }

    /**
     * These options with another replay guard size.
     *
     * @param replayGuardSize the size, 0 for no guard
     * @return new options
     */
    public Options withReplayGuardSize(int replayGuardSize) {
      return new Options(tolerance, replayGuardSize);
    }
  }
}
