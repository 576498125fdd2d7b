package com.wabotiq.client;

import com.wabotiq.tenant.AgentConfiguration;
import java.util.concurrent.CompletableFuture;

/**
 * The tenant's agent configuration: persona, behaviour, features.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class AgentConfigurationResource extends Resource {
  AgentConfigurationResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the agent configuration.
   *
   * @return the configuration
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public AgentConfiguration get() {
    return get(RequestOptions.none());
  }

  /**
   * Reads the agent configuration.
   *
   * @param options this request's options
   * @return the configuration
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public AgentConfiguration get(RequestOptions options) {
    return call(getSpec(), options);
  }

  /**
   * Reads the agent configuration. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the configuration
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<AgentConfiguration> getWithResponse(RequestOptions options) {
    return response(getSpec(), options);
  }

  /**
   * Reads the agent configuration. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the configuration; it fails with an {@link ApiException}
   */
  public CompletableFuture<AgentConfiguration> getAsync() {
    return getAsync(RequestOptions.none());
  }

  /**
   * Reads the agent configuration. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the configuration; it fails with an {@link ApiException}
   */
  public CompletableFuture<AgentConfiguration> getAsync(RequestOptions options) {
    return async(getSpec(), options);
  }

  /**
   * Reads the agent configuration. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<AgentConfiguration>> getWithResponseAsync(RequestOptions options) {
    return responseAsync(getSpec(), options);
  }

  private Transport.Spec<AgentConfiguration> getSpec() {
    return get(path + "/agent-configuration", Decoders.model(AgentConfiguration.class), true);
  }

  /**
   * Replaces the agent configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read.
   *
   * @param configuration the whole new configuration
   * @return the configuration as stored
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the configuration changed since
   * @throws InvalidRequestException if a value breaks a rule
   */
  public AgentConfiguration replace(AgentConfiguration configuration) {
    return replace(configuration, RequestOptions.none());
  }

  /**
   * Replaces the agent configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return the configuration as stored
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the configuration changed since
   * @throws InvalidRequestException if a value breaks a rule
   */
  public AgentConfiguration replace(AgentConfiguration configuration, RequestOptions options) {
    return call(replaceSpec(configuration), options);
  }

  /**
   * Replaces the agent configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return the answer, its value the configuration as stored
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the configuration changed since
   * @throws InvalidRequestException if a value breaks a rule
   */
  public ApiResponse<AgentConfiguration> replaceWithResponse(AgentConfiguration configuration, RequestOptions options) {
    return response(replaceSpec(configuration), options);
  }

  /**
   * Replaces the agent configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param configuration the whole new configuration
   * @return a future of the configuration as stored; it fails with an {@link ApiException}
   */
  public CompletableFuture<AgentConfiguration> replaceAsync(AgentConfiguration configuration) {
    return replaceAsync(configuration, RequestOptions.none());
  }

  /**
   * Replaces the agent configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. Async, with this request's options.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return a future of the configuration as stored; it fails with an {@link ApiException}
   */
  public CompletableFuture<AgentConfiguration> replaceAsync(AgentConfiguration configuration, RequestOptions options) {
    return async(replaceSpec(configuration), options);
  }

  /**
   * Replaces the agent configuration; with {@link RequestOptions.Builder#ifMatch} only if it is still the version read. Async, with the HTTP answer.
   *
   * @param configuration the whole new configuration
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<AgentConfiguration>> replaceWithResponseAsync(AgentConfiguration configuration, RequestOptions options) {
    return responseAsync(replaceSpec(configuration), options);
  }

  private Transport.Spec<AgentConfiguration> replaceSpec(AgentConfiguration configuration) {
    java.util.Objects.requireNonNull(configuration, "configuration");
    return write("PUT", path + "/agent-configuration", json(configuration), Transport.JSON,
        Decoders.model(AgentConfiguration.class));
  }
}
