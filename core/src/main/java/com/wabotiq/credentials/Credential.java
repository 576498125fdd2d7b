package com.wabotiq.credentials;

import com.wabotiq.tenant.LlmApiKeys;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.SealedSecret;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every credential of a tenant's settings that the tenant data reference marks "Encrypted", by its
 * snake_case field name, with where it lives in {@link TenantSettings}.
 *
 * @since 0.1.0
 */
public enum Credential {
  /** {@code twilio_sid}. */
  TWILIO_SID(
      "twilio_sid",
      s -> s.twilio().twilioSid(),
      (s, v) -> s.toBuilder().twilio(s.twilio().toBuilder().twilioSid(v).build()).build()),

  /** {@code twilio_token}. */
  TWILIO_TOKEN(
      "twilio_token",
      s -> s.twilio().twilioToken(),
      (s, v) -> s.toBuilder().twilio(s.twilio().toBuilder().twilioToken(v).build()).build()),

  /** {@code webhook_secret}. */
  WEBHOOK_SECRET(
      "webhook_secret",
      s -> s.twilio().webhookSecret(),
      (s, v) -> s.toBuilder().twilio(s.twilio().toBuilder().webhookSecret(v).build()).build()),

  /** {@code openai_api_key}. */
  OPENAI_API_KEY(
      "openai_api_key",
      s -> s.llmApiKeys().openaiApiKey(),
      (s, v) -> s.toBuilder().llmApiKeys(s.llmApiKeys().toBuilder().openaiApiKey(v).build()).build()),

  /** {@code gemini_api_key}. */
  GEMINI_API_KEY(
      "gemini_api_key",
      s -> s.llmApiKeys().geminiApiKey(),
      (s, v) -> s.toBuilder().llmApiKeys(s.llmApiKeys().toBuilder().geminiApiKey(v).build()).build()),

  /** {@code together_api_key}. */
  TOGETHER_API_KEY(
      "together_api_key",
      s -> s.llmApiKeys().togetherApiKey(),
      (s, v) -> s.toBuilder().llmApiKeys(s.llmApiKeys().toBuilder().togetherApiKey(v).build()).build()),

  /** {@code anthropic_api_key}. */
  ANTHROPIC_API_KEY(
      "anthropic_api_key",
      s -> s.llmApiKeys().anthropicApiKey(),
      (s, v) -> s.toBuilder().llmApiKeys(s.llmApiKeys().toBuilder().anthropicApiKey(v).build()).build()),

  /** {@code woo_consumer_key}. */
  WOO_CONSUMER_KEY(
      "woo_consumer_key",
      s -> s.wooCommerce().wooConsumerKey(),
      (s, v) -> s.toBuilder().wooCommerce(s.wooCommerce().toBuilder().wooConsumerKey(v).build()).build()),

  /** {@code woo_consumer_secret}. */
  WOO_CONSUMER_SECRET(
      "woo_consumer_secret",
      s -> s.wooCommerce().wooConsumerSecret(),
      (s, v) -> s.toBuilder().wooCommerce(s.wooCommerce().toBuilder().wooConsumerSecret(v).build()).build()),

  /** {@code woo_webhook_secret}. */
  WOO_WEBHOOK_SECRET(
      "woo_webhook_secret",
      s -> s.wooCommerce().wooWebhookSecret(),
      (s, v) -> s.toBuilder().wooCommerce(s.wooCommerce().toBuilder().wooWebhookSecret(v).build()).build()),

  /** {@code shopify_access_token}. */
  SHOPIFY_ACCESS_TOKEN(
      "shopify_access_token",
      s -> s.shopify().shopifyAccessToken(),
      (s, v) -> s.toBuilder().shopify(s.shopify().toBuilder().shopifyAccessToken(v).build()).build()),

  /** {@code shopify_webhook_secret}. */
  SHOPIFY_WEBHOOK_SECRET(
      "shopify_webhook_secret",
      s -> s.shopify().shopifyWebhookSecret(),
      (s, v) -> s.toBuilder().shopify(s.shopify().toBuilder().shopifyWebhookSecret(v).build()).build()),

  /** {@code mpesa_consumer_key}. */
  MPESA_CONSUMER_KEY(
      "mpesa_consumer_key",
      s -> s.mpesa().mpesaConsumerKey(),
      (s, v) -> s.toBuilder().mpesa(s.mpesa().toBuilder().mpesaConsumerKey(v).build()).build()),

  /** {@code mpesa_consumer_secret}. */
  MPESA_CONSUMER_SECRET(
      "mpesa_consumer_secret",
      s -> s.mpesa().mpesaConsumerSecret(),
      (s, v) -> s.toBuilder().mpesa(s.mpesa().toBuilder().mpesaConsumerSecret(v).build()).build()),

