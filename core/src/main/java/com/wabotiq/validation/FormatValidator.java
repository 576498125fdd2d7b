package com.wabotiq.validation;

import com.wabotiq.types.AgentConfigurationId;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.SubscriptionId;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Checks {@link Format}: null passes; anything else is tested by its string form. */
final class FormatValidator implements ConstraintValidator<Format, Object> {
  private FormatKind kind = FormatKind.UUID;

  /** Creates the validator; {@link Validators} calls this. */
  FormatValidator() {}

  @Override
  public void initialize(Format format) {
    kind = format.value();
  }

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    return value == null || kind.test(text(value));
  }

  /**
   * The string a format applies to: a typed id's raw value, a zone's id, else {@code toString()}.
   *
   * @param value the value
   * @return its string form
   */
  static String text(Object value) {
    if (value instanceof TenantId id) {
      return id.value();
    } else if (value instanceof TierId id) {
      return id.value();
    } else if (value instanceof SubscriptionId id) {
      return id.value();
    } else if (value instanceof SettingsId id) {
      return id.value();
    } else if (value instanceof AgentConfigurationId id) {
      return id.value();
    } else if (value instanceof ZoneId zone) {
      return zone.getId();
    }
    return value.toString();
  }
}
