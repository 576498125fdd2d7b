package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * What the bot knows about the business itself: name, description, opening hours, location and
 * website. Its fields appear flattened in the parent's JSON object; each is null when absent from
 * the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param businessName the business's display name; null when absent
 * @param businessDescription a short description of what the business sells; null when absent
 * @param businessHours the opening hours per day of the week, tenant-local; null when absent
 * @param businessLocation where the business is, e.g. {@code Nairobi, Kenya}; null when absent
 * @param businessWebsite the business's website URL; null when absent
 * @since 0.1.0
 */
public record BusinessSettings(
    @Nullable String businessName,
    @Nullable String businessDescription,
    @Nullable BusinessHours businessHours,
    @Nullable String businessLocation,
    @Nullable String businessWebsite)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final BusinessSettings EMPTY = new BusinessSettings(null, null, null, null, null);

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

  /** Builds {@link BusinessSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String businessName;
    private @Nullable String businessDescription;
    private @Nullable BusinessHours businessHours;
    private @Nullable String businessLocation;
    private @Nullable String businessWebsite;

    private Builder() {}

    private Builder(BusinessSettings source) {
      businessName = source.businessName();
      businessDescription = source.businessDescription();
      businessHours = source.businessHours();
      businessLocation = source.businessLocation();
      businessWebsite = source.businessWebsite();
    }

    /**
     * Sets {@code business_name}.
     *
     * @param businessName the business's display name; null when absent
     * @return this builder
     */
    public Builder businessName(@Nullable String businessName) {
      this.businessName = businessName;
      return this;
    }

    /**
     * Sets {@code business_description}.
     *
     * @param businessDescription a short description of what the business sells; null when absent
     * @return this builder
     */
    public Builder businessDescription(@Nullable String businessDescription) {
      this.businessDescription = businessDescription;
      return this;
    }

    /**
     * Sets {@code business_hours}.
     *
     * @param businessHours the opening hours per day of the week, tenant-local; null when absent
     * @return this builder
     */
    public Builder businessHours(@Nullable BusinessHours businessHours) {
      this.businessHours = businessHours;
      return this;
    }

    /**
     * Sets {@code business_location}.
     *
     * @param businessLocation where the business is, e.g. {@code Nairobi, Kenya}; null when absent
     * @return this builder
     */
    public Builder businessLocation(@Nullable String businessLocation) {
      this.businessLocation = businessLocation;
      return this;
    }

    /**
     * Sets {@code business_website}.
     *
     * @param businessWebsite the business's website URL; null when absent
     * @return this builder
     */
    public Builder businessWebsite(@Nullable String businessWebsite) {
      this.businessWebsite = businessWebsite;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public BusinessSettings build() {
      return new BusinessSettings(
          businessName,
          businessDescription,
          businessHours,
          businessLocation,
          businessWebsite);
    }
  }
}
