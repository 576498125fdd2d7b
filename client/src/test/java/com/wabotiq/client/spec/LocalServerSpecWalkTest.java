package com.wabotiq.client.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.json.JsonCodec;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.tenant.ApiScope;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of {@code docs/openapi.yaml} walked against a running {@link LocalApiServer}
 * with raw HTTP: a valid request per operation (from {@link #VALID}, keyed by operationId; an
 * operation of the spec without an entry fails, so a new operation cannot go untested), whose body
 * the spec's request schema accepts. Each answer must have a status the spec declares for the
 * operation (the success one for a valid request), a body the response's schema accepts (errors
 * against {@code Error}), and the headers the spec marks required ({@code X-Request-Id}, {@code
 * X-RateLimit-*}, {@code ETag} where declared, {@code Retry-After} on 429). Per operation the
 * refusals are walked too: 401 without a key, 422 and 400 for a body, 429 past the rate limit, and
 * 304 for a current {@code If-None-Match} where the spec declares it.
 */
@Timeout(120)
class LocalServerSpecWalkTest {
  private static final String ERROR = "Error";
  private static final JsonCodec CODEC = JsonCodec.lenient();

  /** An operation of the spec. */
  record Op(String id, String method, String path, Operation operation) {}

  /** A request to send: query, path parameters besides the tenant, body and its media type. */
  record Req(Map<String, String> query, Map<String, String> path, @Nullable String body,
      @Nullable String mediaType) {
    static Req none() {
      return new Req(Map.of(), Map.of(), null, null);
    }

    static Req query(Map<String, String> query) {
      return new Req(query, Map.of(), null, null);
    }

    static Req json(String body) {
      return new Req(Map.of(), Map.of(), body, "application/json");
    }
  }

  /** Builds the valid request of an operation against a tenant of a server. */
  @FunctionalInterface
  interface Valid {
    Req make(LocalApiServer server, SeededTenant tenant);
  }

  private static final SpecSchemas SCHEMAS = SpecSchemas.load();
  private static final OpenAPI API = parse();
  private static final Map<String, Op> OPS = operations();

  /** A valid request of every operation of the spec, by operationId. */
  static final Map<String, Valid> VALID = new TreeMap<>();

  static {
    for (String read : List.of("getTenant", "getSettings", "getAgentConfiguration",
        "getSubscription", "listTiers", "getUsage", "getCatalogSummary", "getServicesSummary",
        "getCustomersSummary", "getOrdersSummary", "getCors", "getWebhookUrls")) {
      VALID.put(read, (s, t) -> Req.none());
    }
    VALID.put("updateSettings", (s, t) -> new Req(Map.of(), Map.of(),
        "{\"llm_model\":\"gpt-4o-mini\",\"stripe_secret_key\":\"sk_test_"
            + UUID.randomUUID().toString().replace("-", "") + "\"}",
        "application/merge-patch+json"));
    VALID.put("replaceAgentConfiguration", (s, t) -> Req.json(
        CODEC.toJson(s.sdk().agentConfiguration(t.tenantId()).value().toBuilder()
            .customInstructions("Walked by the spec test.").build())));
    VALID.put("listDailyAnalytics", (s, t) -> Req.query(Map.of(
        "from", today().minusDays(30).toString(), "to", today().minusDays(1).toString(),
        "limit", "10")));
    VALID.put("getPerformanceMetrics", (s, t) -> {
      YearMonth lastMonth = YearMonth.from(today()).minusMonths(1);
      return Req.query(Map.of(
          "from", lastMonth.atDay(1).toString(), "to", lastMonth.atEndOfMonth().toString()));
    });
    VALID.put("listApiKeys", (s, t) -> Req.query(Map.of("limit", "10")));
    VALID.put("createApiKey", (s, t) -> Req.json("{\"name\":\"walk\",\"scopes\":[\"read\"],"
        + "\"expires_at\":\"" + Instant.now().plus(30, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.SECONDS) + "\"}"));
    VALID.put("rollApiKey", (s, t) -> new Req(Map.of(), Map.of("key_hash", freshKeyHash(s, t)),
        "{\"old_key_expires_at\":\"" + Instant.now().plus(1, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.SECONDS) + "\"}", "application/json"));
    VALID.put("revokeApiKey",
        (s, t) -> new Req(Map.of(), Map.of("key_hash", freshKeyHash(s, t)), null, null));
    VALID.put("replaceCors", (s, t) -> Req.json("{\"allowed_origins\":"
        + "[\"https://dashboard.acme.com\",\"https://app.acme.com\"],"
        + "\"allowed_methods\":[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\"],"
        + "\"allowed_headers\":[\"Content-Type\",\"Authorization\",\"X-TENANT-ID\"],"
        + "\"max_age\":600}"));
  }

  private static LocalApiServer server;
  private static SeededTenant tenant;
  private static LocalApiServer limited;
  private static SeededTenant limitedTenant;
  private static OkHttpClient http;

