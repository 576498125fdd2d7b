package com.wabotiq.server;

import static com.wabotiq.server.Http.assertError;
import static com.wabotiq.server.Http.send;
import static com.wabotiq.server.Http.tenant;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.server.Http.Reply;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Idempotency keys on POST: a repeat with the same key and body gets the first answer byte for
 * byte and creates nothing; the same key with another body or route is 409 {@code
 * idempotency_conflict}; 20 concurrent identical requests create one key and all get the same
 * answer; a refused first request is not remembered, so a corrected retry with the same key runs.
 */
@Timeout(value = 60, unit = SECONDS)
class IdempotencyTest {
  private static LocalApiServer server;
  private static SeededTenant acme;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).threads(8)
        .build().start();
    acme = server.seedDemoTenant();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpRequest createKey(String idempotencyKey, String body) {
    return tenant(server, acme, "/api-keys").header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotencyKey)
        .POST(BodyPublishers.ofString(body)).build();
  }

  private static int keys() {
    return server.sdk().apiKeys().list(acme.tenantId()).size();
  }

  @Test
  void aRepeatGetsTheSameAnswerAndCreatesNothing() {
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"CI\",\"scopes\":[\"read\"]}";
    int before = keys();
    Reply first = send(createKey(key, body));
    assertThat(first.status()).as("%s", first).isEqualTo(201);
    Reply second = send(createKey(key, body));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.bytes()).isEqualTo(first.bytes());
    assertThat(second.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
    assertThat(keys()).isEqualTo(before + 1);
    Reply list = Http.get(server, acme, "/api-keys?limit=100");
    assertThat(list.body()).contains(String.valueOf(
        ((java.util.Map<?, ?>) java.util.Objects.requireNonNull(first.json().get("api_key")))
            .get("key_hash")));

    assertError(send(createKey(key, "{\"name\":\"CI\",\"scopes\":[\"read\",\"write\"]}")), 409,
        "idempotency_conflict");
    assertError(send(createKey(key, body.replace("{", "{ "))), 409, "idempotency_conflict");
    Reply otherRoute = send(tenant(server, acme, "/api-keys/" + "a".repeat(64) + "/roll")
        .header("Content-Type", "application/json").header("Idempotency-Key", key)
        .POST(BodyPublishers.ofString(body)).build());
    assertError(otherRoute, 409, "idempotency_conflict");
    assertThat(keys()).isEqualTo(before + 1);

    Reply otherKey = send(createKey(UUID.randomUUID().toString(), body));
    assertThat(otherKey.status()).isEqualTo(201);
    assertThat(otherKey.bytes()).isNotEqualTo(first.bytes());
    assertThat(keys()).isEqualTo(before + 2);
  }

  @Test
  void twentyConcurrentRepeatsCreateOneKey() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"Concurrent\",\"scopes\":[\"read\",\"write\"]}";
    int before = keys();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        replies.add(pool.submit(() -> {
          go.await();
          return send(createKey(key, body));
        }));
      }
      go.countDown();
      byte[] first = null;
      for (Future<Reply> future : replies) {
        Reply reply = future.get(30, SECONDS);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        if (first == null) {
          first = reply.bytes();
        }
        assertThat(reply.bytes()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(keys()).isEqualTo(before + 1);
  }

  @Test
  void aRefusedFirstRequestIsNotRemembered() {
    String key = UUID.randomUUID().toString();
    int before = keys();
    assertError(send(createKey(key, "{\"name\":\"\",\"scopes\":[\"read\"]}")), 422,
        "invalid_request");
    assertError(send(createKey(key, "{\"name\":")), 400, "malformed_request");
    assertThat(keys()).isEqualTo(before);
    Reply corrected = send(createKey(key, "{\"name\":\"Fixed\",\"scopes\":[\"read\"]}"));
    assertThat(corrected.status()).as("%s", corrected).isEqualTo(201);
    assertThat(keys()).isEqualTo(before + 1);
  }

  @Test
  void badIdempotencyKeysAre400AndKeysArePerTenant() {
    assertError(send(createKey("x".repeat(256), "{\"name\":\"k\",\"scopes\":[\"read\"]}")), 400,
        "malformed_request");
    SeededTenant other = server.seedDemoTenant();
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"Shared key\",\"scopes\":[\"read\"]}";
    Reply mine = send(createKey(key, body));
    Reply theirs = send(tenant(server, other, "/api-keys").header("Content-Type",
        "application/json").header("Idempotency-Key", key)
        .POST(BodyPublishers.ofString(body)).build());
    assertThat(mine.status()).isEqualTo(201);
    assertThat(theirs.status()).isEqualTo(201);
    assertThat(theirs.bytes()).isNotEqualTo(mine.bytes());
    assertThat(server.sdk().apiKeys().list(other.tenantId())).hasSize(2);
  }
}
