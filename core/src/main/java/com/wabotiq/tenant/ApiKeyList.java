package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import java.util.List;

/**
 * The API keys of a tenant, as the reference's API keys document {@code {"api_keys": [...]}} lists
 * them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param apiKeys the keys, in stored order; never null, empty when absent
 * @since 0.1.0
 */
public record ApiKeyList(List<ApiKey> apiKeys) {
  /**
   * Copies {@code api_keys}.
   *
   * @param apiKeys the keys, in stored order, copied; null becomes empty
   * @throws NullPointerException naming the index of a null key
   */
  public ApiKeyList {
    apiKeys = Checks.copyOf(apiKeys, "api_keys");
  }
}
