/**
 * Verification of inbound webhooks, each provider by its own published algorithm on the raw body
 * bytes, compared in constant time: {@link com.wabotiq.access.webhooks.WebhookVerifier} (built per
 * {@link com.wabotiq.access.webhooks.WebhookProvider} with one or more secrets, for rotation) turns
 * a {@link com.wabotiq.access.webhooks.WebhookRequest} into a {@link
 * com.wabotiq.access.webhooks.Verification} whose {@link
 * com.wabotiq.access.webhooks.VerificationCode} says why a delivery was refused; an optional
 * {@link com.wabotiq.access.webhooks.ReplayGuard} refuses a second delivery of the same id.
 * Tenants' secrets are read from their encrypted settings by {@code com.wabotiq.TenantWebhooks}.
 *
 * <p>Untrusted input never raises an exception: every malformed header or body is a code. No
 * secret, signature or body appears in any {@code toString}. Every type is immutable and
 * thread-safe but the builders. This package does no network, file or database I/O; the current
 * time comes from an injected {@link java.time.Clock}. See docs/access-webhooks.md.
 */
@NullMarked
package com.wabotiq.access.webhooks;

import org.jspecify.annotations.NullMarked;
