package com.wabotiq;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.internal.Checks;
import com.wabotiq.types.TierId;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What a host application says about a tenant it creates through {@link
 * TenantSdk#createTenant(NewTenant)}; the facade adds the rest (id, slug, trial status and dates,
 * timestamps).
 *
 * <p>The time zone is required: every window the SDK computes (quiet hours, business hours, the
 * daily outbound count, billing periods) is tenant-local, and a guessed zone would silently
 * mis-time a tenant anywhere else.
 *
 * <p>Constructors check well-formedness only; the facade validates the tenant it builds from this
 * request ({@code name} not blank, E.164 numbers, a deliverable e-mail address, quiet hours both
 * set or both absent...) before anything is written.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * NewTenant request = NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
 *     .whatsappNumber("+254712345678")
 *     .build();
 * }</pre>
 *
 * @param name the business's display name, required
 * @param timezone the tenant's IANA time zone, required
 * @param whatsappNumber the WhatsApp number customers write to, E.164; null when absent
 * @param contactEmail the contact e-mail address; null when absent
 * @param contactPhone the contact phone number, E.164; null when absent
 * @param subscriptionTierId the tier the tenant starts on, required ({@link
 *     SubscriptionTier#STARTER} in the builder by default)
 * @param quietHoursStart tenant-local start of quiet hours, inclusive; null when absent
 * @param quietHoursEnd tenant-local end of quiet hours, exclusive; null when absent
 * @since 0.1.0
 */
public record NewTenant(
    String name,
    ZoneId timezone,
    @Nullable String whatsappNumber,
    @Nullable String contactEmail,
    @Nullable String contactPhone,
    TierId subscriptionTierId,
    @Nullable LocalTime quietHoursStart,
    @Nullable LocalTime quietHoursEnd) {
  /**
   * Checks that the required parts are present.
   *
   * @param name the business's display name
   * @param timezone the tenant's time zone
   * @param whatsappNumber the WhatsApp number, or null
   * @param contactEmail the contact e-mail address, or null
   * @param contactPhone the contact phone number, or null
   * @param subscriptionTierId the starting tier
   * @param quietHoursStart the start of quiet hours, or null
   * @param quietHoursEnd the end of quiet hours, or null
   * @throws NullPointerException naming a missing required part
   */
  public NewTenant {
    Checks.notNull(name, "name");
    Checks.notNull(timezone, "timezone");
    Checks.notNull(subscriptionTierId, "subscription_tier_id");
  }

  /**
   * A builder with the required parts set, the tier {@link SubscriptionTier#STARTER} and every
   * other part absent.
   *
   * @param name the business's display name
   * @param timezone the tenant's IANA time zone
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String name, ZoneId timezone) {
    return new Builder(Checks.notNull(name, "name"), Checks.notNull(timezone, "timezone"));
  }

  /** Builds {@link NewTenant} values; not thread-safe. */
  public static final class Builder {
    private String name;
    private ZoneId timezone;
    private @Nullable String whatsappNumber;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private TierId subscriptionTierId = tier(SubscriptionTier.STARTER);
    private @Nullable LocalTime quietHoursStart;
    private @Nullable LocalTime quietHoursEnd;

    private Builder(String name, ZoneId timezone) {
      this.name = name;
      this.timezone = timezone;
    }

    private static TierId tier(SubscriptionTier tier) {
      return Checks.notNull(tier.id(), "subscription_tier_id");
    }

    /**
     * Sets {@code name}.
     *
     * @param name the business's display name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * Sets {@code timezone}.
     *
     * @param timezone the tenant's IANA time zone
     * @return this builder
     * @throws NullPointerException if {@code timezone} is null
     */
    public Builder timezone(ZoneId timezone) {
      this.timezone = Checks.notNull(timezone, "timezone");
      return this;
    }

    /**
     * Sets {@code whatsapp_number}.
     *
     * @param whatsappNumber the WhatsApp number customers write to, E.164; null for none
     * @return this builder
     */
    public Builder whatsappNumber(@Nullable String whatsappNumber) {
      this.whatsappNumber = whatsappNumber;
      return this;
    }

    /**
     * Sets {@code contact_email}.
     *
     * @param contactEmail the contact e-mail address; null for none
     * @return this builder
     */
    public Builder contactEmail(@Nullable String contactEmail) {
      this.contactEmail = contactEmail;
      return this;
    }

    /**
     * Sets {@code contact_phone}.
     *
     * @param contactPhone the contact phone number, E.164; null for none
     * @return this builder
     */
    public Builder contactPhone(@Nullable String contactPhone) {
      this.contactPhone = contactPhone;
      return this;
    }

    /**
     * Sets {@code subscription_tier_id}.
     *
     * @param subscriptionTierId the tier the tenant starts on
     * @return this builder
     * @throws NullPointerException if {@code subscriptionTierId} is null
     */
    public Builder subscriptionTierId(TierId subscriptionTierId) {
      this.subscriptionTierId = Checks.notNull(subscriptionTierId, "subscription_tier_id");
      return this;
    }

    /**
     * Sets both ends of quiet hours ({@code start} after {@code end} spans midnight; equal ends
     * mean no quiet hours).
     *
     * @param start tenant-local start, inclusive; null for none
     * @param end tenant-local end, exclusive; null for none
     * @return this builder
     */
    public Builder quietHours(@Nullable LocalTime start, @Nullable LocalTime end) {
      this.quietHoursStart = start;
      this.quietHoursEnd = end;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public NewTenant build() {
      return new NewTenant(
          name,
          timezone,
          whatsappNumber,
          contactEmail,
          contactPhone,
          subscriptionTierId,
          quietHoursStart,
          quietHoursEnd);
    }
  }
}
