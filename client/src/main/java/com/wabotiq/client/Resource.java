package com.wabotiq.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/** What every resource shares: the transport, the tenant's path, and how operations are sent. */
abstract class Resource {
  final Transport transport;
  final String path;

  Resource(Transport transport, String path) {
    this.transport = transport;
    this.path = path;
  }

  final <T> T call(Transport.Spec<T> spec, RequestOptions options) {
    return transport.execute(spec, java.util.Objects.requireNonNull(options, "options")).value();
  }

  final <T> ApiResponse<T> response(Transport.Spec<T> spec, RequestOptions options) {
    return transport.execute(spec, java.util.Objects.requireNonNull(options, "options"));
  }

  final <T> CompletableFuture<T> async(Transport.Spec<T> spec, RequestOptions options) {
    return transport.executeAsync(spec, java.util.Objects.requireNonNull(options, "options"))
        .map(ApiResponse::value);
  }

  final <T> CompletableFuture<ApiResponse<T>> responseAsync(
      Transport.Spec<T> spec, RequestOptions options) {
    return transport.executeAsync(spec, java.util.Objects.requireNonNull(options, "options"));
  }

  static <T> Transport.Spec<T> get(String path, Transport.Decoder<T> decoder, boolean cacheable) {
    return new Transport.Spec<>("GET", path, Map.of(), null, null, decoder, cacheable);
  }

  static <T> Transport.Spec<T> get(
      String path, Map<String, String> query, Transport.Decoder<T> decoder, boolean cacheable) {
    return new Transport.Spec<>("GET", path, query, null, null, decoder, cacheable);
  }

  static <T> Transport.Spec<T> write(String method, String path, byte @Nullable [] body,
      @Nullable MediaType type, Transport.Decoder<T> decoder) {
    return new Transport.Spec<>(method, path, Map.of(), body, type, decoder, false);
  }

  static byte[] json(Object model) {
    return utf8(Wire.CODEC.toJson(model));
  }

  static String jsonText(Object model) {
    return Wire.CODEC.toJson(model);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static void paging(Map<String, String> query, @Nullable String cursor, int limit) {
    if (cursor != null) {
      if (cursor.isEmpty()) {
        throw new IllegalArgumentException("cursor: not empty (null for the first page)");
      }
      query.put("cursor", cursor);
    }
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit: 1 to 100, not " + limit);
    }
    query.put("limit", Integer.toString(limit));
  }
}
