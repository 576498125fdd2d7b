package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cross-origin (CORS) configuration of a tenant's API access: which browser origins, methods
 * and headers may call the API, and how long a preflight answer may be cached.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowedOrigins the origins allowed to call, e.g. {@code https://app.acme.com}; never null,
 *     empty when absent
 * @param allowedMethods the HTTP methods allowed, e.g. {@code GET, POST}; never null, empty when
 *     absent
 * @param allowedHeaders the request headers allowed, e.g. {@code Authorization}; never null, empty
 *     when absent
 * @param maxAge how long a preflight answer may be cached (whole seconds on the wire, {@code
 *     3600}); null when absent
 * @since 0.1.0
 */
public record CorsConfiguration(
    List<String> allowedOrigins,
    List<String> allowedMethods,
    List<String> allowedHeaders,
    @Nullable Duration maxAge) {
  /**
   * Copies the lists.
   *
   * @param allowedOrigins the origins allowed to call, copied; null becomes empty
   * @param allowedMethods the HTTP methods allowed, copied; null becomes empty
   * @param allowedHeaders the request headers allowed, copied; null becomes empty
   * @param maxAge how long a preflight answer may be cached; null when absent
   * @throws NullPointerException naming the list and index of a null element
   */
  public CorsConfiguration {
    allowedOrigins = Checks.copyOf(allowedOrigins, "allowed_origins");
    allowedMethods = Checks.copyOf(allowedMethods, "allowed_methods");
    allowedHeaders = Checks.copyOf(allowedHeaders, "allowed_headers");
  }
}
