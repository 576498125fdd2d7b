package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference's example values, built by hand, break no rule but the ones their placeholders are
 * meant to break: ids {@code "uuid"} ({@code uuid}), key hashes {@code "sha256_hash..."} ({@code
 * sha256_hex}) and the namespace {@code "tenant_uuid"} ({@code tenant_namespace}). With the
 * placeholders replaced, every document is valid.
 */
class ReferenceValuesTest {
  private final ModelValidator validator = ModelValidator.create();

  private List<String> report(Object model) {
    return validator.validate(model).violations().stream()
        .map(v -> v.path() + " " + v.rule() + " " + v.rejectedValue())
        .toList();
  }

  @Test
  void tenant_reference_onlyPlaceholdersReported() {
    assertThat(report(Fixtures.referenceTenant()))
        .containsExactly(
            "api_keys[0].key_hash sha256_hex sha256_hash",
            "id uuid uuid",
            "subscription_tier_id uuid uuid");
    assertThat(validator.validate(Fixtures.validTenant()).isValid()).isTrue();
  }

  @Test
  void settings_reference_onlyPlaceholdersReported() {
    assertThat(report(Fixtures.referenceSettings()))
        .containsExactly(
            "id uuid uuid",
            "pinecone_namespace tenant_namespace tenant_uuid",
            "tenant_id uuid uuid");
    assertThat(validator.validate(Fixtures.validSettings()).violations()).isEmpty();
  }

  @Test
  void integrationGroups_reference_valid() {
    for (Object group :
        List.of(
            Fixtures.referenceTwilio(),
            Fixtures.referenceWooCommerce(),
            Fixtures.referenceShopify(),
            Fixtures.referenceMpesa(),
            Fixtures.referencePaystack())) {
      assertThat(validator.validate(group).violations()).as(group.toString()).isEmpty();
    }
  }

  @Test
  void tiers_reference_valid() {
    for (SubscriptionTier tier : SubscriptionTier.builtIns()) {
      assertThat(validator.validate(tier).violations()).isEmpty();
      assertThat(validator.validate(tier.withId(null)).violations()).isEmpty();
    }
  }

  @Test
  void subscription_reference_onlyPlaceholdersReported() {
    assertThat(report(Fixtures.referenceSubscription()))
        .containsExactly("id uuid uuid", "tenant_id uuid uuid", "tier_id uuid uuid");
    assertThat(validator.validate(Fixtures.validSubscription()).violations()).isEmpty();
  }

  @Test
  void agentConfiguration_reference_onlyPlaceholdersReported() {
    assertThat(report(Fixtures.referenceAgentConfiguration()))
        .containsExactly("id uuid uuid", "tenant_id uuid uuid");
    assertThat(validator.validate(Fixtures.validAgentConfiguration()).violations()).isEmpty();
  }

  @Test
  void businessData_reference_valid() {
    for (Object summary :
        List.of(
            Fixtures.referenceProducts(),
            Fixtures.referenceServices(),
            Fixtures.referenceCustomers(),
            Fixtures.referenceOrders())) {
      assertThat(validator.validate(summary).violations()).as(summary.toString()).isEmpty();
    }
  }

  @Test
  void analytics_reference_onlyPlaceholdersReported() {
    assertThat(report(Fixtures.referenceDaily())).containsExactly("tenant_id uuid uuid");
    assertThat(report(Fixtures.referenceMetrics())).containsExactly("tenant_id uuid uuid");
    assertThat(validator.validate(Fixtures.validDaily()).violations()).isEmpty();
    assertThat(validator.validate(Fixtures.validMetrics(), new BigDecimal("2.5")).violations())
        .isEmpty();
  }

  @Test
  void apiAccess_reference_onlyPlaceholdersReported() {
    assertThat(report(Fixtures.referenceApiKeys()))
        .containsExactly(
            "api_keys[0].key_hash sha256_hex sha256_hash_of_key",
            "api_keys[1].key_hash sha256_hex sha256_hash_of_key_2");
    assertThat(validator.validate(Fixtures.validApiKeys()).violations()).isEmpty();
    assertThat(validator.validate(Fixtures.referenceCors()).violations()).isEmpty();
  }
}
