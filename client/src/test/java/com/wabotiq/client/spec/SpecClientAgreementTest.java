package com.wabotiq.client.spec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.wabotiq.client.OperationFixtures.KEY_HASH;
import static com.wabotiq.client.OperationFixtures.apiKeyElements;
import static com.wabotiq.client.OperationFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.client.ApiException;
import com.wabotiq.client.NewApiKey;
import com.wabotiq.client.OperationFixtures;
import com.wabotiq.client.OperationFixtures.Example;
import com.wabotiq.client.PagedIterable;
import com.wabotiq.client.RequestOptions;
import com.wabotiq.client.SettingsPatch;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.credentials.Credential;
import com.wabotiq.credentials.Secret;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiScope;
import com.wabotiq.tenant.CorsConfiguration;
import com.wabotiq.tenant.TenantSettings;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client and {@code docs/openapi.yaml} held to each other, both ways. Every public method of
 * every resource of {@link WabotiqClient} (found by reflection, so a new method cannot slip past:
 * it needs an entry in {@link #ARGUMENTS}) is invoked against a WireMock server that answers each
 * operation of the spec with its success status and an example body; the requests it sends are
 * matched to the spec's path templates. Every spec operation must be reached, and every client
 * method must reach exactly one, with the spec's method, its query parameters, its request media
 * type and a request body that the spec's request schema accepts. The example bodies served must
 * validate against the spec's success schemas, and the client must read each of them.
 */
@Timeout(120)
class SpecClientAgreementTest {
  @RegisterExtension static WireMockExtension server = OperationFixtures.server();

  private static final LocalDate FROM = LocalDate.parse("2025-11-01");
  private static final LocalDate TO = LocalDate.parse("2025-11-30");
  private static final Instant EXPIRES = Instant.parse("2026-11-05T14:00:00Z");
  private static final String NEW_KEY =
      ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();
  private static final JsonCodec CODEC = JsonCodec.lenient();

  /**
   * Sample arguments of each public resource method, by {@code Resource.name} where the name drops
   * the {@code WithResponse}/{@code Async} suffixes; a trailing {@link RequestOptions} parameter is
   * added where a signature has one more.
   */
  static final Map<String, Supplier<List<@Nullable Object>>> ARGUMENTS = new TreeMap<>();

  static {
    ARGUMENTS.put("TenantResource.get", List::of);
    ARGUMENTS.put("SettingsResource.get", List::of);
    ARGUMENTS.put("SettingsResource.update", () -> List.of(patch()));
    ARGUMENTS.put("AgentConfigurationResource.get", List::of);
    ARGUMENTS.put("AgentConfigurationResource.replace", () -> List.of(
        CODEC.fromJson(example(Example.AGENT_CONFIGURATION), AgentConfiguration.class)));
    ARGUMENTS.put("SubscriptionResource.get", List::of);
    ARGUMENTS.put("SubscriptionResource.tiers", List::of);
    ARGUMENTS.put("SubscriptionResource.usage", List::of);
    ARGUMENTS.put("AnalyticsResource.daily", () -> List.of(FROM, TO));
    ARGUMENTS.put("AnalyticsResource.dailyPage", () -> Arrays.asList(FROM, TO, null, 10));
    ARGUMENTS.put("AnalyticsResource.performance", () -> List.of(FROM, TO));
    ARGUMENTS.put("BusinessResource.catalog", List::of);
    ARGUMENTS.put("BusinessResource.services", List::of);
    ARGUMENTS.put("BusinessResource.customers", List::of);
    ARGUMENTS.put("BusinessResource.orders", List::of);
    ARGUMENTS.put("ApiKeysResource.list", List::of);
    ARGUMENTS.put("ApiKeysResource.listPage", () -> Arrays.asList(null, 10));
    ARGUMENTS.put("ApiKeysResource.create",
        () -> List.of(new NewApiKey("CI", List.of(ApiScope.READ, ApiScope.WRITE), EXPIRES)));
    ARGUMENTS.put("ApiKeysResource.roll", () -> List.of(KEY_HASH, EXPIRES));
    ARGUMENTS.put("ApiKeysResource.revoke", () -> List.of(KEY_HASH));
    ARGUMENTS.put("CorsResource.get", List::of);
    ARGUMENTS.put("CorsResource.replace",
        () -> List.of(CODEC.fromJson(example(Example.CORS), CorsConfiguration.class)));
    ARGUMENTS.put("WebhookUrlsResource.get", List::of);
  }

  /** The example body served for each operation (the reference's, or the contract's). */
  static final Map<String, Supplier<String>> BODIES = new LinkedHashMap<>();

  static {
    BODIES.put("getTenant", () -> example(Example.TENANT));
    BODIES.put("getSettings", OperationFixtures::maskedSettingsJson);
    BODIES.put("updateSettings", OperationFixtures::maskedSettingsJson);
    BODIES.put("getAgentConfiguration", () -> example(Example.AGENT_CONFIGURATION));
    BODIES.put("replaceAgentConfiguration", () -> example(Example.AGENT_CONFIGURATION));
    BODIES.put("getSubscription", () -> example(Example.SUBSCRIPTION));
    BODIES.put("listTiers", OperationFixtures::tiersJson);
    BODIES.put("getUsage", OperationFixtures::usageJson);
    BODIES.put("listDailyAnalytics",
        () -> OperationFixtures.pageJson(List.of(example(Example.DAILY_ANALYTICS)), null));
    BODIES.put("getPerformanceMetrics", () -> example(Example.PERFORMANCE));
    BODIES.put("getCatalogSummary", () -> example(Example.CATALOG));
    BODIES.put("getServicesSummary", () -> example(Example.SERVICES));
    BODIES.put("getCustomersSummary", () -> example(Example.CUSTOMERS));
    BODIES.put("getOrdersSummary", () -> example(Example.ORDERS));
    BODIES.put("listApiKeys", () -> OperationFixtures.pageJson(apiKeyElements(), null));
    BODIES.put("createApiKey",
        () -> OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(0)));
    BODIES.put("rollApiKey", () -> OperationFixtures.issuedJson(NEW_KEY, apiKeyElements().get(1)));
    BODIES.put("revokeApiKey", () -> apiKeyElements().get(0));
    BODIES.put("getCors", () -> example(Example.CORS));
    BODIES.put("replaceCors", () -> example(Example.CORS));
    BODIES.put("getWebhookUrls", OperationFixtures::webhookUrlsJson);
  }

  /** One operation of the spec. */
  record SpecOp(
      String id,
      String method,
      String template,
      int status,
      @Nullable String schema,
      Set<String> queryParameters,
      @Nullable String requestMediaType,
      @Nullable String requestSchema) {
    boolean matches(String path) {
      return path.matches("/v1" + template.replaceAll("\\{[a-z_]+}", "[^/]+"));
    }
  }

  /** A client method's call: what it sent, and how it ended. */
  record Call(String method, List<LoggedRequest> requests, @Nullable Throwable failure) {}

  private static OpenAPI api;
  private static List<SpecOp> specOps;
  private static SpecSchemas schemas;
  private static WabotiqClient client;
  private static Map<String, Call> calls;

  @BeforeAll
  static void setUp() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(SpecSchemas.specPath().toUri().toString(), null, options);
    assertThat(result.getMessages()).isEmpty();
    api = result.getOpenAPI();
    specOps = operations(api);
    schemas = SpecSchemas.load();
    client = OperationFixtures.client(server);
    for (SpecOp op : specOps) {
      Supplier<String> body = BODIES.get(op.id());
      assertThat(body).as("an example body for %s", op.id()).isNotNull();
      server.stubFor(request(op.method(), urlPathMatching(
          "/v1" + op.template().replaceAll("\\{[a-z_]+}", "[^/]+")))
          .willReturn(op.status() == 204 ? aResponse().withStatus(204)
              .withHeader("X-Request-Id", "req_204")
              : OperationFixtures.json(op.status(), body.get())));
    }
    calls = invokeEveryMethod();
  }

  @AfterAll
  static void tearDown() {
    client.close();
  }

  // ---- the spec's operations ---------------------------------------------------------------

  private static List<SpecOp> operations(OpenAPI api) {
    List<SpecOp> ops = new ArrayList<>();
    api.getPaths().forEach((template, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        Operation op = e.getValue();
        int status = 0;
        String schema = null;
        for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
          if (r.getKey().startsWith("2")) {
            status = Integer.parseInt(r.getKey());
            schema = schemaName(deref(r.getValue()).getContent(), "application/json");
          }
        }
        Set<String> query = new TreeSet<>();
        List<Parameter> params = new ArrayList<>();
        if (item.getParameters() != null) {
          params.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
          params.addAll(op.getParameters());
        }
        for (Parameter p : params) {
          Parameter d = deref(p);
          if ("query".equals(d.getIn())) {
            query.add(d.getName());
          }
        }
        String mediaType = null;
        String requestSchema = null;
        RequestBody body = op.getRequestBody();
        if (body != null) {
          if (body.get$ref() != null) {
            body = api.getComponents().getRequestBodies().get(last(body.get$ref()));
          }
          mediaType = body.getContent().keySet().iterator().next();
          requestSchema = schemaName(body.getContent(), mediaType);
        }
        ops.add(new SpecOp(op.getOperationId(), e.getKey().name(), template, status, schema,
            query, mediaType, requestSchema));
      }
    });
    return ops;
  }

  private static @Nullable String schemaName(@Nullable Content content, String mediaType) {
    if (content == null || content.get(mediaType) == null) {
      return null;
    }
    String ref = OpenApiSpecTest.refOf(api, content.get(mediaType).getSchema());
    return ref == null ? null : last(ref);
  }

  private static String last(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static ApiResponse deref(ApiResponse r) {
    return r.get$ref() == null ? r : api.getComponents().getResponses().get(last(r.get$ref()));
  }

  private static Parameter deref(Parameter p) {
    return p.get$ref() == null ? p : api.getComponents().getParameters().get(last(p.get$ref()));
  }

  // ---- the client's methods ----------------------------------------------------------------

  /** The resources: what the client's public no-argument accessors return. */
  static List<Method> resourceAccessors() {
    return Arrays.stream(WabotiqClient.class.getMethods())
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> m.getReturnType().getSimpleName().endsWith("Resource"))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  /** Every public method a resource declares. */
  static List<Method> publicMethods(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .sorted(Comparator.comparing(Method::getName)
            .thenComparing(Method::getParameterCount))
        .toList();
  }

  static String baseName(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName()
        .replaceFirst("WithResponseAsync$", "").replaceFirst("WithResponse$", "")
        .replaceFirst("Async$", "");
  }

  static String signature(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName()
        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList();
  }

  private static Map<String, Call> invokeEveryMethod() throws Exception {
    Map<String, Call> out = new LinkedHashMap<>();
    for (Method accessor : resourceAccessors()) {
      Object resource = accessor.invoke(client);
      for (Method m : publicMethods(accessor.getReturnType())) {
        Supplier<List<@Nullable Object>> sample = ARGUMENTS.get(baseName(m));
        if (sample == null) {
          continue; // reported by everyPublicMethod_hasSampleArguments
        }
        List<@Nullable Object> args = new ArrayList<>(sample.get());
        Class<?>[] types = m.getParameterTypes();
        if (types.length == args.size() + 1 && types[types.length - 1] == RequestOptions.class) {
          args.add(RequestOptions.none());
        }
        assertThat(types).as("the sample arguments of %s", signature(m)).hasSize(args.size());
        server.resetRequests();
        Throwable failure = null;
        try {
          consume(m.invoke(resource, args.toArray()));
        } catch (InvocationTargetException e) {
          failure = e.getCause();
        } catch (ExecutionException e) {
          failure = e.getCause();
        } catch (ApiException e) {
          failure = e; // from a PagedIterable's page
        }
        out.put(signature(m), new Call(signature(m), OperationFixtures.requests(server), failure));
      }
    }
    return out;
  }

  private static void consume(@Nullable Object result) throws Exception {
    if (result instanceof CompletableFuture<?> future) {
      future.get(30, TimeUnit.SECONDS);
    } else if (result instanceof PagedIterable<?> items) {
      items.forEach(item -> { });
    }
  }

  private static SettingsPatch patch() {
    TenantSettings settings = CODEC.fromJson(example(Example.SETTINGS), TenantSettings.class);
    return SettingsPatch.builder()
        .group(settings.llm())
        .credential(Credential.OPENAI_API_KEY, Secret.of("sk-proj-Zq8x7Kp2bTq9CkE0Lr5v"))
        .clear("woo_store_url")
        .build();
  }

  private static SpecOp reached(LoggedRequest r) {
    String path = r.getUrl().split("\\?", 2)[0];
    List<SpecOp> byPath = specOps.stream().filter(op -> op.matches(path)).toList();
    Set<String> templates = new LinkedHashSet<>();
    byPath.forEach(op -> templates.add(op.template()));
    assertThat(templates).as("spec path templates matching %s", path).hasSize(1);
    List<SpecOp> byMethod = byPath.stream()
        .filter(op -> op.method().equals(r.getMethod().value())).toList();
    assertThat(byMethod).as("spec operations at %s %s", r.getMethod().value(), path).hasSize(1);
    return byMethod.get(0);
  }

  // ---- the tests ---------------------------------------------------------------------------

  @Test
  void spec_hasTheContractsTwentyOneOperations() {
    assertThat(specOps).hasSize(21);
    assertThat(specOps).extracting(SpecOp::id).containsExactlyInAnyOrderElementsOf(BODIES.keySet());
  }

  @Test
  void everyPublicResourceMethod_hasSampleArguments() {
    List<String> missing = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (Method accessor : resourceAccessors()) {
      for (Method m : publicMethods(accessor.getReturnType())) {
        if (ARGUMENTS.containsKey(baseName(m))) {
          used.add(baseName(m));
        } else {
          missing.add(signature(m));
        }
      }
    }
    assertThat(missing).as("public resource methods without sample arguments").isEmpty();
    assertThat(used).as("entries for methods that no longer exist")
        .containsExactlyInAnyOrderElementsOf(ARGUMENTS.keySet());
    assertThat(resourceAccessors()).hasSize(9);
    assertThat(calls).hasSizeGreaterThan(100);
  }

  @Test
  void everyClientMethod_reachesExactlyOneSpecOperationWithItsMethod() {
    for (Call call : calls.values()) {
      assertThat(call.requests()).as("requests of %s", call.method()).isNotEmpty();
      Set<String> reached = new LinkedHashSet<>();
      for (LoggedRequest r : call.requests()) {
        SpecOp op = reached(r);
        reached.add(op.id());
        assertThat(op.queryParameters()).as("%s: query parameters sent", call.method())
            .containsAll(r.getQueryParams().keySet());
        assertThat(r.getHeader("X-TENANT-ID")).isEqualTo(OperationFixtures.TENANT.value());
        assertThat(r.getHeader("Authorization")).startsWith("Bearer wbq_test_");
        if (op.requestMediaType() == null) {
          assertThat(r.getBody()).as("%s sends no body", call.method()).isEmpty();
        } else {
          assertThat(r.getHeader("Content-Type")).as("%s: content type", call.method())
              .startsWith(op.requestMediaType());
          String schema = op.requestSchema();
          assertThat(schema).isNotNull();
          assertThat(schemas.validate(schema, r.getBodyAsString()))
              .as("%s: its request body against %s: %s", call.method(), schema,
                  r.getBodyAsString())
              .isEmpty();
        }
      }
      assertThat(reached).as("operations reached by %s", call.method()).hasSize(1);
    }
  }

  @Test
  void everySpecOperation_isReachedByAClientMethod() {
    Map<String, Set<String>> reachedBy = new TreeMap<>();
    for (Call call : calls.values()) {
      for (LoggedRequest r : call.requests()) {
        reachedBy.computeIfAbsent(reached(r).id(), k -> new TreeSet<>()).add(call.method());
      }
    }
    assertThat(reachedBy.keySet()).containsExactlyInAnyOrderElementsOf(
        specOps.stream().map(SpecOp::id).toList());
    reachedBy.forEach((id, methods) -> assertThat(methods).as(id).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void everyExampleBody_validatesAgainstTheSpecsSuccessSchema() {
    for (SpecOp op : specOps) {
      String body = BODIES.get(op.id()).get();
      if (op.schema() == null) {
        assertThat(op.status()).as("%s answers without a body", op.id()).isEqualTo(204);
        assertThat(body).isEmpty();
        continue;
      }
      assertThat(schemas.validate(op.schema(), body))
          .as("%s: example against %s", op.id(), op.schema()).isEmpty();
    }
  }

  @Test
  void theValidatorRefusesAWrongBody() {
    assertThat(schemas.validate("UsageReport", "{\"tier_id\": 7}")).isNotEmpty();
    assertThat(schemas.validate("IssuedApiKey", "{\"key\": \"wbq_live_x\"}")).isNotEmpty();
  }

  /** Every method reads the spec's success answer. */
  @Test
  void everyClientMethod_readsTheSpecsSuccessAnswer() {
    for (Call call : calls.values()) {
      assertThat(call.failure()).as("%s failed", call.method()).isNull();
    }
  }

}
