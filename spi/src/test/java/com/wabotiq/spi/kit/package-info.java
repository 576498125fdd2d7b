/**
 * The storage conformance kit: abstract JUnit Jupiter test classes that pin every semantic of the
 * {@code com.wabotiq.spi.storage} contracts. An adapter proves itself by extending each class with
 * a factory for a fresh, empty store:
 *
 * <pre>{@code
 * class MyTenantRecordsTest extends TenantRecordsContract {
 *   @Override
 *   protected TenantRecords newStore() {
 *     return MyStorage.fresh().tenants();
 *   }
 * }
 * }</pre>
 *
 * <p>{@link com.wabotiq.spi.kit.TenantRecordsContract}, {@link
 * com.wabotiq.spi.kit.DocumentsContract}, {@link com.wabotiq.spi.kit.UsageCountersContract},
 * {@link com.wabotiq.spi.kit.WrappedKeysContract}, {@link
 * com.wabotiq.spi.kit.KeyActivityContract} and {@link com.wabotiq.spi.kit.StorageProviderContract}. The classes use JUnit Jupiter's own assertions
 * only, so an adopter needs nothing but {@code junit-jupiter} on the test classpath. Their names
 * end in {@code Contract}, so build tools never run them on their own.
 */
@NullMarked
package com.wabotiq.spi.kit;

import org.jspecify.annotations.NullMarked;
