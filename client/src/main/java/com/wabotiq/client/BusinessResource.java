package com.wabotiq.client;

import com.wabotiq.business.CustomerSummary;
import com.wabotiq.business.OrderSummary;
import com.wabotiq.business.ProductCatalogSummary;
import com.wabotiq.business.ServiceCatalogSummary;
import java.util.concurrent.CompletableFuture;

/**
 * Summaries of the tenant's business: product catalog, services, customers, orders.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class BusinessResource extends Resource {
  BusinessResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the product catalog summary.
   *
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ProductCatalogSummary catalog() {
    return catalog(RequestOptions.none());
  }

  /**
   * Reads the product catalog summary.
   *
   * @param options this request's options
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ProductCatalogSummary catalog(RequestOptions options) {
    return call(catalogSpec(), options);
  }

  /**
   * Reads the product catalog summary. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<ProductCatalogSummary> catalogWithResponse(RequestOptions options) {
    return response(catalogSpec(), options);
  }

  /**
   * Reads the product catalog summary. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<ProductCatalogSummary> catalogAsync() {
    return catalogAsync(RequestOptions.none());
  }

  /**
   * Reads the product catalog summary. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<ProductCatalogSummary> catalogAsync(RequestOptions options) {
    return async(catalogSpec(), options);
  }

  /**
   * Reads the product catalog summary. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<ProductCatalogSummary>> catalogWithResponseAsync(RequestOptions options) {
    return responseAsync(catalogSpec(), options);
  }

  private Transport.Spec<ProductCatalogSummary> catalogSpec() {
    return get(path + "/business/catalog", Decoders.model(ProductCatalogSummary.class), false);
  }

  /**
   * Reads the service catalog summary.
   *
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ServiceCatalogSummary services() {
    return services(RequestOptions.none());
  }

  /**
   * Reads the service catalog summary.
   *
   * @param options this request's options
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ServiceCatalogSummary services(RequestOptions options) {
    return call(servicesSpec(), options);
  }

  /**
   * Reads the service catalog summary. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<ServiceCatalogSummary> servicesWithResponse(RequestOptions options) {
    return response(servicesSpec(), options);
  }

  /**
   * Reads the service catalog summary. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<ServiceCatalogSummary> servicesAsync() {
    return servicesAsync(RequestOptions.none());
  }

  /**
   * Reads the service catalog summary. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<ServiceCatalogSummary> servicesAsync(RequestOptions options) {
    return async(servicesSpec(), options);
  }

  /**
   * Reads the service catalog summary. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<ServiceCatalogSummary>> servicesWithResponseAsync(RequestOptions options) {
    return responseAsync(servicesSpec(), options);
  }

  private Transport.Spec<ServiceCatalogSummary> servicesSpec() {
    return get(path + "/business/services", Decoders.model(ServiceCatalogSummary.class), false);
  }

  /**
   * Reads the customer summary.
   *
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public CustomerSummary customers() {
    return customers(RequestOptions.none());
  }

  /**
   * Reads the customer summary.
   *
   * @param options this request's options
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public CustomerSummary customers(RequestOptions options) {
    return call(customersSpec(), options);
  }

  /**
   * Reads the customer summary. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<CustomerSummary> customersWithResponse(RequestOptions options) {
    return response(customersSpec(), options);
  }

  /**
   * Reads the customer summary. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<CustomerSummary> customersAsync() {
    return customersAsync(RequestOptions.none());
  }

  /**
   * Reads the customer summary. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<CustomerSummary> customersAsync(RequestOptions options) {
    return async(customersSpec(), options);
  }

  /**
   * Reads the customer summary. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<CustomerSummary>> customersWithResponseAsync(RequestOptions options) {
    return responseAsync(customersSpec(), options);
  }

  private Transport.Spec<CustomerSummary> customersSpec() {
    return get(path + "/business/customers", Decoders.model(CustomerSummary.class), false);
  }

  /**
   * Reads the order summary.
   *
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public OrderSummary orders() {
    return orders(RequestOptions.none());
  }

  /**
   * Reads the order summary.
   *
   * @param options this request's options
   * @return the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public OrderSummary orders(RequestOptions options) {
    return call(ordersSpec(), options);
  }

  /**
   * Reads the order summary. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the summary
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<OrderSummary> ordersWithResponse(RequestOptions options) {
    return response(ordersSpec(), options);
  }

  /**
   * Reads the order summary. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<OrderSummary> ordersAsync() {
    return ordersAsync(RequestOptions.none());
  }

  /**
   * Reads the order summary. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the summary; it fails with an {@link ApiException}
   */
  public CompletableFuture<OrderSummary> ordersAsync(RequestOptions options) {
    return async(ordersSpec(), options);
  }

  /**
   * Reads the order summary. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<OrderSummary>> ordersWithResponseAsync(RequestOptions options) {
    return responseAsync(ordersSpec(), options);
  }

  private Transport.Spec<OrderSummary> ordersSpec() {
    return get(path + "/business/orders", Decoders.model(OrderSummary.class), false);
  }
}
