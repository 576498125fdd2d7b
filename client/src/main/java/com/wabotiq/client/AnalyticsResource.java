package com.wabotiq.client;

import com.wabotiq.analytics.DailyAnalytics;
import com.wabotiq.analytics.PerformanceMetrics;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's daily analytics, paged by cursor, and its performance over a period.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class AnalyticsResource extends Resource {
  AnalyticsResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Every day's analytics over a date range, fetched page by page (100 a page) as it is iterated.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the days, lazily
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public PagedIterable<DailyAnalytics> daily(LocalDate from, LocalDate to) {
    return daily(from, to, RequestOptions.none());
  }

  /**
   * Every day's analytics over a date range, each page requested with these options.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param options each page request's options
   * @return the days, lazily
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public PagedIterable<DailyAnalytics> daily(LocalDate from, LocalDate to, RequestOptions options) {
    range(from, to);
    return new PagedIterable<>(cursor -> dailyPage(from, to, cursor, 100, options));
  }

  private static Map<String, String> range(LocalDate from, LocalDate to) {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("from", from.toString());
    query.put("to", to.toString());
    return query;
  }

  /**
   * Reads one page of daily analytics over a date range.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @return the page
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Page<DailyAnalytics> dailyPage(LocalDate from, LocalDate to, @Nullable String cursor, int limit) {
    return dailyPage(from, to, cursor, limit, RequestOptions.none());
  }

  /**
   * Reads one page of daily analytics over a date range.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return the page
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Page<DailyAnalytics> dailyPage(LocalDate from, LocalDate to, @Nullable String cursor, int limit, RequestOptions options) {
    return call(dailyPageSpec(from, to, cursor, limit), options);
  }

  /**
   * Reads one page of daily analytics over a date range. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return the answer, its value the page
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<Page<DailyAnalytics>> dailyPageWithResponse(LocalDate from, LocalDate to, @Nullable String cursor, int limit, RequestOptions options) {
    return response(dailyPageSpec(from, to, cursor, limit), options);
  }

  /**
   * Reads one page of daily analytics over a date range. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @return a future of the page; it fails with an {@link ApiException}
   */
  public CompletableFuture<Page<DailyAnalytics>> dailyPageAsync(LocalDate from, LocalDate to, @Nullable String cursor, int limit) {
    return dailyPageAsync(from, to, cursor, limit, RequestOptions.none());
  }

  /**
   * Reads one page of daily analytics over a date range. Async, with this request's options.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return a future of the page; it fails with an {@link ApiException}
   */
  public CompletableFuture<Page<DailyAnalytics>> dailyPageAsync(LocalDate from, LocalDate to, @Nullable String cursor, int limit, RequestOptions options) {
    return async(dailyPageSpec(from, to, cursor, limit), options);
  }

  /**
   * Reads one page of daily analytics over a date range. Async, with the HTTP answer.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<Page<DailyAnalytics>>> dailyPageWithResponseAsync(LocalDate from, LocalDate to, @Nullable String cursor, int limit, RequestOptions options) {
    return responseAsync(dailyPageSpec(from, to, cursor, limit), options);
  }

  private Transport.Spec<Page<DailyAnalytics>> dailyPageSpec(LocalDate from, LocalDate to, @Nullable String cursor, int limit) {
    Map<String, String> query = range(from, to);
    paging(query, cursor, limit);
    return get(path + "/analytics/daily", query, Decoders.page(DailyAnalytics.class), false);
  }

  /**
   * Reads the performance metrics over a date range.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the metrics
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public PerformanceMetrics performance(LocalDate from, LocalDate to) {
    return performance(from, to, RequestOptions.none());
  }

  /**
   * Reads the performance metrics over a date range.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param options this request's options
   * @return the metrics
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public PerformanceMetrics performance(LocalDate from, LocalDate to, RequestOptions options) {
    return call(performanceSpec(from, to), options);
  }

  /**
   * Reads the performance metrics over a date range. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param options this request's options
   * @return the answer, its value the metrics
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<PerformanceMetrics> performanceWithResponse(LocalDate from, LocalDate to, RequestOptions options) {
    return response(performanceSpec(from, to), options);
  }

  /**
   * Reads the performance metrics over a date range. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return a future of the metrics; it fails with an {@link ApiException}
   */
  public CompletableFuture<PerformanceMetrics> performanceAsync(LocalDate from, LocalDate to) {
    return performanceAsync(from, to, RequestOptions.none());
  }

  /**
   * Reads the performance metrics over a date range. Async, with this request's options.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param options this request's options
   * @return a future of the metrics; it fails with an {@link ApiException}
   */
  public CompletableFuture<PerformanceMetrics> performanceAsync(LocalDate from, LocalDate to, RequestOptions options) {
    return async(performanceSpec(from, to), options);
  }

  /**
   * Reads the performance metrics over a date range. Async, with the HTTP answer.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<PerformanceMetrics>> performanceWithResponseAsync(LocalDate from, LocalDate to, RequestOptions options) {
    return responseAsync(performanceSpec(from, to), options);
  }

  private Transport.Spec<PerformanceMetrics> performanceSpec(LocalDate from, LocalDate to) {
    return get(path + "/analytics/performance", range(from, to), Decoders.model(PerformanceMetrics.class), false);
  }
}
