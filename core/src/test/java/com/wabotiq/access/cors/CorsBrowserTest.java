package com.wabotiq.access.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy's decisions, proven in a real browser: headless Chromium loads a page from one
 * loopback origin (A) whose script calls an API server on another port (B) that answers with
 * {@link CorsPolicy}'s headers for a tenant whose {@code allowed_origins} hold A but not C, a third
 * server serving the same page. The page writes each fetch's outcome into its DOM; Chromium's
 * {@code --dump-dom} prints it. From A the script reads a GET, and a {@code PATCH} with {@code
 * X-TENANT-ID} passes its preflight (the API sees the OPTIONS, then the PATCH); a lower-case
 * {@code patch} and an unlisted header are refused at the preflight; and Chromium, like the
 * policy, refuses a grant of {@code PATCH} to a request for {@code patch}. From C the browser
 * itself blocks the script (a {@code TypeError}) although the API answered the GET, and never
 * sends the PATCH.
 *
 * <p>Skipped when no Chromium is installed, unless {@code WABOTIQ_REQUIRE_BROWSER=1}, which makes
 * a missing browser a failure ({@code .ci/run} sets it). Every wait is bounded and the browser
 * process is killed after each run.
 */
class CorsBrowserTest {
  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final Pattern RESULTS =
      Pattern.compile("<pre id=\"results\">(.*?)</pre>", Pattern.DOTALL);

  /** One request the API server received. */
  record Seen(String method, String path, String origin, String requestMethod) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<HttpServer> servers = new ArrayList<>();
  private HttpServer api;
  private HttpServer pageA;
  private HttpServer pageC;

  @BeforeEach
  void startServers() throws IOException {
    pageA = start();
    pageC = start();
    api = start();
    Tenant tenant =
        Tenant.builder()
            .id(TenantId.random())
            .name("Acme")
            .slug("acme")
            .status(TenantStatus.ACTIVE)
            .allowedOrigins(List.of(origin(pageA), "https://dashboard.acme.com"))
            .build();
    CorsPolicy policy = CorsPolicy.builder(tenant).allowHttpOrigins(true).build();
    api.createContext("/", exchange -> answerApi(exchange, policy));
    String page = page(port(api));
    pageA.createContext("/", exchange -> send(exchange, 200, "text/html", page, Map.of()));
    pageC.createContext("/", exchange -> send(exchange, 200, "text/html", page, Map.of()));
  }

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void allowedOriginReadsAndPreflightsRefusedOriginIsBlockedByTheBrowser(@TempDir Path tmp)
      throws Exception {
    Path chromium = chromium();

    List<String> fromA = load(chromium, tmp.resolve("a"), origin(pageA) + "/page");
    assertThat(fromA).containsExactly(
        "get: ok 200 {\"tenant\":\"data\",\"method\":\"GET\"}",
        "patch: ok 200 {\"tenant\":\"data\",\"method\":\"PATCH\"}",
        "lower-patch: TypeError",
        "chromium-upper-only: TypeError",
        "unlisted-header: TypeError");
    assertThat(seenFrom(origin(pageA))).containsSubsequence(
        new Seen("OPTIONS", "/item", origin(pageA), "PATCH"),
        new Seen("PATCH", "/item", origin(pageA), ""));
    // fetch() sends 'patch' as it is (Fetch upper-cases only DELETE GET HEAD OPTIONS POST PUT);
    // the policy refuses its preflight (METHOD_CASE_MISMATCH), and Chromium itself refuses a
    // grant of "PATCH" for it: it compares methods case-sensitively, as the policy does.
    assertThat(seenFrom(origin(pageA))).contains(
        new Seen("OPTIONS", "/item", origin(pageA), "patch"),
        new Seen("OPTIONS", "/upper-only", origin(pageA), "patch"));
    assertThat(seenFrom(origin(pageA))).extracting(Seen::method).doesNotContain("patch");
    assertThat(seenFrom(origin(pageA))).filteredOn(s -> s.method().equals("GET"))
        .extracting(Seen::path).containsOnly("/data");

    seen.clear();
    List<String> fromC = load(chromium, tmp.resolve("c"), origin(pageC) + "/page");
    assertThat(fromC).containsExactly(
        "get: TypeError",
        "patch: TypeError",
        "lower-patch: TypeError",
        "chromium-upper-only: TypeError",
        "unlisted-header: TypeError");
    // The API answered C's GET (without a grant): the browser, not the server, blocked the page.
    assertThat(seenFrom(origin(pageC))).contains(new Seen("GET", "/data", origin(pageC), ""));
    // C's preflight was refused, so the browser never sent the PATCH itself.
    assertThat(seenFrom(origin(pageC))).contains(
        new Seen("OPTIONS", "/item", origin(pageC), "PATCH"));
    assertThat(seenFrom(origin(pageC))).extracting(Seen::method)
        .doesNotContain("PATCH", "patch");
  }

