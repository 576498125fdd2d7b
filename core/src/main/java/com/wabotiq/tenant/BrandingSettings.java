package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * How the bot presents itself: colour, logo, welcome message, name and personality. Its fields
 * appear flattened in the parent's JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param brandColor the brand colour as CSS hex, e.g. {@code #007bff}; null when absent
 * @param brandLogoUrl the URL of the brand logo; null when absent
 * @param welcomeMessage the bot's first message to a new customer; null when absent
 * @param botName the bot's display name; null when absent
 * @param botPersonality the bot's tone, e.g. {@code friendly}; null when absent
 * @since 0.1.0
 */
public record BrandingSettings(
    @Nullable String brandColor,
    @Nullable String brandLogoUrl,
    @Nullable String welcomeMessage,
    @Nullable String botName,
    @Nullable BotPersonality botPersonality)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final BrandingSettings EMPTY = new BrandingSettings(null, null, null, null, null);

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

  /** Builds {@link BrandingSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String brandColor;
    private @Nullable String brandLogoUrl;
    private @Nullable String welcomeMessage;
    private @Nullable String botName;
    private @Nullable BotPersonality botPersonality;

    private Builder() {}

    private Builder(BrandingSettings source) {
      brandColor = source.brandColor();
      brandLogoUrl = source.brandLogoUrl();
      welcomeMessage = source.welcomeMessage();
      botName = source.botName();
      botPersonality = source.botPersonality();
    }

    /**
     * Sets {@code brand_color}.
     *
     * @param brandColor the brand colour as CSS hex, e.g. {@code #007bff}; null when absent
     * @return this builder
     */
    public Builder brandColor(@Nullable String brandColor) {
      this.brandColor = brandColor;
      return this;
    }

    /**
     * Sets {@code brand_logo_url}.
     *
     * @param brandLogoUrl the URL of the brand logo; null when absent
     * @return this builder
     */
    public Builder brandLogoUrl(@Nullable String brandLogoUrl) {
      this.brandLogoUrl = brandLogoUrl;
      return this;
    }

    /**
     * Sets {@code welcome_message}.
     *
     * @param welcomeMessage the bot's first message to a new customer; null when absent
     * @return this builder
     */
    public Builder welcomeMessage(@Nullable String welcomeMessage) {
      this.welcomeMessage = welcomeMessage;
      return this;
    }

    /**
     * Sets {@code bot_name}.
     *
     * @param botName the bot's display name; null when absent
     * @return this builder
     */
    public Builder botName(@Nullable String botName) {
      this.botName = botName;
      return this;
    }

    /**
     * Sets {@code bot_personality}.
     *
     * @param botPersonality the bot's tone, e.g. {@code friendly}; null when absent
     * @return this builder
     */
    public Builder botPersonality(@Nullable BotPersonality botPersonality) {
      this.botPersonality = botPersonality;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public BrandingSettings build() {
      return new BrandingSettings(
          brandColor,
          brandLogoUrl,
          welcomeMessage,
          botName,
          botPersonality);
    }
  }
}
