package com.wabotiq.access.webhooks;

import com.wabotiq.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One inbound webhook delivery as it arrived: the raw body bytes (exactly as read from the wire,
 * before any JSON or form parsing, which would change what was signed), the headers (names match
 * regardless of case, each name may repeat) and, for Twilio, the full URL the provider called,
 * scheme, host, path and query included. Twilio's form fields are parsed from the raw body by the
 * verifier, never taken from a framework's parameter map. Immutable and thread-safe; the body is
 * copied in and out.
 *
 * @since 0.1.0
 */
public final class WebhookRequest {
  private final byte[] body;
  private final Map<String, List<String>> headers;
  private final @Nullable String url;

  private WebhookRequest(Builder builder) {
    this.body = builder.body.clone();
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.url = builder.url;
  }

  /**
   * A request with a body and headers, and no URL (enough for every provider but Twilio).
   *
   * @param body the raw body bytes; copied
   * @param headers the headers by name, each with its values in arrival order; copied
   * @return the request
   * @throws NullPointerException if an argument, a name or a value is null
   */
  public static WebhookRequest of(byte[] body, Map<String, ? extends Collection<String>> headers) {
    Builder builder = builder().body(body);
    Checks.notNull(headers, "headers").forEach((name, values) -> {
      Checks.notNull(values, "headers[" + name + "]").forEach(v -> builder.header(name, v));
    });
    return builder.build();
  }

  /**
   * A builder with an empty body, no headers and no URL.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy of the raw body.
   *
   * @return a new array
   */
  public byte[] body() {
    return body.clone();
  }

  /** The body itself, not copied: for the verifier only, which never changes it. */
  byte[] rawBody() {
    return body;
  }

  /**
   * The first value of a header, matched regardless of case.
   *
   * @param name the header name
   * @return its first value, or empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(Checks.notNull(name, "name"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every value of a header, matched regardless of case.
   *
   * @param name the header name
   * @return its values in arrival order; empty when absent
   */
  public List<String> headers(String name) {
    return headers.getOrDefault(Checks.notNull(name, "name"), List.of());
  }

  /** The first value of a header, or null: the verifier's allocation-free path. */
  @Nullable String firstHeader(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The full URL the provider called, as Twilio signs it.
   *
   * @return the URL, or empty when not given
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * The body size and header names; never a header value, the body or the URL's query.
   *
   * @return e.g. {@code WebhookRequest[body=2048 bytes, headers=[Stripe-Signature]]}
   */
  @Override
  public String toString() {
    return "WebhookRequest[body=" + body.length + " bytes, headers=" + headers.keySet() + "]";
  }

  /**
   * Builds a {@link WebhookRequest}; not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private byte[] body = new byte[0];
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private @Nullable String url;

    private Builder() {}

    /**
     * Sets the raw body.
     *
     * @param body the bytes as received; copied at {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code body} is null
     */
    public Builder body(byte[] body) {
      this.body = Checks.notNull(body, "body");
      return this;
    }

    /**
     * Adds a header value; a name given again (in any case) adds another value.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder header(String name, String value) {
      Checks.notNull(name, "name");
      Checks.notNull(value, "value");
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets the full URL the provider called (Twilio signs it), e.g. {@code
     * https://api.example.com/webhooks/twilio/acme?x=1}. Behind a proxy, the public URL.
     *
     * @param url the URL
     * @return this builder
     * @throws NullPointerException if {@code url} is null
     */
    public Builder url(String url) {
      this.url = Checks.notNull(url, "url");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public WebhookRequest build() {
      return new WebhookRequest(this);
    }
  }
}
