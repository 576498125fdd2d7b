package com.wabotiq.client;

import com.wabotiq.access.webhooks.WebhookEndpoint;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The URLs the tenant registers with each provider for inbound webhooks.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class WebhookUrlsResource extends Resource {
  WebhookUrlsResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the tenant's webhook URLs by endpoint.
   *
   * @return the URLs, immutable
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Map<WebhookEndpoint, String> get() {
    return get(RequestOptions.none());
  }

  /**
   * Reads the tenant's webhook URLs by endpoint.
   *
   * @param options this request's options
   * @return the URLs, immutable
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Map<WebhookEndpoint, String> get(RequestOptions options) {
    return call(getSpec(), options);
  }

  /**
   * Reads the tenant's webhook URLs by endpoint. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the URLs, immutable
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<Map<WebhookEndpoint, String>> getWithResponse(RequestOptions options) {
    return response(getSpec(), options);
  }

  /**
   * Reads the tenant's webhook URLs by endpoint. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the URLs, immutable; it fails with an {@link ApiException}
   */
  public CompletableFuture<Map<WebhookEndpoint, String>> getAsync() {
    return getAsync(RequestOptions.none());
  }

  /**
   * Reads the tenant's webhook URLs by endpoint. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the URLs, immutable; it fails with an {@link ApiException}
   */
  public CompletableFuture<Map<WebhookEndpoint, String>> getAsync(RequestOptions options) {
    return async(getSpec(), options);
  }

  /**
   * Reads the tenant's webhook URLs by endpoint. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<Map<WebhookEndpoint, String>>> getWithResponseAsync(RequestOptions options) {
    return responseAsync(getSpec(), options);
  }

  private Transport.Spec<Map<WebhookEndpoint, String>> getSpec() {
    return get(path + "/webhook-urls", Decoders::webhookUrls, true);
  }
}
