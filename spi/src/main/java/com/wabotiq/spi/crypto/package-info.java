/**
 * The key-encryption contract adopters implement with their KMS: {@link
 * com.wabotiq.spi.crypto.KeyEncryption} wraps and unwraps per-tenant data keys; {@link
 * com.wabotiq.spi.crypto.WrappedDataKey} is what it returns; {@link
 * com.wabotiq.spi.crypto.KeyEncryptionException} is its one error.
 */
@NullMarked
package com.wabotiq.spi.crypto;

import org.jspecify.annotations.NullMarked;
