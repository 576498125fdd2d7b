package com.wabotiq.client;

import com.wabotiq.tenant.ApiScope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to issue a new API key with.
 *
 * @param name a label for people, e.g. {@code CI deploys}; 1 to 200 characters
 * @param scopes what the key may do, at least one
 * @param expiresAt when it stops working, exclusive; null for never
 * @since 0.1.0
 */
public record NewApiKey(String name, List<ApiScope> scopes, @Nullable Instant expiresAt) {
  /**
   * Checks the parts and copies the scopes.
   *
   * @param name the label
   * @param scopes the scopes
   * @param expiresAt the expiry, or null
   * @throws IllegalArgumentException if the name is blank or longer than 200, or no scope is given
   * @throws NullPointerException if the name, the scopes or a scope is null
   */
  public NewApiKey {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name: 1 to 200 characters, not blank");
    }
    scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes"));
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes: at least one");
    }
  }

  /**
   * A key that never expires.
   *
   * @param name the label
   * @param scopes the scopes
   * @return the request
   */
  public static NewApiKey of(String name, ApiScope... scopes) {
    return new NewApiKey(name, List.of(scopes), null);
  }
}
