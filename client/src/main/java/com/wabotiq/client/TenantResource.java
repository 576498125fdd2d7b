package com.wabotiq.client;

import com.wabotiq.tenant.Tenant;
import java.util.concurrent.CompletableFuture;

/**
 * The tenant record ({@code GET /tenants/{tenant_id}}).
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class TenantResource extends Resource {
  TenantResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the tenant: name, slug, status, tier, trial and subscription dates. Its sealed Twilio fields are absent (null): the API shows them as hints only, which {@link SettingsResource#get()} gives.
   *
   * @return the tenant
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Tenant get() {
    return get(RequestOptions.none());
  }

  /**
   * Reads the tenant: name, slug, status, tier, trial and subscription dates. Its sealed Twilio fields are absent (null): the API shows them as hints only, which {@link SettingsResource#get()} gives.
   *
   * @param options this request's options
   * @return the tenant
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Tenant get(RequestOptions options) {
    return call(getSpec(), options);
  }

  /**
   * Reads the tenant: name, slug, status, tier, trial and subscription dates. Its sealed Twilio fields are absent (null): the API shows them as hints only, which {@link SettingsResource#get()} gives. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the tenant
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<Tenant> getWithResponse(RequestOptions options) {
    return response(getSpec(), options);
  }

  /**
   * Reads the tenant: name, slug, status, tier, trial and subscription dates. Its sealed Twilio fields are absent (null): the API shows them as hints only, which {@link SettingsResource#get()} gives. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the tenant; it fails with an {@link ApiException}
   */
  public CompletableFuture<Tenant> getAsync() {
    return getAsync(RequestOptions.none());
  }

  /**
   * Reads the tenant: name, slug, status, tier, trial and subscription dates. Its sealed Twilio fields are absent (null): the API shows them as hints only, which {@link SettingsResource#get()} gives. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the tenant; it fails with an {@link ApiException}
   */
  public CompletableFuture<Tenant> getAsync(RequestOptions options) {
    return async(getSpec(), options);
  }

  /**
   * Reads the tenant: name, slug, status, tier, trial and subscription dates. Its sealed Twilio fields are absent (null): the API shows them as hints only, which {@link SettingsResource#get()} gives. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<Tenant>> getWithResponseAsync(RequestOptions options) {
    return responseAsync(getSpec(), options);
  }

  private Transport.Spec<Tenant> getSpec() {
    return get(path, Decoders::tenant, true);
  }
}
