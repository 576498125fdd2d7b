package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tenant: a business that runs a WhatsApp commerce bot on the platform, with its status,
 * subscription, trial dates, local time settings, contact details, API access and encrypted Twilio
 * credentials.
 *
 * <p>Status changes go through {@link #withStatus}, which enforces the {@link TenantStatus}
 * lifecycle. A tenant whose {@code deleted_at} is set is soft-deleted ({@link #isDeleted()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the tenant's id, required
 * @param name the business's display name, required
 * @param slug the tenant's unique URL-safe short name, e.g. {@code acme-electronics}, required
 * @param status where the tenant is in its lifecycle, required
 * @param whatsappNumber the WhatsApp number customers write to, E.164, e.g. {@code +254712345678};
 *     null when absent
 * @param subscriptionTierId the subscription tier the tenant is on; null when absent
 * @param subscriptionWaived true when nobody is billed (the trial never expires by date; tier
 *     limits still apply); null when absent
 * @param trialStartDate when the trial began, inclusive; null when absent
 * @param trialEndDate when the trial ends, exclusive (start plus {@link #DEFAULT_TRIAL} by
 *     default); null when absent
 * @param timezone the tenant's IANA time zone, e.g. {@code Africa/Nairobi}, for all local times;
 *     null when absent
 * @param quietHoursStart tenant-local start of quiet hours, inclusive (may be after the end: across
 *     midnight); null when absent
 * @param quietHoursEnd tenant-local end of quiet hours, exclusive; null when absent
 * @param contactEmail the tenant's contact e-mail address; null when absent
 * @param contactPhone the tenant's contact phone number, E.164; null when absent
 * @param apiKeys the tenant's API keys (hashes only); never null, empty when absent
 * @param allowedOrigins the browser origins allowed to call the API; never null, empty when absent
 * @param twilioSid the Twilio account SID, encrypted; null when absent
 * @param twilioToken the Twilio auth token, encrypted; null when absent
 * @param webhookSecret the secret that signs inbound webhooks, encrypted; null when absent
 * @param createdAt when the tenant was created; null when absent
 * @param updatedAt when the tenant was last changed; null when absent
 * @param deletedAt when the tenant was soft-deleted; null when not deleted
 * @since 0.1.0
 */
public record Tenant(
    TenantId id,
    String name,
    String slug,
    TenantStatus status,
    @Nullable String whatsappNumber,
    @Nullable TierId subscriptionTierId,
    @Nullable Boolean subscriptionWaived,
    @Nullable Instant trialStartDate,
    @Nullable Instant trialEndDate,
    @Nullable ZoneId timezone,
    @Nullable LocalTime quietHoursStart,
    @Nullable LocalTime quietHoursEnd,
    @Nullable String contactEmail,
    @Nullable String contactPhone,
    List<ApiKey> apiKeys,
    List<String> allowedOrigins,
    @Nullable SealedSecret twilioSid,
    @Nullable SealedSecret twilioToken,
    @Nullable SealedSecret webhookSecret,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable Instant deletedAt) {
  /** The default length of a free trial: 14 days. */
  public static final Duration DEFAULT_TRIAL = Duration.ofDays(14);

  /**
   * Checks well-formedness: {@code id}, {@code name}, {@code slug} and {@code status} are present;
   * the lists are copied.
   *
   * @param id the tenant's id, never null
   * @param name the business's display name, never null
   * @param slug the tenant's unique URL-safe short name, e.g. {@code acme-electronics}, never null
   * @param status where the tenant is in its lifecycle, never null
   * @param whatsappNumber the WhatsApp number customers write to, E.164; null when absent
   * @param subscriptionTierId the subscription tier the tenant is on; null when absent
   * @param subscriptionWaived true when nobody is billed; null when absent
   * @param trialStartDate when the trial began, inclusive; null when absent
   * @param trialEndDate when the trial ends, exclusive; null when absent
   * @param timezone the tenant's IANA time zone; null when absent
   * @param quietHoursStart tenant-local start of quiet hours, inclusive; null when absent
   * @param quietHoursEnd tenant-local end of quiet hours, exclusive; null when absent
   * @param contactEmail the tenant's contact e-mail address; null when absent
   * @param contactPhone the tenant's contact phone number, E.164; null when absent
   * @param apiKeys the tenant's API keys (hashes only), copied; null becomes empty
   * @param allowedOrigins the browser origins allowed to call the API, copied; null becomes empty
   * @param twilioSid the Twilio account SID, encrypted; null when absent
   * @param twilioToken the Twilio auth token, encrypted; null when absent
   * @param webhookSecret the secret that signs inbound webhooks, encrypted; null when absent
   * @param createdAt when the tenant was created; null when absent
   * @param updatedAt when the tenant was last changed; null when absent
   * @param deletedAt when the tenant was soft-deleted; null when not deleted
   * @throws NullPointerException naming the missing field, or the list and index of a null element
   */
  public Tenant {
    Checks.notNull(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(slug, "slug");
    Checks.notNull(status, "status");
    apiKeys = Checks.copyOf(apiKeys, "api_keys");
    allowedOrigins = Checks.copyOf(allowedOrigins, "allowed_origins");
  }

  /**
   * A builder with every field absent (collections empty).
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

  /** Builds {@link Tenant} values; not thread-safe. */
  public static final class Builder {
    private @Nullable TenantId id;
    private @Nullable String name;
    private @Nullable String slug;
    private @Nullable TenantStatus status;
    private @Nullable String whatsappNumber;
    private @Nullable TierId subscriptionTierId;
    private @Nullable Boolean subscriptionWaived;
    private @Nullable Instant trialStartDate;
    private @Nullable Instant trialEndDate;
    private @Nullable ZoneId timezone;
    private @Nullable LocalTime quietHoursStart;
    private @Nullable LocalTime quietHoursEnd;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private List<ApiKey> apiKeys = List.of();
    private List<String> allowedOrigins = List.of();
    private @Nullable SealedSecret twilioSid;
    private @Nullable SealedSecret twilioToken;
    private @Nullable SealedSecret webhookSecret;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant deletedAt;

    private Builder() {}

    private Builder(Tenant source) {
      id = source.id();
      name = source.name();
      slug = source.slug();
      status = source.status();
      whatsappNumber = source.whatsappNumber();
      subscriptionTierId = source.subscriptionTierId();
      subscriptionWaived = source.subscriptionWaived();
      trialStartDate = source.trialStartDate();
      trialEndDate = source.trialEndDate();
      timezone = source.timezone();
      quietHoursStart = source.quietHoursStart();
      quietHoursEnd = source.quietHoursEnd();
      contactEmail = source.contactEmail();
      contactPhone = source.contactPhone();
      apiKeys = source.apiKeys();
      allowedOrigins = source.allowedOrigins();
      twilioSid = source.twilioSid();
      twilioToken = source.twilioToken();
      webhookSecret = source.webhookSecret();
      createdAt = source.createdAt();
      updatedAt = source.updatedAt();
      deletedAt = source.deletedAt();
    }

    /**
     * Sets {@code id}.
     *
     * @param id the tenant's id, required
     * @return this builder
     */
    public Builder id(TenantId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name the business's display name, required
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code slug}.
     *
     * @param slug the tenant's unique URL-safe short name, e.g. {@code acme-electronics}, required
     * @return this builder
     */
    public Builder slug(String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param status where the tenant is in its lifecycle, required
     * @return this builder
     */
    public Builder status(TenantStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code whatsapp_number}.
     *
     * @param whatsappNumber the WhatsApp number customers write to, E.164, e.g. {@code
     *     +254712345678}; null when absent
     * @return this builder
     */
    public Builder whatsappNumber(@Nullable String whatsappNumber) {
      this.whatsappNumber = whatsappNumber;
      return this;
    }

    /**
     * Sets {@code subscription_tier_id}.
     *
     * @param subscriptionTierId the subscription tier the tenant is on; null when absent
     * @return this builder
     */
    public Builder subscriptionTierId(@Nullable TierId subscriptionTierId) {
      this.subscriptionTierId = subscriptionTierId;
      return this;
    }

    /**
     * Sets {@code subscription_waived}.
     *
     * @param subscriptionWaived true when nobody is billed (the trial never expires by date; tier
     *     limits still apply); null when absent
     * @return this builder
     */
    public Builder subscriptionWaived(@Nullable Boolean subscriptionWaived) {
      this.subscriptionWaived = subscriptionWaived;
      return this;
    }

    /**
     * Sets {@code trial_start_date}.
     *
     * @param trialStartDate when the trial began, inclusive; null when absent
     * @return this builder
     */
    public Builder trialStartDate(@Nullable Instant trialStartDate) {
      this.trialStartDate = trialStartDate;
      return this;
    }

    /**
     * Sets {@code trial_end_date}.
     *
     * @param trialEndDate when the trial ends, exclusive (start plus {@link #DEFAULT_TRIAL} by
     *     default); null when absent
     * @return this builder
     */
    public Builder trialEndDate(@Nullable Instant trialEndDate) {
      this.trialEndDate = trialEndDate;
      return this;
    }

    /**
     * Sets {@code timezone}.
     *
     * @param timezone the tenant's IANA time zone, e.g. {@code Africa/Nairobi}, for all local
     *     times; null when absent
     * @return this builder
     */
    public Builder timezone(@Nullable ZoneId timezone) {
      this.timezone = timezone;
      return this;
    }

    /**
     * Sets {@code quiet_hours_start}.
     *
     * @param quietHoursStart tenant-local start of quiet hours, inclusive (may be after the end:
     *     across midnight); null when absent
     * @return this builder
     */
    public Builder quietHoursStart(@Nullable LocalTime quietHoursStart) {
      this.quietHoursStart = quietHoursStart;
      return this;
    }

    /**
     * Sets {@code quiet_hours_end}.
     *
     * @param quietHoursEnd tenant-local end of quiet hours, exclusive; null when absent
     * @return this builder
     */
    public Builder quietHoursEnd(@Nullable LocalTime quietHoursEnd) {
      this.quietHoursEnd = quietHoursEnd;
      return this;
    }

    /**
     * Sets {@code contact_email}.
     *
     * @param contactEmail the tenant's contact e-mail address; null when absent
     * @return this builder
     */
    public Builder contactEmail(@Nullable String contactEmail) {
      this.contactEmail = contactEmail;
      return this;
    }

    /**
     * Sets {@code contact_phone}.
     *
     * @param contactPhone the tenant's contact phone number, E.164; null when absent
     * @return this builder
     */
    public Builder contactPhone(@Nullable String contactPhone) {
      this.contactPhone = contactPhone;
      return this;
    }

    /**
     * Sets {@code api_keys}.
     *
     * @param apiKeys the tenant's API keys (hashes only); never null, empty when absent
     * @return this builder
     */
    public Builder apiKeys(List<ApiKey> apiKeys) {
      this.apiKeys = apiKeys;
      return this;
    }

    /**
     * Sets {@code allowed_origins}.
     *
     * @param allowedOrigins the browser origins allowed to call the API; never null, empty when
     *     absent
     * @return this builder
     */
    public Builder allowedOrigins(List<String> allowedOrigins) {
      this.allowedOrigins = allowedOrigins;
      return this;
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
     * Sets {@code created_at}.
     *
     * @param createdAt when the tenant was created; null when absent
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code updated_at}.
     *
     * @param updatedAt when the tenant was last changed; null when absent
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets {@code deleted_at}.
     *
     * @param deletedAt when the tenant was soft-deleted; null when not deleted
     * @return this builder
     */
    public Builder deletedAt(@Nullable Instant deletedAt) {
      this.deletedAt = deletedAt;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     * @throws NullPointerException naming the field when {@code id} or {@code name} or {@code slug}
     *     or {@code status} is missing
     */
    public Tenant build() {
      return new Tenant(
          Checks.notNull(id, "id"),
          Checks.notNull(name, "name"),
          Checks.notNull(slug, "slug"),
          Checks.notNull(status, "status"),
          whatsappNumber,
          subscriptionTierId,
          subscriptionWaived,
          trialStartDate,
          trialEndDate,
          timezone,
          quietHoursStart,
          quietHoursEnd,
          contactEmail,
          contactPhone,
          apiKeys,
          allowedOrigins,
          twilioSid,
          twilioToken,
          webhookSecret,
          createdAt,
          updatedAt,
          deletedAt);
    }
  }

  /**
   * A copy in status {@code target}, when the lifecycle allows moving there from {@link #status()}
   * (see {@link TenantStatus#canTransitionTo}); every other field, {@code updated_at} included,
   * stays as it is.
   *
   * @param target the status to move to
   * @return the copy in status {@code target}
   * @throws IllegalStatusTransitionException naming both statuses when the lifecycle refuses the
   *     move (staying in the same status is refused too)
   * @throws NullPointerException if {@code target} is null
   */
  public Tenant withStatus(TenantStatus target) {
    Checks.notNull(target, "status");
    return toBuilder().status(status.transitionTo(target)).build();
  }

  /**
   * Whether the tenant is soft-deleted: {@code deleted_at} is set.
   *
   * @return true when {@link #deletedAt()} is not null
   */
  public boolean isDeleted() {
    return deletedAt != null;
  }
}
