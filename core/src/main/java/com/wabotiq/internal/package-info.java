/**
 * JDK-only helpers that several of core's packages share. Not API: may change in any release.
 *
 * <p>Every type here depends on the JDK (and JSpecify's annotations) only, so any package may use
 * it without forming a package cycle; anything tied to one package's concepts lives package-private
 * beside that package instead (the facade's defaults, slugs and stored-document mapping sit in
 * {@code com.wabotiq}; the JDBC adapter in {@code com.wabotiq.store}). The three types here are
 * public only because Java 17 without a module descriptor has no other way to share a type
 * between packages:
 *
 * <ul>
 *   <li>{@link com.wabotiq.internal.Checks}: the argument checks every package uses, so that
 *       every message reads "name (value) must be ...".
 *   <li>{@link com.wabotiq.internal.Figures}: the rounding rules of derived figures, used by
 *       {@code analytics} and {@code business} so that both round alike.
 *   <li>{@link com.wabotiq.internal.CoarseTicker}: the one process-wide coarse clock (a single
 *       daemon thread) for caches that read time on every lookup; shared so that no second
 *       refresh thread is ever started. The facade's tenant cache uses it, and the lookup
 *       benchmark compares against a cache with the same ticker.
 * </ul>
 *
 * <p>{@code ArchitectureTest} proves that nothing here depends on another SDK package.
 */
@NullMarked
package com.wabotiq.internal;

import org.jspecify.annotations.NullMarked;
