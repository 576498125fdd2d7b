package com.wabotiq.client;

import com.wabotiq.credentials.Credential;
import com.wabotiq.tenant.TenantSettings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's settings as the API shows them: every field but the credentials, and for each
 * credential that is set, only its masked hint (a known prefix and the last four characters, e.g.
 * {@code sk_…4242}). The API never returns a credential; set one with {@link
 * SettingsPatch.Builder#credential}.
 *
 * <p>In {@link #settings()} every credential field is absent (null), so a group read here can be
 * sent back in a {@link SettingsPatch} unchanged.
 *
 * @param settings the settings without credentials
 * @param hints the hint of each credential that is set, immutable
 * @since 0.1.0
 */
public record MaskedSettings(TenantSettings settings, Map<Credential, String> hints) {
  /**
   * Copies the hints.
   *
   * @param settings the settings
   * @param hints the hints
   * @throws NullPointerException if a part is null
   */
  public MaskedSettings {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(hints, "hints");
    Map<Credential, String> copy = new EnumMap<>(Credential.class);
    copy.putAll(hints);
    hints = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The hint of one credential.
   *
   * @param credential the credential
   * @return its hint, or empty when it is not set
   */
  public Optional<String> hint(Credential credential) {
    return Optional.ofNullable(hints.get(credential));
  }

  /**
   * Whether a credential is set.
   *
   * @param credential the credential
   * @return true when the API showed a hint for it
   */
  public boolean isSet(Credential credential) {
    return hints.containsKey(credential);
  }
}
