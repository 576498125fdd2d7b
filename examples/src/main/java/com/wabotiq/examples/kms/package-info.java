/** A key-encryption adapter over a cloud KMS, written only against {@code wabotiq-spi}. */
@NullMarked
package com.wabotiq.examples.kms;

import org.jspecify.annotations.NullMarked;
