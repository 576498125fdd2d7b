package com.wabotiq.access.keys;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What a tenant's API key may do: the rules an authentication applies once the key is found, as
 * pure functions of the tenant, the key, the request and the instant (no I/O, no clock).
 *
 * <p><b>Status.</b> {@code trial} and {@code active} tenants may read and write; {@code
 * trial_expired} and {@code suspended} tenants may read only (they can still see and export their
 * data, but change nothing until they pay); {@code canceled} tenants, and a status this SDK does
 * not know, may do nothing. A {@code trial} tenant whose {@code trial_end_date} has passed (at that
 * instant included) is treated as {@code trial_expired}, unless {@code subscription_waived} is
 * true, as PRODUCT.md's status rules say. A soft-deleted tenant's keys are unknown: storage does
 * not find them.
 *
 * <p><b>Tier.</b> The tier's {@code api_access}: {@code full} grants read and write, {@code read}
 * read only; a tenant whose tier is unknown (no {@code subscription_tier_id}, or one that is not a
 * built-in tier) or whose level this SDK does not know is granted nothing: the check fails closed,
 * as {@code Limits} does for an unknown tier. A {@code read} tier can neither hold nor use a
 * {@code write} key.
 *
 * <p><b>Scopes.</b> Exact: a request that needs {@code read} needs a key with {@code read}; a
 * {@code write} key does not imply {@code read}. A scope this SDK does not know counts as a write
 * for the status and tier rules.
 *
 * <p><b>Order.</b> A revoked key, then an expired one ({@code expires_at} is exclusive: at that
 * instant the key has expired), then a key presented for another tenant, then the status, the
 * tier and the scope: the first rule that refuses gives the code.
 *
 * @since 0.1.0
 */
public final class ApiKeyPolicy {
  private ApiKeyPolicy() {}

  /**
   * Decides whether a found key may make a request.
   *
   * @param tenant the tenant whose record holds the key
   * @param key the key as stored
   * @param required the scope the request needs
   * @param claimedTenant the tenant the request names ({@code X-TENANT-ID}), or null when it names
   *     none
   * @param access the tenant's tier's {@code api_access}, or null when its tier is unknown
   * @param at the request's instant
   * @return {@link ApiKeyCode#VALID} or the first refusal
   * @throws NullPointerException if a required argument is null
   */
  public static ApiKeyCode decide(
      Tenant tenant,
      ApiKey key,
      ApiScope required,
      @Nullable TenantId claimedTenant,
      @Nullable ApiAccessLevel access,
      Instant at) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(key, "key");
    Checks.notNull(required, "scope");
    Checks.notNull(at, "at");
    if (tenant.isDeleted()) {
      return ApiKeyCode.UNKNOWN;
    }
    if (!key.active()) {
      return ApiKeyCode.REVOKED;
    }
    Instant expiresAt = key.expiresAt();
    if (expiresAt != null && !at.isBefore(expiresAt)) {
      return ApiKeyCode.EXPIRED;
    }
    if (claimedTenant != null && !claimedTenant.equals(tenant.id())) {
      return ApiKeyCode.TENANT_MISMATCH;
    }
    if (!statusAllows(effectiveStatus(tenant, at), required)) {
      return ApiKeyCode.TENANT_FORBIDDEN;
    }
    if (!tierAllows(access, required)) {
      return ApiKeyCode.TIER_FORBIDS;
    }
    return key.scopes().contains(required) ? ApiKeyCode.VALID : ApiKeyCode.INSUFFICIENT_SCOPE;
  }

  /**
   * Whether a tenant may hold a key with these scopes now: its status and its tier allow each.
   *
   * @param tenant the tenant
   * @param scopes the key's scopes
   * @param access the tenant's tier's {@code api_access}, or null when its tier is unknown
   * @param at the instant
   * @return {@link ApiKeyCode#VALID}, {@link ApiKeyCode#TENANT_FORBIDDEN} or {@link
   *     ApiKeyCode#TIER_FORBIDS}
   * @throws NullPointerException if a required argument is null
   */
  public static ApiKeyCode mayHold(
      Tenant tenant, Collection<ApiScope> scopes, @Nullable ApiAccessLevel access, Instant at) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(scopes, "scopes");
    TenantStatus status = effectiveStatus(tenant, Checks.notNull(at, "at"));
    for (ApiScope scope : scopes) {
      if (!statusAllows(status, scope)) {
        return ApiKeyCode.TENANT_FORBIDDEN;
      }
    }
    for (ApiScope scope : scopes) {
      if (!tierAllows(access, scope)) {
        return ApiKeyCode.TIER_FORBIDS;
      }
    }
    return ApiKeyCode.VALID;
  }

  /**
   * Whether a status allows requests that need a scope.
   *
   * @param status the tenant's (effective) status
   * @param scope the scope the request needs
   * @return see the class comment
   * @throws NullPointerException if an argument is null
   */
  public static boolean statusAllows(TenantStatus status, ApiScope scope) {
    Checks.notNull(scope, "scope");
    switch (Checks.notNull(status, "status").value()) {
      case TRIAL:
      case ACTIVE:
        return true;
      case TRIAL_EXPIRED:
      case SUSPENDED:
        return isRead(scope);
      default:
        return false;
    }
  }

  /**
   * Whether a tier's {@code api_access} allows requests that need a scope.
   *
   * @param access the level, or null when the tier is unknown
   * @param scope the scope the request needs
   * @return true for {@code full}; for {@code read}, only for the {@code read} scope; never for an
   *     unknown tier or level
   * @throws NullPointerException if {@code scope} is null
   */
  public static boolean tierAllows(@Nullable ApiAccessLevel access, ApiScope scope) {
    Checks.notNull(scope, "scope");
    if (access == null) {
      return false;
    }
    switch (access.value()) {
      case FULL:
        return true;
      case READ:
        return isRead(scope);
      default:
        return false;
    }
  }

  /**
   * A tenant's status as the API rules see it at an instant: {@code trial_expired} for a trial
   * whose end has passed (unless waived), else the stored status.
   *
   * @param tenant the tenant
   * @param at the instant
   * @return the effective status
   * @throws NullPointerException if an argument is null
   */
  public static TenantStatus effectiveStatus(Tenant tenant, Instant at) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(at, "at");
    Instant end = tenant.trialEndDate();
    boolean ended =
        tenant.status().value() == TenantStatus.Value.TRIAL
            && end != null
            && !at.isBefore(end)
            && !Boolean.TRUE.equals(tenant.subscriptionWaived());
    return ended ? TenantStatus.TRIAL_EXPIRED : tenant.status();
  }

  /**
   * The {@code api_access} of a tenant's built-in tier ({@link SubscriptionTier#builtIn}).
   *
   * @param tenant the tenant
   * @return the level, or null when the tenant has no tier id or it is not a built-in tier
   * @throws NullPointerException if {@code tenant} is null
   */
  public static @Nullable ApiAccessLevel builtInAccess(Tenant tenant) {
    TierId id = Checks.notNull(tenant, "tenant").subscriptionTierId();
    if (id == null) {
      return null;
    }
    return SubscriptionTier.builtIn(id).map(t -> t.features().apiAccess()).orElse(null);
  }

  private static boolean isRead(ApiScope scope) {
    return scope.value() == ApiScope.Value.READ;
  }
}
