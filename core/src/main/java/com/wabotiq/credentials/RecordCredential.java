package com.wabotiq.credentials;

import com.wabotiq.tenant.Tenant;
import com.wabotiq.types.SealedSecret;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The credentials the tenant data reference keeps on the tenant record itself (its core info),
 * marked "Encrypted", with where they live in {@link Tenant}. The settings' credentials are {@link
 * Credential}s; a field of the same name here and there is sealed separately for each place (the
 * record's are bound to the field name with a {@code tenant.} prefix).
 *
 * @since 0.1.0
 */
public enum RecordCredential {
  /** {@code twilio_sid} on the tenant record. */
  TWILIO_SID("tenant.twilio_sid", Tenant::twilioSid, (t, v) -> t.toBuilder().twilioSid(v).build()),

  /** {@code twilio_token} on the tenant record. */
  TWILIO_TOKEN(
      "tenant.twilio_token", Tenant::twilioToken, (t, v) -> t.toBuilder().twilioToken(v).build()),

  /** {@code webhook_secret} on the tenant record. */
  WEBHOOK_SECRET(
      "tenant.webhook_secret",
      Tenant::webhookSecret,
      (t, v) -> t.toBuilder().webhookSecret(v).build());

  private final String binding;
  @SuppressWarnings("ImmutableEnumChecker") // a method reference: it captures nothing
  private final Function<Tenant, @Nullable SealedSecret> read;

  @SuppressWarnings("ImmutableEnumChecker") // a stateless lambda: it captures nothing
  private final BiFunction<Tenant, @Nullable SealedSecret, Tenant> write;

  RecordCredential(
      String binding,
      Function<Tenant, @Nullable SealedSecret> read,
      BiFunction<Tenant, @Nullable SealedSecret, Tenant> write) {
    this.binding = binding;
    this.read = read;
    this.write = write;
  }

  /**
   * The name the sealed value is bound to: the snake_case field name with a {@code tenant.}
   * prefix, so that a value sealed for the record does not open as the settings' field.
   *
   * @return e.g. {@code tenant.twilio_token}
   */
  public String binding() {
    return binding;
  }

  /**
   * The sealed value on a tenant record.
   *
   * @param tenant the tenant
   * @return the sealed value, or empty when absent
   */
  public Optional<SealedSecret> in(Tenant tenant) {
    return Optional.ofNullable(read.apply(tenant));
  }

  /**
   * A tenant with this credential's sealed value replaced.
   *
   * @param tenant the tenant
   * @param sealed the new sealed value, or null to remove it
   * @return a new tenant; {@code tenant} is unchanged
   */
  public Tenant with(Tenant tenant, @Nullable SealedSecret sealed) {
    return write.apply(tenant, sealed);
  }
}
