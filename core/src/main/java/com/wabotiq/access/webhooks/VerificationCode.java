package com.wabotiq.access.webhooks;

/**
 * The outcome of verifying one webhook delivery; only {@link #VERIFIED} means it may be trusted.
 *
 * @since 0.1.0
 */
public enum VerificationCode {
  /** The signature matches one of the secrets, the timestamp is fresh, the id is new. */
  VERIFIED,
  /** The provider's signature header is absent (or empty). */
  MISSING_HEADER,
  /**
   * The signature header cannot be read: bad encoding, wrong length, missing prefix or field, or
   * (Stripe) a timestamp that is not a decimal number of seconds.
   */
  MALFORMED_HEADER,
  /** The body cannot be read as its content type requires (Twilio: a bad form encoding). */
  MALFORMED_BODY,
  /** Twilio only: no URL was given, and Twilio signs the URL. */
  MISSING_URL,
  /** No secret computes the signature the header carries (tampered body, wrong secret...). */
  NO_SIGNATURE_MATCH,
  /** Stripe only: the signed timestamp is further than the tolerance from now, past or future. */
  TIMESTAMP_OUTSIDE_TOLERANCE,
  /** A verified delivery whose id the replay guard has already seen within its window. */
  REPLAYED,
  /** No secret is configured for the tenant and provider, so nothing can be verified. */
  NO_SECRET
}