  /** {@code mpesa_passkey}. */
  MPESA_PASSKEY(
      "mpesa_passkey",
      s -> s.mpesa().mpesaPasskey(),
      (s, v) -> s.toBuilder().mpesa(s.mpesa().toBuilder().mpesaPasskey(v).build()).build()),

  /** {@code paystack_secret_key}. */
  PAYSTACK_SECRET_KEY(
      "paystack_secret_key",
      s -> s.paystack().paystackSecretKey(),
      (s, v) -> s.toBuilder().paystack(s.paystack().toBuilder().paystackSecretKey(v).build()).build()),

  /** {@code pesapal_consumer_key}. */
  PESAPAL_CONSUMER_KEY(
      "pesapal_consumer_key",
      s -> s.pesapal().pesapalConsumerKey(),
      (s, v) -> s.toBuilder().pesapal(s.pesapal().toBuilder().pesapalConsumerKey(v).build()).build()),

  /** {@code pesapal_consumer_secret}. */
  PESAPAL_CONSUMER_SECRET(
      "pesapal_consumer_secret",
      s -> s.pesapal().pesapalConsumerSecret(),
      (s, v) -> s.toBuilder().pesapal(s.pesapal().toBuilder().pesapalConsumerSecret(v).build()).build()),

  /** {@code stripe_secret_key}. */
  STRIPE_SECRET_KEY(
      "stripe_secret_key",
      s -> s.stripe().stripeSecretKey(),
      (s, v) -> s.toBuilder().stripe(s.stripe().toBuilder().stripeSecretKey(v).build()).build()),

  /** {@code stripe_webhook_secret}. */
  STRIPE_WEBHOOK_SECRET(
      "stripe_webhook_secret",
      s -> s.stripe().stripeWebhookSecret(),
      (s, v) -> s.toBuilder().stripe(s.stripe().toBuilder().stripeWebhookSecret(v).build()).build()),

  /** {@code pinecone_api_key}. */
  PINECONE_API_KEY(
      "pinecone_api_key",
      s -> s.pinecone().pineconeApiKey(),
      (s, v) -> s.toBuilder().pinecone(s.pinecone().toBuilder().pineconeApiKey(v).build()).build());

  private final String fieldName;
  @SuppressWarnings("ImmutableEnumChecker") // a stateless lambda: it captures nothing
  private final Function<TenantSettings, @Nullable SealedSecret> read;

  @SuppressWarnings("ImmutableEnumChecker") // a stateless lambda: it captures nothing
  private final BiFunction<TenantSettings, @Nullable SealedSecret, TenantSettings> write;

  Credential(
      String fieldName,
      Function<TenantSettings, @Nullable SealedSecret> read,
      BiFunction<TenantSettings, @Nullable SealedSecret, TenantSettings> write) {
    this.fieldName = fieldName;
    this.read = read;
    this.write = write;
  }

  /**
   * The field's snake_case name, as in the settings JSON and in the sealed value's binding.
   *
   * @return e.g. {@code twilio_token}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * The settings with every credential absent, made in one copy whatever the number of
   * credentials set: what a masked view shows beside the hints.
   *
   * @param settings the settings
   * @return the same settings with each of the {@link #values()} absent
   * @throws NullPointerException if {@code settings} is null
   */
  public static TenantSettings withoutAny(TenantSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.toBuilder()
        .llmApiKeys(LlmApiKeys.EMPTY)
        .twilio(settings.twilio().toBuilder()
            .twilioSid(null).twilioToken(null).webhookSecret(null).build())
        .wooCommerce(settings.wooCommerce().toBuilder()
            .wooConsumerKey(null).wooConsumerSecret(null).wooWebhookSecret(null).build())
        .shopify(settings.shopify().toBuilder()
            .shopifyAccessToken(null).shopifyWebhookSecret(null).build())
        .mpesa(settings.mpesa().toBuilder()
            .mpesaConsumerKey(null).mpesaConsumerSecret(null).mpesaPasskey(null).build())
        .paystack(settings.paystack().toBuilder().paystackSecretKey(null).build())
        .pesapal(settings.pesapal().toBuilder()
            .pesapalConsumerKey(null).pesapalConsumerSecret(null).build())
        .stripe(settings.stripe().toBuilder()
            .stripeSecretKey(null).stripeWebhookSecret(null).build())
        .pinecone(settings.pinecone().toBuilder().pineconeApiKey(null).build())
        .build();
  }

  /**
   * The sealed value of this credential in a settings document.
   *
   * @param settings the settings
   * @return the sealed value, or empty when absent
   */
  public Optional<SealedSecret> in(TenantSettings settings) {
    return Optional.ofNullable(read.apply(settings));
  }

  /**
   * A settings document with this credential's sealed value replaced.
   *
   * @param settings the settings
   * @param sealed the new sealed value, or null to remove the credential
   * @return a new settings document; {@code settings} is unchanged
   */
  public TenantSettings with(TenantSettings settings, @Nullable SealedSecret sealed) {
    return write.apply(settings, sealed);
  }
}
