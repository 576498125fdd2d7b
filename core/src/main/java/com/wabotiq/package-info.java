/**
 * The WabotIQ Tenant SDK core. Start with the model in {@link com.wabotiq.tenant} and {@link
 * com.wabotiq.billing}, read and write it with {@link com.wabotiq.json.JsonCodec}, and check it
 * with {@link com.wabotiq.validation.ModelValidator}.
 *
 * <p>Every failure the SDK throws extends {@link com.wabotiq.spi.WabotiqException}; programming
 * errors stay {@code IllegalArgumentException}, {@code NullPointerException} and {@code
 * IllegalStateException}.
 */
@NullMarked
package com.wabotiq;

import org.jspecify.annotations.NullMarked;
