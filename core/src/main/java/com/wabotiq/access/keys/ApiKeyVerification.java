package com.wabotiq.access.keys;

import com.wabotiq.internal.Checks;
import com.wabotiq.types.TenantId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "may this key make this request?": valid or not, with a {@link ApiKeyCode code}
 * that tells the host why, the tenant the key belongs to when it was found, the key's info, and
 * what to tell the HTTP client ({@link #httpStatus()}, {@link #clientMessage()}), which never tells
 * an unknown key from a revoked, expired or mistyped one. A refusal is a normal answer, not an
 * exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ApiKeyVerification {
  private final ApiKeyCode code;
  private final Optional<TenantId> tenantId;
  private final Optional<ApiKeyInfo> key;

  private ApiKeyVerification(
      ApiKeyCode code, @Nullable TenantId tenantId, @Nullable ApiKeyInfo key) {
    this.code = code;
    this.tenantId = Optional.ofNullable(tenantId);
    this.key = Optional.ofNullable(key);
  }

  /**
   * An accepted key.
   *
   * @param tenantId the tenant that holds it
   * @param key the key's info
   * @return a valid verification
   * @throws NullPointerException if an argument is null
   */
  public static ApiKeyVerification valid(TenantId tenantId, ApiKeyInfo key) {
    return new ApiKeyVerification(
        ApiKeyCode.VALID, Checks.notNull(tenantId, "tenant_id"), Checks.notNull(key, "key"));
  }

  /**
   * A refused key.
   *
   * @param code why; not {@link ApiKeyCode#VALID}
   * @param tenantId the tenant that holds the key, when it was found; else null
   * @param key the key's info, when it was found; else null
   * @return a refusal
   * @throws IllegalArgumentException if {@code code} is {@link ApiKeyCode#VALID}
   * @throws NullPointerException if {@code code} is null
   */
  public static ApiKeyVerification refused(
      ApiKeyCode code, @Nullable TenantId tenantId, @Nullable ApiKeyInfo key) {
    Checks.notNull(code, "code");
    Checks.argument(code != ApiKeyCode.VALID, "code (%s) must be a refusal", code);
    return new ApiKeyVerification(code, tenantId, key);
  }

  /**
   * Whether the key may make the request.
   *
   * @return true only for {@link ApiKeyCode#VALID}
   */
  public boolean isValid() {
    return code == ApiKeyCode.VALID;
  }

  /**
   * Why the key was accepted or refused: for the host, never for the client.
   *
   * @return the code
   */
  public ApiKeyCode code() {
    return code;
  }

  /**
   * The tenant that holds the key: present when the key was found (always when valid).
   *
   * @return the tenant's id, or empty
   */
  public Optional<TenantId> tenantId() {
    return tenantId;
  }

  /**
   * The key's info: present when the key was found (always when valid).
   *
   * @return the info, or empty
   */
  public Optional<ApiKeyInfo> key() {
    return key;
  }

  /**
   * The HTTP status to answer with: 200 when valid, 401 when the key is not accepted, 403 when it
   * may not do this.
   *
   * @return the status
   */
  public int httpStatus() {
    return code.httpStatus();
  }

  /**
   * The message meant for the HTTP client; identical for every 401.
   *
   * @return e.g. {@code invalid API key}
   */
  public String clientMessage() {
    return code.clientMessage();
  }

  /** Shows the code, the tenant and the key's info; never the key. */
  @Override
  public String toString() {
    return "ApiKeyVerification[code=" + code.wireValue()
        + tenantId.map(t -> ", tenant_id=" + t.value()).orElse("")
        + key.map(k -> ", key=" + k).orElse("") + "]";
  }
}
