/**
 * Storage adapters: implementations of the {@code com.wabotiq.spi.storage} contracts that the SDK
 * ships. {@link com.wabotiq.store.InMemoryStorage} keeps everything in the heap: the embedded
 * default, for tests, demos and single-process hosts.
 *
 * <p>Every adapter here is thread-safe and passes the conformance kit (the {@code tests} jar of
 * {@code wabotiq-spi}). Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package com.wabotiq.store;

import org.jspecify.annotations.NullMarked;
