package com.wabotiq.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server turns off Nagle's algorithm in the JDK's HTTP server ({@code
 * sun.net.httpserver.nodelay}) unless the JVM was told otherwise: with it on, the body of every
 * answer on a kept-alive connection waits some 40 ms for the client's delayed acknowledgement of
 * the head. Proved on the property itself, not on a timing (the load figures are in
 * docs/performance.md).
 */
@Timeout(30)
class NoDelayTest {
  @Test
  void loadingTheServerTurnsNoDelayOn() {
    try (LocalApiServer server = LocalApiServer.builder().build()) {
      assertThat(server.port()).isPositive();
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }
  }
}
