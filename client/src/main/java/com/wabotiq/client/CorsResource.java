package com.wabotiq.client;

import com.wabotiq.tenant.CorsConfiguration;
import java.util.concurrent.CompletableFuture;

/**
 * The tenant's CORS configuration: the browser origins allowed to call the API for it.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class CorsResource extends Resource {
  CorsResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the CORS configuration.
   *
   * @return the configuration
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public CorsConfiguration get() {
    return get(RequestOptions.none());
  }

  /**
   * Reads the CORS configuration.
   *
   * @param options this request's options
   * @return the configuration
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public CorsConfiguration get(RequestOptions options) {
    return call(getSpec(), options);
  }

  /**
   * Reads the CORS configuration. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the configuration
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<CorsConfiguration> getWithResponse(RequestOptions options) {
    return response(getSpec(), options);
  }

  /**
   * Reads the CORS configuration. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the configuration; it fails with an {@link ApiException}
   */
  public CompletableFuture<CorsConfiguration> getAsync() {
    return getAsync(RequestOptions.none());
  }

  /**
   * Reads the CORS configuration. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the configuration; it fails with an {@link ApiException}
   */
  public CompletableFuture<CorsConfiguration> getAsync(RequestOptions options) {
    return async(getSpec(), options);
  }

  /**
   * Reads the CORS configuration. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<CorsConfiguration>> getWithResponseAsync(RequestOptions options) {
    return responseAsync(getSpec(), options);
  }

  private Transport.Spec<CorsConfiguration> getSpec() {
    return get(path + "/cors", Decoders.model(CorsConfiguration.class), true);
  }

  /**
   * Replaces the CORS configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read.
   *
   * @param configuration the whole new configuration
   * @return the configuration as stored
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the configuration changed since
   * @throws InvalidRequestException if an origin is not a valid origin
   */
  public CorsConfiguration replace(CorsConfiguration configuration) {
    return replace(configuration, RequestOptions.none());
  }

  /**
   * Replaces the CORS configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return the configuration as stored
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the configuration changed since
   * @throws InvalidRequestException if an origin is not a valid origin
   */
  public CorsConfiguration replace(CorsConfiguration configuration, RequestOptions options) {
    return call(replaceSpec(configuration), options);
  }

  /**
   * Replaces the CORS configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return the answer, its value the configuration as stored
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the configuration changed since
   * @throws InvalidRequestException if an origin is not a valid origin
   */
  public ApiResponse<CorsConfiguration> replaceWithResponse(CorsConfiguration configuration, RequestOptions options) {
    return response(replaceSpec(configuration), options);
  }

  /**
   * Replaces the CORS configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param configuration the whole new configuration
   * @return a future of the configuration as stored; it fails with an {@link ApiException}
   */
  public CompletableFuture<CorsConfiguration> replaceAsync(CorsConfiguration configuration) {
    return replaceAsync(configuration, RequestOptions.none());
  }

  /**
   * Replaces the CORS configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. Async, with this request's options.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return a future of the configuration as stored; it fails with an {@link ApiException}
   */
  public CompletableFuture<CorsConfiguration> replaceAsync(CorsConfiguration configuration, RequestOptions options) {
    return async(replaceSpec(configuration), options);
  }

  /**
   * Replaces the CORS configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. Async, with the HTTP answer.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<CorsConfiguration>> replaceWithResponseAsync(CorsConfiguration configuration, RequestOptions options) {
    return responseAsync(replaceSpec(configuration), options);
  }

  private Transport.Spec<CorsConfiguration> replaceSpec(CorsConfiguration configuration) {
    java.util.Objects.requireNonNull(configuration, "configuration");
    return write("PUT", path + "/cors", json(configuration), Transport.JSON,
        Decoders.model(CorsConfiguration.class));
  }
}
