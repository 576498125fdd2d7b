package com.wabotiq.tenant;

import com.wabotiq.types.FlatGroup;
import org.jspecify.annotations.Nullable;

/**
 * Which events notify the tenant's staff, and where. Its fields appear flattened in the parent's
 * JSON object; each is null when absent from the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param notifyOnHandoff whether a handoff to a human notifies staff; null when absent
 * @param notifyOnOrder whether a new order notifies staff; null when absent
 * @param notifyOnAppointment whether a new appointment notifies staff; null when absent
 * @param notificationEmail the e-mail address notifications go to; null when absent
 * @param notificationPhone the phone number notifications go to, E.164; null when absent
 * @since 0.1.0
 */
public record NotificationSettings(
    @Nullable Boolean notifyOnHandoff,
    @Nullable Boolean notifyOnOrder,
    @Nullable Boolean notifyOnAppointment,
    @Nullable String notificationEmail,
    @Nullable String notificationPhone)
    implements FlatGroup {
  /** The empty group: every field absent. */
  public static final NotificationSettings EMPTY =
      new NotificationSettings(null, null, null, null, null);

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

  /** Builds {@link NotificationSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean notifyOnHandoff;
    private @Nullable Boolean notifyOnOrder;
    private @Nullable Boolean notifyOnAppointment;
    private @Nullable String notificationEmail;
    private @Nullable String notificationPhone;

    private Builder() {}

    private Builder(NotificationSettings source) {
      notifyOnHandoff = source.notifyOnHandoff();
      notifyOnOrder = source.notifyOnOrder();
      notifyOnAppointment = source.notifyOnAppointment();
      notificationEmail = source.notificationEmail();
      notificationPhone = source.notificationPhone();
    }

    /**
     * Sets {@code notify_on_handoff}.
     *
     * @param notifyOnHandoff whether a handoff to a human notifies staff; null when absent
     * @return this builder
     */
    public Builder notifyOnHandoff(@Nullable Boolean notifyOnHandoff) {
      this.notifyOnHandoff = notifyOnHandoff;
      return this;
    }

    /**
     * Sets {@code notify_on_order}.
     *
     * @param notifyOnOrder whether a new order notifies staff; null when absent
     * @return this builder
     */
    public Builder notifyOnOrder(@Nullable Boolean notifyOnOrder) {
      this.notifyOnOrder = notifyOnOrder;
      return this;
    }

    /**
     * Sets {@code notify_on_appointment}.
     *
     * @param notifyOnAppointment whether a new appointment notifies staff; null when absent
     * @return this builder
     */
    public Builder notifyOnAppointment(@Nullable Boolean notifyOnAppointment) {
      this.notifyOnAppointment = notifyOnAppointment;
      return this;
    }

    /**
     * Sets {@code notification_email}.
     *
     * @param notificationEmail the e-mail address notifications go to; null when absent
     * @return this builder
     */
    public Builder notificationEmail(@Nullable String notificationEmail) {
      this.notificationEmail = notificationEmail;
      return this;
    }

    /**
     * Sets {@code notification_phone}.
     *
     * @param notificationPhone the phone number notifications go to, E.164; null when absent
     * @return this builder
     */
    public Builder notificationPhone(@Nullable String notificationPhone) {
      this.notificationPhone = notificationPhone;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     */
    public NotificationSettings build() {
      return new NotificationSettings(
          notifyOnHandoff,
          notifyOnOrder,
          notifyOnAppointment,
          notificationEmail,
          notificationPhone);
    }
  }
}
