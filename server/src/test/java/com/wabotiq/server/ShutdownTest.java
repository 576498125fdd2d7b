package com.wabotiq.server;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.server.Http.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Graceful shutdown: a request in flight when {@link LocalApiServer#close()} is called completes
 * with 200; after close no connection is accepted; close is idempotent, and an idle server closes
 * at once instead of waiting out its grace period.
 */
@Timeout(value = 30, unit = SECONDS)
class ShutdownTest {
  @Test
  void aRequestInFlightCompletesAndThenConnectionsAreRefused() throws Exception {
    LocalApiServer server = LocalApiServer.builder().shutdownGrace(Duration.ofSeconds(10))
        .build().start();
    SeededTenant tenant = server.seedDemoTenant();
    byte[] body = "{\"bot_name\":\"Still here\"}".getBytes(StandardCharsets.UTF_8);
    String head = "PATCH /v1/tenants/" + tenant.tenantId().value() + "/settings HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nAuthorization: Bearer " + tenant.apiKey().reveal() + "\r\n"
        + "X-TENANT-ID: " + tenant.tenantId().value() + "\r\n"
        + "Content-Type: application/merge-patch+json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n";
    CompletableFuture<Void> closed;
    String answer;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, 0, 5); // the handler now waits for the rest of the body
      out.flush();
      Thread.sleep(300);
      closed = CompletableFuture.runAsync(server::close);
      Thread.sleep(500);
      assertThat(closed).as("close waits for the request in flight").isNotDone();
      out.write(body, 5, body.length - 5);
      out.flush();
      answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
    }
    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(answer).contains("\"bot_name\":\"Still here\"");
    closed.get(15, SECONDS);
    assertThat(server.sdk().settings(tenant.tenantId()).value().toString()).isNotEmpty();

    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port()).close())
        .isInstanceOf(ConnectException.class);
    server.close();
    server.close();
    assertThat(server.toString()).contains("closed");
  }

  @Test
  void anIdleServerClosesAtOnce() {
    LocalApiServer server = LocalApiServer.builder().shutdownGrace(Duration.ofSeconds(10))
        .build().start();
    SeededTenant tenant = server.seedDemoTenant();
    Reply reply = Http.get(server, tenant, "/settings");
    assertThat(reply.status()).isEqualTo(200);
    long start = System.nanoTime();
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThatThrownBy(() -> Http.CLIENT.send(Http.tenant(server, tenant, "/settings").build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aServerNeverStartedClosesAtOnceAndDoesNotStartAgain() {
    LocalApiServer server = LocalApiServer.builder().shutdownGrace(Duration.ofSeconds(10)).build();
    int port = server.port();
    long start = System.nanoTime();
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
    assertThatThrownBy(server::start).isInstanceOf(LocalServerException.class);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
