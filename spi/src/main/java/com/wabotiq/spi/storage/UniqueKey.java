package com.wabotiq.spi.storage;

/**
 * The unique keys by which a tenant record can be found, besides its id.
 *
 * @since 0.1.0
 */
public enum UniqueKey {
  /** The tenant's URL-safe short name. */
  SLUG,
  /** The WhatsApp number customers write to: routes an inbound message to its tenant. */
  WHATSAPP_NUMBER,
  /** The SHA-256 hash of one of the tenant's API keys: authenticates an API call. */
  API_KEY_HASH
}
