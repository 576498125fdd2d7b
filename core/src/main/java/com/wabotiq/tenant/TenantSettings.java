package com.wabotiq.tenant;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.SettingsId;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's settings document: the language model, the AI agent, retrieval, conversation features,
 * integration credentials, business details, branding, notifications, analytics and free-form
 * metadata. The JSON object is flat; this record groups its fields into {@link
 * com.wabotiq.types.FlatGroup} records ({@code settings.llm().llmTemperature()} is {@code
 * llm_temperature}) whose fields the JSON codec writes directly into the settings object.
 *
 * <p>The document is partial: every field but {@code tenant_id} may be absent, and is then null (or
 * an empty group, collection or map). Fields the reference marks "Encrypted" are {@link
 * com.wabotiq.types.SealedSecret}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the settings document's id; null when absent (not yet stored)
 * @param tenantId the tenant these settings belong to, required
 * @param llm the language model configuration; never null, {@link LlmSettings#EMPTY} when absent
 *     (null is read as empty)
 * @param llmApiKeys the tenant's own model provider API keys, encrypted; never null, {@link
 *     LlmApiKeys#EMPTY} when absent (null is read as empty)
 * @param agent the AI agent switches; never null, {@link AiAgentSettings#EMPTY} when absent (null
 *     is read as empty)
 * @param rag the retrieval settings; never null, {@link RagSettings#EMPTY} when absent (null is
 *     read as empty)
 * @param harmonization the message harmonization settings; never null, {@link
 *     MessageHarmonizationSettings#EMPTY} when absent (null is read as empty)
 * @param language the language settings; never null, {@link LanguageSettings#EMPTY} when absent
 *     (null is read as empty)
 * @param richMessages the rich message switches; never null, {@link RichMessageSettings#EMPTY} when
 *     absent (null is read as empty)
 * @param handoff the human handoff settings; never null, {@link HandoffSettings#EMPTY} when absent
 *     (null is read as empty)
 * @param feedback the feedback collection settings; never null, {@link FeedbackSettings#EMPTY} when
 *     absent (null is read as empty)
 * @param twilio the Twilio (WhatsApp) credentials and webhook URLs; never null, {@link
 *     TwilioSettings#EMPTY} when absent (null is read as empty)
 * @param wooCommerce the WooCommerce integration; never null, {@link WooCommerceSettings#EMPTY}
 *     when absent (null is read as empty)
 * @param shopify the Shopify integration; never null, {@link ShopifySettings#EMPTY} when absent
 *     (null is read as empty)
 * @param mpesa the M-Pesa payment credentials; never null, {@link MpesaSettings#EMPTY} when absent
 *     (null is read as empty)
 * @param paystack the Paystack payment credentials; never null, {@link PaystackSettings#EMPTY} when
 *     absent (null is read as empty)
 * @param pesapal the Pesapal payment credentials; never null, {@link PesapalSettings#EMPTY} when
 *     absent (null is read as empty)
 * @param stripe the Stripe payment credentials; never null, {@link StripeSettings#EMPTY} when
 *     absent (null is read as empty)
 * @param pinecone the Pinecone vector store; never null, {@link PineconeSettings#EMPTY} when absent
 *     (null is read as empty)
 * @param business the business's own details and hours; never null, {@link BusinessSettings#EMPTY}
 *     when absent (null is read as empty)
 * @param branding the bot's branding; never null, {@link BrandingSettings#EMPTY} when absent (null
 *     is read as empty)
 * @param notifications the staff notification settings; never null, {@link
 *     NotificationSettings#EMPTY} when absent (null is read as empty)
 * @param analytics the analytics settings; never null, {@link AnalyticsSettings#EMPTY} when absent
 *     (null is read as empty)
 * @param metadata free-form tenant metadata: values are {@link String}, {@link Boolean}, {@link
 *     BigDecimal}, {@code List<Object>} or {@code Map<String, Object>}, deeply immutable, nested at
 *     most {@link #MAX_METADATA_DEPTH} levels; never null, empty when absent
 * @param createdAt when the settings were first stored; null when absent
 * @param updatedAt when the settings were last changed; null when absent
 * @since 0.1.0
 */
public record TenantSettings(
    @Nullable SettingsId id,
    TenantId tenantId,
    LlmSettings llm,
    LlmApiKeys llmApiKeys,
    AiAgentSettings agent,
    RagSettings rag,
    MessageHarmonizationSettings harmonization,
    LanguageSettings language,
    RichMessageSettings richMessages,
    HandoffSettings handoff,
    FeedbackSettings feedback,
    TwilioSettings twilio,
    WooCommerceSettings wooCommerce,
    ShopifySettings shopify,
    MpesaSettings mpesa,
    PaystackSettings paystack,
    PesapalSettings pesapal,
    StripeSettings stripe,
    PineconeSettings pinecone,
    BusinessSettings business,
    BrandingSettings branding,
    NotificationSettings notifications,
    AnalyticsSettings analytics,
    Map<String, Object> metadata,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {
  /**
   * How deeply metadata may nest objects and arrays, the metadata object itself being the first
   * level: {@code {"a": {"b": [1]}}} has three. The JSON codec applies the same limit when reading.
   */
  public static final int MAX_METADATA_DEPTH = 64;

  /**
   * Checks well-formedness: {@code tenant_id} is present; a null group becomes its empty group;
   * metadata is deep-copied (numbers become {@link BigDecimal}, null map values are dropped) and
   * checked to be writable as JSON that reads back equal: at most {@link #MAX_METADATA_DEPTH}
   * levels, every number within the decimal rule (at most 500 significant digits, a scale from -500
   * to 500), every string and key valid Unicode (no unpaired surrogate).
   *
   * @param id the settings document's id; null when absent (not yet stored)
   * @param tenantId the tenant these settings belong to, never null
   * @param llm the language model configuration; null becomes {@link LlmSettings#EMPTY}
   * @param llmApiKeys the tenant's own model provider API keys, encrypted; null becomes {@link
   *     LlmApiKeys#EMPTY}
   * @param agent the AI agent switches; null becomes {@link AiAgentSettings#EMPTY}
   * @param rag the retrieval settings; null becomes {@link RagSettings#EMPTY}
   * @param harmonization the message harmonization settings; null becomes {@link
   *     MessageHarmonizationSettings#EMPTY}
   * @param language the language settings; null becomes {@link LanguageSettings#EMPTY}
   * @param richMessages the rich message switches; null becomes {@link RichMessageSettings#EMPTY}
   * @param handoff the human handoff settings; null becomes {@link HandoffSettings#EMPTY}
   * @param feedback the feedback collection settings; null becomes {@link FeedbackSettings#EMPTY}
   * @param twilio the Twilio (WhatsApp) credentials and webhook URLs; null becomes {@link
   *     TwilioSettings#EMPTY}
   * @param wooCommerce the WooCommerce integration; null becomes {@link WooCommerceSettings#EMPTY}
   * @param shopify the Shopify integration; null becomes {@link ShopifySettings#EMPTY}
   * @param mpesa the M-Pesa payment credentials; null becomes {@link MpesaSettings#EMPTY}
   * @param paystack the Paystack payment credentials; null becomes {@link PaystackSettings#EMPTY}
   * @param pesapal the Pesapal payment credentials; null becomes {@link PesapalSettings#EMPTY}
   * @param stripe the Stripe payment credentials; null becomes {@link StripeSettings#EMPTY}
   * @param pinecone the Pinecone vector store; null becomes {@link PineconeSettings#EMPTY}
   * @param business the business's own details and hours; null becomes {@link
   *     BusinessSettings#EMPTY}
   * @param branding the bot's branding; null becomes {@link BrandingSettings#EMPTY}
   * @param notifications the staff notification settings; null becomes {@link
   *     NotificationSettings#EMPTY}
   * @param analytics the analytics settings; null becomes {@link AnalyticsSettings#EMPTY}
   * @param metadata free-form tenant metadata, deep-copied as described above; null becomes empty
   * @param createdAt when the settings were first stored; null when absent
   * @param updatedAt when the settings were last changed; null when absent
   * @throws NullPointerException naming the field when {@code tenant_id} is null, or naming the
   *     path of a null metadata key or list element
   * @throws IllegalArgumentException naming the path of a metadata value JSON cannot hold: an
   *     unsupported type, a non-finite number, a number outside the decimal rule, a string or key
   *     with an unpaired surrogate, or nesting deeper than {@link #MAX_METADATA_DEPTH}
   */
  public TenantSettings {
    Checks.notNull(tenantId, "tenant_id");
    llm = Objects.requireNonNullElse(llm, LlmSettings.EMPTY);
    llmApiKeys = Objects.requireNonNullElse(llmApiKeys, LlmApiKeys.EMPTY);
    agent = Objects.requireNonNullElse(agent, AiAgentSettings.EMPTY);
    rag = Objects.requireNonNullElse(rag, RagSettings.EMPTY);
    harmonization = Objects.requireNonNullElse(harmonization, MessageHarmonizationSettings.EMPTY);
    language = Objects.requireNonNullElse(language, LanguageSettings.EMPTY);
    richMessages = Objects.requireNonNullElse(richMessages, RichMessageSettings.EMPTY);
    handoff = Objects.requireNonNullElse(handoff, HandoffSettings.EMPTY);
    feedback = Objects.requireNonNullElse(feedback, FeedbackSettings.EMPTY);
    twilio = Objects.requireNonNullElse(twilio, TwilioSettings.EMPTY);
    wooCommerce = Objects.requireNonNullElse(wooCommerce, WooCommerceSettings.EMPTY);
    shopify = Objects.requireNonNullElse(shopify, ShopifySettings.EMPTY);
    mpesa = Objects.requireNonNullElse(mpesa, MpesaSettings.EMPTY);
    paystack = Objects.requireNonNullElse(paystack, PaystackSettings.EMPTY);
    pesapal = Objects.requireNonNullElse(pesapal, PesapalSettings.EMPTY);
    stripe = Objects.requireNonNullElse(stripe, StripeSettings.EMPTY);
    pinecone = Objects.requireNonNullElse(pinecone, PineconeSettings.EMPTY);
    business = Objects.requireNonNullElse(business, BusinessSettings.EMPTY);
    branding = Objects.requireNonNullElse(branding, BrandingSettings.EMPTY);
    notifications = Objects.requireNonNullElse(notifications, NotificationSettings.EMPTY);
    analytics = Objects.requireNonNullElse(analytics, AnalyticsSettings.EMPTY);
    metadata = copyMetadata(metadata);
  }

  /**
   * A builder with every field absent (groups empty, collections empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's values, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link TenantSettings} values; not thread-safe. */
  public static final class Builder {
    private @Nullable SettingsId id;
    private @Nullable TenantId tenantId;
    private LlmSettings llm = LlmSettings.EMPTY;
    private LlmApiKeys llmApiKeys = LlmApiKeys.EMPTY;
    private AiAgentSettings agent = AiAgentSettings.EMPTY;
    private RagSettings rag = RagSettings.EMPTY;
    private MessageHarmonizationSettings harmonization = MessageHarmonizationSettings.EMPTY;
    private LanguageSettings language = LanguageSettings.EMPTY;
    private RichMessageSettings richMessages = RichMessageSettings.EMPTY;
    private HandoffSettings handoff = HandoffSettings.EMPTY;
    private FeedbackSettings feedback = FeedbackSettings.EMPTY;
    private TwilioSettings twilio = TwilioSettings.EMPTY;
    private WooCommerceSettings wooCommerce = WooCommerceSettings.EMPTY;
    private ShopifySettings shopify = ShopifySettings.EMPTY;
    private MpesaSettings mpesa = MpesaSettings.EMPTY;
    private PaystackSettings paystack = PaystackSettings.EMPTY;
    private PesapalSettings pesapal = PesapalSettings.EMPTY;
    private StripeSettings stripe = StripeSettings.EMPTY;
    private PineconeSettings pinecone = PineconeSettings.EMPTY;
    private BusinessSettings business = BusinessSettings.EMPTY;
    private BrandingSettings branding = BrandingSettings.EMPTY;
    private NotificationSettings notifications = NotificationSettings.EMPTY;
    private AnalyticsSettings analytics = AnalyticsSettings.EMPTY;
    private Map<String, Object> metadata = Map.of();
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder() {}

    private Builder(TenantSettings source) {
      id = source.id();
      tenantId = source.tenantId();
      llm = source.llm();
      llmApiKeys = source.llmApiKeys();
      agent = source.agent();
      rag = source.rag();
      harmonization = source.harmonization();
      language = source.language();
      richMessages = source.richMessages();
      handoff = source.handoff();
      feedback = source.feedback();
      twilio = source.twilio();
      wooCommerce = source.wooCommerce();
      shopify = source.shopify();
      mpesa = source.mpesa();
      paystack = source.paystack();
      pesapal = source.pesapal();
      stripe = source.stripe();
      pinecone = source.pinecone();
      business = source.business();
      branding = source.branding();
      notifications = source.notifications();
      analytics = source.analytics();
      metadata = source.metadata();
      createdAt = source.createdAt();
      updatedAt = source.updatedAt();
    }

    /**
     * Sets {@code id}.
     *
     * @param id the settings document's id; null when absent (not yet stored)
     * @return this builder
     */
    public Builder id(@Nullable SettingsId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code tenant_id}.
     *
     * @param tenantId the tenant these settings belong to, required
     * @return this builder
     */
    public Builder tenantId(TenantId tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * Sets the llm group.
     *
     * @param llm the language model configuration; never null, {@link LlmSettings#EMPTY} when
     *     absent (null is read as empty)
     * @return this builder
     */
    public Builder llm(LlmSettings llm) {
      this.llm = llm;
      return this;
    }

    /**
     * Sets the llmApiKeys group.
     *
     * @param llmApiKeys the tenant's own model provider API keys, encrypted; never null, {@link
     *     LlmApiKeys#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder llmApiKeys(LlmApiKeys llmApiKeys) {
      this.llmApiKeys = llmApiKeys;
      return this;
    }

    /**
     * Sets the agent group.
     *
     * @param agent the AI agent switches; never null, {@link AiAgentSettings#EMPTY} when absent
     *     (null is read as empty)
     * @return this builder
     */
    public Builder agent(AiAgentSettings agent) {
      this.agent = agent;
      return this;
    }

    /**
     * Sets the rag group.
     *
     * @param rag the retrieval settings; never null, {@link RagSettings#EMPTY} when absent (null is
     *     read as empty)
     * @return this builder
     */
    public Builder rag(RagSettings rag) {
      this.rag = rag;
      return this;
    }

    /**
     * Sets the harmonization group.
     *
     * @param harmonization the message harmonization settings; never null, {@link
     *     MessageHarmonizationSettings#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder harmonization(MessageHarmonizationSettings harmonization) {
      this.harmonization = harmonization;
      return this;
    }

    /**
     * Sets the language group.
     *
     * @param language the language settings; never null, {@link LanguageSettings#EMPTY} when absent
     *     (null is read as empty)
     * @return this builder
     */
    public Builder language(LanguageSettings language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the richMessages group.
     *
     * @param richMessages the rich message switches; never null, {@link RichMessageSettings#EMPTY}
     *     when absent (null is read as empty)
     * @return this builder
     */
    public Builder richMessages(RichMessageSettings richMessages) {
      this.richMessages = richMessages;
      return this;
    }

    /**
     * Sets the handoff group.
     *
     * @param handoff the human handoff settings; never null, {@link HandoffSettings#EMPTY} when
     *     absent (null is read as empty)
     * @return this builder
     */
    public Builder handoff(HandoffSettings handoff) {
      this.handoff = handoff;
      return this;
    }

    /**
     * Sets the feedback group.
     *
     * @param feedback the feedback collection settings; never null, {@link FeedbackSettings#EMPTY}
     *     when absent (null is read as empty)
     * @return this builder
     */
    public Builder feedback(FeedbackSettings feedback) {
      this.feedback = feedback;
      return this;
    }

    /**
     * Sets the twilio group.
     *
     * @param twilio the Twilio (WhatsApp) credentials and webhook URLs; never null, {@link
     *     TwilioSettings#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder twilio(TwilioSettings twilio) {
      this.twilio = twilio;
      return this;
    }

    /**
     * Sets the wooCommerce group.
     *
     * @param wooCommerce the WooCommerce integration; never null, {@link WooCommerceSettings#EMPTY}
     *     when absent (null is read as empty)
     * @return this builder
     */
    public Builder wooCommerce(WooCommerceSettings wooCommerce) {
      this.wooCommerce = wooCommerce;
      return this;
    }

    /**
     * Sets the shopify group.
     *
     * @param shopify the Shopify integration; never null, {@link ShopifySettings#EMPTY} when absent
     *     (null is read as empty)
     * @return this builder
     */
    public Builder shopify(ShopifySettings shopify) {
      this.shopify = shopify;
      return this;
    }

    /**
     * Sets the mpesa group.
     *
     * @param mpesa the M-Pesa payment credentials; never null, {@link MpesaSettings#EMPTY} when
     *     absent (null is read as empty)
     * @return this builder
     */
    public Builder mpesa(MpesaSettings mpesa) {
      this.mpesa = mpesa;
      return this;
    }

    /**
     * Sets the paystack group.
     *
     * @param paystack the Paystack payment credentials; never null, {@link PaystackSettings#EMPTY}
     *     when absent (null is read as empty)
     * @return this builder
     */
    public Builder paystack(PaystackSettings paystack) {
      this.paystack = paystack;
      return this;
    }

    /**
     * Sets the pesapal group.
     *
     * @param pesapal the Pesapal payment credentials; never null, {@link PesapalSettings#EMPTY}
     *     when absent (null is read as empty)
     * @return this builder
     */
    public Builder pesapal(PesapalSettings pesapal) {
      this.pesapal = pesapal;
      return this;
    }

    /**
     * Sets the stripe group.
     *
     * @param stripe the Stripe payment credentials; never null, {@link StripeSettings#EMPTY} when
     *     absent (null is read as empty)
     * @return this builder
     */
    public Builder stripe(StripeSettings stripe) {
      this.stripe = stripe;
      return this;
    }

    /**
     * Sets the pinecone group.
     *
     * @param pinecone the Pinecone vector store; never null, {@link PineconeSettings#EMPTY} when
     *     absent (null is read as empty)
     * @return this builder
     */
    public Builder pinecone(PineconeSettings pinecone) {
      this.pinecone = pinecone;
      return this;
    }

    /**
     * Sets the business group.
     *
     * @param business the business's own details and hours; never null, {@link
     *     BusinessSettings#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder business(BusinessSettings business) {
      this.business = business;
      return this;
    }

    /**
     * Sets the branding group.
     *
     * @param branding the bot's branding; never null, {@link BrandingSettings#EMPTY} when absent
     *     (null is read as empty)
     * @return this builder
     */
    public Builder branding(BrandingSettings branding) {
      this.branding = branding;
      return this;
    }

    /**
     * Sets the notifications group.
     *
     * @param notifications the staff notification settings; never null, {@link
     *     NotificationSettings#EMPTY} when absent (null is read as empty)
     * @return this builder
     */
    public Builder notifications(NotificationSettings notifications) {
      this.notifications = notifications;
      return this;
    }

    /**
     * Sets the analytics group.
     *
     * @param analytics the analytics settings; never null, {@link AnalyticsSettings#EMPTY} when
     *     absent (null is read as empty)
     * @return this builder
     */
    public Builder analytics(AnalyticsSettings analytics) {
      this.analytics = analytics;
      return this;
    }

    /**
     * Sets {@code metadata}.
     *
     * @param metadata free-form tenant metadata: values are {@link String}, {@link Boolean}, {@link
     *     BigDecimal}, {@code List<Object>} or {@code Map<String, Object>}, deeply immutable; never
     *     null, empty when absent
     * @return this builder
     */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Sets {@code created_at}.
     *
     * @param createdAt when the settings were first stored; null when absent
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code updated_at}.
     *
     * @param updatedAt when the settings were last changed; null when absent
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Builds the record; collections are copied.
     *
     * @return the record
     * @throws NullPointerException naming the field when {@code tenant_id} is missing
     */
    public TenantSettings build() {
      return new TenantSettings(
          id,
          Checks.notNull(tenantId, "tenant_id"),
          llm,
          llmApiKeys,
          agent,
          rag,
          harmonization,
          language,
          richMessages,
          handoff,
          feedback,
          twilio,
          wooCommerce,
          shopify,
          mpesa,
          paystack,
          pesapal,
          stripe,
          pinecone,
          business,
          branding,
          notifications,
          analytics,
          metadata,
          createdAt,
          updatedAt);
    }
  }

  /*
   * Metadata is free-form JSON. It is copied deeply so that neither the caller's maps nor lists
   * can change a record after construction, and normalized so that equal documents give equal
   * records: every number becomes a BigDecimal (an Integer 15000 and a decoded 15000 compare
   * equal), a null map value is dropped (absent and null are the same in these documents). A
   * null list element or a value JSON cannot hold, or hold so that it reads back equal, is a caller
   * error and is refused with its path.
   */

  private static Map<String, Object> copyMetadata(@Nullable Map<String, Object> metadata) {
    if (metadata == null || metadata.isEmpty()) {
      return Map.of();
    }
    return copyObject(metadata, "metadata", 1);
  }

  private static void requireDepth(String path, int level) {
    if (level > MAX_METADATA_DEPTH) {
      throw new IllegalArgumentException(
          path
              + " (level "
              + level
              + ") must nest at most "
              + MAX_METADATA_DEPTH
              + " levels of objects and arrays");
    }
  }

  private static Map<String, Object> copyObject(Map<?, ?> map, String path, int level) {
    requireDepth(path, level);
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object key = e.getKey();
      if (key == null) {
        throw new NullPointerException(path + " has a null key");
      }
      if (!(key instanceof String name)) {
        throw new IllegalArgumentException(
            path + " key (a " + key.getClass().getName() + ") must be a String");
      }
      Checks.wellFormedText(name, path + " key");
      Object value = e.getValue();
      if (value != null) {
        copy.put(name, copyValue(value, path + "." + name, level));
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  private static List<Object> copyArray(List<?> list, String path, int level) {
    requireDepth(path, level);
    List<Object> copy = new ArrayList<>(list.size());
    int i = 0;
    for (Object element : list) {
      if (element == null) {
        throw new NullPointerException(path + "[" + i + "] == null");
      }
      copy.add(copyValue(element, path + "[" + i + "]", level));
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  /** Copies a member or element of a container at {@code level}. */
  private static Object copyValue(Object value, String path, int level) {
    if (value instanceof String text) {
      return Checks.wellFormedText(text, path);
    }
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      Checks.decimal(decimal, path);
      return decimal;
    }
    if (value instanceof Map<?, ?> map) {
      return copyObject(map, path, level + 1);
    }
    if (value instanceof List<?> list) {
      return copyArray(list, path, level + 1);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      BigDecimal decimal = new BigDecimal(big);
      Checks.decimal(decimal, path);
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(path + " (" + d + ") must be a finite number");
      }
      return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
    }
    throw new IllegalArgumentException(
        path
            + " (a "
            + value.getClass().getName()
            + ") must be a String, Boolean, a number, List or Map");
  }
}
