package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.tenant.LlmApiKeys;
import com.wabotiq.tenant.MpesaSettings;
import com.wabotiq.tenant.PaystackSettings;
import com.wabotiq.tenant.PesapalSettings;
import com.wabotiq.tenant.PineconeSettings;
import com.wabotiq.tenant.ShopifySettings;
import com.wabotiq.tenant.StripeSettings;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TwilioSettings;
import com.wabotiq.tenant.WooCommerceSettings;
import com.wabotiq.types.SealedSecret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets never appear in a violation, its message, or the exception message. */
class MaskingTest {
  private static final String SECRET = "sk_live_TOPSECRET_4242";

  private final ModelValidator validator = ModelValidator.create();

  /** A ciphertext that breaks the length rule and carries recognisable secret text. */
  private static SealedSecret oversized() {
    return SealedSecret.of((SECRET + "/").repeat(400));
  }

  private static TenantSettings settingsWithOversizedSecrets() {
    TenantSettings s = Fixtures.validSettings();
    return s.toBuilder()
        .llmApiKeys(new LlmApiKeys(oversized(), oversized(), oversized(), oversized()))
        .twilio(
            new TwilioSettings(oversized(), oversized(), "+254712345678", oversized(), null, null))
        .wooCommerce(
            new WooCommerceSettings(
                null, oversized(), oversized(), oversized(), null, null, null, null, null))
        .shopify(new ShopifySettings(null, oversized(), oversized(), null, null, null, null, null))
        .mpesa(new MpesaSettings(oversized(), oversized(), null, oversized(), null, null))
        .paystack(new PaystackSettings(oversized(), null, null))
        .pesapal(new PesapalSettings(oversized(), oversized(), null))
        .stripe(new StripeSettings(oversized(), null, oversized()))
        .pinecone(new PineconeSettings(oversized(), null, null))
        .build();
  }

  @Test
  void validate_everySealedSecretRejected_maskedEverywhere() {
    TenantSettings settings = settingsWithOversizedSecrets();

    List<Violation> violations = validator.validate(settings).violations();

    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly(
            "anthropic_api_key",
            "gemini_api_key",
            "mpesa_consumer_key",
            "mpesa_consumer_secret",
            "mpesa_passkey",
            "openai_api_key",
            "paystack_secret_key",
            "pesapal_consumer_key",
            "pesapal_consumer_secret",
            "pinecone_api_key",
            "shopify_access_token",
            "shopify_webhook_secret",
            "stripe_secret_key",
            "stripe_webhook_secret",
            "together_api_key",
            "twilio_sid",
            "twilio_token",
            "webhook_secret",
            "woo_consumer_key",
            "woo_consumer_secret",
            "woo_webhook_secret");
    for (Violation v : violations) {
      assertThat(v.rule()).isEqualTo("ciphertext");
      assertThat(v.rejectedValue()).isEqualTo("****");
      assertThat(v.message())
          .isEqualTo("must be a non-blank ciphertext of at most 8192 characters");
      assertThat(v.toString()).doesNotContain("TOPSECRET");
    }
    assertThatThrownBy(() -> validator.requireValid(settings))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOPSECRET").contains("****"));
  }

  @Test
  void validate_tenantSecrets_masked() {
    Tenant tenant =
        Fixtures.validTenant().toBuilder()
            .twilioSid(oversized())
            .twilioToken(SealedSecret.of(""))
            .webhookSecret(oversized())
            .build();

    ValidationException e =
        (ValidationException)
            org.assertj.core.api.Assertions.catchThrowable(() -> validator.requireValid(tenant));

    assertThat(e.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "twilio_sid: must be a non-blank ciphertext of at most 8192 characters [ciphertext]"
                + " (rejected: ****)",
            "twilio_token: must be a non-blank ciphertext of at most 8192 characters"
                + " [ciphertext] (rejected: ****)",
            "webhook_secret: must be a non-blank ciphertext of at most 8192 characters"
                + " [ciphertext] (rejected: ****)");
    assertThat(e.getMessage()).doesNotContain("TOPSECRET");
  }

  @Test
  void validate_passwordInUrl_masked() {
    TenantSettings settings =
        Fixtures.validSettings().toBuilder()
            .paystack(
                new PaystackSettings(null, null, "http://admin:" + SECRET + "@hooks.acme.com/p"))
            .build();

    Violation v = validator.validate(settings).violations().get(0);

    assertThat(v.rejectedValue()).isEqualTo("http://****@hooks.acme.com/p");
    assertThat(v.toString()).doesNotContain("TOPSECRET").doesNotContain("admin");
  }
}
