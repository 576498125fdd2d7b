package com.wabotiq.limits;

/**
 * A tier feature gate that {@link Limits} checks, with a snake_case name for messages.
 *
 * @since 0.1.0
 */
public enum Feature {
  /** Taking payments through the bot, on a tier without {@code payment_facilitation}. */
  PAYMENT_FACILITATION("payment_facilitation"),
  /** More A/B test variants than the tier's {@code ab_test_variants}. */
  AB_TEST_VARIANTS("ab_test_variants"),
  /** Branding the bot on a tier without {@code custom_branding}. */
  CUSTOM_BRANDING("custom_branding"),
  /** Writing through the API on a tier whose {@code api_access} is not {@code full}. */
  API_WRITE("api_write");

  private final String featureName;

  Feature(String featureName) {
    this.featureName = featureName;
  }

  /**
   * The gate's snake_case name.
   *
   * @return e.g. {@code "payment_facilitation"}
   */
  public String featureName() {
    return featureName;
  }
}
