package com.example.host;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.client.NotFoundException;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.LimitViolation;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TenantId;
import com.wabotiq.types.TierId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host application's first use of the SDK: create a tenant, check a reply against its quota with
 * {@link Limits#check}, and meter replies with the facade's usage meter; then read a tenant through
 * the hosted API's client, {@link WabotiqClient}, from a JDK {@code HttpServer} on loopback that
 * plays the API. Every result is checked; a wrong one is printed and the program exits with
 * status 1.
 */
public final class HostApplication {
  /** The tenant the loopback server knows. */
  private static final String TENANT = "6f2d8a41-93c5-4b7e-a0d2-1c4e5f6a7b8c";

  /** A small tenant record as the API answers {@code GET /tenants/{tenant_id}}. */
  private static final String TENANT_JSON = "{\"id\":\"" + TENANT + "\","
      + "\"name\":\"Acme Electronics\",\"slug\":\"acme-electronics\",\"status\":\"active\","
      + "\"whatsapp_number\":\"+254712345678\",\"subscription_tier_id\":\"growth\","
      + "\"timezone\":\"Africa/Nairobi\",\"quiet_hours_start\":\"22:00:00\","
      + "\"quiet_hours_end\":\"08:00:00\",\"created_at\":\"2025-11-01T00:00:00Z\"}";

  private final List<String> wrong = new ArrayList<>();

  private HostApplication() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HostApplication host = new HostApplication();
    host.run();
    host.callTheApi();
    if (!host.wrong.isEmpty()) {
      host.wrong.forEach(w -> System.err.println("WRONG: " + w));
      System.exit(1);
    }
    System.out.println("host application: Limits.check, the metered send and the API client"
        + " behave as documented");
  }

  private void run() {
    TenantSdk sdk = TenantSdk.inMemory();
    Tenant acme = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .whatsappNumber("+254712345678")
            .build());
    Instant now = Instant.now();

    // A new tenant is on the Starter tier: 1,000 messages a month.
    Decision thousandth = Limits.check(acme,
        Usage.at(now).messagesThisPeriod(999).send(SendKind.REPLY).build());
    expect(thousandth.isAllowed(), "the 1,000th reply of the month is allowed: " + thousandth);
    expect(thousandth.remaining(Metric.MONTHLY_MESSAGES).orElse(-1) == 0,
        "no message remains after the 1,000th: " + thousandth);

    Decision thousandAndFirst = Limits.check(acme,
        Usage.at(now).messagesThisPeriod(1_000).send(SendKind.REPLY).build());
    expect(!thousandAndFirst.isAllowed(), "the 1,001st reply is refused: " + thousandAndFirst);
    expect(thousandAndFirst.violations().equals(
            List.of(new LimitViolation(Metric.MONTHLY_MESSAGES, 1_000, 1_000, 1))),
        "the 1,001st reply is refused on monthly_messages alone: " + thousandAndFirst.violations());

    UsageMeter meter = sdk.usageMeter();
    Usage oneReply = Usage.at(now).send(SendKind.REPLY).build();
    Consumption first = meter.consume(acme, oneReply);
    expect(first.isAllowed() && first.isConsumed(), "the first metered reply is counted: " + first);
    expect(first.remaining(Metric.MONTHLY_MESSAGES).orElse(-1) == 999,
        "999 messages remain after the first: " + first);
    int admitted = first.isAllowed() ? 1 : 0;
    for (int i = 1; i < 1_000; i++) {
      admitted += meter.consume(acme, oneReply).isAllowed() ? 1 : 0;
    }
    expect(admitted == 1_000, "1,000 metered replies are admitted, not " + admitted);
    Consumption refused = meter.consume(acme, oneReply);
    expect(!refused.isAllowed() && !refused.isConsumed(),
        "the 1,001st metered reply is refused and not counted: " + refused);

    meter.refund(first);
    Consumption afterRefund = meter.consume(acme, oneReply);
    expect(afterRefund.isAllowed(), "a refunded reply frees one message: " + afterRefund);
  }

  /**
   * Reads the tenant record with the client from a loopback server, and a tenant that server does
   * not know; the server also checks that the client sent the key and the tenant's id.
   */
  private void callTheApi() {
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      wrong.add("a loopback server starts: " + e);
      return;
    }
    server.createContext("/v1/tenants/", exchange -> answer(exchange, key, seen));
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    try {
      try (WabotiqClient client = WabotiqClient.builder(key, TenantId.of(TENANT))
          .baseUrl(base).build()) {
        Tenant tenant = client.tenant().get();
        System.out.println("client.tenant().get() returned " + tenant);
        expect(tenant.id().equals(TenantId.of(TENANT)), "the tenant's id: " + tenant.id());
        expect(tenant.name().equals("Acme Electronics"), "the tenant's name: " + tenant.name());
        expect(tenant.slug().equals("acme-electronics"), "the tenant's slug: " + tenant.slug());
        expect(tenant.status().equals(TenantStatus.ACTIVE), "the status: " + tenant.status());
        expect(TierId.of("growth").equals(tenant.subscriptionTierId()),
            "the tier: " + tenant.subscriptionTierId());
        expect(ZoneId.of("Africa/Nairobi").equals(tenant.timezone()),
            "the time zone: " + tenant.timezone());
        expect(tenant.apiKeys().isEmpty() && tenant.allowedOrigins().isEmpty(),
            "absent lists read as empty: " + tenant);
        expect(!client.toString().contains(key), "the client's toString hides the key");
      }
      String other = "0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4";
      try (WabotiqClient client = WabotiqClient.builder(key, TenantId.of(other))
          .baseUrl(base).build()) {
        Tenant unexpected = client.tenant().get();
        wrong.add("an unknown tenant is not found, but the client returned " + unexpected);
      } catch (NotFoundException e) {
        expect(e.status() == 404 && e.code().equals("not_found"),
            "an unknown tenant fails with 404 not_found: " + e.status() + " " + e.code());
        expect(!String.valueOf(e.getMessage()).contains(key), "the failure hides the key");
      }
    } finally {
      server.stop(0);
    }
    expect(seen.equals(List.of("GET /v1/tenants/" + TENANT + " authorized",
            "GET /v1/tenants/0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4 authorized")),
        "the server saw one authorized GET per read: " + seen);
  }

  /**
   * The loopback API: the tenant record for its path when the bearer key and {@code X-TENANT-ID}
   * are the expected ones, otherwise the API's error shape.
   */
  private static void answer(HttpExchange exchange, String key, List<String> seen)
      throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String tenant = path.substring("/v1/tenants/".length());
      boolean authorized = ("Bearer " + key).equals(
              exchange.getRequestHeaders().getFirst("Authorization"))
          && tenant.equals(exchange.getRequestHeaders().getFirst("X-TENANT-ID"));
      seen.add(exchange.getRequestMethod() + " " + path + (authorized ? " authorized" : ""));
      int status;
      String body;
      if (!authorized) {
        status = 401;
        body = "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"wrong key or tenant\"}}";
      } else if (tenant.equals(TENANT) && exchange.getRequestMethod().equals("GET")) {
        status = 200;
        body = TENANT_JSON;
      } else {
        status = 404;
        body = "{\"error\":{\"code\":\"not_found\",\"message\":\"no such tenant\"}}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Request-Id", "req_host_" + seen.size());
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private void expect(boolean condition, String what) {
    if (!condition) {
      wrong.add(what);
    }
  }
}
