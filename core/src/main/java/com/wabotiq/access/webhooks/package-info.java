/**
 * Inbound webhooks: verifying their signatures, and each tenant's webhook and callback URLs.
 *
 * <p><b>Verification.</b> Each provider by its own published algorithm on the raw body bytes,
 * compared in constant time: {@link com.wabotiq.access.webhooks.WebhookVerifier} (built per {@link
 * com.wabotiq.access.webhooks.WebhookProvider} with one or more secrets, for rotation) turns a
 * {@link com.wabotiq.access.webhooks.WebhookRequest} into a {@link
 * com.wabotiq.access.webhooks.Verification} whose {@link
 * com.wabotiq.access.webhooks.VerificationCode} says why a delivery was refused; an optional
 * {@link com.wabotiq.access.webhooks.ReplayGuard} refuses a second delivery of the same id.
 * Tenants' secrets are read from their encrypted settings by {@code com.wabotiq.TenantWebhooks}.
 * See docs/access-webhooks.md.
 *
 * <p><b>URLs and callback tokens.</b> {@link com.wabotiq.access.webhooks.WebhookUrls} makes each
 * tenant's webhook and callback URLs ({@link com.wabotiq.access.webhooks.WebhookEndpoint}) from
 * one base URL; {@link com.wabotiq.access.webhooks.CallbackTokenKeys} holds the unguessable token
 * that authenticates M-Pesa's unsigned callbacks, checked into a {@link
 * com.wabotiq.access.webhooks.CallbackTokenCheck}. {@code com.wabotiq.TenantCallbacks} stores the
 * tokens encrypted. See docs/access-callbacks.md.
 *
 * <p>Untrusted input never raises an exception: every malformed header, body or token is a code.
 * No secret, token, signature or body appears in any {@code toString}. Every type is immutable
 * and thread-safe but the builders; null is never a valid argument unless a parameter says so.
 * This package does no network, file or database I/O; the current time comes from an injected
 * {@link java.time.Clock}.
 */
@NullMarked
package com.wabotiq.access.webhooks;

import org.jspecify.annotations.NullMarked;
