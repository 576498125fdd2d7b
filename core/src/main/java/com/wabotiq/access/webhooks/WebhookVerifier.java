package com.wabotiq.access.webhooks;

import com.wabotiq.credentials.Secret;
import com.wabotiq.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import org.jspecify.annotations.Nullable;

/**
 * Verifies one provider's webhooks with one or more secrets: a delivery passes when any secret
 * computes its signature, so a secret can be rotated without downtime (configure the new one
 * beside the old, then drop the old). Each provider's published algorithm runs on the raw body
 * bytes and compares bytes in constant time; see {@link WebhookProvider} and
 * docs/access-webhooks.md. A malformed header is a {@link Verification} code, never an exception.
 *
 * <pre>{@code
 * WebhookVerifier stripe = WebhookVerifier.builder(WebhookProvider.STRIPE)
 *     .secret(Secret.of(System.getenv("STRIPE_WEBHOOK_SECRET")))
 *     .replayGuard(ReplayGuard.inMemory(10_000, Duration.ofMinutes(5)))
 *     .build();
 * Verification v = stripe.verify(request);
 * if (!v.isVerified()) { respond(400); }
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per provider and secret set, and keep it.
 *
 * @since 0.1.0
 */
public final class WebhookVerifier {
  /** Stripe's default tolerance, used in both directions. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final byte[] DOT = {'.'};
  private static final String META_PREFIX = "sha256=";
  private static final int SHA1_BYTES = 20;
  private static final int SHA256_BYTES = 32;
  private static final int SHA512_BYTES = 64;

  private final WebhookProvider provider;
  private final Hmac[] keys;
  private final Clock clock;
  private final long toleranceSeconds;
  private final @Nullable ReplayGuard replayGuard;

  private WebhookVerifier(Builder builder) {
    this.provider = builder.provider;
    String algorithm = algorithm(provider);
    this.keys =
        builder.secrets.stream().map(s -> new Hmac(algorithm, s)).toArray(Hmac[]::new);
    builder.secrets.forEach(s -> Arrays.fill(s, (byte) 0));
    this.clock = builder.clock;
    this.toleranceSeconds = builder.tolerance.toSeconds();
    this.replayGuard = builder.replayGuard;
  }

  /**
   * A builder for one provider; at least one secret is required.
   *
   * @param provider the provider
   * @return a new builder
   * @throws NullPointerException if {@code provider} is null
   */
  public static Builder builder(WebhookProvider provider) {
    return new Builder(Checks.notNull(provider, "provider"));
  }

  /**
   * The provider this verifier checks.
   *
   * @return the provider
   */
  public WebhookProvider provider() {
    return provider;
  }

  /**
   * Verifies a delivery: the signature header against every secret, then (Stripe) the timestamp
   * against the tolerance, then the replay guard, if any. A verified delivery's id is remembered.
   *
   * @param request the delivery as received
   * @return the outcome; {@link Verification#isVerified()} says whether to trust it
   * @throws NullPointerException if {@code request} is null
   */
  public Verification verify(WebhookRequest request) {
    Checks.notNull(request, "request");
    String header = request.firstHeader(provider.signatureHeader());
    if (header == null || header.isBlank()) {
      return result(VerificationCode.MISSING_HEADER, null);
    }
    header = header.strip();
    switch (provider) {
      case STRIPE:
        return stripe(request, header);
      case TWILIO:
        return twilio(request, header);
      case META:
        if (!header.regionMatches(true, 0, META_PREFIX, 0, META_PREFIX.length())) {
          return result(VerificationCode.MALFORMED_HEADER, null);
        }
        return body(request, Codec.hex(header, META_PREFIX.length(), header.length()),
            SHA256_BYTES);
      case PAYSTACK:
        return body(request, Codec.hex(header), SHA512_BYTES);
      case SHOPIFY:
      case WOOCOMMERCE:
        return body(request, Codec.base64(header), SHA256_BYTES);
    }
    throw new AssertionError(provider);
  }

