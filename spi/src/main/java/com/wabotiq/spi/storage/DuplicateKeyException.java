package com.wabotiq.spi.storage;

/**
 * A create or update would give a unique key (a tenant id, slug, WhatsApp number, API key hash,
 * or a wrapped key's version) to a second record. Nothing was written. The message names the kind
 * of key, never its value.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class DuplicateKeyException extends StorageException {
  /** The kind of key that is taken. */
  private final String key;

  /**
   * Creates the exception.
   *
   * @param key the kind of key that is taken: {@code "tenant_id"}, {@code "slug"}, {@code
   *     "whatsapp_number"}, {@code "api_key_hash"} or {@code "key_version"} (a wrapped key's)
   */
  public DuplicateKeyException(String key) {
    super(key + " is already taken");
    this.key = key;
  }

  /**
   * The kind of key that is taken, one of the names listed at the constructor; the conformance
   * kit checks them.
   *
   * @return the key kind, e.g. {@code "slug"}
   */
  public String key() {
    return key;
  }
}
