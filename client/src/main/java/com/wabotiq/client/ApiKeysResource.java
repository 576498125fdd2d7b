package com.wabotiq.client;

import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.access.keys.IssuedApiKey;
import com.wabotiq.tenant.ApiKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's API keys: list (never the keys themselves), create (the key is returned once),
 * roll, revoke. A key is named by its SHA-256 hash ({@link ApiKeyInfo#keyHash()}).
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class ApiKeysResource extends Resource {
  ApiKeysResource(Transport transport, String path) {
    super(transport, path);
  }

  private static final Pattern KEY_HASH = Pattern.compile("[0-9a-f]{64}");

  /**
   * Every API key of the tenant, fetched page by page (100 a page) as it is iterated.
   *
   * @return the keys, lazily
   */
  public PagedIterable<ApiKeyInfo> list() {
    return list(RequestOptions.none());
  }

  /**
   * Every API key of the tenant, each page requested with these options.
   *
   * @param options each page request's options
   * @return the keys, lazily
   */
  public PagedIterable<ApiKeyInfo> list(RequestOptions options) {
    return new PagedIterable<>(cursor -> listPage(cursor, 100, options));
  }

  private String keyPath(String keyHash) {
    java.util.Objects.requireNonNull(keyHash, "keyHash");
    if (!KEY_HASH.matcher(keyHash).matches()) {
      throw new IllegalArgumentException("keyHash: 64 lowercase hex digits expected");
    }
    return path + "/api-keys/" + keyHash;
  }

  /**
   * Reads one page of the tenant's API keys.
   *
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @return the page
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Page<ApiKeyInfo> listPage(@Nullable String cursor, int limit) {
    return listPage(cursor, limit, RequestOptions.none());
  }

  /**
   * Reads one page of the tenant's API keys.
   *
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return the page
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public Page<ApiKeyInfo> listPage(@Nullable String cursor, int limit, RequestOptions options) {
    return call(listPageSpec(cursor, limit), options);
  }

  /**
   * Reads one page of the tenant's API keys. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return the answer, its value the page
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<Page<ApiKeyInfo>> listPageWithResponse(@Nullable String cursor, int limit, RequestOptions options) {
    return response(listPageSpec(cursor, limit), options);
  }

  /**
   * Reads one page of the tenant's API keys. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @return a future of the page; it fails with an {@link ApiException}
   */
  public CompletableFuture<Page<ApiKeyInfo>> listPageAsync(@Nullable String cursor, int limit) {
    return listPageAsync(cursor, limit, RequestOptions.none());
  }

  /**
   * Reads one page of the tenant's API keys. Async, with this request's options.
   *
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return a future of the page; it fails with an {@link ApiException}
   */
  public CompletableFuture<Page<ApiKeyInfo>> listPageAsync(@Nullable String cursor, int limit, RequestOptions options) {
    return async(listPageSpec(cursor, limit), options);
  }

  /**
   * Reads one page of the tenant's API keys. Async, with the HTTP answer.
   *
   * @param cursor the page's cursor; null for the first page
   * @param limit items per page, 1 to 100
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<Page<ApiKeyInfo>>> listPageWithResponseAsync(@Nullable String cursor, int limit, RequestOptions options) {
    return responseAsync(listPageSpec(cursor, limit), options);
  }

  private Transport.Spec<Page<ApiKeyInfo>> listPageSpec(@Nullable String cursor, int limit) {
    Map<String, String> query = new LinkedHashMap<>();
    paging(query, cursor, limit);
    Transport.Decoder<Page<ApiKey>> keys = Decoders.page(ApiKey.class);
    return get(path + "/api-keys", query, body -> Decoders.apiKeyInfos(keys.decode(body)), false);
  }

  /**
   * Issues a new API key. The raw key is in the result this once: hand it to its user and forget it.
   *
   * @param request the name, scopes and expiry
   * @return the new key and its listing
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws PermissionException if the tenant's tier does not allow the scopes
   */
  public IssuedApiKey create(NewApiKey request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Issues a new API key. The raw key is in the result this once: hand it to its user and forget it.
   *
   * @param request the name, scopes and expiry
   * @param options this request's options
   * @return the new key and its listing
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws PermissionException if the tenant's tier does not allow the scopes
   */
  public IssuedApiKey create(NewApiKey request, RequestOptions options) {
    return call(createSpec(request), options);
  }

  /**
   * Issues a new API key. The raw key is in the result this once: hand it to its user and forget it. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param request the name, scopes and expiry
   * @param options this request's options
   * @return the answer, its value the new key and its listing
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws PermissionException if the tenant's tier does not allow the scopes
   */
  public ApiResponse<IssuedApiKey> createWithResponse(NewApiKey request, RequestOptions options) {
    return response(createSpec(request), options);
  }

  /**
   * Issues a new API key. The raw key is in the result this once: hand it to its user and forget it. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param request the name, scopes and expiry
   * @return a future of the new key and its listing; it fails with an {@link ApiException}
   */
  public CompletableFuture<IssuedApiKey> createAsync(NewApiKey request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Issues a new API key. The raw key is in the result this once: hand it to its user and forget it. Async, with this request's options.
   *
   * @param request the name, scopes and expiry
   * @param options this request's options
   * @return a future of the new key and its listing; it fails with an {@link ApiException}
   */
  public CompletableFuture<IssuedApiKey> createAsync(NewApiKey request, RequestOptions options) {
    return async(createSpec(request), options);
  }

  /**
   * Issues a new API key. The raw key is in the result this once: hand it to its user and forget it. Async, with the HTTP answer.
   *
   * @param request the name, scopes and expiry
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<IssuedApiKey>> createWithResponseAsync(NewApiKey request, RequestOptions options) {
    return responseAsync(createSpec(request), options);
  }

  private Transport.Spec<IssuedApiKey> createSpec(NewApiKey request) {
    java.util.Objects.requireNonNull(request, "request");
    StringBuilder body = new StringBuilder("{\"name\":").append(Wire.quote(request.name()))
        .append(",\"scopes\":[");
    for (int i = 0; i < request.scopes().size(); i++) {
      body.append(i == 0 ? "" : ",").append(jsonText(request.scopes().get(i)));
    }
    body.append(']');
    Instant expires = request.expiresAt();
    if (expires != null) {
      body.append(",\"expires_at\":").append(jsonText(expires));
    }
    return write("POST", path + "/api-keys", utf8(body.append('}').toString()), Transport.JSON,
        Decoders::issued);
  }

  /**
   * Rolls a key: a new one with the same name and scopes now, the old one working until the given instant.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param oldKeyExpiresAt when the old key stops working
   * @return the new key and its listing
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws IllegalArgumentException if {@code keyHash} is not 64 lowercase hex digits
   * @throws NotFoundException if the tenant has no such key
   */
  public IssuedApiKey roll(String keyHash, Instant oldKeyExpiresAt) {
    return roll(keyHash, oldKeyExpiresAt, RequestOptions.none());
  }

  /**
   * Rolls a key: a new one with the same name and scopes now, the old one working until the given instant.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param oldKeyExpiresAt when the old key stops working
   * @param options this request's options
   * @return the new key and its listing
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws IllegalArgumentException if {@code keyHash} is not 64 lowercase hex digits
   * @throws NotFoundException if the tenant has no such key
   */
  public IssuedApiKey roll(String keyHash, Instant oldKeyExpiresAt, RequestOptions options) {
    return call(rollSpec(keyHash, oldKeyExpiresAt), options);
  }

  /**
   * Rolls a key: a new one with the same name and scopes now, the old one working until the given instant. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param oldKeyExpiresAt when the old key stops working
   * @param options this request's options
   * @return the answer, its value the new key and its listing
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws IllegalArgumentException if {@code keyHash} is not 64 lowercase hex digits
   * @throws NotFoundException if the tenant has no such key
   */
  public ApiResponse<IssuedApiKey> rollWithResponse(String keyHash, Instant oldKeyExpiresAt, RequestOptions options) {
    return response(rollSpec(keyHash, oldKeyExpiresAt), options);
  }

  /**
   * Rolls a key: a new one with the same name and scopes now, the old one working until the given instant. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param oldKeyExpiresAt when the old key stops working
   * @return a future of the new key and its listing; it fails with an {@link ApiException}
   */
  public CompletableFuture<IssuedApiKey> rollAsync(String keyHash, Instant oldKeyExpiresAt) {
    return rollAsync(keyHash, oldKeyExpiresAt, RequestOptions.none());
  }

  /**
   * Rolls a key: a new one with the same name and scopes now, the old one working until the given instant. Async, with this request's options.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param oldKeyExpiresAt when the old key stops working
   * @param options this request's options
   * @return a future of the new key and its listing; it fails with an {@link ApiException}
   */
  public CompletableFuture<IssuedApiKey> rollAsync(String keyHash, Instant oldKeyExpiresAt, RequestOptions options) {
    return async(rollSpec(keyHash, oldKeyExpiresAt), options);
  }

  /**
   * Rolls a key: a new one with the same name and scopes now, the old one working until the given instant. Async, with the HTTP answer.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param oldKeyExpiresAt when the old key stops working
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<IssuedApiKey>> rollWithResponseAsync(String keyHash, Instant oldKeyExpiresAt, RequestOptions options) {
    return responseAsync(rollSpec(keyHash, oldKeyExpiresAt), options);
  }

  private Transport.Spec<IssuedApiKey> rollSpec(String keyHash, Instant oldKeyExpiresAt) {
    java.util.Objects.requireNonNull(oldKeyExpiresAt, "oldKeyExpiresAt");
    return write("POST", keyPath(keyHash) + "/roll",
        utf8("{\"old_key_expires_at\":" + jsonText(oldKeyExpiresAt) + "}"), Transport.JSON,
        Decoders::issued);
  }

  /**
   * Revokes a key at once.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @return the key's listing, inactive
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws IllegalArgumentException if {@code keyHash} is not 64 lowercase hex digits
   * @throws NotFoundException if the tenant has no such key
   */
  public ApiKeyInfo revoke(String keyHash) {
    return revoke(keyHash, RequestOptions.none());
  }

  /**
   * Revokes a key at once.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param options this request's options
   * @return the key's listing, inactive
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws IllegalArgumentException if {@code keyHash} is not 64 lowercase hex digits
   * @throws NotFoundException if the tenant has no such key
   */
  public ApiKeyInfo revoke(String keyHash, RequestOptions options) {
    return call(revokeSpec(keyHash), options);
  }

  /**
   * Revokes a key at once. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param options this request's options
   * @return the answer, its value the key's listing, inactive
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws IllegalArgumentException if {@code keyHash} is not 64 lowercase hex digits
   * @throws NotFoundException if the tenant has no such key
   */
  public ApiResponse<ApiKeyInfo> revokeWithResponse(String keyHash, RequestOptions options) {
    return response(revokeSpec(keyHash), options);
  }

  /**
   * Revokes a key at once. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @return a future of the key's listing, inactive; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiKeyInfo> revokeAsync(String keyHash) {
    return revokeAsync(keyHash, RequestOptions.none());
  }

  /**
   * Revokes a key at once. Async, with this request's options.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param options this request's options
   * @return a future of the key's listing, inactive; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiKeyInfo> revokeAsync(String keyHash, RequestOptions options) {
    return async(revokeSpec(keyHash), options);
  }

  /**
   * Revokes a key at once. Async, with the HTTP answer.
   *
   * @param keyHash the key's hash, 64 lowercase hex digits
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<ApiKeyInfo>> revokeWithResponseAsync(String keyHash, RequestOptions options) {
    return responseAsync(revokeSpec(keyHash), options);
  }

  private Transport.Spec<ApiKeyInfo> revokeSpec(String keyHash) {
    return write("DELETE", keyPath(keyHash), null, null, Decoders::apiKeyInfo);
  }
}
