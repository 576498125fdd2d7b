package com.wabotiq.access.webhooks;

/**
 * Every inbound endpoint a tenant registers with a provider, with its route under the base URL.
 * The reference's routes are {@link #TWILIO_INBOUND}, {@link #TWILIO_STATUS}, {@link #MPESA} and
 * {@link #PAYSTACK}; the others follow the same pattern, {@code webhooks/<provider>/<tenant_id>}.
 *
 * @since 0.1.0
 */
public enum WebhookEndpoint {
  /** Twilio's inbound messages: {@code webhooks/twilio/inbound/<tenant_id>}. */
  TWILIO_INBOUND("webhooks/twilio/inbound"),

  /** Twilio's message status callbacks: {@code webhooks/twilio/status/<tenant_id>}. */
  TWILIO_STATUS("webhooks/twilio/status"),

  /** M-Pesa (Daraja) callbacks: {@code webhooks/mpesa/<tenant_id>}. */
  MPESA("webhooks/mpesa"),

  /** Paystack events: {@code webhooks/paystack/<tenant_id>}. */
  PAYSTACK("webhooks/paystack"),

  /** Stripe events: {@code webhooks/stripe/<tenant_id>}. */
  STRIPE("webhooks/stripe"),

  /** Shopify webhooks: {@code webhooks/shopify/<tenant_id>}. */
  SHOPIFY("webhooks/shopify"),

  /** WooCommerce webhooks: {@code webhooks/woocommerce/<tenant_id>}. */
  WOOCOMMERCE("webhooks/woocommerce"),

  /** Meta WhatsApp Cloud API webhooks: {@code webhooks/meta/<tenant_id>}. */
  META("webhooks/meta");

  private final String route;

  WebhookEndpoint(String route) {
    this.route = route;
  }

  /**
   * The route under the base URL, without leading or trailing slash and without the tenant id.
   *
   * @return e.g. {@code webhooks/twilio/inbound}
   */
  public String route() {
    return route;
  }
}
