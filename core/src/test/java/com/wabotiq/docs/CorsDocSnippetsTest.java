package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wabotiq.access.cors.CorsCode;
import com.wabotiq.access.cors.CorsConfigurationException;
import com.wabotiq.access.cors.CorsDecision;
import com.wabotiq.access.cors.CorsPolicy;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every Java snippet of {@code docs/access-cors.md}: each snippet is the text between a
 * {@code // [snippet:name]} and a {@code // [end]} line here, and {@link
 * #theDocShowsExactlyTheseSnippets} checks that the document's {@code java} blocks, each after a
 * {@code <!-- snippet:name -->} line, are these texts.
 */
class CorsDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/access-cors.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/CorsDocSnippetsTest.java");

  private final Tenant tenant =
      Tenant.builder().id(TenantId.random()).name("Acme").slug("acme")
          .status(TenantStatus.ACTIVE)
          .allowedOrigins(List.of("https://dashboard.acme.com", "https://app.acme.com"))
          .build();
  private final List<String> refusals = new ArrayList<>();

  @Test
  void decideAPreflightAndARequest() {
    // [snippet:decide]
    CorsPolicy policy = CorsPolicy.forTenant(tenant);

    CorsDecision preflight =
        policy.decidePreflight("https://app.acme.com", "PATCH", "content-type,x-tenant-id");
    // preflight.headers(): Access-Control-Allow-Origin: https://app.acme.com
    //   Access-Control-Allow-Methods: GET, POST, PUT, PATCH, DELETE
    //   Access-Control-Allow-Headers: Content-Type, Authorization, X-TENANT-ID
    //   Access-Control-Max-Age: 3600
    //   Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers

    CorsDecision refused = policy.decide("https://evil.example", "GET");
    // refused.isAllowed() == false, refused.code() == CorsCode.ORIGIN_NOT_ALLOWED,
    // refused.headers(): Vary: Origin
    // [end]
    assertThat(preflight.headers()).containsOnlyKeys("Access-Control-Allow-Origin",
        "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age",
        "Vary");
    assertThat(refused.code()).isEqualTo(CorsCode.ORIGIN_NOT_ALLOWED);
    assertThat(refused.headers()).isEqualTo(Map.of("Vary", "Origin"));
  }

  @Test
  void buildWithOptions() {
    // [snippet:builder]
    CorsPolicy policy = CorsPolicy.builder(tenant)
        .exposedHeaders(List.of("X-Request-Id", "Retry-After"))
        .maxAge(Duration.ofMinutes(10))
        .build();
    // [end]
    assertThat(policy.decide("https://app.acme.com", "GET").headers())
        .containsEntry("Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
  }

  @Test
  void refuseABadConfiguration() {
    Tenant stored = tenant.toBuilder()
        .allowedOrigins(List.of("https://app.acme.com", "https://dashboard.acme.com/")).build();
    // [snippet:bad-config]
    try {
      CorsPolicy.forTenant(stored);
    } catch (CorsConfigurationException e) {
      // e.field(): allowed_origins[1]
      // e.getMessage(): allowed_origins[1] ("https://dashboard.acme.com/") has a path;
      //   an origin is scheme://host[:port]
    }
    // [end]
    try {
      CorsPolicy.forTenant(stored);
      throw new AssertionError("refused");
    } catch (CorsConfigurationException e) {
      assertThat(e.field()).isEqualTo("allowed_origins[1]");
      assertThat(e).hasMessage("allowed_origins[1] (\"https://dashboard.acme.com/\") has a path;"
          + " an origin is scheme://host[:port]");
    }
  }

  /** The snippet's tenant lookup: here, {@code /t/{slug}/...} names the only tenant. */
  private CorsPolicy policyFor(HttpExchange exchange) {
    assertThat(exchange.getRequestURI().getPath()).startsWith("/t/acme/");
    return CorsPolicy.forTenant(tenant);
  }

  private void handleApiCall(HttpExchange exchange) throws IOException {
    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void plainHttpServerHandler() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // [snippet:handler]
    server.createContext("/t/", exchange -> {
      CorsPolicy policy = policyFor(exchange); // the tenant named by the path, not a header
      Headers request = exchange.getRequestHeaders();
      String origin = request.getFirst("Origin");
      String asked = request.getFirst("Access-Control-Request-Method");
      boolean preflight = exchange.getRequestMethod().equals("OPTIONS") && asked != null;
      CorsDecision cors = preflight
          ? policy.decidePreflight(origin, asked,
              String.join(",", request.getOrDefault("Access-Control-Request-Headers", List.of())))
          : policy.decide(origin, exchange.getRequestMethod());
      cors.headers().forEach(exchange.getResponseHeaders()::add);
      if (!cors.isAllowed() && cors.code() != CorsCode.NO_ORIGIN) {
        refusals.add(cors.code() + ": " + cors.detail()); // your log
      }
      if (preflight) {
        exchange.sendResponseHeaders(cors.isAllowed() ? 204 : 403, -1);
        exchange.close();
        return;
      }
      handleApiCall(exchange); // authenticate the API key and answer, allowed or not
    });
    // [end]
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/t/acme/items";
      HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(base))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
          .header("Origin", "https://app.acme.com")
          .header("Access-Control-Request-Method", "PATCH")
          .header("Access-Control-Request-Headers", "x-tenant-id").build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> evil = client.send(HttpRequest.newBuilder(URI.create(base))
          .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());

      assertThat(ok.statusCode()).isEqualTo(204);
      assertThat(ok.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://app.acme.com");
      assertThat(evil.statusCode()).isEqualTo(200);
      assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(evil.headers().allValues("Vary")).containsExactly("Origin");
      assertThat(refusals).containsExactly("ORIGIN_NOT_ALLOWED: origin \"https://evil.example\""
          + " is not one of the 2 allowed origins");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("decide", "builder", "bad-config", "handler");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContain("TODO")
        .doesNotContainPattern("issue \\d");
    for (CorsCode code : CorsCode.values()) {
      assertThat(doc).as("the page explains every code").contains("`" + code.name() + "`");
    }
  }
}
