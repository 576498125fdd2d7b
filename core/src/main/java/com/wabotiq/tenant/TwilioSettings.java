package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's Twilio (WhatsApp) credentials and webhook URLs; the reference's Twilio configuration
 * document decodes as this group on its own. Its fields appear flattened in the parent's JSON
 * object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param twilioSid the Twilio account SID, encrypted; null when absent
 * @param twilioToken the Twilio auth token, encrypted; null when absent
 * @param twilioWhatsappNumber the WhatsApp sender number in E.164 form, e.g. {@code +254712345678};
 *     null when absent
 * @param webhookSecret the secret that signs inbound webhooks, encrypted; null when absent
 * @param inboundWebhookUrl the URL Twilio posts inbound messages to (generated); null when absent
 * @param statusWebhookUrl the URL Twilio posts delivery statuses to (generated); null when absent
 * @since 0.1.0
 */
public record TwilioSettings(
    @Nullable SealedSecret twilioSid,
    @Nullable SealedSecret twilioToken,
    @Nullable String twilioWhatsappNumber,
    @Nullable SealedSecret webhookSecret,
    @Nullable String inboundWebhookUrl,
    @Nullable String statusWebhookUrl)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final TwilioSettings EMPTY = new TwilioSettings(null, null, null, null, null, null);

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

  /** Builds {@link TwilioSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SealedSecret twilioSid;
    private @Nullable SealedSecret twilioToken;
    private @Nullable String twilioWhatsappNumber;
    private @Nullable SealedSecret webhookSecret;
    private @Nullable String inboundWebhookUrl;
    private @Nullable String statusWebhookUrl;

    private Builder() {}

    private Builder(TwilioSettings source) {
      twilioSid = source.twilioSid();
      twilioToken = source.twilioToken();
      twilioWhatsappNumber = source.twilioWhatsappNumber();
      webhookSecret = source.webhookSecret();
      inboundWebhookUrl = source.inboundWebhookUrl();
      statusWebhookUrl = source.statusWebhookUrl();
    }

    /**
     * Sets {@code twilio_sid}.
     *
     * @param twilioSid the Twilio account SID, encrypted; null when absent
     * @return this builder
     */
    public Builder twilioSid(@Nullable SealedSecret twilioSid) {
      this.twilioSid = twilioSid;
      return this;
    }

    /**
     * Sets {@code twilio_token}.
     *
     * @param twilioToken the Twilio auth token, encrypted; null when absent
     * @return this builder
     */
    public Builder twilioToken(@Nullable SealedSecret twilioToken) {
      this.twilioToken = twilioToken;
      return this;
    }

    /**
     * Sets {@code twilio_whatsapp_number}.
     *
     * @param twilioWhatsappNumber the WhatsApp sender number in E.164 form, e.g. {@code
     *     +254712345678}; null when absent
     * @return this builder
     */
    public Builder twilioWhatsappNumber(@Nullable String twilioWhatsappNumber) {
      this.twilioWhatsappNumber = twilioWhatsappNumber;
      return this;
    }

    /**
     * Sets {@code webhook_secret}.
     *
     * @param webhookSecret the secret that signs inbound webhooks, encrypted; null when absent
     * @return this builder
     */
    public Builder webhookSecret(@Nullable SealedSecret webhookSecret) {
      this.webhookSecret = webhookSecret;
      return this;
    }

    /**
     * Sets {@code inbound_webhook_url}.
     *
     * @param inboundWebhookUrl the URL Twilio posts inbound messages to (generated); null when
     *     absent
     * @return this builder
     */
    public Builder inboundWebhookUrl(@Nullable String inboundWebhookUrl) {
      this.inboundWebhookUrl = inboundWebhookUrl;
      return this;
    }

    /**
     * Sets {@code status_webhook_url}.
     *
     * @param statusWebhookUrl the URL Twilio posts delivery statuses to (generated); null when
     *     absent
     * @return this builder
     */
    public Builder statusWebhookUrl(@Nullable String statusWebhookUrl) {
      this.statusWebhookUrl = statusWebhookUrl;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public TwilioSettings build() {
      return new TwilioSettings(
          twilioSid,
          twilioToken,
          twilioWhatsappNumber,
          webhookSecret,
          inboundWebhookUrl,
          statusWebhookUrl);
    }
  }
}
