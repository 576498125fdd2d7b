/**
 * The storage adapters' implementation details, and the guards core puts around every adapter.
 * Not API: may change in any release.
 *
 * <p>{@link com.wabotiq.store.internal.GuardedStorage} wraps an adopter's {@link
 * com.wabotiq.spi.storage.StorageProvider} so that whatever its stores do — throw an unexpected
 * exception, return null, return another tenant's record or a total past its limit — the caller
 * sees a {@link com.wabotiq.spi.storage.StorageException} naming the operation, never document
 * contents or secrets, and every such fault is logged through SLF4J at WARN.
 */
@NullMarked
package com.wabotiq.store.internal;

import org.jspecify.annotations.NullMarked;