  /** Meta, Paystack, Shopify, WooCommerce: the MAC of the body alone. */
  private Verification body(WebhookRequest request, byte @Nullable [] expected, int macBytes) {
    if (expected == null || expected.length != macBytes) {
      return result(VerificationCode.MALFORMED_HEADER, null);
    }
    byte[] body = request.rawBody();
    for (Hmac key : keys) {
      if (Hmac.matches(key.of(body), expected)) {
        return remember(headerId(request));
      }
    }
    return result(VerificationCode.NO_SIGNATURE_MATCH, null);
  }

  private Verification stripe(WebhookRequest request, String header) {
    StripeHeader parsed = StripeHeader.parse(header);
    if (parsed == null) {
      return result(VerificationCode.MALFORMED_HEADER, null);
    }
    byte[] timestamp = Long.toString(parsed.timestamp).getBytes(StandardCharsets.US_ASCII);
    byte[] body = request.rawBody();
    boolean matched = false;
    for (int k = 0; k < keys.length && !matched; k++) {
      Mac mac = keys[k].mac();
      mac.update(timestamp);
      mac.update(DOT);
      byte[] computed = mac.doFinal(body);
      for (byte[] signature : parsed.signatures) {
        matched |= Hmac.matches(computed, signature);
      }
    }
    if (!matched) {
      return result(VerificationCode.NO_SIGNATURE_MATCH, null);
    }
    long age = clock.instant().getEpochSecond() - parsed.timestamp;
    // Inclusive at both edges: exactly 300 s old or 300 s ahead passes, as stripe-java's past
    // check (timestamp < now - tolerance fails) does at its one edge.
    if (age > toleranceSeconds || age < -toleranceSeconds) {
      return result(VerificationCode.TIMESTAMP_OUTSIDE_TOLERANCE, null);
    }
    return remember(EventIds.topLevelId(body));
  }

  private Verification twilio(WebhookRequest request, String header) {
    byte[] expected = Codec.base64(header);
    if (expected == null || expected.length != SHA1_BYTES) {
      return result(VerificationCode.MALFORMED_HEADER, null);
    }
    String url = request.url().orElse(null);
    if (url == null) {
      return result(VerificationCode.MISSING_URL, null);
    }
    String bodyHash = TwilioCanonical.queryParameter(url, "bodySHA256");
    byte[] body = request.rawBody();
    String fields;
    if (bodyHash != null) {
      fields = "";
    } else if (body.length == 0 || isForm(request)) {
      fields = TwilioCanonical.sortedFields(body);
      if (fields == null) {
        return result(VerificationCode.MALFORMED_BODY, null);
      }
    } else {
      // A body neither form-encoded nor covered by bodySHA256 would be signed by nothing.
      return result(VerificationCode.MALFORMED_BODY, null);
    }
    if (!twilioSignatureMatches(url, fields, expected)) {
      return result(VerificationCode.NO_SIGNATURE_MATCH, null);
    }
    if (bodyHash != null && !bodyHashMatches(bodyHash, body)) {
      return result(VerificationCode.NO_SIGNATURE_MATCH, null);
    }
    return remember(headerId(request));
  }

  private boolean twilioSignatureMatches(String url, String fields, byte[] expected) {
    boolean matched = false;
    for (String candidate : TwilioCanonical.urlCandidates(url)) {
      byte[] signed = (candidate + fields).getBytes(StandardCharsets.UTF_8);
      for (Hmac key : keys) {
        matched |= Hmac.matches(key.of(signed), expected);
      }
    }
    return matched;
  }

