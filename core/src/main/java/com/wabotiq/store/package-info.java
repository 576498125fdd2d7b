/**
 * Storage adapters: implementations of the {@code com.wabotiq.spi.storage} contracts that the SDK
 * ships. {@link com.wabotiq.store.InMemoryStorage} keeps everything in the heap: the embedded
 * default, for tests, demos and single-process hosts. {@link com.wabotiq.store.JdbcStorage} keeps
 * it in PostgreSQL or H2 through JDBC.
 *
 * <p>Only these two factories are public; the adapters behind them (the {@code Memory*} and
 * {@code Jdbc*} stores, the SQL dialects and the SQL failure translation) are package-private.
 *
 * <p>Every adapter here is thread-safe and passes the conformance kit (the {@code tests} jar of
 * {@code wabotiq-spi}). Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package com.wabotiq.store;

import org.jspecify.annotations.NullMarked;
