package com.wabotiq.access.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.ApiAccessLevel;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules once a key is found, each status, tier, scope and instant, worked out by hand. */
class ApiKeyPolicyTest {
  private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2025-11-05T12:00:00Z");
  private static final TenantId ACME = TenantId.of("acme");
  private static final ApiKey READ_WRITE = key(List.of(ApiScope.READ, ApiScope.WRITE), null, null);

  private static ApiKey key(List<ApiScope> scopes, Instant expiresAt, Boolean active) {
    return new ApiKey(ApiKeyDigest.of("k").hex(), "k", scopes, T0, null, expiresAt, active);
  }

  private static Tenant tenant(TenantStatus status) {
    return Tenant.builder().id(ACME).name("Acme").slug("acme").status(status)
        .subscriptionTierId(SubscriptionTier.GROWTH.id()).build();
  }

  /** Status × scope, from the class comment: trial and active all; expired, suspended read. */
  static Stream<Arguments> statusTable() {
    List<Arguments> rows = new ArrayList<>();
    rows.add(Arguments.of("trial", true, true));
    rows.add(Arguments.of("active", true, true));
    rows.add(Arguments.of("trial_expired", true, false));
    rows.add(Arguments.of("suspended", true, false));
    rows.add(Arguments.of("canceled", false, false));
    rows.add(Arguments.of("paused_by_newer_server", false, false));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: read={1} write={2}")
  @MethodSource("statusTable")
  void decide_everyStatusAndScope(String status, boolean read, boolean write) {
    Tenant tenant = tenant(TenantStatus.of(status));

    assertThat(ApiKeyPolicy.statusAllows(TenantStatus.of(status), ApiScope.READ)).isEqualTo(read);
    assertThat(ApiKeyPolicy.statusAllows(TenantStatus.of(status), ApiScope.WRITE))
        .isEqualTo(write);
    assertThat(decide(tenant, READ_WRITE, ApiScope.READ, ApiAccessLevel.FULL))
        .isEqualTo(read ? ApiKeyCode.VALID : ApiKeyCode.TENANT_FORBIDDEN);
    assertThat(decide(tenant, READ_WRITE, ApiScope.WRITE, ApiAccessLevel.FULL))
        .isEqualTo(write ? ApiKeyCode.VALID : ApiKeyCode.TENANT_FORBIDDEN);
  }

  @Test
  void decide_tierTimesScope() {
    Tenant tenant = tenant(TenantStatus.ACTIVE);

    assertThat(decide(tenant, READ_WRITE, ApiScope.READ, ApiAccessLevel.READ))
        .isEqualTo(ApiKeyCode.VALID);
    assertThat(decide(tenant, READ_WRITE, ApiScope.WRITE, ApiAccessLevel.READ))
        .isEqualTo(ApiKeyCode.TIER_FORBIDS);
    assertThat(decide(tenant, READ_WRITE, ApiScope.WRITE, ApiAccessLevel.FULL))
        .isEqualTo(ApiKeyCode.VALID);
    assertThat(decide(tenant, READ_WRITE, ApiScope.READ, null))
        .as("unknown tier fails closed").isEqualTo(ApiKeyCode.TIER_FORBIDS);
    assertThat(decide(tenant, READ_WRITE, ApiScope.READ, ApiAccessLevel.of("partial")))
        .isEqualTo(ApiKeyCode.TIER_FORBIDS);
  }

  @Test
  void decide_scopesAreExact() {
    Tenant tenant = tenant(TenantStatus.ACTIVE);
    ApiKey readOnly = key(List.of(ApiScope.READ), null, null);
    ApiKey writeOnly = key(List.of(ApiScope.WRITE), null, true);

    assertThat(decide(tenant, readOnly, ApiScope.WRITE, ApiAccessLevel.FULL))
        .isEqualTo(ApiKeyCode.INSUFFICIENT_SCOPE);
    assertThat(decide(tenant, writeOnly, ApiScope.READ, ApiAccessLevel.FULL))
        .isEqualTo(ApiKeyCode.INSUFFICIENT_SCOPE);
    assertThat(decide(tenant, READ_WRITE, ApiScope.of("admin"), ApiAccessLevel.FULL))
        .isEqualTo(ApiKeyCode.INSUFFICIENT_SCOPE);
  }

  @Test
  void decide_expiresAtIsExclusive() {
    Tenant tenant = tenant(TenantStatus.ACTIVE);
    ApiKey expiring = key(List.of(ApiScope.READ), NOW, null);

    assertThat(ApiKeyPolicy.decide(tenant, expiring, ApiScope.READ, null, ApiAccessLevel.FULL,
        NOW.minusNanos(1))).isEqualTo(ApiKeyCode.VALID);
    assertThat(ApiKeyPolicy.decide(tenant, expiring, ApiScope.READ, null, ApiAccessLevel.FULL,
        NOW)).isEqualTo(ApiKeyCode.EXPIRED);
  }

  @Test
  void decide_orderOfRules() {
    Tenant canceled = tenant(TenantStatus.CANCELED);
    ApiKey revokedAndExpired = key(List.of(), NOW.minusSeconds(1), false);

    assertThat(decide(canceled, revokedAndExpired, ApiScope.WRITE, null))
        .isEqualTo(ApiKeyCode.REVOKED);
    assertThat(decide(canceled, key(List.of(), NOW.minusSeconds(1), true), ApiScope.WRITE, null))
        .isEqualTo(ApiKeyCode.EXPIRED);
    assertThat(ApiKeyPolicy.decide(canceled, READ_WRITE, ApiScope.READ, TenantId.of("other"),
        null, NOW)).isEqualTo(ApiKeyCode.TENANT_MISMATCH);
    assertThat(ApiKeyPolicy.decide(tenant(TenantStatus.ACTIVE), READ_WRITE, ApiScope.READ, ACME,
        ApiAccessLevel.FULL, NOW)).as("the key's own tenant named").isEqualTo(ApiKeyCode.VALID);
    assertThat(decide(canceled.toBuilder().deletedAt(NOW).build(), READ_WRITE, ApiScope.READ,
        ApiAccessLevel.FULL)).isEqualTo(ApiKeyCode.UNKNOWN);
  }

  @Test
  void effectiveStatus_trialEndsAtItsEndDateUnlessWaived() {
    Tenant trial = tenant(TenantStatus.TRIAL).toBuilder().trialStartDate(T0)
        .trialEndDate(NOW).build();

    assertThat(ApiKeyPolicy.effectiveStatus(trial, NOW.minusNanos(1)))
        .isEqualTo(TenantStatus.TRIAL);
    assertThat(ApiKeyPolicy.effectiveStatus(trial, NOW)).isEqualTo(TenantStatus.TRIAL_EXPIRED);
    assertThat(ApiKeyPolicy.effectiveStatus(trial.toBuilder().subscriptionWaived(true).build(),
        NOW)).isEqualTo(TenantStatus.TRIAL);
    assertThat(ApiKeyPolicy.decide(trial, READ_WRITE, ApiScope.WRITE, null, ApiAccessLevel.FULL,
        NOW)).isEqualTo(ApiKeyCode.TENANT_FORBIDDEN);
    assertThat(ApiKeyPolicy.decide(trial, READ_WRITE, ApiScope.READ, null, ApiAccessLevel.FULL,
        NOW)).isEqualTo(ApiKeyCode.VALID);
  }

  @Test
  void mayHold_statusThenTier() {
    assertThat(ApiKeyPolicy.mayHold(tenant(TenantStatus.ACTIVE), Set.of(ApiScope.WRITE),
        ApiAccessLevel.READ, NOW)).isEqualTo(ApiKeyCode.TIER_FORBIDS);
    assertThat(ApiKeyPolicy.mayHold(tenant(TenantStatus.ACTIVE), Set.of(ApiScope.READ),
        ApiAccessLevel.READ, NOW)).isEqualTo(ApiKeyCode.VALID);
    assertThat(ApiKeyPolicy.mayHold(tenant(TenantStatus.SUSPENDED), Set.of(ApiScope.WRITE),
        ApiAccessLevel.FULL, NOW)).isEqualTo(ApiKeyCode.TENANT_FORBIDDEN);
    assertThat(ApiKeyPolicy.mayHold(tenant(TenantStatus.CANCELED), Set.of(ApiScope.READ),
        ApiAccessLevel.FULL, NOW)).isEqualTo(ApiKeyCode.TENANT_FORBIDDEN);
  }

  @Test
  void builtInAccess_readsTheBuiltInTier() {
    Tenant tenant = tenant(TenantStatus.ACTIVE);

    assertThat(ApiKeyPolicy.builtInAccess(tenant)).isEqualTo(ApiAccessLevel.FULL);
    assertThat(ApiKeyPolicy.builtInAccess(
        tenant.toBuilder().subscriptionTierId(SubscriptionTier.STARTER.id()).build()))
        .isEqualTo(ApiAccessLevel.READ);
    assertThat(ApiKeyPolicy.builtInAccess(tenant.toBuilder().subscriptionTierId(null).build()))
        .isNull();
    assertThat(ApiKeyPolicy.builtInAccess(tenant.toBuilder()
        .subscriptionTierId(com.wabotiq.types.TierId.of(
            "00000000-0000-4000-8000-000000000000")).build())).isNull();
  }

  private static ApiKeyCode decide(
      Tenant tenant, ApiKey key, ApiScope scope, ApiAccessLevel access) {
    return ApiKeyPolicy.decide(tenant, key, scope, null, access, NOW);
  }
}
