package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's Pesapal (East Africa) payment credentials. Its fields appear flattened in the
 * parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pesapalConsumerKey the consumer key, encrypted; null when absent
 * @param pesapalConsumerSecret the consumer secret, encrypted; null when absent
 * @param pesapalIpnId the registered instant payment notification id; null when absent
 * @since 0.1.0
 */
public record PesapalSettings(
    @Nullable SealedSecret pesapalConsumerKey,
    @Nullable SealedSecret pesapalConsumerSecret,
    @Nullable String pesapalIpnId)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final PesapalSettings EMPTY = new PesapalSettings(null, null, null);

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

  /** Builds {@link PesapalSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret pesapalConsumerKey;
    private @Nullable SealedSecret pesapalConsumerSecret;
    private @Nullable String pesapalIpnId;

    private Builder() {}

    private Builder(PesapalSettings source) {
      pesapalConsumerKey = source.pesapalConsumerKey();
      pesapalConsumerSecret = source.pesapalConsumerSecret();
      pesapalIpnId = source.pesapalIpnId();
    }

    /**
     * Sets {@code pesapal_consumer_key}.
     *
     * @param pesapalConsumerKey the consumer key, encrypted; null when absent
     * @return this builder
     */
    public Builder pesapalConsumerKey(@Nullable SealedSecret pesapalConsumerKey) {
      this.pesapalConsumerKey = pesapalConsumerKey;
      return this;
    }

    /**
     * Sets {@code pesapal_consumer_secret}.
     *
     * @param pesapalConsumerSecret the consumer secret, encrypted; null when absent
     * @return this builder
     */
    public Builder pesapalConsumerSecret(@Nullable SealedSecret pesapalConsumerSecret) {
      this.pesapalConsumerSecret = pesapalConsumerSecret;
      return this;
    }

    /**
     * Sets {@code pesapal_ipn_id}.
     *
     * @param pesapalIpnId the registered instant payment notification id; null when absent
     * @return this builder
     */
    public Builder pesapalIpnId(@Nullable String pesapalIpnId) {
      this.pesapalIpnId = pesapalIpnId;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public PesapalSettings build() {
      return new PesapalSettings(pesapalConsumerKey, pesapalConsumerSecret, pesapalIpnId);
    }
  }
}
