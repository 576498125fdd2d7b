/**
 * Cross-origin (CORS) decisions for a tenant's API: {@link com.wabotiq.access.cors.CorsPolicy}
 * (built from a tenant's {@code allowed_origins} or a {@link com.wabotiq.tenant.CorsConfiguration}
 * with the reference's defaults) decides an actual request or a preflight and answers a {@link
 * com.wabotiq.access.cors.CorsDecision}: allowed or not, a {@link com.wabotiq.access.cors.CorsCode}
 * saying why, and the exact response headers to send. A configuration that cannot be used fails
 * with {@link com.wabotiq.access.cors.CorsConfigurationException}. See docs/access-cors.md.
 *
 * <p>Every type is immutable and thread-safe. This package does no I/O and never reads a clock.
 * No method throws on any request value: untrusted input always gives a decision with a code.
 */
@NullMarked
package com.wabotiq.access.cors;

import org.jspecify.annotations.NullMarked;
