/**
 * The storage contracts an adopter implements to keep tenant data in their own database:
 * {@link com.wabotiq.spi.storage.TenantRecords} (tenants, unique lookups, paging),
 * {@link com.wabotiq.spi.storage.Documents} (one versioned settings and agent configuration
 * document per tenant), {@link com.wabotiq.spi.storage.UsageCounters} (atomic quota counters),
 * {@link com.wabotiq.spi.storage.WrappedKeys} (wrapped data keys) and {@link
 * com.wabotiq.spi.storage.KeyActivity} (each API key's last use, written at most once per
 * interval), gathered by a {@link com.wabotiq.spi.storage.StorageProvider}.
 *
 * <p>Adapters store what core hands them: documents are opaque JSON text that core writes and
 * reads; the adapter only indexes the few plain fields each record exposes. Every operation on a
 * tenant's data names the tenant, and no method can reach another tenant's documents, counters,
 * keys or key uses.
 *
 * <p>Implementations must be thread-safe. Failures are {@link
 * com.wabotiq.spi.storage.StorageException}s: {@link
 * com.wabotiq.spi.storage.VersionConflictException} for a stale version, {@link
 * com.wabotiq.spi.storage.DuplicateKeyException} for a taken unique key, {@link
 * com.wabotiq.spi.storage.NotFoundException} for an update of something absent, and a plain
 * {@code StorageException} (with its cause) for anything the store itself could not do. The
 * conformance kit (the {@code tests} jar of this artifact) pins every semantic stated here.
 *
 * <p>Nothing is null unless marked {@code @Nullable}; collections are never null.
 */
@NullMarked
package com.wabotiq.spi.storage;

import org.jspecify.annotations.NullMarked;
