package com.wabotiq.client.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/openapi.yaml} parses cleanly with swagger-parser and says exactly what the wire
 * contract of the hosted API v1 says: its 21 operations, their security, tenant parameters,
 * headers, conditional requests, pages and errors.
 */
class OpenApiSpecTest {
  /** The contract's operations: operationId to "METHOD path". */
  static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

  static {
    String t = "/tenants/{tenant_id}";
    OPERATIONS.put("getTenant", "GET " + t);
    OPERATIONS.put("getSettings", "GET " + t + "/settings");
    OPERATIONS.put("updateSettings", "PATCH " + t + "/settings");
    OPERATIONS.put("getAgentConfiguration", "GET " + t + "/agent-configuration");
    OPERATIONS.put("replaceAgentConfiguration", "PUT " + t + "/agent-configuration");
    OPERATIONS.put("getSubscription", "GET " + t + "/subscription");
    OPERATIONS.put("listTiers", "GET " + t + "/tiers");
    OPERATIONS.put("getUsage", "GET " + t + "/usage");
    OPERATIONS.put("listDailyAnalytics", "GET " + t + "/analytics/daily");
    OPERATIONS.put("getPerformanceMetrics", "GET " + t + "/analytics/performance");
    OPERATIONS.put("getCatalogSummary", "GET " + t + "/business/catalog");
    OPERATIONS.put("getServicesSummary", "GET " + t + "/business/services");
    OPERATIONS.put("getCustomersSummary", "GET " + t + "/business/customers");
    OPERATIONS.put("getOrdersSummary", "GET " + t + "/business/orders");
    OPERATIONS.put("listApiKeys", "GET " + t + "/api-keys");
    OPERATIONS.put("createApiKey", "POST " + t + "/api-keys");
    OPERATIONS.put("rollApiKey", "POST " + t + "/api-keys/{key_hash}/roll");
    OPERATIONS.put("revokeApiKey", "DELETE " + t + "/api-keys/{key_hash}");
    OPERATIONS.put("getCors", "GET " + t + "/cors");
    OPERATIONS.put("replaceCors", "PUT " + t + "/cors");
    OPERATIONS.put("getWebhookUrls", "GET " + t + "/webhook-urls");
  }

  /** The success status and body schema of each operation (null: no body). */
  static final Map<String, String> SUCCESS =
      Map.ofEntries(
          Map.entry("getTenant", "200 Tenant"),
          Map.entry("getSettings", "200 TenantSettings"),
          Map.entry("updateSettings", "200 TenantSettings"),
          Map.entry("getAgentConfiguration", "200 AgentConfiguration"),
          Map.entry("replaceAgentConfiguration", "200 AgentConfiguration"),
          Map.entry("getSubscription", "200 Subscription"),
          Map.entry("listTiers", "200 TierList"),
          Map.entry("getUsage", "200 UsageReport"),
          Map.entry("listDailyAnalytics", "200 DailyAnalyticsPage"),
          Map.entry("getPerformanceMetrics", "200 PerformanceMetrics"),
          Map.entry("getCatalogSummary", "200 ProductCatalogSummary"),
          Map.entry("getServicesSummary", "200 ServiceCatalogSummary"),
          Map.entry("getCustomersSummary", "200 CustomerSummary"),
          Map.entry("getOrdersSummary", "200 OrderSummary"),
          Map.entry("listApiKeys", "200 ApiKeyPage"),
          Map.entry("createApiKey", "201 IssuedApiKey"),
          Map.entry("rollApiKey", "201 IssuedApiKey"),
          Map.entry("revokeApiKey", "200 ApiKey"),
          Map.entry("getCors", "200 CorsConfiguration"),
          Map.entry("replaceCors", "200 CorsConfiguration"),
          Map.entry("getWebhookUrls", "200 WebhookUrls"));

  /** Request bodies: operationId to "media-type Schema". */
  static final Map<String, String> BODIES =
      Map.of(
          "updateSettings", "application/merge-patch+json SettingsPatch",
          "replaceAgentConfiguration", "application/json AgentConfiguration",
          "createApiKey", "application/json ApiKeyCreate",
          "rollApiKey", "application/json ApiKeyRoll",
          "replaceCors", "application/json CorsConfiguration");

