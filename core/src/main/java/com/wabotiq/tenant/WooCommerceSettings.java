package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's WooCommerce store credentials and sync switches; the reference's WooCommerce
 * configuration document decodes as this group on its own. Its fields appear flattened in the
 * parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param wooStoreUrl the store's base URL, e.g. {@code https://store.acme.com}; null when absent
 * @param wooConsumerKey the REST API consumer key, encrypted; null when absent
 * @param wooConsumerSecret the REST API consumer secret, encrypted; null when absent
 * @param wooWebhookSecret the secret that signs the store's webhooks, encrypted; null when absent
 * @param wooSyncEnabled whether the store is synchronized at all; null when absent
 * @param wooSyncProducts whether products are synchronized; null when absent
 * @param wooSyncOrders whether orders are synchronized; null when absent
 * @param wooSyncInventory whether stock levels are synchronized; null when absent
 * @param wooLastSync when the last synchronization ran; null when absent or never
 * @since 0.1.0
 */
public record WooCommerceSettings(
    @Nullable String wooStoreUrl,
    @Nullable SealedSecret wooConsumerKey,
    @Nullable SealedSecret wooConsumerSecret,
    @Nullable SealedSecret wooWebhookSecret,
    @Nullable Boolean wooSyncEnabled,
    @Nullable Boolean wooSyncProducts,
    @Nullable Boolean wooSyncOrders,
    @Nullable Boolean wooSyncInventory,
    @Nullable Instant wooLastSync)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final WooCommerceSettings EMPTY =
      new WooCommerceSettings(null, null, null, null, null, null, null, null, null);

  /**
   * A builder with every field absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's values, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link WooCommerceSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String wooStoreUrl;
    private @Nullable SealedSecret wooConsumerKey;
    private @Nullable SealedSecret wooConsumerSecret;
    private @Nullable SealedSecret wooWebhookSecret;
    private @Nullable Boolean wooSyncEnabled;
    private @Nullable Boolean wooSyncProducts;
    private @Nullable Boolean wooSyncOrders;
    private @Nullable Boolean wooSyncInventory;
    private @Nullable Instant wooLastSync;

    private Builder() {}

    private Builder(WooCommerceSettings source) {
      wooStoreUrl = source.wooStoreUrl();
      wooConsumerKey = source.wooConsumerKey();
      wooConsumerSecret = source.wooConsumerSecret();
      wooWebhookSecret = source.wooWebhookSecret();
      wooSyncEnabled = source.wooSyncEnabled();
      wooSyncProducts = source.wooSyncProducts();
      wooSyncOrders = source.wooSyncOrders();
      wooSyncInventory = source.wooSyncInventory();
      wooLastSync = source.wooLastSync();
    }

    /**
     * Sets {@code woo_store_url}.
     *
     * @param wooStoreUrl the store's base URL, e.g. {@code https://store.acme.com}; null when
     *     absent
     * @return this builder
     */
    public Builder wooStoreUrl(@Nullable String wooStoreUrl) {
      this.wooStoreUrl = wooStoreUrl;
      return this;
    }

    /**
     * Sets {@code woo_consumer_key}.
     *
     * @param wooConsumerKey the REST API consumer key, encrypted; null when absent
     * @return this builder
     */
    public Builder wooConsumerKey(@Nullable SealedSecret wooConsumerKey) {
      this.wooConsumerKey = wooConsumerKey;
      return this;
    }

    /**
     * Sets {@code woo_consumer_secret}.
     *
     * @param wooConsumerSecret the REST API consumer secret, encrypted; null when absent
     * @return this builder
     */
    public Builder wooConsumerSecret(@Nullable SealedSecret wooConsumerSecret) {
      this.wooConsumerSecret = wooConsumerSecret;
      return this;
    }

    /**
     * Sets {@code woo_webhook_secret}.
     *
     * @param wooWebhookSecret the secret that signs the store's webhooks, encrypted; null when
     *     absent
     * @return this builder
     */
    public Builder wooWebhookSecret(@Nullable SealedSecret wooWebhookSecret) {
      this.wooWebhookSecret = wooWebhookSecret;
      return this;
    }

    /**
     * Sets {@code woo_sync_enabled}.
     *
     * @param wooSyncEnabled whether the store is synchronized at all; null when absent
     * @return this builder
     */
    public Builder wooSyncEnabled(@Nullable Boolean wooSyncEnabled) {
      this.wooSyncEnabled = wooSyncEnabled;
      return this;
    }

    /**
     * Sets {@code woo_sync_products}.
     *
     * @param wooSyncProducts whether products are synchronized; null when absent
     * @return this builder
     */
    public Builder wooSyncProducts(@Nullable Boolean wooSyncProducts) {
      this.wooSyncProducts = wooSyncProducts;
      return this;
    }

    /**
     * Sets {@code woo_sync_orders}.
     *
     * @param wooSyncOrders whether orders are synchronized; null when absent
     * @return this builder
     */
    public Builder wooSyncOrders(@Nullable Boolean wooSyncOrders) {
      this.wooSyncOrders = wooSyncOrders;
      return this;
    }

    /**
     * Sets {@code woo_sync_inventory}.
     *
     * @param wooSyncInventory whether stock levels are synchronized; null when absent
     * @return this builder
     */
    public Builder wooSyncInventory(@Nullable Boolean wooSyncInventory) {
      this.wooSyncInventory = wooSyncInventory;
      return this;
    }

    /**
     * Sets {@code woo_last_sync}.
     *
     * @param wooLastSync when the last synchronization ran; null when absent or never
     * @return this builder
     */
    public Builder wooLastSync(@Nullable Instant wooLastSync) {
      this.wooLastSync = wooLastSync;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public WooCommerceSettings build() {
      return new WooCommerceSettings(
          wooStoreUrl,
          wooConsumerKey,
          wooConsumerSecret,
          wooWebhookSecret,
          wooSyncEnabled,
          wooSyncProducts,
          wooSyncOrders,
          wooSyncInventory,
          wooLastSync);
    }
  }
}
