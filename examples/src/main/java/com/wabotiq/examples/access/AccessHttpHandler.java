package com.wabotiq.examples.access;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JDK {@code HttpServer} handler that lets in only what {@link AccessGate} allows, then hands the
 * exchange to the application's handler with its tenant id in the exchange attribute {@link
 * AccessGate#TENANT_ATTRIBUTE}. A webhook's body, read for its signature, is readable again by
 * the application.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
 * server.createContext("/v1/", new AccessHttpHandler(new AccessGate(sdk, List.of()), application));
 * server.start();
 * }</pre>
 */
public final class AccessHttpHandler implements HttpHandler {
  private final AccessGate gate;
  private final HttpHandler next;

  /**
   * A handler deciding with {@code gate} in front of {@code next}.
   *
   * @param gate the decisions
   * @param next the application's handler, called for requests that pass
   */
  public AccessHttpHandler(AccessGate gate, HttpHandler next) {
    this.gate = gate;
    this.next = next;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Incoming incoming = new Incoming(exchange);
    AccessGate.Outcome outcome = gate.check(incoming);
    outcome.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (outcome.proceed()) {
      exchange.setAttribute(AccessGate.TENANT_ATTRIBUTE, outcome.tenant());
      byte[] read = incoming.read;
      if (read != null) {
        exchange.setStreams(new java.io.ByteArrayInputStream(read), exchange.getResponseBody());
      }
      next.handle(exchange);
      return;
    }
    String body = outcome.body();
    try (exchange) {
      if (body == null) {
        exchange.sendResponseHeaders(outcome.status(), -1);
      } else {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(outcome.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /** The gate's view of an exchange; the body is read once, when a webhook needs it. */
  private static final class Incoming implements AccessGate.Incoming {
    private final HttpExchange exchange;
    private byte @Nullable [] read;

    Incoming(HttpExchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public String method() {
      return exchange.getRequestMethod();
    }

    @Override
    public String path() {
      return exchange.getRequestURI().getRawPath();
    }

    @Override
    public @Nullable String query() {
      return exchange.getRequestURI().getRawQuery();
    }

    @Override
    public @Nullable String header(String name) {
      return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public Map<String, List<String>> headers() {
      return exchange.getRequestHeaders();
    }

    @Override
    public Optional<byte[]> body(int maxBytes) {
      byte[] bytes = read;
      if (bytes == null) {
        try (InputStream in = exchange.getRequestBody()) {
          bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        read = bytes;
      }
      return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
  }
}
