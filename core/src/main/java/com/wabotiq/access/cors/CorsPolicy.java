package com.wabotiq.access.cors;

import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's cross-origin (CORS) policy: decides whether a browser page of a given origin may call
 * the API, for an actual request ({@link #decide}) and for a preflight ({@link #decidePreflight}),
 * and gives the exact response headers to send.
 *
 * <p>The rules: an origin is allowed when it is the same origin as one of the allowed origins
 * (scheme and host compared without case, the scheme's default port implied: {@code
 * https://a.com} is {@code https://A.com:443}); never a {@code null}, malformed or unknown origin;
 * any well-formed origin only with {@link Builder#allowAnyOrigin}, which answers {@code *} and
 * cannot be combined with credentials. Methods are compared exactly (case-sensitive); header names
 * without case. See docs/access-cors.md.
 *
 * <p>Defaults are the reference's: methods {@code GET, POST, PUT, PATCH, DELETE}, headers {@code
 * Content-Type, Authorization, X-TENANT-ID}, max age one hour, no credentials, no exposed
 * headers, {@code https} origins only (and other non-{@code http} schemes such as app schemes).
 *
 * <p>Immutable and thread-safe; a decision does no I/O and reads no clock.
 *
 * @since 0.1.0
 */
public final class CorsPolicy {
  /** The reference's allowed methods: {@code GET, POST, PUT, PATCH, DELETE}. */
  public static final List<String> DEFAULT_METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  /** The reference's allowed headers: {@code Content-Type, Authorization, X-TENANT-ID}. */
  public static final List<String> DEFAULT_HEADERS =
      List.of("Content-Type", "Authorization", "X-TENANT-ID");

  /** The reference's preflight max age: 3600 seconds. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

  /** Methods the Fetch standard upper-cases before sending, so a lower-case one never arrives. */
  private static final Set<String> NORMALIZED_METHODS =
      Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

  private final List<String> origins;
  private final Set<String> originSet;
  private final boolean anyOrigin;
  private final boolean credentials;
  private final List<String> methods;
  private final Set<String> methodSet;
  private final Set<String> methodsUpper;
  private final List<String> headers;
  private final Set<String> headersLower;
  private final List<String> exposed;
  private final Duration maxAge;
  private final boolean httpOrigins;
  private final String allowMethods;
  private final String allowHeaders;
  private final String exposeHeaders;
  private final String maxAgeSeconds;

  private CorsPolicy(Builder b, List<String> origins) {
    this.origins = List.copyOf(origins);
    this.originSet = Set.copyOf(origins);
    this.anyOrigin = b.anyOrigin;
    this.credentials = b.credentials;
    this.methods = List.copyOf(new LinkedHashSet<>(b.methods));
    this.methodSet = Set.copyOf(methods);
    Set<String> upper = new HashSet<>();
    for (String m : methods) {
      upper.add(m.toUpperCase(Locale.ROOT));
    }
    this.methodsUpper = Set.copyOf(upper);
    this.headers = dedupeIgnoringCase(b.headers);
    this.headersLower = lowerSet(headers);
    this.exposed = dedupeIgnoringCase(b.exposed);
    this.maxAge = b.maxAge;
    this.httpOrigins = b.httpOrigins;
    this.allowMethods = String.join(", ", methods);
    this.allowHeaders = String.join(", ", headers);
    this.exposeHeaders = String.join(", ", exposed);
    this.maxAgeSeconds = Long.toString(b.maxAge.toSeconds());
  }

  /**
   * The policy of a tenant: its {@code allowed_origins} with the reference's defaults for the
   * rest. Use {@link #builder(Tenant)} to change a default.
   *
   * @param tenant the tenant, never null
   * @return the policy
   * @throws CorsConfigurationException when an allowed origin is malformed or uses {@code http}
   */
  public static CorsPolicy forTenant(Tenant tenant) {
    return builder(tenant).build();
  }

  /**
   * The policy a {@link CorsConfiguration} describes; an empty method or header list and an
   * absent max age take the reference's defaults.
   *
   * @param configuration the configuration, never null
   * @return the policy
   * @throws CorsConfigurationException naming the field that cannot be used
   */
  public static CorsPolicy of(CorsConfiguration configuration) {
    return builder(configuration).build();
  }

  /**
   * A builder with no allowed origin and the reference's defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with the tenant's {@code allowed_origins} and the reference's defaults.
   *
   * @param tenant the tenant, never null
   * @return a new builder
   */
  public static Builder builder(Tenant tenant) {
    Checks.notNull(tenant, "tenant");
    return new Builder().allowedOrigins(tenant.allowedOrigins());
  }

  /**
   * A builder with the configuration's values; an empty method or header list and an absent max
   * age keep the reference's defaults.
   *
   * @param configuration the configuration, never null
   * @return a new builder
   */
  public static Builder builder(CorsConfiguration configuration) {
    Checks.notNull(configuration, "configuration");
    Builder b = new Builder().allowedOrigins(configuration.allowedOrigins());
    if (!configuration.allowedMethods().isEmpty()) {
      b.allowedMethods(configuration.allowedMethods());
    }
    if (!configuration.allowedHeaders().isEmpty()) {
      b.allowedHeaders(configuration.allowedHeaders());
    }
    Duration maxAge = configuration.maxAge();
    if (maxAge != null) {
      b.maxAge(maxAge);
    }
    return b;
  }

  /**
   * The allowed origins in canonical form (lower case, default port left out), as browsers send
   * them; without duplicates.
   *
   * @return an unmodifiable list, empty when none is allowed
   */
  public List<String> allowedOrigins() {
    return origins;
  }

  /**
   * The allowed methods, exactly as configured, without duplicates.
   *
   * @return an unmodifiable list
   */
  public List<String> allowedMethods() {
    return methods;
  }

  /**
   * The allowed request headers, as first configured, without case-insensitive duplicates.
   *
   * @return an unmodifiable list
   */
  public List<String> allowedHeaders() {
    return headers;
  }

  /**
   * How long a browser may cache a preflight answer.
   *
   * @return the max age, whole seconds on the wire, never negative
   */
  public Duration maxAge() {
    return maxAge;
  }

  /**
   * Decides an actual (simple or preflighted) request: the origin must be allowed and the method
   * one of the allowed methods ({@code HEAD} counts as allowed when {@code GET} is).
   *
   * @param origin the request's {@code Origin} header value; null or empty when it has none
   * @param method the request's method, e.g. {@code GET}, never null
   * @return the decision and the headers to send, never null
   */
  public CorsDecision decide(@Nullable String origin, String method) {
    Checks.notNull(method, "method");
    OriginCheck checked = checkOrigin(origin, false);
    String allowOrigin = checked.allowOrigin();
    if (allowOrigin == null) {
      return checked.refusal();
    }
    CorsDecision methodRefusal = checkMethod(method, false, allowOrigin);
    if (methodRefusal != null) {
      return methodRefusal;
    }
    Map<String, String> out = grant(allowOrigin);
    if (!exposed.isEmpty()) {
      out.put(CorsDecision.EXPOSE_HEADERS, exposeHeaders);
    }
    out.put(CorsDecision.VARY, CorsDecision.VARY_ACTUAL);
    return CorsDecision.allowed(
        "origin " + describeOrigin(allowOrigin, origin) + " may call " + method, out);
  }

  /**
   * Decides a preflight ({@code OPTIONS} with {@code Origin} and {@code
   * Access-Control-Request-Method}): the origin must be allowed, the requested method one of the
   * allowed methods (exactly), and every requested header one of the allowed headers (ignoring
   * case).
   *
   * @param origin the {@code Origin} header value; null or empty when absent
   * @param requestMethod the {@code Access-Control-Request-Method} value; null when absent
   * @param requestHeaders the {@code Access-Control-Request-Headers} value (several headers of
   *     that name joined with commas); null or empty when absent
   * @return the decision and the headers to send, never null
   */
  public CorsDecision decidePreflight(
      @Nullable String origin, @Nullable String requestMethod, @Nullable String requestHeaders) {
    OriginCheck checked = checkOrigin(origin, true);
    String allowOrigin = checked.allowOrigin();
    if (allowOrigin == null) {
      return checked.refusal();
    }
    String method = requestMethod == null ? "" : Tokens.trimOws(requestMethod);
    if (method.isEmpty()) {
      return CorsDecision.refused(CorsCode.MISSING_REQUEST_METHOD,
          "no Access-Control-Request-Method: not a preflight request", true);
    }
    CorsDecision methodRefusal = checkMethod(method, true, allowOrigin);
    if (methodRefusal != null) {
      return methodRefusal;
    }
    String[] problem = {""};
    List<String> asked = Tokens.parseList(requestHeaders == null ? "" : requestHeaders, problem);
    if (asked == null) {
      return CorsDecision.refused(CorsCode.MALFORMED_REQUEST_HEADERS,
          "Access-Control-Request-Headers " + problem[0], true);
    }
    for (String name : asked) {
      if (!headersLower.contains(name)) {
        return CorsDecision.refused(CorsCode.HEADER_NOT_ALLOWED, "request header "
            + Tokens.quote(name) + " is not one of the allowed headers " + headers, true);
      }
    }
    Map<String, String> out = grant(allowOrigin);
    out.put(CorsDecision.ALLOW_METHODS, allowMethods);
    if (!headers.isEmpty()) {
      out.put(CorsDecision.ALLOW_HEADERS, allowHeaders);
    }
    out.put(CorsDecision.MAX_AGE, maxAgeSeconds);
    out.put(CorsDecision.VARY, CorsDecision.VARY_PREFLIGHT);
    return CorsDecision.allowed("preflight of " + method + " from "
        + describeOrigin(allowOrigin, origin) + " with headers " + asked + " allowed", out);
  }

  /**
   * The outcome of checking an origin: the value a grant names ({@code *} or the canonical
   * origin), or else the refusal.
   */
  private record OriginCheck(@Nullable String allowOrigin, CorsDecision refusal) {
    static OriginCheck allow(String allowOrigin) {
      return new OriginCheck(allowOrigin, NOT_REFUSED);
    }

    static OriginCheck refuse(CorsCode code, String detail, boolean preflight) {
      return new OriginCheck(null, CorsDecision.refused(code, detail, preflight));
    }
  }

  /** The placeholder refusal of an allowed origin; never returned. */
  private static final CorsDecision NOT_REFUSED =
      CorsDecision.refused(CorsCode.ALLOWED, "", false);

  private OriginCheck checkOrigin(@Nullable String header, boolean preflight) {
    String text = header == null ? "" : Tokens.trimOws(header);
    if (text.isEmpty()) {
      return OriginCheck.refuse(CorsCode.NO_ORIGIN,
          "no Origin header: not a cross-origin request from a browser", preflight);
    }
    if (text.equals("null")) {
      return OriginCheck.refuse(CorsCode.NULL_ORIGIN,
          "origin is null (an opaque origin any page can produce), never allowed", preflight);
    }
    Origin.Parsed parsed = Origin.parse(text);
    Origin origin = parsed.origin();
    if (origin == null) {
      return OriginCheck.refuse(CorsCode.MALFORMED_ORIGIN,
          "origin " + Tokens.quote(text) + " " + parsed.problem(), preflight);
    }
    if (anyOrigin) {
      return OriginCheck.allow("*");
    }
    if (!originSet.contains(origin.serialized())) {
      return OriginCheck.refuse(CorsCode.ORIGIN_NOT_ALLOWED, "origin " + Tokens.quote(text)
          + " is not one of the " + origins.size() + " allowed origins", preflight);
    }
    return OriginCheck.allow(origin.serialized());
  }

  private @Nullable CorsDecision checkMethod(String method, boolean preflight, String origin) {
    if (!Tokens.isToken(method)) {
      return CorsDecision.refused(CorsCode.MALFORMED_METHOD,
          "method " + Tokens.quote(method) + " is not an HTTP token", preflight);
    }
    if (methodSet.contains(method) || (method.equals("HEAD") && methodSet.contains("GET"))) {
      return null;
    }
    if (methodsUpper.contains(method.toUpperCase(Locale.ROOT))) {
      return CorsDecision.refused(CorsCode.METHOD_CASE_MISMATCH, "method " + Tokens.quote(method)
          + " matches an allowed method only ignoring case; methods are case-sensitive "
          + methods, preflight);
    }
    return CorsDecision.refused(CorsCode.METHOD_NOT_ALLOWED, "method " + Tokens.quote(method)
        + " from " + origin + " is not one of the allowed methods " + methods, preflight);
  }

  private Map<String, String> grant(String allowOrigin) {
    LinkedHashMap<String, String> out = new LinkedHashMap<>(8);
    out.put(CorsDecision.ALLOW_ORIGIN, allowOrigin);
    if (credentials) {
      out.put(CorsDecision.ALLOW_CREDENTIALS, "true");
    }
    return out;
  }

  private static String describeOrigin(String allowOrigin, @Nullable String header) {
    return allowOrigin.equals("*") ? Tokens.quote(Tokens.trimOws(String.valueOf(header)))
        : allowOrigin;
  }

  private static List<String> dedupeIgnoringCase(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (seen.add(n.toLowerCase(Locale.ROOT))) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> lowerSet(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      out.add(n.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The configuration, without the detail of each origin: e.g. {@code CorsPolicy{origins=2,
   * methods=[GET, POST], headers=[Authorization], maxAge=PT1H, credentials=false,
   * anyOrigin=false}}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "CorsPolicy{origins=" + origins + ", methods=" + methods + ", headers=" + headers
        + ", exposed=" + exposed + ", maxAge=" + maxAge + ", credentials=" + credentials
        + ", anyOrigin=" + anyOrigin + ", httpOrigins=" + httpOrigins + "}";
  }

  /**
   * Builds a {@link CorsPolicy}; every value is checked in {@link #build()}, which names the field
   * at fault. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private List<String> origins = List.of();
    private List<String> methods = DEFAULT_METHODS;
    private List<String> headers = DEFAULT_HEADERS;
    private List<String> exposed = List.of();
    private Duration maxAge = DEFAULT_MAX_AGE;
    private boolean credentials;
    private boolean anyOrigin;
    private boolean httpOrigins;

    private Builder() {}

    /**
     * Sets the allowed origins, each a serialized origin {@code scheme://host[:port]} (no path,
     * not even {@code /}). A wildcard is not an origin: use {@link #allowAnyOrigin}.
     *
     * @param origins the origins, copied; never null
     * @return this builder
     * @throws NullPointerException naming the index of a null element
     */
    public Builder allowedOrigins(Collection<String> origins) {
      this.origins = Checks.copyOf(Checks.notNull(origins, "allowed_origins"), "allowed_origins");
      return this;
    }

    /**
     * Sets the allowed methods, compared exactly (case-sensitive), e.g. {@code GET}; {@code
     * HEAD} is allowed whenever {@code GET} is.
     *
     * @param methods the methods, copied; never null, may be empty
     * @return this builder
     * @throws NullPointerException naming the index of a null element
     */
    public Builder allowedMethods(Collection<String> methods) {
      this.methods = Checks.copyOf(Checks.notNull(methods, "allowed_methods"), "allowed_methods");
      return this;
    }

    /**
     * Sets the request headers a preflight may ask for, compared without case.
     *
     * @param headers the header names, copied; never null, may be empty
     * @return this builder
     * @throws NullPointerException naming the index of a null element
     */
    public Builder allowedHeaders(Collection<String> headers) {
      this.headers = Checks.copyOf(Checks.notNull(headers, "allowed_headers"), "allowed_headers");
      return this;
    }

    /**
     * Sets the response headers a page's script may read beyond the CORS-safelisted ones ({@code
     * Access-Control-Expose-Headers}), e.g. {@code X-Request-Id}. None by default.
     *
     * @param headers the header names, copied; never null, may be empty
     * @return this builder
     * @throws NullPointerException naming the index of a null element
     */
    public Builder exposedHeaders(Collection<String> headers) {
      this.exposed = Checks.copyOf(Checks.notNull(headers, "exposed_headers"), "exposed_headers");
      return this;
    }

    /**
     * Sets how long a browser may cache a preflight answer; sent in whole seconds (browsers cap
     * it: Chromium at two hours).
     *
     * @param maxAge the max age, never null; must not be negative (checked in {@link #build()})
     * @return this builder
     */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = Checks.notNull(maxAge, "max_age");
      return this;
    }

    /**
     * Whether the browser may send cookies and HTTP authentication with the requests ({@code
     * Access-Control-Allow-Credentials: true}). Off by default: an API key in {@code
     * Authorization} set by the page's script needs no credentials mode.
     *
     * @param allow true to allow credentials; cannot be combined with {@link #allowAnyOrigin}
     * @return this builder
     */
    public Builder allowCredentials(boolean allow) {
      this.credentials = allow;
      return this;
    }

    /**
     * Whether every well-formed origin is allowed, answered with {@code
     * Access-Control-Allow-Origin: *}; {@code null} and malformed origins stay refused. Off by
     * default, and never taken from tenant data.
     *
     * @param allow true for the wildcard; cannot be combined with {@link #allowCredentials}
     * @return this builder
     */
    public Builder allowAnyOrigin(boolean allow) {
      this.anyOrigin = allow;
      return this;
    }

    /**
     * Whether allowed origins may use {@code http}. Off by default: a page served over plain HTTP
     * can be rewritten by anyone on its network path, so granting it access grants them. Turn it
     * on for local development ({@code http://localhost:3000}).
     *
     * @param allow true to accept {@code http} origins in {@link #allowedOrigins}
     * @return this builder
     */
    public Builder allowHttpOrigins(boolean allow) {
      this.httpOrigins = allow;
      return this;
    }

    /**
     * Checks every value and builds the policy.
     *
     * @return the policy, never null
     * @throws CorsConfigurationException naming the field, quoting the value and stating the rule,
     *     for: a malformed origin, an {@code http} origin without {@link #allowHttpOrigins}, a
     *     wildcard origin in the list, {@link #allowAnyOrigin} with {@link #allowCredentials}, a
     *     method or header name that is not an HTTP token or is {@code *}, a lower-case spelling
     *     of a method browsers upper-case, a negative max age
     */
    public CorsPolicy build() {
      if (anyOrigin && credentials) {
        throw new CorsConfigurationException("allow_credentials", "allow_credentials cannot be"
            + " combined with allow_any_origin: browsers refuse a wildcard origin with"
            + " credentials, and echoing any origin with credentials would open the API to"
            + " every site");
      }
      List<String> canonical = new ArrayList<>(origins.size());
      for (int i = 0; i < origins.size(); i++) {
        String origin = checkOrigin(origins.get(i), "allowed_origins[" + i + "]");
        if (!canonical.contains(origin)) {
          canonical.add(origin);
        }
      }
      for (int i = 0; i < methods.size(); i++) {
        checkMethod(methods.get(i), "allowed_methods[" + i + "]");
      }
      checkNames(headers, "allowed_headers");
      checkNames(exposed, "exposed_headers");
      if (maxAge.isNegative()) {
        throw new CorsConfigurationException("max_age",
            "max_age (" + maxAge + ") must not be negative");
      }
      return new CorsPolicy(this, canonical);
    }

    private String checkOrigin(String text, String field) {
      if (text.equals("*")) {
        throw new CorsConfigurationException(field, field + " (\"*\") is a wildcard, not an"
            + " origin; a wildcard is chosen in code with allowAnyOrigin(true), never in data");
      }
      if (text.equals("null")) {
        throw new CorsConfigurationException(field,
            field + " (\"null\") is the opaque origin, which any page can produce");
      }
      Origin.Parsed parsed = Origin.parse(text);
      Origin origin = parsed.origin();
      if (origin == null) {
        throw new CorsConfigurationException(field, field + " (" + Tokens.quote(text) + ") "
            + parsed.problem());
      }
      if (origin.scheme().equals("http") && !httpOrigins) {
        throw new CorsConfigurationException(field, field + " (" + Tokens.quote(text)
            + ") uses http; allow http origins explicitly (allowHttpOrigins) or use https");
      }
      return origin.serialized();
    }

    private static void checkMethod(String method, String field) {
      checkName(method, field, "method");
      String upper = method.toUpperCase(Locale.ROOT);
      if (!upper.equals(method) && NORMALIZED_METHODS.contains(upper)) {
        throw new CorsConfigurationException(field, field + " (" + Tokens.quote(method)
            + ") must be written " + upper + ": browsers always send this method upper-cased");
      }
    }

    private static void checkNames(List<String> names, String list) {
      for (int i = 0; i < names.size(); i++) {
        checkName(names.get(i), list + "[" + i + "]", "header name");
      }
    }

    private static void checkName(String name, String field, String what) {
      if (name.equals("*")) {
        throw new CorsConfigurationException(field, field + " (\"*\") is a wildcard; list each "
            + what + " (a wildcard does not cover Authorization, and means nothing with"
            + " credentials)");
      }
      if (!Tokens.isToken(name)) {
        throw new CorsConfigurationException(field, field + " (" + Tokens.quote(name)
            + ") must be an HTTP token (a " + what + ")");
      }
    }
  }
}
