package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.types.TenantId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads, and its retry budget under contention. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentUseTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true)
          .containerThreads(40))
      .build();

  private static final TenantId TENANT = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");

  @Test
  void oneClientServesManyThreadsAndEachGetsItsOwnAnswer() throws Exception {
    String tenantJson = "{\"tenant_id\":\"" + TENANT.value() + "\",\"llm_model\":\"gpt-4o\"}";
    server.stubFor(get(urlEqualTo("/v1/tenants/" + TENANT.value() + "/settings"))
        .willReturn(okJson(tenantJson).withHeader("X-Request-Id", "req_settings")));
    server.stubFor(get(urlEqualTo("/v1/tenants/" + TENANT.value() + "/webhook-urls"))
        .willReturn(okJson("{\"stripe\":\"https://api.wabotiq.com/v1/webhooks/stripe/"
            + TENANT.value() + "\"}").withHeader("X-Request-Id", "req_urls")));
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
    int threads = 16;
    int calls = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try (WabotiqClient client = WabotiqClient.builder(key, TENANT)
        .baseUrl(server.baseUrl() + "/v1").build()) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          int ok = 0;
          for (int i = 0; i < calls; i++) {
            if ((thread + i) % 2 == 0) {
              ApiResponse<MaskedSettings> r =
                  client.settings().getWithResponse(RequestOptions.none());
              assertThat(r.requestId()).contains("req_settings");
              assertThat(r.value().settings().llm().llmModel()).isEqualTo("gpt-4o");
            } else {
              ApiResponse<?> r = client.webhookUrls().getWithResponse(RequestOptions.none());
              assertThat(r.requestId()).contains("req_urls");
            }
            ok++;
          }
          return ok;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(50, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(threads * calls);
    } finally {
      pool.shutdownNow();
    }
    server.verify(threads * calls, getRequestedFor(anyUrl()));
  }

  @Test
  void theBudgetNeitherOverspendsNorOverfillsUnderContention() throws Exception {
    RetryBudget budget = RetryBudget.of(1_000, 7);
    int threads = 8;
    AtomicInteger granted = new AtomicInteger();
    runConcurrently(threads, () -> {
      for (int i = 0; i < 500; i++) {
        if (budget.tryAcquire(false)) {
          granted.incrementAndGet();
        }
      }
    });
    assertThat(granted.get()).isEqualTo(1_000 / 7);
    assertThat(budget.available()).isEqualTo(1_000 % 7);

    runConcurrently(threads, () -> {
      for (int i = 0; i < 500; i++) {
        budget.onSuccess();
      }
    });
    assertThat(budget.available()).isEqualTo(1_000);
    assertThat(budget.tryAcquire(true)).isTrue();
    assertThat(budget.available()).isEqualTo(1_000 - 14);
  }

  private static void runConcurrently(int threads, Runnable work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        start.await();
        work.run();
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(20, TimeUnit.SECONDS);
    }
    pool.shutdown();
  }
}
