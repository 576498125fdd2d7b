/**
 * Inbound webhooks. Tenant URLs: {@link com.wabotiq.access.webhooks.WebhookUrls} makes each
 * tenant's webhook and callback URLs ({@link com.wabotiq.access.webhooks.WebhookEndpoint}) from one
 * base URL; {@link com.wabotiq.access.webhooks.CallbackTokenKeys} holds the unguessable token that
 * authenticates M-Pesa's unsigned callbacks, checked into a {@link
 * com.wabotiq.access.webhooks.CallbackTokenCheck}. The facade's {@link com.wabotiq.TenantCallbacks}
 * stores the tokens encrypted. See docs/access-callbacks.md.
 *
 * <p>Nothing here does I/O. Every type is immutable and thread-safe; null is never a valid
 * argument unless a parameter says so.
 */
@NullMarked
package com.wabotiq.access.webhooks;

import org.jspecify.annotations.NullMarked;
