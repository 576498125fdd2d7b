package com.wabotiq.access.webhooks;

/**
 * A provider whose webhooks the SDK verifies, each by its own published algorithm and header.
 *
 * @since 0.1.0
 */
public enum WebhookProvider {
  /** Twilio: {@code X-Twilio-Signature}, base64 HMAC-SHA1 of the URL and sorted form fields. */
  TWILIO("X-Twilio-Signature", "I-Twilio-Idempotency-Token"),

  /** Stripe: {@code Stripe-Signature}, hex HMAC-SHA256 of {@code t + "." + body}. */
  STRIPE("Stripe-Signature", null),

  /** Meta WhatsApp Cloud API: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256>}. */
  META("X-Hub-Signature-256", null),

  /** Shopify: {@code X-Shopify-Hmac-Sha256}, base64 HMAC-SHA256 of the body. */
  SHOPIFY("X-Shopify-Hmac-Sha256", "X-Shopify-Webhook-Id"),

  /** WooCommerce: {@code X-WC-Webhook-Signature}, base64 HMAC-SHA256 of the body. */
  WOOCOMMERCE("X-WC-Webhook-Signature", "X-WC-Webhook-Delivery-ID"),

  /** Paystack: {@code x-paystack-signature}, hex HMAC-SHA512 of the body. */
  PAYSTACK("x-paystack-signature", null);

  private final String signatureHeader;
  private final @org.jspecify.annotations.Nullable String deliveryIdHeader;

  WebhookProvider(
      String signatureHeader, @org.jspecify.annotations.Nullable String deliveryIdHeader) {
    this.signatureHeader = signatureHeader;
    this.deliveryIdHeader = deliveryIdHeader;
  }

  /**
   * The header that carries the signature, as the provider spells it (headers match regardless of
   * case).
   *
   * @return e.g. {@code Stripe-Signature}
   */
  public String signatureHeader() {
    return signatureHeader;
  }

  /** The header carrying the delivery id, or null when the id is in the body or absent. */
  @org.jspecify.annotations.Nullable String deliveryIdHeader() {
    return deliveryIdHeader;
  }
}
