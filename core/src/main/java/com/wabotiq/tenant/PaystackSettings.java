package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's Paystack (Africa) payment credentials; the reference's Paystack configuration
 * document decodes as this group on its own. Its fields appear flattened in the parent's JSON
 * object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paystackSecretKey the secret key, encrypted; null when absent
 * @param paystackPublicKey the public key, e.g. {@code pk_...}; null when absent
 * @param paystackWebhookUrl the URL Paystack posts events to (generated); null when absent
 * @since 0.1.0
 */
public record PaystackSettings(
    @Nullable SealedSecret paystackSecretKey,
    @Nullable String paystackPublicKey,
    @Nullable String paystackWebhookUrl)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final PaystackSettings EMPTY = new PaystackSettings(null, null, null);

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

  /** Builds {@link PaystackSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret paystackSecretKey;
    private @Nullable String paystackPublicKey;
    private @Nullable String paystackWebhookUrl;

    private Builder() {}

    private Builder(PaystackSettings source) {
      paystackSecretKey = source.paystackSecretKey();
      paystackPublicKey = source.paystackPublicKey();
      paystackWebhookUrl = source.paystackWebhookUrl();
    }

    /**
     * Sets {@code paystack_secret_key}.
     *
     * @param paystackSecretKey the secret key, encrypted; null when absent
     * @return this builder
     */
    public Builder paystackSecretKey(@Nullable SealedSecret paystackSecretKey) {
      this.paystackSecretKey = paystackSecretKey;
      return this;
    }

    /**
     * Sets {@code paystack_public_key}.
     *
     * @param paystackPublicKey the public key, e.g. {@code pk_...}; null when absent
     * @return this builder
     */
    public Builder paystackPublicKey(@Nullable String paystackPublicKey) {
      this.paystackPublicKey = paystackPublicKey;
      return this;
    }

    /**
     * Sets {@code paystack_webhook_url}.
     *
     * @param paystackWebhookUrl the URL Paystack posts events to (generated); null when absent
     * @return this builder
     */
    public Builder paystackWebhookUrl(@Nullable String paystackWebhookUrl) {
      this.paystackWebhookUrl = paystackWebhookUrl;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public PaystackSettings build() {
      return new PaystackSettings(paystackSecretKey, paystackPublicKey, paystackWebhookUrl);
    }
  }
}