  static final Set<String> CONDITIONAL_GETS =
      Set.of("getTenant", "getSettings", "getAgentConfiguration", "getSubscription", "getCors");
  static final Set<String> CONDITIONAL_WRITES =
      Set.of("updateSettings", "replaceAgentConfiguration", "replaceCors");
  static final Set<String> LISTS = Set.of("listDailyAnalytics", "listApiKeys");

  /** The error codes of the contract, by status. */
  static final List<String> ERROR_CODES =
      List.of(
          "malformed_request",
          "invalid_api_key",
          "insufficient_scope",
          "tenant_mismatch",
          "tenant_forbidden",
          "tier_forbids",
          "not_found",
          "version_conflict",
          "idempotency_conflict",
          "payload_too_large",
          "unsupported_media_type",
          "invalid_request",
          "rate_limited",
          "internal_error",
          "unavailable");

  private static final String ERROR_REF = "#/components/schemas/Error";

  private static SwaggerParseResult result;
  private static OpenAPI api;
  private static Map<String, Op> ops;

  /** One operation with its method, path and the parameters of its path item and its own. */
  record Op(String id, String method, String path, Operation operation, List<Parameter> params) {
    Optional<Parameter> param(String in, String name) {
      return params.stream()
          .filter(p -> in.equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
          .findFirst();
    }
  }

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    result =
        new OpenAPIV3Parser()
            .readLocation(SpecSchemas.specPath().toUri().toString(), null, options);
    api = result.getOpenAPI();
    ops = new TreeMap<>();
    if (api == null) {
      return;
    }
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          List<Parameter> params = new ArrayList<>();
                          Stream.concat(
                                  Optional.ofNullable(item.getParameters()).stream()
                                      .flatMap(List::stream),
                                  Optional.ofNullable(op.getParameters()).stream()
                                      .flatMap(List::stream))
                              .map(OpenApiSpecTest::deref)
                              .forEach(params::add);
                          ops.put(
                              op.getOperationId(),
                              new Op(op.getOperationId(), method.name(), path, op, params));
                        }));
  }

  static Stream<String> operationIds() {
    return OPERATIONS.keySet().stream();
  }

  @Test
  void parses_withoutMessages_asOpenApi31() {
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).startsWith("3.1.");
    assertThat(api.getServers()).hasSize(1);
    assertThat(api.getServers().get(0).getUrl()).isEqualTo("https://api.wabotiq.com/v1");
  }

  @Test
  void declares_exactlyTheContractsOperations() {
    Map<String, String> declared = new LinkedHashMap<>();
    ops.forEach((id, op) -> declared.put(id, op.method() + " " + op.path()));
    assertThat(declared).containsExactlyInAnyOrderEntriesOf(OPERATIONS);
  }

  @Test
  void bearerAuth_isHttpBearer_andRequiredGlobally() {
    SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("bearerAuth");
    assertThat(scheme).isNotNull();
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(scheme.getScheme()).isEqualTo("bearer");
    assertThat(api.getSecurity()).extracting(r -> r.keySet()).containsExactly(Set.of("bearerAuth"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyOperation_hasBearerAuthTenantParametersAndCommonErrors(String id) {
    Op op = op(id);
    List<SecurityRequirement> security =
        Optional.ofNullable(op.operation().getSecurity()).orElse(api.getSecurity());
    assertThat(security).extracting(r -> r.keySet()).containsExactly(Set.of("bearerAuth"));

    Parameter tenant = op.param("path", "tenant_id").orElseThrow(() -> missing(id, "tenant_id"));
    assertThat(tenant.getRequired()).isTrue();
    assertThat(tenant.getSchema().getFormat()).isEqualTo("uuid");
    Parameter header =
        op.param("header", "X-TENANT-ID").orElseThrow(() -> missing(id, "X-TENANT-ID"));
    assertThat(header.getName()).isEqualTo("X-TENANT-ID");
    assertThat(header.getRequired()).isTrue();
    assertThat(header.getSchema().getFormat()).isEqualTo("uuid");

    for (String status : List.of("400", "401", "403", "404", "429", "500", "503")) {
      ApiResponse response = response(op, status);
      assertThat(schemaRef(response, "application/json"))
          .as("%s %s body", id, status)
          .isEqualTo(ERROR_REF);
    }
    assertThat(response(op, "429").getHeaders()).containsKey("Retry-After");
    assertThat(headerSchemaType(response(op, "429"), "Retry-After")).isEqualTo("string");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyResponse_carriesRequestIdAndRateLimitHeaders(String id) {
    Op op = op(id);
    assertThat(op.operation().getResponses()).isNotEmpty();
    op.operation()
        .getResponses()
        .forEach(
            (status, raw) -> {
              ApiResponse response = deref(raw);
              for (String name :
                  List.of(
                      "X-Request-Id",
                      "X-RateLimit-Limit",
                      "X-RateLimit-Remaining",
                      "X-RateLimit-Reset")) {
                assertThat(response.getHeaders()).as("%s %s", id, status).containsKey(name);
                assertThat(deref(response.getHeaders().get(name)).getRequired()).isTrue();
              }
              assertThat(headerSchemaType(response, "X-RateLimit-Reset")).isEqualTo("integer");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void successResponse_isTheContracts(String id) {
    String[] expected = SUCCESS.get(id).split(" ", -1);
    Op op = op(id);
    List<String> successes =
        op.operation().getResponses().keySet().stream().filter(s -> s.startsWith("2")).toList();
    assertThat(successes).containsExactly(expected[0]);
    ApiResponse response = response(op, expected[0]);
    if (expected[1].equals("-")) {
      assertThat(response.getContent()).isNullOrEmpty();
    } else {
      assertThat(schemaRef(response, "application/json"))
          .isEqualTo("#/components/schemas/" + expected[1]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void requestBody_isTheContracts_andBodyErrorsAreDeclared(String id) {
    Op op = op(id);
    String body = BODIES.get(id);
    if (body == null) {
      assertThat(op.operation().getRequestBody()).isNull();
      assertThat(op.operation().getResponses()).doesNotContainKeys("413", "415", "422");
      return;
    }
    String[] expected = body.split(" ", -1);
    assertThat(op.operation().getRequestBody().getRequired()).isTrue();
    assertThat(op.operation().getRequestBody().getContent()).containsOnlyKeys(expected[0]);
    assertThat(op.operation().getRequestBody().getContent().get(expected[0]).getSchema().get$ref())
        .isEqualTo("#/components/schemas/" + expected[1]);
    for (String status : List.of("413", "415", "422")) {
      assertThat(schemaRef(response(op, status), "application/json")).isEqualTo(ERROR_REF);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void posts_takeAnIdempotencyKey_andDeclareItsConflict(String id) {
    Op op = op(id);
    Optional<Parameter> key = op.param("header", "Idempotency-Key");
    if (!op.method().equals("POST")) {
      assertThat(key).as(id).isEmpty();
      return;
    }
    Parameter parameter = key.orElseThrow(() -> missing(id, "Idempotency-Key"));
    assertThat(parameter.getRequired()).isNotEqualTo(true);
    assertThat(parameter.getSchema().getMinLength()).isEqualTo(1);
    assertThat(parameter.getSchema().getMaxLength()).isEqualTo(255);
    assertThat(parameter.getSchema().getPattern()).isEqualTo("^[\\x20-\\x7E]+$");
    assertThat(response(op, "409")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void lists_takeCursorAndLimit_andAnswerAPage(String id) {
    Op op = op(id);
    Optional<Parameter> cursor = op.param("query", "cursor");
    Optional<Parameter> limit = op.param("query", "limit");
    if (!LISTS.contains(id)) {
      assertThat(cursor).as(id).isEmpty();
      assertThat(limit).as(id).isEmpty();
      return;
    }
    assertThat(cursor.orElseThrow(() -> missing(id, "cursor")).getRequired()).isNotEqualTo(true);
    Schema<?> limitSchema = limit.orElseThrow(() -> missing(id, "limit")).getSchema();
    assertThat(limitSchema.getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(limitSchema.getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(100));
    assertThat(limitSchema.getDefault()).hasToString("20");
    String page = schemaRef(response(op, "200"), "application/json");
    Schema<?> schema = componentSchema(page);
    assertThat(schema.getProperties()).containsOnlyKeys("data", "next_cursor", "has_more");
    assertThat(schema.getRequired()).containsExactlyInAnyOrder("data", "has_more");
    assertThat(schema.getProperties().get("data").getItems()).isNotNull();
  }

  @Test
  void datedOperations_requireFromAndToDates() {
    for (String id : List.of("listDailyAnalytics", "getPerformanceMetrics")) {
      Op op = op(id);
      for (String name : List.of("from", "to")) {
        Parameter p = op.param("query", name).orElseThrow(() -> missing(id, name));
        assertThat(p.getRequired()).as("%s %s", id, name).isTrue();
        assertThat(p.getSchema().getFormat()).isEqualTo("date");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void conditionalGets_declareETagAnd304_othersDoNot(String id) {
    Op op = op(id);
    Optional<Parameter> ifNoneMatch = op.param("header", "If-None-Match");
    if (!CONDITIONAL_GETS.contains(id)) {
      assertThat(ifNoneMatch).as(id).isEmpty();
      assertThat(op.operation().getResponses()).doesNotContainKey("304");
      return;
    }
    assertThat(ifNoneMatch).as(id).isPresent();
    assertThat(response(op, "200").getHeaders()).containsKey("ETag");
    ApiResponse notModified = response(op, "304");
    assertThat(notModified.getContent()).isNullOrEmpty();
    assertThat(notModified.getHeaders()).containsKey("ETag");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void conditionalWrites_takeIfMatchAndDeclare409(String id) {
    Op op = op(id);
    Optional<Parameter> ifMatch = op.param("header", "If-Match");
    if (!CONDITIONAL_WRITES.contains(id)) {
      assertThat(ifMatch).as(id).isEmpty();
      return;
    }
    assertThat(ifMatch.orElseThrow().getRequired()).isNotEqualTo(true);
    assertThat(schemaRef(response(op, "409"), "application/json")).isEqualTo(ERROR_REF);
    assertThat(response(op, "200").getHeaders()).containsKey("ETag");
  }

  @Test
  void apiKeyPaths_identifyTheKeyByItsSha256Hex() {
    for (String id : List.of("rollApiKey", "revokeApiKey")) {
      Parameter hash = op(id).param("path", "key_hash").orElseThrow(() -> missing(id, "key_hash"));
      assertThat(hash.getRequired()).isTrue();
      assertThat(hash.getSchema().getPattern()).isEqualTo("^[0-9a-f]{64}$");
    }
  }

  @Test
  void scopes_areStatedByMethod() {
    ops.values()
        .forEach(
            op ->
                assertThat(op.operation().getDescription())
                    .as(op.id())
                    .endsWith(
                        op.method().equals("GET")
                            ? "Needs the read scope."
                            : "Needs the write scope."));
  }

  @Test
  void errorCodes_areTheContracts_andOpen() {
    Schema<?> code = componentSchema("#/components/schemas/ErrorCode");
    List<Schema<?>> anyOf = new ArrayList<>();
    for (Object branch : code.getAnyOf()) {
      anyOf.add((Schema<?>) branch);
    }
    assertThat(anyOf).hasSize(2);
    List<String> known = new ArrayList<>();
    for (Object value : anyOf.get(0).getEnum()) {
      known.add(String.valueOf(value));
    }
    assertThat(known).containsExactlyElementsOf(ERROR_CODES);
    Set<String> types = anyOf.get(1).getTypes();
    assertThat(types).containsExactly("string");
  }

  @Test
  void everyComponentSchema_hasADescription() {
    List<String> undocumented = new ArrayList<>();
    for (String name : api.getComponents().getSchemas().keySet()) {
      if (componentSchema("#/components/schemas/" + name).getDescription() == null) {
        undocumented.add(name);
      }
    }
    assertThat(undocumented).isEmpty();
  }

  @Test
  void everyComponent_isUsed() throws IOException {
    String text = Files.readString(SpecSchemas.specPath());
    List<String> unused = new ArrayList<>();
    Map<String, Set<String>> components =
        Map.of(
            "schemas", api.getComponents().getSchemas().keySet(),
            "parameters", api.getComponents().getParameters().keySet(),
            "headers", api.getComponents().getHeaders().keySet(),
            "responses", api.getComponents().getResponses().keySet());
    components.forEach(
        (kind, names) -> {
          for (String name : names) {
            if (!text.contains("'#/components/" + kind + "/" + name + "'")) {
              unused.add(kind + "/" + name);
            }
          }
        });
    assertThat(unused).isEmpty();
  }

  @Test
  void text_describesTheProduct_notWorkItems() throws IOException {
    String text = Files.readString(SpecSchemas.specPath());
    assertThat(text).doesNotContainIgnoringCase("todo").doesNotContainIgnoringCase("fixme");
    assertThat(text)
        .doesNotContainPattern("(?i)\\bissue\\s*#?[0-9]")
        .doesNotContainPattern("#[0-9]+\\b"); // a work item's number; #007bff is a colour
    assertThat(text.lines().filter(l -> l.length() > 120)).as("long lines").isEmpty();
  }

  // ---- helpers

  private static Op op(String id) {
    Op op = ops.get(id);
    assertThat(op).as("operation %s", id).isNotNull();
    return op;
  }

  private static AssertionError missing(String id, String what) {
    return new AssertionError(id + " lacks parameter " + what);
  }

  private static ApiResponse response(Op op, String status) {
    ApiResponse raw = op.operation().getResponses().get(status);
    assertThat(raw).as("%s answers %s", op.id(), status).isNotNull();
    return deref(raw);
  }

  private static String schemaRef(ApiResponse response, String mediaType) {
    assertThat(response.getContent()).as(response.getDescription()).containsKey(mediaType);
    MediaType media = response.getContent().get(mediaType);
    return refOf(api, media.getSchema());
  }

  /**
   * The component a schema refers to. swagger-parser's resolver sometimes replaces a {@code $ref}
   * by the component's own object (seen for {@code ApiKey} under {@code revokeApiKey}); that
   * object is then a copy of the component: same description, members and required members.
   */
  static String refOf(OpenAPI api, Schema<?> schema) {
    if (schema.get$ref() != null) {
      return schema.get$ref();
    }
    for (String name : api.getComponents().getSchemas().keySet()) {
      Schema<?> component = api.getComponents().getSchemas().get(name);
      if (java.util.Objects.equals(component.getDescription(), schema.getDescription())
          && component.getProperties() != null && schema.getProperties() != null
          && component.getProperties().keySet().equals(schema.getProperties().keySet())
          && java.util.Objects.equals(component.getRequired(), schema.getRequired())) {
        return "#/components/schemas/" + name;
      }
    }
    return null;
  }

  private static String headerSchemaType(ApiResponse response, String name) {
    Schema<?> schema = deref(response.getHeaders().get(name)).getSchema();
    return schema.getTypes() != null ? schema.getTypes().iterator().next() : schema.getType();
  }

  private static Schema<?> componentSchema(String ref) {
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    Schema<?> schema = api.getComponents().getSchemas().get(name);
    assertThat(schema).as(ref).isNotNull();
    return schema;
  }

  private static Parameter deref(Parameter p) {
    if (p.get$ref() == null) {
      return p;
    }
    String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
    Parameter resolved = api.getComponents().getParameters().get(name);
    assertThat(resolved).as(p.get$ref()).isNotNull();
    return resolved;
  }

  private static ApiResponse deref(ApiResponse r) {
    if (r.get$ref() == null) {
      return r;
    }
    String name = r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1);
    ApiResponse resolved = api.getComponents().getResponses().get(name);
    assertThat(resolved).as(r.get$ref()).isNotNull();
    return resolved;
  }

  private static Header deref(Header h) {
    if (h.get$ref() == null) {
      return h;
    }
    String name = h.get$ref().substring(h.get$ref().lastIndexOf('/') + 1);
    Header resolved = api.getComponents().getHeaders().get(name);
    assertThat(resolved).as(h.get$ref()).isNotNull();
    return resolved;
  }
}
