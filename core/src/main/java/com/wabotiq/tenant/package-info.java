/**
 * The tenant model: {@link com.wabotiq.tenant.Tenant} and its {@link
 * com.wabotiq.tenant.TenantStatus} lifecycle, {@link com.wabotiq.tenant.TenantSettings} in its
 * groups, the {@link com.wabotiq.tenant.AgentConfiguration}, API keys and CORS configuration.
 * (Business data summaries and analytics live in {@code com.wabotiq.business} and {@code
 * com.wabotiq.analytics}.)
 *
 * <p>Every type is immutable and thread-safe. Accessor names are the camelCase of the JSON's
 * snake_case names ({@code llm_temperature} is {@code llmTemperature()}). A component is null
 * only where marked {@code @Nullable}, which means "absent from the document"; collections are
 * never null, only empty; a group component ({@link com.wabotiq.types.FlatGroup}) is never null,
 * only its {@code EMPTY} constant. Constructors check well-formedness (required parts present,
 * collections copied and null-free); the reference's rules (ranges, formats, cross-field) are
 * checked by {@code com.wabotiq.validation}, which reports every violation at once.
 *
 * <p>This package does no I/O and never imports storage, JSON or credentials code.
 */
@NullMarked
package com.wabotiq.tenant;

import org.jspecify.annotations.NullMarked;
