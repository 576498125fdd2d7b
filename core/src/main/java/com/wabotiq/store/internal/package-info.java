/**
 * The guards core puts around every storage adapter. Not API: may change in any release.
 *
 * <p>{@link com.wabotiq.store.internal.GuardedStorage} wraps an adopter's {@link
 * com.wabotiq.spi.storage.StorageProvider} so that whatever its stores do — throw an unexpected
 * exception, return null, return another tenant's record or a total past its limit — the caller
 * sees a {@link com.wabotiq.spi.storage.StorageException} naming the operation, never document
 * contents or secrets, and every such fault is logged through SLF4J at WARN.
 *
 * <p>{@code GuardedStorage} is the one public type, with a three-method surface: {@code
 * of(StorageProvider)} for the facade ({@code com.wabotiq}), and {@code guard(UsageCounters)} and
 * {@code guard(WrappedKeys)} for {@code com.wabotiq.metering} and {@code com.wabotiq.credentials},
 * whose public entry points accept an adopter's counters or wrapped keys directly and must guard
 * them. Java 17 without a module descriptor cannot share it with those packages otherwise. The
 * per-store guards and the fault helpers are package-private. {@code ArchitectureTest} allows
 * exactly these three packages to use it.
 */
@NullMarked
package com.wabotiq.store.internal;

import org.jspecify.annotations.NullMarked;