  /** The API: a preflight gets the policy's preflight answer; every other call a JSON body. */
  private void answerApi(HttpExchange exchange, CorsPolicy policy) throws IOException {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    String requestMethod = exchange.getRequestHeaders().getFirst("Access-Control-Request-Method");
    String method = exchange.getRequestMethod();
    seen.add(new Seen(method, exchange.getRequestURI().getPath(), String.valueOf(origin),
        requestMethod == null ? "" : requestMethod));
    if (exchange.getRequestURI().getPath().equals("/upper-only")) {
      // Not the policy: a server that grants PATCH (upper case) to any preflight, to observe how
      // Chromium compares a lower-case request method with Access-Control-Allow-Methods.
      send(exchange, 200, "application/json", "{}", Map.of(
          CorsDecision.ALLOW_ORIGIN, String.valueOf(origin),
          CorsDecision.ALLOW_METHODS, "PATCH",
          CorsDecision.ALLOW_HEADERS, "X-TENANT-ID"));
      return;
    }
    if (method.equals("OPTIONS") && origin != null && requestMethod != null) {
      CorsDecision preflight = policy.decidePreflight(origin, requestMethod,
          String.join(",", exchange.getRequestHeaders().getOrDefault(
              "Access-Control-Request-Headers", List.of())));
      send(exchange, preflight.isAllowed() ? 204 : 403, "text/plain", "", preflight.headers());
      return;
    }
    CorsDecision decision = policy.decide(origin, method);
    send(exchange, 200, "application/json",
        "{\"tenant\":\"data\",\"method\":\"" + method + "\"}", decision.headers());
  }

  private static void send(HttpExchange exchange, int status, String type, String body,
      Map<String, String> headers) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (!type.isEmpty() && bytes.length > 0) {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
      }
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /**
   * The page: five fetches one after another, each outcome a line of {@code <pre
   * id="results">}; the title becomes {@code done} at the end.
   */
  private static String page(int apiPort) {
    String api = "http://127.0.0.1:" + apiPort;
    return "<!doctype html><html><head><title>running</title></head><body>"
        + "<pre id=\"results\"></pre><script>\n"
        + "const out = document.getElementById('results');\n"
        + "function line(s) { out.textContent += s + '\\n'; }\n"
        + "async function attempt(name, url, init) {\n"
        + "  try {\n"
        + "    const r = await fetch(url, init);\n"
        + "    line(name + ': ok ' + r.status + ' ' + (await r.text()));\n"
        + "  } catch (e) { line(name + ': ' + e.name); }\n"
        + "}\n"
        + "(async () => {\n"
        + "  await attempt('get', '" + api + "/data', {});\n"
        + "  await attempt('patch', '" + api + "/item', {method: 'PATCH',"
        + " headers: {'X-TENANT-ID': 'acme', 'Content-Type': 'application/json'},"
        + " body: '{\"name\":\"x\"}'});\n"
        + "  await attempt('lower-patch', '" + api + "/item', {method: 'patch',"
        + " headers: {'X-TENANT-ID': 'acme'}});\n"
        + "  await attempt('chromium-upper-only', '" + api + "/upper-only', {method: 'patch',"
        + " headers: {'X-TENANT-ID': 'acme'}});\n"
        + "  await attempt('unlisted-header', '" + api + "/data', {"
        + " headers: {'X-Debug': '1'}});\n"
        + "  document.title = 'done';\n"
        + "})();\n"
        + "</script></body></html>";
  }

  /** Runs Chromium on {@code url} and returns the page's result lines. */
  private static List<String> load(Path chromium, Path profile, String url) throws Exception {
    Files.createDirectories(profile);
    Path log = profile.resolveSibling(profile.getFileName() + ".log");
    Path domFile = profile.resolveSibling(profile.getFileName() + ".html");
    Process process = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking",
        "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url)
        .redirectOutput(domFile.toFile())
        .redirectError(log.toFile())
        .start();
    try {
      boolean exited = process.waitFor(60, TimeUnit.SECONDS);
      String stderr = Files.exists(log) ? Files.readString(log) : "";
      assertThat(exited).as("chromium exits within 60 s; stderr:%n%s", stderr).isTrue();
      String text = Files.readString(domFile);
      Matcher m = RESULTS.matcher(text);
      assertThat(m.find()).as("the page's results in the dumped DOM:%n%s%nstderr:%n%s", text,
          stderr).isTrue();
      String results = m.group(1).replace("&quot;", "\"").replace("&amp;", "&").strip();
      return results.isEmpty() ? List.of() : List.of(results.split("\n"));
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private List<Seen> seenFrom(String origin) {
    return seen.stream().filter(s -> s.origin().equals(origin)).toList();
  }

  /** The installed Chromium; skips the test when there is none, unless it is required. */
  private static Path chromium() {
    Path found = CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst()
        .orElse(null);
    boolean required = "1".equals(System.getenv("WABOTIQ_REQUIRE_BROWSER"));
    if (required) {
      assertThat(found).as("WABOTIQ_REQUIRE_BROWSER=1 but no Chromium at %s", CANDIDATES)
          .isNotNull();
    }
    assumeTrue(found != null, "no Chromium installed; set WABOTIQ_REQUIRE_BROWSER=1 to fail");
    return found;
  }

  private HttpServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
    servers.add(server);
    return server;
  }

  private static int port(HttpServer server) {
    return server.getAddress().getPort();
  }

  private static String origin(HttpServer server) {
    return "http://127.0.0.1:" + port(server);
  }
}
