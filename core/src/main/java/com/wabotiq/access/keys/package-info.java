/**
 * API keys: their format ({@link com.wabotiq.access.keys.ApiKeyFormat}, checked offline), the raw
 * key shown once ({@link com.wabotiq.access.keys.ApiKeySecret}), its stored SHA-256 hash ({@link
 * com.wabotiq.access.keys.ApiKeyDigest}), what a tenant's key may do ({@link
 * com.wabotiq.access.keys.ApiKeyPolicy}) and the answer of an authentication ({@link
 * com.wabotiq.access.keys.ApiKeyVerification} with its {@link
 * com.wabotiq.access.keys.ApiKeyCode}). The facade's {@code TenantSdk.apiKeys()} issues, lists,
 * revokes, expires, rolls and authenticates keys with them.
 *
 * <p>Every type is immutable and thread-safe. This package does no I/O, reads no clock and
 * reaches no storage: times come in as arguments. No {@code toString} and no exception message
 * of this package shows a key; docs/access-keys.md describes the format and the flow.
 */
@NullMarked
package com.wabotiq.access.keys;

import org.jspecify.annotations.NullMarked;
