package com.wabotiq.examples.access;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The gate as a JDK {@code HttpServer} handler, over loopback HTTP. */
class AccessHttpHandlerTest extends AccessGateContract {
  private @Nullable HttpServer server;

  @Override
  String start(AccessGate gate) throws Exception {
    HttpServer started =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    started.createContext("/v1/", new AccessHttpHandler(gate, exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      byte[] answer = ("tenant=" + exchange.getAttribute(AccessGate.TENANT_ATTRIBUTE) + " body="
          + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }));
    started.start();
    server = started;
    return "http://127.0.0.1:" + started.getAddress().getPort();
  }

  @Override
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
