package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Message harmonization: combining a customer's rapid consecutive messages into one before
 * answering. Its fields appear flattened in the parent's JSON object; each is null when absent from
 * the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param enableMessageHarmonization whether consecutive messages are combined; null when absent
 * @param harmonizationWaitSeconds how long to wait for further messages (whole seconds on the wire,
 *     {@code 3}); null when absent
 * @since 0.1.0
 */
public record MessageHarmonizationSettings(
    @Nullable Boolean enableMessageHarmonization,
    @Nullable Duration harmonizationWaitSeconds)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final MessageHarmonizationSettings EMPTY =
      new MessageHarmonizationSettings(null, null);

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

  /** Builds {@link MessageHarmonizationSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean enableMessageHarmonization;
    private @Nullable Duration harmonizationWaitSeconds;

    private Builder() {}

    private Builder(MessageHarmonizationSettings source) {
      enableMessageHarmonization = source.enableMessageHarmonization();
      harmonizationWaitSeconds = source.harmonizationWaitSeconds();
    }

    /**
     * Sets {@code enable_message_harmonization}.
     *
     * @param enableMessageHarmonization whether consecutive messages are combined; null when absent
     * @return this builder
     */
    public Builder enableMessageHarmonization(@Nullable Boolean enableMessageHarmonization) {
      this.enableMessageHarmonization = enableMessageHarmonization;
      return this;
    }

    /**
     * Sets {@code harmonization_wait_seconds}.
     *
     * @param harmonizationWaitSeconds how long to wait for further messages (whole seconds on the
     *     wire, {@code 3}); null when absent
     * @return this builder
     */
    public Builder harmonizationWaitSeconds(@Nullable Duration harmonizationWaitSeconds) {
      this.harmonizationWaitSeconds = harmonizationWaitSeconds;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public MessageHarmonizationSettings build() {
      return new MessageHarmonizationSettings(enableMessageHarmonization, harmonizationWaitSeconds);
    }
  }
}
