package com.wabotiq.access.keys;

/**
 * Whether a key works against live data or a test setup; the key's prefix says which ({@code
 * wbq_live_} or {@code wbq_test_}), so a person or a secret scanner can tell at a glance.
 *
 * @since 0.1.0
 */
public enum ApiKeyEnvironment {
  /** Live keys, prefixed {@code wbq_live_}. */
  LIVE("wbq_live_"),
  /** Test keys, prefixed {@code wbq_test_}. */
  TEST("wbq_test_");

  private final String prefix;

  ApiKeyEnvironment(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The prefix every key of this environment starts with.
   *
   * @return {@code wbq_live_} or {@code wbq_test_}
   */
  public String prefix() {
    return prefix;
  }
}