  private static boolean bodyHashMatches(String hexHash, byte[] body) {
    byte[] claimed = Codec.hex(hexHash);
    if (claimed == null || claimed.length != SHA256_BYTES) {
      return false;
    }
    try {
      return MessageDigest.isEqual(MessageDigest.getInstance("SHA-256").digest(body), claimed);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e); // required of every JDK
    }
  }

  private static boolean isForm(WebhookRequest request) {
    String type = request.firstHeader("Content-Type");
    return type == null
        || type.strip().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private @Nullable String headerId(WebhookRequest request) {
    String name = provider.deliveryIdHeader();
    if (name == null) {
      return null;
    }
    String id = request.firstHeader(name);
    return id == null || id.isBlank() ? null : id.strip();
  }

  /** A verified delivery: refused if the guard saw its id within its window, else remembered. */
  private Verification remember(@Nullable String id) {
    ReplayGuard guard = replayGuard;
    if (guard != null && id != null && !guard.firstSeen(provider, id, clock.instant())) {
      return result(VerificationCode.REPLAYED, id);
    }
    return result(VerificationCode.VERIFIED, id);
  }

  private Verification result(VerificationCode code, @Nullable String id) {
    return Verification.of(provider, code, id);
  }

  private static String algorithm(WebhookProvider provider) {
    switch (provider) {
      case TWILIO:
        return "HmacSHA1";
      case PAYSTACK:
        return "HmacSHA512";
      default:
        return "HmacSHA256";
    }
  }

  /**
   * The provider and the number of secrets; never a secret.
   *
   * @return e.g. {@code WebhookVerifier[STRIPE, 2 secrets, tolerance=PT5M]}
   */
  @Override
  public String toString() {
    return "WebhookVerifier[" + provider + ", " + keys.length + " secrets, tolerance="
        + Duration.ofSeconds(toleranceSeconds) + (replayGuard == null ? "" : ", " + replayGuard)
        + "]";
  }

  /**
   * Builds a {@link WebhookVerifier}; not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final WebhookProvider provider;
    private final List<byte[]> secrets = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private @Nullable ReplayGuard replayGuard;

    private Builder(WebhookProvider provider) {
      this.provider = provider;
    }

    /**
     * Adds a secret; add several to rotate (any one matching passes). For Stripe the whole {@code
     * whsec_...} string, as Stripe keys its HMAC with it; for Twilio the account's auth token;
     * for Meta the app secret; for Paystack the secret key.
     *
     * @param secret the secret; read now, the caller may wipe it afterwards
     * @return this builder
     * @throws NullPointerException if {@code secret} is null
     * @throws IllegalStateException if {@code secret} was wiped
     */
    public Builder secret(Secret secret) {
      secrets.add(Checks.notNull(secret, "secret").revealUtf8());
      return this;
    }

    /**
     * Adds a secret given as text (its UTF-8 bytes are the HMAC key).
     *
     * @param secret the secret, not empty
     * @return this builder
     * @throws NullPointerException if {@code secret} is null
     * @throws IllegalArgumentException if {@code secret} is empty
     */
    public Builder secret(String secret) {
      return secret(Secret.of(Checks.notNull(secret, "secret")));
    }

    /**
     * Adds several secrets.
     *
     * @param secrets the secrets
     * @return this builder
     * @throws NullPointerException if the list or an element is null
     */
    public Builder secrets(List<Secret> secrets) {
      Checks.copyOf(secrets, "secrets").forEach(this::secret);
      return this;
    }

    /**
     * Sets the clock Stripe's timestamps and the replay guard are read against; {@link
     * Clock#systemUTC()} by default.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * Sets how far Stripe's signed timestamp may be from now, in the past or the future, with
     * both edges accepted; {@link #DEFAULT_TOLERANCE} (300 s) by default. Whole seconds.
     *
     * @param tolerance from 1 second to 1 day
     * @return this builder
     * @throws NullPointerException if {@code tolerance} is null
     * @throws IllegalArgumentException if it is outside 1 s to 1 day or not whole seconds
     */
    public Builder tolerance(Duration tolerance) {
      Checks.notNull(tolerance, "tolerance");
      Checks.argument(
          tolerance.compareTo(Duration.ofSeconds(1)) >= 0
              && tolerance.compareTo(Duration.ofDays(1)) <= 0
              && tolerance.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).equals(tolerance),
          "tolerance (%s) must be whole seconds from PT1S to P1D", tolerance);
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets a replay guard, none by default; several verifiers may share one.
     *
     * @param replayGuard the guard
     * @return this builder
     * @throws NullPointerException if {@code replayGuard} is null
     */
    public Builder replayGuard(ReplayGuard replayGuard) {
      this.replayGuard = Checks.notNull(replayGuard, "replayGuard");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if no secret was added
     */
    public WebhookVerifier build() {
      if (secrets.isEmpty()) {
        throw new IllegalStateException("no secret: call secret(...) at least once");
      }
      return new WebhookVerifier(this);
    }
  }
}
