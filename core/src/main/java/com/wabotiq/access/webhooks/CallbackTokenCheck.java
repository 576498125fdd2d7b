package com.wabotiq.access.webhooks;

import com.wabotiq.internal.Checks;

/**
 * The answer to "does this callback carry the tenant's token?": a {@link Code} saying why. Only
 * {@link Code#VALID} and {@link Code#VALID_PREVIOUS} let a callback through; every other code is a
 * refusal, and the response to the caller should be the same for all of them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code why the callback was accepted or refused
 * @since 0.1.0
 */
public record CallbackTokenCheck(Code code) {
  /** Why a callback token was accepted or refused. */
  public enum Code {
    /** The token is the tenant's current one. */
    VALID,
    /** The token is the tenant's previous one, still inside its rotation window. */
    VALID_PREVIOUS,
    /** No token was presented (null or empty). */
    MISSING,
    /** The presented text cannot be a token: wrong length or a character outside Base62. */
    MALFORMED,
    /** The token is neither the tenant's current nor its previous one. */
    MISMATCH,
    /** The token is the tenant's previous one, whose rotation window has ended. */
    EXPIRED_PREVIOUS,
    /** The tenant has no callback token yet. */
    NOT_CONFIGURED,
    /** No tenant has this id. */
    UNKNOWN_TENANT,
    /** The tenant is soft-deleted. */
    TENANT_DELETED
  }

  /**
   * Checks the code is present.
   *
   * @param code why the callback was accepted or refused
   */
  public CallbackTokenCheck {
    Checks.notNull(code, "code");
  }

  /**
   * The check with this code.
   *
   * @param code the code
   * @return the check
   * @throws NullPointerException if {@code code} is null
   */
  public static CallbackTokenCheck of(Code code) {
    return new CallbackTokenCheck(code);
  }

  /**
   * Whether the callback may be processed.
   *
   * @return true for {@link Code#VALID} and {@link Code#VALID_PREVIOUS}
   */
  public boolean isValid() {
    return code == Code.VALID || code == Code.VALID_PREVIOUS;
  }
}
