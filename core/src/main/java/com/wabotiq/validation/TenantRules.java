package com.wabotiq.validation;

import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.ApiKeyList;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Cross-field rules of tenants and API keys. */
final class TenantRules {
  private TenantRules() {}

  static void tenant(Tenant t, Report r) {
    Order.after(r, "trial_end_date", t.trialEndDate(), "trial_start_date", t.trialStartDate());
    quietHours(r, t.quietHoursStart(), t.quietHoursEnd());
    timestamps(r, t.createdAt(), t.updatedAt());
    Order.notBefore(r, "deleted_at", t.deletedAt(), "created_at", t.createdAt());
    apiKeys(t.apiKeys(), r);
  }

  static void apiKeyList(ApiKeyList list, Report r) {
    apiKeys(list.apiKeys(), r);
  }

  static void apiKey(ApiKey key, Report r) {
    Order.after(r, "expires_at", key.expiresAt(), "created_at", key.createdAt());
    Order.notBefore(r, "last_used_at", key.lastUsedAt(), "created_at", key.createdAt());
  }

  /** Each key's own rules, and key hashes unique across the list. */
  private static void apiKeys(List<ApiKey> keys, Report r) {
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      ApiKey key = keys.get(i);
      Report at = r.at("api_keys", i);
      apiKey(key, at);
      Integer first = firstIndex.putIfAbsent(key.keyHash(), i);
      if (first != null) {
        at.add(
            "key_hash",
            "unique",
            "must be unique: api_keys[" + first + "].key_hash has the same hash",
            key.keyHash());
      }
    }
  }

  /** Quiet hours are both set or both absent; equal start and end are allowed (no quiet hours). */
  static void quietHours(Report r, @Nullable LocalTime start, @Nullable LocalTime end) {
    if (start != null && end == null) {
      r.add(
          "quiet_hours_start",
          "quiet_hours",
          "needs quiet_hours_end: quiet hours are both set or both absent",
          start);
    } else if (start == null && end != null) {
      r.add(
          "quiet_hours_end",
          "quiet_hours",
          "needs quiet_hours_start: quiet hours are both set or both absent",
          end);
    }
  }

  /** {@code updated_at} is not before {@code created_at}. */
  static void timestamps(Report r, @Nullable Instant createdAt, @Nullable Instant updatedAt) {
    Order.notBefore(r, "updated_at", updatedAt, "created_at", createdAt);
  }
}
