package com.wabotiq.client;

import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The tenant's subscription, the subscription tiers, and the tenant's current usage of its
 * tier's limits.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class SubscriptionResource extends Resource {
  SubscriptionResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the subscription: tier, status, billing cycle and dates.
   *
   * @return the subscription
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Subscription get() {
    return get(RequestOptions.none());
  }

  /**
   * Reads the subscription: tier, status, billing cycle and dates.
   *
   * @param options this request's options
   * @return the subscription
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Subscription get(RequestOptions options) {
    return call(getSpec(), options);
  }

  /**
   * Reads the subscription: tier, status, billing cycle and dates. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the subscription
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<Subscription> getWithResponse(RequestOptions options) {
    return response(getSpec(), options);
  }

  /**
   * Reads the subscription: tier, status, billing cycle and dates. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the subscription; it fails with an {@link ApiException}
   */
  public CompletableFuture<Subscription> getAsync() {
    return getAsync(RequestOptions.none());
  }

  /**
   * Reads the subscription: tier, status, billing cycle and dates. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the subscription; it fails with an {@link ApiException}
   */
  public CompletableFuture<Subscription> getAsync(RequestOptions options) {
    return async(getSpec(), options);
  }

  /**
   * Reads the subscription: tier, status, billing cycle and dates. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<Subscription>> getWithResponseAsync(RequestOptions options) {
    return responseAsync(getSpec(), options);
  }

  private Transport.Spec<Subscription> getSpec() {
    return get(path + "/subscription", Decoders.model(Subscription.class), true);
  }

  /**
   * Lists the subscription tiers with their prices, limits and features.
   *
   * @return the tiers, immutable
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public List<SubscriptionTier> tiers() {
    return tiers(RequestOptions.none());
  }

  /**
   * Lists the subscription tiers with their prices, limits and features.
   *
   * @param options this request's options
   * @return the tiers, immutable
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public List<SubscriptionTier> tiers(RequestOptions options) {
    return call(tiersSpec(), options);
  }

  /**
   * Lists the subscription tiers with their prices, limits and features. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the tiers, immutable
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<List<SubscriptionTier>> tiersWithResponse(RequestOptions options) {
    return response(tiersSpec(), options);
  }

  /**
   * Lists the subscription tiers with their prices, limits and features. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the tiers, immutable; it fails with an {@link ApiException}
   */
  public CompletableFuture<List<SubscriptionTier>> tiersAsync() {
    return tiersAsync(RequestOptions.none());
  }

  /**
   * Lists the subscription tiers with their prices, limits and features. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the tiers, immutable; it fails with an {@link ApiException}
   */
  public CompletableFuture<List<SubscriptionTier>> tiersAsync(RequestOptions options) {
    return async(tiersSpec(), options);
  }

  /**
   * Lists the subscription tiers with their prices, limits and features. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<List<SubscriptionTier>>> tiersWithResponseAsync(RequestOptions options) {
    return responseAsync(tiersSpec(), options);
  }

  private Transport.Spec<List<SubscriptionTier>> tiersSpec() {
    return get(path + "/tiers", Decoders.list(SubscriptionTier.class), true);
  }

  /**
   * Reads the current use of each limit of the tenant's tier, what remains and when it resets.
   *
   * @return the usage report
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public UsageReport usage() {
    return usage(RequestOptions.none());
  }

  /**
   * Reads the current use of each limit of the tenant's tier, what remains and when it resets.
   *
   * @param options this request's options
   * @return the usage report
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public UsageReport usage(RequestOptions options) {
    return call(usageSpec(), options);
  }

  /**
   * Reads the current use of each limit of the tenant's tier, what remains and when it resets. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the usage report
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<UsageReport> usageWithResponse(RequestOptions options) {
    return response(usageSpec(), options);
  }

  /**
   * Reads the current use of each limit of the tenant's tier, what remains and when it resets. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the usage report; it fails with an {@link ApiException}
   */
  public CompletableFuture<UsageReport> usageAsync() {
    return usageAsync(RequestOptions.none());
  }

  /**
   * Reads the current use of each limit of the tenant's tier, what remains and when it resets. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the usage report; it fails with an {@link ApiException}
   */
  public CompletableFuture<UsageReport> usageAsync(RequestOptions options) {
    return async(usageSpec(), options);
  }

  /**
   * Reads the current use of each limit of the tenant's tier, what remains and when it resets. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<UsageReport>> usageWithResponseAsync(RequestOptions options) {
    return responseAsync(usageSpec(), options);
  }

  private Transport.Spec<UsageReport> usageSpec() {
    return get(path + "/usage", Decoders::usage, false);
  }
}
