package com.wabotiq.client;

import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.spi.WabotiqException;

/**
 * The API key given to the client builder is not a WabotIQ key (wrong length, prefix or alphabet,
 * or a checksum that does not match: a mistyped key). Raised offline, before any request.
 *
 * @since 0.1.0
 */
public final class MalformedApiKeyException extends WabotiqException {
  private static final long serialVersionUID = 1L;

  /** What the offline check found. */
  private final ApiKeyFormat.Check finding;

  /**
   * Creates the failure.
   *
   * @param finding what the offline check found
   */
  public MalformedApiKeyException(ApiKeyFormat.Check finding) {
    super("the API key is not a WabotIQ API key: " + finding
        + " (keys are 48 characters, wbq_live_ or wbq_test_ then Base62 with a checksum)");
    this.finding = finding;
  }

  /**
   * What the offline check found.
   *
   * @return never {@link ApiKeyFormat.Check#WELL_FORMED}
   */
  public ApiKeyFormat.Check finding() {
    return finding;
  }
}