  @BeforeAll
  static void start() throws IOException {
    // a limit this walk never reaches; the fixed clock of the other keeps its window from ending
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    tenant = server.seedDemoTenant();
    limited = LocalApiServer.builder()
        .rateLimit(1, Duration.ofMinutes(1))
        .clock(Clock.fixed(Instant.now(), ZoneOffset.UTC))
        .build()
        .start();
    limitedTenant = limited.seedDemoTenant();
    http = new OkHttpClient();
    try (Response first = send(limited, limitedTenant, OPS.get("getTenant"), Req.none(), true,
        Map.of())) {
      assertThat(first.code()).as("the one request of the window").isEqualTo(200);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
    limited.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  static Stream<String> operationIds() {
    return OPS.keySet().stream();
  }

  @Test
  void everyOperationOfTheSpec_hasAValidRequest_andNoOther() {
    assertThat(OPS).as("operations of the spec").hasSize(21);
    assertThat(VALID.keySet()).as("operations with a valid request")
        .containsExactlyInAnyOrderElementsOf(OPS.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void validRequest_answersTheSuccessOfTheSpec(String id) throws IOException {
    Op op = OPS.get(id);
    Valid valid = VALID.get(id);
    assertThat(valid).as("no valid request for the spec's operation %s in VALID", id).isNotNull();
    Req req = valid.make(server, tenant);
    checkRequestBody(op, req);
    String success = successStatus(op);
    String etag;
    try (Response response = send(server, tenant, op, req, true, Map.of())) {
      etag = check(op, response, success, null);
    }
    if (op.operation().getResponses().containsKey("304")) {
      assertThat(etag).as("%s: ETag", id).isNotNull();
      Req again = valid.make(server, tenant);
      try (Response response = send(server, tenant, op, again, true,
          Map.of("If-None-Match", String.valueOf(etag)))) {
        check(op, response, "304", null);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void withoutAKey_isRefused401(String id) throws IOException {
    Op op = OPS.get(id);
    Req req = VALID.get(id).make(server, tenant);
    try (Response response = send(server, tenant, op, req, false, Map.of())) {
      check(op, response, "401", "invalid_api_key");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void aBrokenBody_isRefused422or400(String id) throws IOException {
    Op op = OPS.get(id);
    Req valid = VALID.get(id).make(server, tenant);
    if (op.operation().getRequestBody() == null) {
      assertThat(valid.body()).as("%s takes no body", id).isNull();
      return;
    }
    Req notAnObject = new Req(valid.query(), valid.path(), "[]", valid.mediaType());
    assertThat(SCHEMAS.validate(requestSchema(op), "[]")).as("[] is invalid").isNotEmpty();
    try (Response response = send(server, tenant, op, notAnObject, true, Map.of())) {
      check(op, response, "422", "invalid_request");
    }
    Req notJson = new Req(valid.query(), valid.path(), "{\"name\":", valid.mediaType());
    try (Response response = send(server, tenant, op, notJson, true, Map.of())) {
      check(op, response, "400", "malformed_request");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void pastTheRateLimit_isRefused429WithRetryAfter(String id) throws IOException {
    Op op = OPS.get(id);
    Req req = VALID.get(id).make(limited, limitedTenant);
    try (Response response = send(limited, limitedTenant, op, req, true, Map.of())) {
      check(op, response, "429", "rate_limited");
      assertThat(Long.parseLong(String.valueOf(response.header("Retry-After"))))
          .as("%s: Retry-After", id).isBetween(1L, 60L);
      assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("0");
    }
  }

  // ---- checks --------------------------------------------------------------------------------

  /**
   * Checks an answer against the spec: the expected status, declared for the operation; its
   * required headers; its body against the response's schema. Returns the answer's ETag.
   */
  private static @Nullable String check(Op op, Response response, String expected,
      @Nullable String errorCode) throws IOException {
    String status = Integer.toString(response.code());
    String body = response.body().string();
    String where = op.id() + " " + op.method() + " " + op.path() + " -> " + status + " " + body;
    assertThat(op.operation().getResponses().keySet()).as("declared statuses of %s", where)
        .contains(status);
    assertThat(status).as(where).isEqualTo(expected);
    ApiResponse declared = deref(op.operation().getResponses().get(status));
    Map<String, Header> headers =
        declared.getHeaders() == null ? Map.of() : declared.getHeaders();
    for (Map.Entry<String, Header> header : headers.entrySet()) {
      if (Boolean.TRUE.equals(deref(header.getValue()).getRequired())) {
        assertThat(response.header(header.getKey())).as("header %s of %s", header.getKey(), where)
            .isNotNull();
      }
    }
    assertThat(response.header("X-Request-Id")).as(where).startsWith("req_");
    Content content = declared.getContent();
    if (content == null) {
      assertThat(body).as("no body: %s", where).isEmpty();
      return response.header("ETag");
    }
    MediaType json = content.get("application/json");
    assertThat(json).as("application/json of %s", where).isNotNull();
    assertThat(response.header("Content-Type")).as(where).startsWith("application/json");
    String schema = responseSchema(op, status);
    if (errorCode != null) {
      assertThat(schema).as(where).isEqualTo(ERROR);
      assertThat(SpecSchemas.parse(body).path("error").path("code").asString())
          .as(where).isEqualTo(errorCode);
      assertThat(SpecSchemas.parse(body).path("error").path("request_id").asString())
          .as(where).isEqualTo(response.header("X-Request-Id"));
    }
    assertThat(SCHEMAS.validate(schema, body)).as("%s against %s", where, schema).isEmpty();
    return response.header("ETag");
  }

  private static void checkRequestBody(Op op, Req req) {
    if (op.operation().getRequestBody() == null) {
      assertThat(req.body()).as("%s takes no body", op.id()).isNull();
      return;
    }
    assertThat(req.body()).as("%s needs a body", op.id()).isNotNull();
    assertThat(op.operation().getRequestBody().getContent()).containsKey(req.mediaType());
    String schema = requestSchema(op);
    assertThat(SCHEMAS.validate(schema, String.valueOf(req.body())))
        .as("the request body of %s against %s: %s", op.id(), schema, req.body()).isEmpty();
  }

  private static String requestSchema(Op op) {
    JsonNode content = operationNode(op).path("requestBody").path("content");
    JsonNode media = content.propertyNames().stream().map(content::get).findFirst()
        .orElseThrow(() -> new AssertionError("no request media type of " + op.id()));
    return schemaName(media.path("schema").path("$ref").asString(null));
  }

  /**
   * The component schema of an answer, read from the spec document itself ({@code $ref} of the
   * response, then of its {@code application/json} schema).
   */
  private static String responseSchema(Op op, String status) {
    JsonNode response = operationNode(op).path("responses").path(status);
    String ref = response.path("$ref").asString(null);
    if (ref != null) {
      response = SCHEMAS.spec().path("components").path("responses")
          .path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schemaName(response.path("content").path("application/json").path("schema")
        .path("$ref").asString(null));
  }

  private static JsonNode operationNode(Op op) {
    JsonNode node = SCHEMAS.spec().path("paths").path(op.path())
        .path(op.method().toLowerCase(Locale.ROOT));
    assertThat(node.isObject()).as("%s %s in the spec", op.method(), op.path()).isTrue();
    return node;
  }

  private static String successStatus(Op op) {
    List<String> successes = op.operation().getResponses().keySet().stream()
        .filter(s -> s.startsWith("2"))
        .toList();
    assertThat(successes).as("success statuses of %s", op.id()).hasSize(1);
    return successes.get(0);
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private static Response send(LocalApiServer to, SeededTenant as, Op op, Req req,
      boolean withKey, Map<String, String> extra) throws IOException {
    String path = op.path().replace("{tenant_id}", as.tenantId().value());
    for (Map.Entry<String, String> parameter : req.path().entrySet()) {
      path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
    }
    assertThat(path).as("every path parameter of %s filled", op.id()).doesNotContain("{");
    HttpUrl.Builder url = HttpUrl.get(to.baseUri() + path).newBuilder();
    req.query().forEach(url::addQueryParameter);
    Request.Builder request = new Request.Builder()
        .url(url.build())
        .header("X-TENANT-ID", as.tenantId().value())
        .header("Accept", "application/json");
    if (withKey) {
      request.header("Authorization", "Bearer " + as.apiKey().reveal());
    }
    extra.forEach(request::header);
    String body = req.body();
    RequestBody requestBody = body == null
        ? null
        : RequestBody.create(body, okhttp3.MediaType.get(String.valueOf(req.mediaType())));
    request.method(op.method(), requestBody);
    return http.newCall(request.build()).execute();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static String freshKeyHash(LocalApiServer server, SeededTenant tenant) {
    return server.sdk().apiKeys()
        .issue(tenant.tenantId(), "walked", Set.of(ApiScope.READ, ApiScope.WRITE), null)
        .info().keyHash();
  }

  // ---- the spec ------------------------------------------------------------------------------

  private static OpenAPI parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser()
        .readLocation(SpecSchemas.specPath().toUri().toString(), null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException("the spec does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  private static Map<String, Op> operations() {
    Map<String, Op> ops = new TreeMap<>();
    API.getPaths().forEach((template, item) -> item.readOperationsMap().forEach(
        (method, operation) -> ops.put(operation.getOperationId(),
            new Op(operation.getOperationId(), method.name(), template, operation))));
    return new LinkedHashMap<>(ops);
  }

  private static String schemaName(@Nullable String ref) {
    assertThat(ref).as("a $ref to a component schema").startsWith("#/components/schemas/");
    return String.valueOf(ref).substring("#/components/schemas/".length());
  }

  private static ApiResponse deref(ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    ApiResponse resolved = API.getComponents().getResponses().get(name);
    assertThat(resolved).as(response.get$ref()).isNotNull();
    return resolved;
  }

  private static Header deref(Header header) {
    if (header.get$ref() == null) {
      return header;
    }
    String name = header.get$ref().substring(header.get$ref().lastIndexOf('/') + 1);
    Header resolved = API.getComponents().getHeaders().get(name);
    assertThat(resolved).as(header.get$ref()).isNotNull();
    return resolved;
  }
}
