package com.wabotiq.server;

import static com.wabotiq.server.Http.get;
import static com.wabotiq.server.Http.patchSettings;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.server.Http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Unconditional writes racing each other: 16 concurrent settings patches of distinct members all
 * succeed and none is lost (the server re-reads and retries a lost race), and past writes and
 * expiries refused by core are 422, not 500.
 */
@Timeout(value = 60, unit = SECONDS)
class ConcurrentWritesTest {
  private static LocalApiServer server;
  private static SeededTenant acme;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().rateLimit(100_000, Duration.ofSeconds(1)).threads(16)
        .build().start();
    acme = server.seedDemoTenant();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void concurrentPatchesOfDistinctMembersAreAllKept() throws Exception {
    int writers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String patch = "{\"metadata\":{\"writer_" + i + "\":" + i + "}}";
        replies.add(pool.submit(() -> {
          go.await();
          return patchSettings(server, acme, patch);
        }));
      }
      go.countDown();
      for (Future<Reply> future : replies) {
        Reply reply = future.get(30, SECONDS);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, @Nullable Object> settings = get(server, acme, "/settings").json();
    Map<?, ?> metadata = (Map<?, ?>) settings.get("metadata");
    assertThat(metadata).isNotNull();
    for (int i = 0; i < writers; i++) {
      assertThat(metadata.containsKey("writer_" + i)).as("writer %d kept in %s", i, metadata)
          .isTrue();
    }
  }

  @Test
  void pastInstantsAre422() {
    Http.assertError(Http.sendJson(server, acme, "POST", "/api-keys",
        "{\"name\":\"old\",\"scopes\":[\"read\"],\"expires_at\":\"2001-01-01T00:00:00Z\"}"), 422,
        "invalid_request");
    String keyHash = server.sdk().apiKeys().list(acme.tenantId()).get(0).keyHash();
    Http.assertError(Http.sendJson(server, acme, "POST", "/api-keys/" + keyHash + "/roll",
        "{\"old_key_expires_at\":\"2001-01-01T00:00:00Z\"}"), 422, "invalid_request");
    assertThat(get(server, acme, "/settings").status()).isEqualTo(200);
  }
}
