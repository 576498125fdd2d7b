package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's Stripe (international) payment credentials. Its fields appear flattened in the
 * parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stripeSecretKey the secret API key, encrypted; null when absent
 * @param stripePublishableKey the publishable key, e.g. {@code pk_...}; null when absent
 * @param stripeWebhookSecret the webhook signing secret, encrypted; null when absent
 * @since 0.1.0
 */
public record StripeSettings(
    @Nullable SealedSecret stripeSecretKey,
    @Nullable String stripePublishableKey,
    @Nullable SealedSecret stripeWebhookSecret)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final StripeSettings EMPTY = new StripeSettings(null, null, null);

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

  /** Builds {@link StripeSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret stripeSecretKey;
    private @Nullable String stripePublishableKey;
    private @Nullable SealedSecret stripeWebhookSecret;

    private Builder() {}

    private Builder(StripeSettings source) {
      stripeSecretKey = source.stripeSecretKey();
      stripePublishableKey = source.stripePublishableKey();
      stripeWebhookSecret = source.stripeWebhookSecret();
    }

    /**
     * Sets {@code stripe_secret_key}.
     *
     * @param stripeSecretKey the secret API key, encrypted; null when absent
     * @return this builder
     */
    public Builder stripeSecretKey(@Nullable SealedSecret stripeSecretKey) {
      this.stripeSecretKey = stripeSecretKey;
      return this;
    }

    /**
     * Sets {@code stripe_publishable_key}.
     *
     * @param stripePublishableKey the publishable key, e.g. {@code pk_...}; null when absent
     * @return this builder
     */
    public Builder stripePublishableKey(@Nullable String stripePublishableKey) {
      this.stripePublishableKey = stripePublishableKey;
      return this;
    }

    /**
     * Sets {@code stripe_webhook_secret}.
     *
     * @param stripeWebhookSecret the webhook signing secret, encrypted; null when absent
     * @return this builder
     */
    public Builder stripeWebhookSecret(@Nullable SealedSecret stripeWebhookSecret) {
      this.stripeWebhookSecret = stripeWebhookSecret;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public StripeSettings build() {
      return new StripeSettings(stripeSecretKey, stripePublishableKey, stripeWebhookSecret);
    }
  }
}
