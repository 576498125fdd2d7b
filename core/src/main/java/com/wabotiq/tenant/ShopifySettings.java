package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's Shopify shop credentials and sync switches; the reference's Shopify configuration
 * document decodes as this group on its own. Its fields appear flattened in the parent's JSON
 * object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shopifyShopDomain the shop's domain, e.g. {@code acme.myshopify.com}; null when absent
 * @param shopifyAccessToken the Admin API access token, encrypted; null when absent
 * @param shopifyWebhookSecret the secret that signs the shop's webhooks, encrypted; null when
 *     absent
 * @param shopifySyncEnabled whether the shop is synchronized at all; null when absent
 * @param shopifySyncProducts whether products are synchronized; null when absent
 * @param shopifySyncOrders whether orders are synchronized; null when absent
 * @param shopifySyncInventory whether stock levels are synchronized; null when absent
 * @param shopifyLastSync when the last synchronization ran; null when absent or never
 * @since 0.1.0
 */
public record ShopifySettings(
    @Nullable String shopifyShopDomain,
    @Nullable SealedSecret shopifyAccessToken,
    @Nullable SealedSecret shopifyWebhookSecret,
    @Nullable Boolean shopifySyncEnabled,
    @Nullable Boolean shopifySyncProducts,
    @Nullable Boolean shopifySyncOrders,
    @Nullable Boolean shopifySyncInventory,
    @Nullable Instant shopifyLastSync)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final ShopifySettings EMPTY =
      new ShopifySettings(null, null, null, null, null, null, null, null);

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

  /** Builds {@link ShopifySettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String shopifyShopDomain;
    private @Nullable SealedSecret shopifyAccessToken;
    private @Nullable SealedSecret shopifyWebhookSecret;
    private @Nullable Boolean shopifySyncEnabled;
    private @Nullable Boolean shopifySyncProducts;
    private @Nullable Boolean shopifySyncOrders;
    private @Nullable Boolean shopifySyncInventory;
    private @Nullable Instant shopifyLastSync;

    private Builder() {}

    private Builder(ShopifySettings source) {
      shopifyShopDomain = source.shopifyShopDomain();
      shopifyAccessToken = source.shopifyAccessToken();
      shopifyWebhookSecret = source.shopifyWebhookSecret();
      shopifySyncEnabled = source.shopifySyncEnabled();
      shopifySyncProducts = source.shopifySyncProducts();
      shopifySyncOrders = source.shopifySyncOrders();
      shopifySyncInventory = source.shopifySyncInventory();
      shopifyLastSync = source.shopifyLastSync();
    }

    /**
     * Sets {@code shopify_shop_domain}.
     *
     * @param shopifyShopDomain the shop's domain, e.g. {@code acme.myshopify.com}; null when absent
     * @return this builder
     */
    public Builder shopifyShopDomain(@Nullable String shopifyShopDomain) {
      this.shopifyShopDomain = shopifyShopDomain;
      return this;
    }

    /**
     * Sets {@code shopify_access_token}.
     *
     * @param shopifyAccessToken the Admin API access token, encrypted; null when absent
     * @return this builder
     */
    public Builder shopifyAccessToken(@Nullable SealedSecret shopifyAccessToken) {
      this.shopifyAccessToken = shopifyAccessToken;
      return this;
    }

    /**
     * Sets {@code shopify_webhook_secret}.
     *
     * @param shopifyWebhookSecret the secret that signs the shop's webhooks, encrypted; null when
     *     absent
     * @return this builder
     */
    public Builder shopifyWebhookSecret(@Nullable SealedSecret shopifyWebhookSecret) {
      this.shopifyWebhookSecret = shopifyWebhookSecret;
      return this;
    }

    /**
     * Sets {@code shopify_sync_enabled}.
     *
     * @param shopifySyncEnabled whether the shop is synchronized at all; null when absent
     * @return this builder
     */
    public Builder shopifySyncEnabled(@Nullable Boolean shopifySyncEnabled) {
      this.shopifySyncEnabled = shopifySyncEnabled;
      return this;
    }

    /**
     * Sets {@code shopify_sync_products}.
     *
     * @param shopifySyncProducts whether products are synchronized; null when absent
     * @return this builder
     */
    public Builder shopifySyncProducts(@Nullable Boolean shopifySyncProducts) {
      this.shopifySyncProducts = shopifySyncProducts;
      return this;
    }

    /**
     * Sets {@code shopify_sync_orders}.
     *
     * @param shopifySyncOrders whether orders are synchronized; null when absent
     * @return this builder
     */
    public Builder shopifySyncOrders(@Nullable Boolean shopifySyncOrders) {
      this.shopifySyncOrders = shopifySyncOrders;
      return this;
    }

    /**
     * Sets {@code shopify_sync_inventory}.
     *
     * @param shopifySyncInventory whether stock levels are synchronized; null when absent
     * @return this builder
     */
    public Builder shopifySyncInventory(@Nullable Boolean shopifySyncInventory) {
      this.shopifySyncInventory = shopifySyncInventory;
      return this;
    }

    /**
     * Sets {@code shopify_last_sync}.
     *
     * @param shopifyLastSync when the last synchronization ran; null when absent or never
     * @return this builder
     */
    public Builder shopifyLastSync(@Nullable Instant shopifyLastSync) {
      this.shopifyLastSync = shopifyLastSync;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public ShopifySettings build() {
      return new ShopifySettings(
          shopifyShopDomain,
          shopifyAccessToken,
          shopifyWebhookSecret,
          shopifySyncEnabled,
          shopifySyncProducts,
          shopifySyncOrders,
          shopifySyncInventory,
          shopifyLastSync);
    }
  }
}
