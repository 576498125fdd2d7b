package com.wabotiq.server;

import static com.wabotiq.server.Http.get;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.access.keys.ApiKeyInfo;
import com.wabotiq.server.Http.Reply;
import com.wabotiq.tenant.ApiScope;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cursor pagination: the pages of API keys and of daily analytics, followed through {@code
 * next_cursor}, give exactly the full set in order, with no duplicates, and the last page says
 * {@code has_more: false} and has no cursor.
 */
@Timeout(value = 60, unit = SECONDS)
class PaginationTest {
  private static final Instant NOW = Instant.parse("2026-04-10T08:00:00Z");

  private static LocalApiServer server;
  private static SeededTenant acme;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .rateLimit(100_000, Duration.ofSeconds(1)).build().start();
    acme = server.seedDemoTenant();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Follows the cursors from {@code first}, returning every item of every page. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, @Nullable Object>> all(String first, int pageSize) {
    List<Map<String, @Nullable Object>> items = new ArrayList<>();
    String url = first;
    for (int page = 0; page < 1000; page++) {
      Reply reply = get(server, acme, url);
      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      Map<String, @Nullable Object> json = reply.json();
      List<Map<String, @Nullable Object>> data =
          (List<Map<String, @Nullable Object>>) Objects.requireNonNull(json.get("data"));
      items.addAll(data);
      if (Boolean.FALSE.equals(json.get("has_more"))) {
        assertThat(json).doesNotContainKey("next_cursor");
        assertThat(data.size()).isBetween(0, pageSize);
        return items;
      }
      assertThat(json.get("has_more")).isEqualTo(true);
      assertThat(data).hasSize(pageSize);
      String cursor = String.valueOf(json.get("next_cursor"));
      url = first + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }
    throw new AssertionError("the pages never end");
  }

  @Test
  void apiKeyPagesChainToTheFullSet() {
    for (int i = 0; i < 11; i++) {
      server.sdk().apiKeys().issue(acme.tenantId(), "key " + i, Set.of(ApiScope.READ), null);
    }
    List<String> expected = server.sdk().apiKeys().list(acme.tenantId()).stream()
        .map(ApiKeyInfo::keyHash).sorted().toList();
    assertThat(expected).hasSize(12);
    for (int size : new int[] {1, 5, 12, 100}) {
      List<String> hashes = all("/api-keys?limit=" + size, size).stream()
          .map(k -> String.valueOf(k.get("key_hash"))).toList();
      assertThat(hashes).as("pages of %s", size).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    Reply defaults = get(server, acme, "/api-keys");
    assertThat(defaults.json()).containsEntry("has_more", false);
  }

  @Test
  void dailyAnalyticsPagesChainToTheFullSet() {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    String range = "/analytics/daily?from=" + today.minusDays(120) + "&to=" + today.plusDays(1);
    List<String> everything = all(range + "&limit=100", 100).stream()
        .map(d -> String.valueOf(d.get("date"))).toList();
    assertThat(everything).hasSize(DemoData.ANALYTICS_DAYS).doesNotHaveDuplicates().isSorted();
    for (int size : new int[] {1, 7, 30, 89, 90}) {
      List<String> dates = all(range + "&limit=" + size, size).stream()
          .map(d -> String.valueOf(d.get("date"))).toList();
      assertThat(dates).as("pages of %s", size).isEqualTo(everything);
    }
    String week = "/analytics/daily?from=" + today.minusDays(6) + "&to=" + today;
    assertThat(all(week + "&limit=3", 3)).hasSize(7);
  }
}
