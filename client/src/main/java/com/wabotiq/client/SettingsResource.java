package com.wabotiq.client;

import com.wabotiq.tenant.TenantSettings;
import java.util.concurrent.CompletableFuture;

/**
 * The tenant's settings: read with every credential masked to its hint, and updated partially
 * (a JSON merge patch) with credentials write-only.
 *
 * <p>Immutable and thread-safe; obtained from the {@link WabotiqClient}.
 *
 * @since 0.1.0
 */
public final class SettingsResource extends Resource {
  SettingsResource(Transport transport, String path) {
    super(transport, path);
  }

  /**
   * Reads the settings, each credential as its hint only.
   *
   * @return the settings and hints
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public MaskedSettings get() {
    return get(RequestOptions.none());
  }

  /**
   * Reads the settings, each credential as its hint only.
   *
   * @param options this request's options
   * @return the settings and hints
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public MaskedSettings get(RequestOptions options) {
    return call(getSpec(), options);
  }

  /**
   * Reads the settings, each credential as its hint only. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param options this request's options
   * @return the answer, its value the settings and hints
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   */
  public ApiResponse<MaskedSettings> getWithResponse(RequestOptions options) {
    return response(getSpec(), options);
  }

  /**
   * Reads the settings, each credential as its hint only. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @return a future of the settings and hints; it fails with an {@link ApiException}
   */
  public CompletableFuture<MaskedSettings> getAsync() {
    return getAsync(RequestOptions.none());
  }

  /**
   * Reads the settings, each credential as its hint only. Async, with this request's options.
   *
   * @param options this request's options
   * @return a future of the settings and hints; it fails with an {@link ApiException}
   */
  public CompletableFuture<MaskedSettings> getAsync(RequestOptions options) {
    return async(getSpec(), options);
  }

  /**
   * Reads the settings, each credential as its hint only. Async, with the HTTP answer.
   *
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<MaskedSettings>> getWithResponseAsync(RequestOptions options) {
    return responseAsync(getSpec(), options);
  }

  private Transport.Spec<MaskedSettings> getSpec() {
    return get(path + "/settings", Decoders::settings, true);
  }

  /**
   * Changes the fields the patch names; with {@link RequestOptions.Builder#ifMatch} only if the settings are still the version read.
   *
   * @param patch the fields to change
   * @return the settings after the change, credentials as hints
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the settings changed since
   * @throws InvalidRequestException if a value breaks a rule (each in {@link
   *     InvalidRequestException#fieldErrors()}); nothing is changed then
   */
  public MaskedSettings update(SettingsPatch patch) {
    return update(patch, RequestOptions.none());
  }

  /**
   * Changes the fields the patch names; with {@link RequestOptions.Builder#ifMatch} only if the settings are still the version read.
   *
   * @param patch the fields to change
   * @param options this request's options
   * @return the settings after the change, credentials as hints
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the settings changed since
   * @throws InvalidRequestException if a value breaks a rule (each in {@link
   *     InvalidRequestException#fieldErrors()}); nothing is changed then
   */
  public MaskedSettings update(SettingsPatch patch, RequestOptions options) {
    return call(updateSpec(patch), options);
  }

  /**
   * Changes the fields the patch names; with {@link RequestOptions.Builder#ifMatch} only if the settings are still the version read. With the HTTP answer: status, headers, request id, ETag, attempts.
   *
   * @param patch the fields to change
   * @param options this request's options
   * @return the answer, its value the settings after the change, credentials as hints
   * @throws ApiException if the call fails: a subclass says how (see {@link ApiException})
   * @throws ConflictException if {@code If-Match} was given and the settings changed since
   * @throws InvalidRequestException if a value breaks a rule (each in {@link
   *     InvalidRequestException#fieldErrors()}); nothing is changed then
   */
  public ApiResponse<MaskedSettings> updateWithResponse(SettingsPatch patch, RequestOptions options) {
    return response(updateSpec(patch), options);
  }

  /**
   * Changes the fields the patch names; with {@link RequestOptions.Builder#ifMatch} only if the settings are still the version read. Async: the future completes on the HTTP client's threads; cancelling it cancels the
   * request and any retry.
   *
   * @param patch the fields to change
   * @return a future of the settings after the change, credentials as hints; it fails with an {@link ApiException}
   */
  public CompletableFuture<MaskedSettings> updateAsync(SettingsPatch patch) {
    return updateAsync(patch, RequestOptions.none());
  }

  /**
   * Changes the fields the patch names; with {@link RequestOptions.Builder#ifMatch} only if the settings are still the version read. Async, with this request's options.
   *
   * @param patch the fields to change
   * @param options this request's options
   * @return a future of the settings after the change, credentials as hints; it fails with an {@link ApiException}
   */
  public CompletableFuture<MaskedSettings> updateAsync(SettingsPatch patch, RequestOptions options) {
    return async(updateSpec(patch), options);
  }

  /**
   * Changes the fields the patch names; with {@link RequestOptions.Builder#ifMatch} only if the settings are still the version read. Async, with the HTTP answer.
   *
   * @param patch the fields to change
   * @param options this request's options
   * @return a future of the answer; it fails with an {@link ApiException}
   */
  public CompletableFuture<ApiResponse<MaskedSettings>> updateWithResponseAsync(SettingsPatch patch, RequestOptions options) {
    return responseAsync(updateSpec(patch), options);
  }

  private Transport.Spec<MaskedSettings> updateSpec(SettingsPatch patch) {
    java.util.Objects.requireNonNull(patch, "patch");
    return write("PATCH", path + "/settings", patch.toJsonBytes(), Transport.MERGE_PATCH,
        Decoders::settings);
  }
}
