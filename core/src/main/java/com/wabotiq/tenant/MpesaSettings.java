package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's M-Pesa (Kenya) payment credentials; the reference's M-Pesa configuration document
 * decodes as this group on its own. Its fields appear flattened in the parent's JSON object; each
 * is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mpesaConsumerKey the Daraja consumer key, encrypted; null when absent
 * @param mpesaConsumerSecret the Daraja consumer secret, encrypted; null when absent
 * @param mpesaShortcode the paybill or till short code, e.g. {@code 174379}; null when absent
 * @param mpesaPasskey the Lipa na M-Pesa passkey, encrypted; null when absent
 * @param mpesaEnvironment {@code sandbox} or {@code production}; null when absent
 * @param mpesaCallbackUrl the URL M-Pesa posts payment results to (generated); null when absent
 * @since 0.1.0
 */
public record MpesaSettings(
    @Nullable SealedSecret mpesaConsumerKey,
    @Nullable SealedSecret mpesaConsumerSecret,
    @Nullable String mpesaShortcode,
    @Nullable SealedSecret mpesaPasskey,
    @Nullable MpesaEnvironment mpesaEnvironment,
    @Nullable String mpesaCallbackUrl)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final MpesaSettings EMPTY = new MpesaSettings(null, null, null, null, null, null);

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

  /** Builds {@link MpesaSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret mpesaConsumerKey;
    private @Nullable SealedSecret mpesaConsumerSecret;
    private @Nullable String mpesaShortcode;
    private @Nullable SealedSecret mpesaPasskey;
    private @Nullable MpesaEnvironment mpesaEnvironment;
    private @Nullable String mpesaCallbackUrl;

    private Builder() {}

    private Builder(MpesaSettings source) {
      mpesaConsumerKey = source.mpesaConsumerKey();
      mpesaConsumerSecret = source.mpesaConsumerSecret();
      mpesaShortcode = source.mpesaShortcode();
      mpesaPasskey = source.mpesaPasskey();
      mpesaEnvironment = source.mpesaEnvironment();
      mpesaCallbackUrl = source.mpesaCallbackUrl();
    }

    /**
     * Sets {@code mpesa_consumer_key}.
     *
     * @param mpesaConsumerKey the Daraja consumer key, encrypted; null when absent
     * @return this builder
     */
    public Builder mpesaConsumerKey(@Nullable SealedSecret mpesaConsumerKey) {
      this.mpesaConsumerKey = mpesaConsumerKey;
      return this;
    }

    /**
     * Sets {@code mpesa_consumer_secret}.
     *
     * @param mpesaConsumerSecret the Daraja consumer secret, encrypted; null when absent
     * @return this builder
     */
    public Builder mpesaConsumerSecret(@Nullable SealedSecret mpesaConsumerSecret) {
      this.mpesaConsumerSecret = mpesaConsumerSecret;
      return this;
    }

    /**
     * Sets {@code mpesa_shortcode}.
     *
     * @param mpesaShortcode the paybill or till short code, e.g. {@code 174379}; null when absent
     * @return this builder
     */
    public Builder mpesaShortcode(@Nullable String mpesaShortcode) {
      this.mpesaShortcode = mpesaShortcode;
      return this;
    }

    /**
     * Sets {@code mpesa_passkey}.
     *
     * @param mpesaPasskey the Lipa na M-Pesa passkey, encrypted; null when absent
     * @return this builder
     */
    public Builder mpesaPasskey(@Nullable SealedSecret mpesaPasskey) {
      this.mpesaPasskey = mpesaPasskey;
      return this;
    }

    /**
     * Sets {@code mpesa_environment}.
     *
     * @param mpesaEnvironment {@code sandbox} or {@code production}; null when absent
     * @return this builder
     */
    public Builder mpesaEnvironment(@Nullable MpesaEnvironment mpesaEnvironment) {
      this.mpesaEnvironment = mpesaEnvironment;
      return this;
    }

    /**
     * Sets {@code mpesa_callback_url}.
     *
     * @param mpesaCallbackUrl the URL M-Pesa posts payment results to (generated); null when absent
     * @return this builder
     */
    public Builder mpesaCallbackUrl(@Nullable String mpesaCallbackUrl) {
      this.mpesaCallbackUrl = mpesaCallbackUrl;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public MpesaSettings build() {
      return new MpesaSettings(
          mpesaConsumerKey,
          mpesaConsumerSecret,
          mpesaShortcode,
          mpesaPasskey,
          mpesaEnvironment,
          mpesaCallbackUrl);
    }
  }
}
