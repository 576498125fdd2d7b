package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * Which rich WhatsApp message kinds the bot may send. Its fields appear flattened in the parent's
 * JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableRichMessages whether rich messages are sent at all; null when absent
 * @param enableProductCards whether product cards are sent; null when absent
 * @param enableServiceCards whether service cards are sent; null when absent
 * @param enableButtonMessages whether messages with reply buttons are sent; null when absent
 * @param enableListMessages whether list messages are sent; null when absent
 * @since 0.1.0
 */
public record RichMessageSettings(
    @Nullable Boolean enableRichMessages,
    @Nullable Boolean enableProductCards,
    @Nullable Boolean enableServiceCards,
    @Nullable Boolean enableButtonMessages,
    @Nullable Boolean enableListMessages)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final RichMessageSettings EMPTY =
      new RichMessageSettings(null, null, null, null, null);

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

  /** Builds {@link RichMessageSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableRichMessages;
    private @Nullable Boolean enableProductCards;
    private @Nullable Boolean enableServiceCards;
    private @Nullable Boolean enableButtonMessages;
    private @Nullable Boolean enableListMessages;

    private Builder() {}

    private Builder(RichMessageSettings source) {
      enableRichMessages = source.enableRichMessages();
      enableProductCards = source.enableProductCards();
      enableServiceCards = source.enableServiceCards();
      enableButtonMessages = source.enableButtonMessages();
      enableListMessages = source.enableListMessages();
    }

    /**
     * Sets {@code enable_rich_messages}.
     *
     * @param enableRichMessages whether rich messages are sent at all; null when absent
     * @return this builder
     */
    public Builder enableRichMessages(@Nullable Boolean enableRichMessages) {
      this.enableRichMessages = enableRichMessages;
      return this;
    }

    /**
     * Sets {@code enable_product_cards}.
     *
     * @param enableProductCards whether product cards are sent; null when absent
     * @return this builder
     */
    public Builder enableProductCards(@Nullable Boolean enableProductCards) {
      this.enableProductCards = enableProductCards;
      return this;
    }

    /**
     * Sets {@code enable_service_cards}.
     *
     * @param enableServiceCards whether service cards are sent; null when absent
     * @return this builder
     */
    public Builder enableServiceCards(@Nullable Boolean enableServiceCards) {
      this.enableServiceCards = enableServiceCards;
      return this;
    }

    /**
     * Sets {@code enable_button_messages}.
     *
     * @param enableButtonMessages whether messages with reply buttons are sent; null when absent
     * @return this builder
     */
    public Builder enableButtonMessages(@Nullable Boolean enableButtonMessages) {
      this.enableButtonMessages = enableButtonMessages;
      return this;
    }

    /**
     * Sets {@code enable_list_messages}.
     *
     * @param enableListMessages whether list messages are sent; null when absent
     * @return this builder
     */
    public Builder enableListMessages(@Nullable Boolean enableListMessages) {
      this.enableListMessages = enableListMessages;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public RichMessageSettings build() {
      return new RichMessageSettings(
          enableRichMessages,
          enableProductCards,
          enableServiceCards,
          enableButtonMessages,
          enableListMessages);
    }
  }
}
