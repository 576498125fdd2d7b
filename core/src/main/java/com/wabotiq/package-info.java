/**
 * The WabotIQ Tenant SDK core. Start with the model in {@link com.wabotiq.tenant} and {@link
 * com.wabotiq.billing}, read and write it with {@link com.wabotiq.json.JsonCodec}, and check it
 * with {@link com.wabotiq.validation.ModelValidator}.
 *
 * <p>Every exception the SDK throws on purpose extends {@link com.wabotiq.SdkException}.
 */
@NullMarked
package com.wabotiq;

import org.jspecify.annotations.NullMarked;
