/**
 * A typed client of the hosted WabotIQ REST API ({@code docs/openapi.yaml}): resources grouped as
 * the API is, core's immutable model types as results, typed failures under {@link
 * com.wabotiq.spi.WabotiqException}, safe retries, cursor pagination, and async calls.
 *
 * <p>Start with {@link com.wabotiq.client.WabotiqClient#builder(String, com.wabotiq.types.TenantId)}.
 */
@NullMarked
package com.wabotiq.client;

import org.jspecify.annotations.NullMarked;
