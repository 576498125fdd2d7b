package com.wabotiq.access.webhooks;

import com.wabotiq.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a webhook delivery: the provider, a {@link VerificationCode} and, when
 * known, the delivery or event id (not secret: it is sent in clear by the provider). Refusal is a
 * value, not an exception: a host answers it with a 4xx status. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Verification {
  private final WebhookProvider provider;
  private final VerificationCode code;
  private final @Nullable String deliveryId;

  private Verification(
      WebhookProvider provider, VerificationCode code, @Nullable String deliveryId) {
    this.provider = provider;
    this.code = code;
    this.deliveryId = deliveryId;
  }

  /**
   * A result.
   *
   * @param provider the provider
   * @param code the outcome
   * @param deliveryId the delivery or event id, or null when unknown
   * @return the result
   * @throws NullPointerException if {@code provider} or {@code code} is null
   */
  public static Verification of(
      WebhookProvider provider, VerificationCode code, @Nullable String deliveryId) {
    return new Verification(
        Checks.notNull(provider, "provider"), Checks.notNull(code, "code"), deliveryId);
  }

  /**
   * Whether the delivery may be trusted.
   *
   * @return true exactly when the code is {@link VerificationCode#VERIFIED}
   */
  public boolean isVerified() {
    return code == VerificationCode.VERIFIED;
  }

  /**
   * The outcome.
   *
   * @return the code
   */
  public VerificationCode code() {
    return code;
  }

  /**
   * The provider.
   *
   * @return the provider
   */
  public WebhookProvider provider() {
    return provider;
  }

  /**
   * The delivery or event id: Stripe's event id (the body's top-level {@code id}), {@code
   * X-Shopify-Webhook-Id}, {@code X-WC-Webhook-Delivery-ID} or Twilio's {@code
   * I-Twilio-Idempotency-Token}. Read only once the signature matched; empty otherwise.
   *
   * @return the id, or empty
   */
  public Optional<String> deliveryId() {
    return Optional.ofNullable(deliveryId);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Verification that
        && that.provider == provider
        && that.code == code
        && Objects.equals(that.deliveryId, deliveryId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, code, deliveryId);
  }

  /**
   * The provider, code and id.
   *
   * @return e.g. {@code Verification[STRIPE VERIFIED evt_1]}
   */
  @Override
  public String toString() {
    return "Verification[" + provider + " " + code + (deliveryId == null ? "" : " " + deliveryId)
        + "]";
  }
}
