/**
 * Value types shared by the whole model: typed identifiers, {@link com.wabotiq.types.Money},
 * {@link com.wabotiq.types.SealedSecret} for encrypted fields, and {@link
 * com.wabotiq.types.OpenEnum}, the base of every closed set that must survive values a newer
 * server adds.
 *
 * <p>Every type here is immutable and thread-safe. Nothing is null unless marked {@code
 * @Nullable}. This package depends on nothing but the JDK; every model package depends on it.
 */
@NullMarked
package com.wabotiq.types;

import org.jspecify.annotations.NullMarked;
