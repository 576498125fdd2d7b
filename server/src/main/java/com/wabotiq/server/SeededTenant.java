package com.wabotiq.server;

import com.wabotiq.access.keys.ApiKeySecret;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;

/**
 * A tenant the local server seeded from the data reference's examples, and the API key it issued
 * to it (both scopes, no expiry). The key is shown by {@link ApiKeySecret#reveal()} only; this
 * record's {@code toString} shows its hint.
 *
 * @param tenantId the tenant's id
 * @param name the tenant's name
 * @param tierId the tenant's subscription tier
 * @param apiKey the tenant's API key
 * @since 0.1.0
 */
public record SeededTenant(TenantId tenantId, String name, TierId tierId, ApiKeySecret apiKey) {}
